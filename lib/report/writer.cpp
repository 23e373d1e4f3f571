#include "report/writer.h"

#include <cerrno>
#include <ostream>
#include <stdexcept>

#include "report/csv_writer.h"
#include "report/json_writer.h"
#include "report/text_writer.h"

namespace ca {

std::optional<ReportFormat> format_for_path(std::string_view path) {
  const size_t slash = path.find_last_of('/');
  const std::string_view base = slash == std::string_view::npos ? path : path.substr(slash + 1);
  const size_t dot = base.find_last_of('.');
  if (dot == std::string_view::npos || dot == 0) return std::nullopt;
  std::string ext;
  for (char c : base.substr(dot + 1)) ext += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  if (ext == "csv") return ReportFormat::csv;
  if (ext == "json") return ReportFormat::json;
  if (ext == "jsonl") return ReportFormat::jsonl;
  if (ext == "txt") return ReportFormat::text;
  if (ext == "html" || ext == "htm") return ReportFormat::html;
  return std::nullopt;
}

void OutputBuffer::write_out() {
  if (ok_ && !buf_.empty()) {
    errno = 0;
    out_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
    if (!out_) {
      ok_ = false;
      errno_ = errno;
    }
  }
  buf_.clear();
}

void OutputBuffer::write(std::string_view text) {
  write_out();
  if (!ok_ || text.empty()) return;
  errno = 0;
  out_.write(text.data(), static_cast<std::streamsize>(text.size()));
  if (!out_) {
    ok_ = false;
    errno_ = errno;
  }
}

void ReportWriter::format_row(const Row&, std::string&) const {}

void OutputBuffer::flush() {
  write_out();
  if (!ok_) return;
  errno = 0;
  out_.flush();
  if (!out_) {
    ok_ = false;
    errno_ = errno;
  }
}

std::unique_ptr<ReportWriter> make_writer(ReportFormat format, std::ostream& out) {
  switch (format) {
    case ReportFormat::csv: return std::make_unique<CsvWriter>(out);
    case ReportFormat::json: return std::make_unique<JsonWriter>(out, false);
    case ReportFormat::jsonl: return std::make_unique<JsonWriter>(out, true);
    case ReportFormat::text: return std::make_unique<TextWriter>(out);
    case ReportFormat::html: break;
  }
  throw std::logic_error("make_writer: html is written by an HtmlAuditWriter");
}

}  // namespace ca
