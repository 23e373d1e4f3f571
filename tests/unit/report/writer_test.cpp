#include "report/writer.h"

#include <doctest/doctest.h>

#include <sstream>

#include "rows.h"

namespace ca {
namespace {

using namespace test;

TEST_CASE("the format an output file's extension asks for") {
  CHECK(format_for_path("out/report.csv") == ReportFormat::csv);
  CHECK(format_for_path("report.CSV") == ReportFormat::csv);
  CHECK(format_for_path("report.json") == ReportFormat::json);
  CHECK(format_for_path("report.jsonl") == ReportFormat::jsonl);
  CHECK(format_for_path("report.txt") == ReportFormat::text);
  CHECK(format_for_path("report") == std::nullopt);
  CHECK(format_for_path("report.xlsx") == std::nullopt);
  CHECK(format_for_path(".csv") == std::nullopt);
  CHECK(format_for_path("dir.csv/report") == std::nullopt);
}

// A stream buffer that accepts `room` bytes and then fails.
class FullBuf : public std::streambuf {
 public:
  explicit FullBuf(size_t room) : room_(room) {}
  std::string got;

 protected:
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    const size_t take = std::min(room_, static_cast<size_t>(n));
    got.append(s, take);
    room_ -= take;
    if (take < static_cast<size_t>(n)) errno = ENOSPC;
    return static_cast<std::streamsize>(take);
  }
  int_type overflow(int_type c) override {
    if (room_ == 0) return traits_type::eof();
    --room_;
    got += traits_type::to_char_type(c);
    return c;
  }

 private:
  size_t room_;
};

TEST_CASE("a failed write is kept, with its errno, and later writes are dropped") {
  FullBuf buf(1000);
  std::ostream out(&buf);
  auto w = make_writer(ReportFormat::csv, out);
  const AuditSummary s = summary_for({});
  w->begin(s);
  for (int i = 0; i < 2000; ++i) w->row(late_row());
  w->finish(s);
  CHECK_FALSE(w->ok());
  CHECK(w->error() == ENOSPC);
  CHECK(buf.got.size() == 1000);
}

TEST_CASE("rows are written in blocks, not kept until the end") {
  std::ostringstream out;
  auto w = make_writer(ReportFormat::jsonl, out);
  const AuditSummary s = summary_for({});
  w->begin(s);
  for (int i = 0; i < 2000; ++i) w->row(late_row());
  CHECK(out.str().size() > 100000);
  w->finish(s);
  CHECK(w->ok());
}

}  // namespace
}  // namespace ca
