#include "report/json_writer.h"

#include <charconv>

#include "report/cells.h"

namespace ca {

void append_json_row(std::string& b, const Row& r, bool change) {
  b += R"({"standard":)";
  append_json_string(b, r.standard);
  b += R"(,"case_id":)";
  append_json_string(b, r.case_id);
  b += R"(,"rule_id":)";
  append_json_string(b, r.rule_id);
  b += R"(,"measure":)";
  append_json_string(b, r.measure);
  b += R"(,"episode_type":)";
  if (r.episode_type.empty()) b += "null";
  else append_json_string(b, r.episode_type);
  b += R"(,"anchor_date":)";
  append_json_date(b, r.anchor);
  b += R"(,"due_date":)";
  append_json_date(b, r.due);
  b += R"(,"met_date":)";
  append_json_date(b, r.met);
  b += R"(,"status":)";
  append_json_string(b, status_name(r.status));
  b += R"(,"days_overdue":)";
  char num[16];
  b.append(num, std::to_chars(num, num + sizeof num, r.days_overdue).ptr);
  b += R"(,"team":)";
  append_json_string(b, r.team);
  b += R"(,"worker":)";
  append_json_string(b, r.worker);
  b += R"(,"title":)";
  append_json_string(b, r.title);
  b += R"(,"source":)";
  append_json_string(b, r.source);
  if (change) {
    b += R"(,"change":)";
    if (r.change.empty()) b += "null";
    else append_json_string(b, r.change);
  }
  b += '}';
}

void JsonWriter::begin(const AuditSummary& s) { baseline_ = s.baseline; }

void JsonWriter::row(const Row& r) {
  std::string& b = out_.buf();
  if (lines_) {
    format_row(r, b);
  } else {
    b += first_ ? "[\n" : ",\n";
    first_ = false;
    append_json_row(b, r, baseline_);
  }
  out_.maybe_flush();
}

void JsonWriter::format_row(const Row& r, std::string& b) const {
  append_json_row(b, r, baseline_);
  b += '\n';
}

void JsonWriter::finish(const AuditSummary&) {
  if (!lines_) out_.buf() += first_ ? "[]\n" : "\n]\n";
  out_.flush();
}

}  // namespace ca
