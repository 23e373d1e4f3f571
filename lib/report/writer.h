#pragma once
// The breach report writers (../shared/docs/data-contract.md section 3).
// Each streams: begin() once, row() for each row in report order, finish()
// once. Output goes through a buffer to the stream in blocks; a failed write
// is kept (ok(), error()) rather than thrown, and later writes are dropped.
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "report/row.h"
#include "report/summary.h"

namespace ca {

enum class ReportFormat : uint8_t { text, csv, json, jsonl, html };

// The format an output file's extension asks for: .csv, .json, .jsonl, .txt,
// .html or .htm (case-insensitive); nullopt for any other.
std::optional<ReportFormat> format_for_path(std::string_view path);

// The CSV header line, without the line end.
inline constexpr std::string_view kCsvHeader =
    "standard,case_id,rule_id,measure,episode_type,anchor_date,due_date,met_date,status,days_overdue,team,worker,"
    "title,source";

// A block buffer in front of an ostream that remembers the first failure.
class OutputBuffer {
 public:
  explicit OutputBuffer(std::ostream& out) : out_(out) { buf_.reserve(kBlock + 4096); }
  std::string& buf() { return buf_; }
  // Writes the buffer out once it holds a block.
  void maybe_flush() {
    if (buf_.size() >= kBlock) write_out();
  }
  // Writes everything and flushes the stream.
  void flush();
  // Writes what the buffer holds, then `text` straight to the stream (a
  // block of rows formatted elsewhere: no copy through the buffer).
  void write(std::string_view text);
  bool ok() const { return ok_; }
  int error() const { return errno_; }  // errno when the write failed (0 if unknown)

 private:
  static constexpr size_t kBlock = 1 << 16;
  void write_out();
  std::ostream& out_;
  std::string buf_;
  bool ok_ = true;
  int errno_ = 0;
};

class ReportWriter {
 public:
  explicit ReportWriter(std::ostream& out) : out_(out) {}
  virtual ~ReportWriter() = default;
  // `summary` holds the run's settings and standards, with no counts yet.
  virtual void begin(const AuditSummary& summary) = 0;
  virtual void row(const Row& row) = 0;
  // Whether a row's text depends on that row alone (csv and jsonl: not on
  // the rows before it, as json's commas and the text report's headings
  // do), so that rows can be formatted ahead, on other threads, by
  // format_row after begin(), and handed in by write_formatted, in report
  // order, instead of row().
  virtual bool rows_stand_alone() const { return false; }
  // Appends the row's text, exactly as row() writes it, to `out`. Only when
  // rows_stand_alone(); safe to call from several threads at once.
  virtual void format_row(const Row& row, std::string& out) const;
  void write_formatted(std::string_view text) { out_.write(text); }
  // `summary` now holds the counts. Flushes the stream.
  virtual void finish(const AuditSummary& summary) = 0;

  bool ok() const { return out_.ok(); }
  int error() const { return out_.error(); }

 protected:
  OutputBuffer out_;
};

// The writer of a text, csv, json or jsonl report. (html is an
// HtmlAuditWriter, report/html_audit.h: it also takes each case's timeline.)
std::unique_ptr<ReportWriter> make_writer(ReportFormat format, std::ostream& out);

}  // namespace ca
