// The summary's three formats (report/compliance.h): CSV and JSON for
// dashboards, an aligned text table for a monthly report.
#include <fmt/format.h>

#include "data/summary.h"
#include "report/cells.h"
#include "report/compliance.h"

namespace ca {
namespace {

constexpr size_t kLineWidth = 100;

// The counts in the CSV's order, with their names there.
struct Column {
  std::string_view csv;
  uint64_t (*get)(const ComplianceCounts&);
};
const Column kColumns[] = {
    {"owed", [](const ComplianceCounts& c) { return c.owed(); }},
    {"met", [](const ComplianceCounts& c) { return c.met; }},
    {"late", [](const ComplianceCounts& c) { return c.late; }},
    {"missing", [](const ComplianceCounts& c) { return c.missing; }},
    {"pending", [](const ComplianceCounts& c) { return c.pending; }},
    {"not_evaluable", [](const ComplianceCounts& c) { return c.not_evaluable; }},
};

std::string_view standard_cell(const ComplianceRow& row) { return row.standard.empty() ? kAllCell : row.standard; }

// Columns a text takes on a terminal: one per UTF-8 character (append_text
// has already made control characters visible).
size_t columns(std::string_view s) {
  size_t n = 0;
  for (const char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// A group's value as the text table shows it: a blank team or worker as
// "(blank)", a blank episode type as "(case level)".
std::string text_key(GroupBy g, std::string_view value) {
  if (value.empty()) return std::string(blank_label(g));
  std::string s;
  append_text(s, value);
  return s;
}

}  // namespace

void write_compliance_csv(const ComplianceReport& r, std::string& out) {
  out += "standard";
  for (const GroupBy g : r.by) {
    out += ',';
    out += group_by_column(g);
  }
  for (const Column& c : kColumns) {
    out += ',';
    out += c.csv;
  }
  out += ",on_time_pct\n";
  for (const ComplianceRow& row : r.rows) {
    append_csv_cell(out, standard_cell(row));
    for (size_t k = 0; k < r.by.size(); ++k) {
      out += ',';
      append_csv_cell(out, row.keys[k]);
    }
    for (const Column& c : kColumns) out += fmt::format(",{}", c.get(row.counts));
    out += ',';
    out += on_time_percent(row.counts);
    out += '\n';
  }
}

void write_compliance_json(const ComplianceReport& r, std::string& out) {
  out += R"({"as_of":")";
  append_date(out, r.as_of);
  out += R"(","from":)";
  append_json_date(out, r.from.value_or(Date::min()));
  out += R"(,"by":[)";
  for (size_t k = 0; k < r.by.size(); ++k) {
    if (k) out += ',';
    append_json_string(out, group_by_name(r.by[k]));
  }
  out += R"(],"rows":[)";
  for (size_t i = 0; i < r.rows.size(); ++i) {
    const ComplianceRow& row = r.rows[i];
    out += i ? ",\n" : "\n";
    out += R"({"standard":)";
    append_json_string(out, standard_cell(row));
    for (size_t k = 0; k < r.by.size(); ++k) {
      out += fmt::format(R"(,"{}":)", group_by_column(r.by[k]));
      if (r.by[k] == GroupBy::episode_type && row.keys[k].empty()) out += "null";
      else append_json_string(out, row.keys[k]);
    }
    for (const Column& c : kColumns) out += fmt::format(R"(,"{}":{})", c.csv, c.get(row.counts));
    const std::string pct = on_time_percent(row.counts);
    out += R"(,"on_time_pct":)";
    out += pct.empty() ? "null" : pct;
    out += '}';
  }
  out += r.rows.empty() ? "]}\n" : "\n]}\n";
}

void write_compliance_text(const ComplianceReport& r, std::string& out) {
  out += fmt::format("caseaudit summary as of {}\n", r.as_of.iso());
  if (r.from) out += fmt::format("Period: requirements due on or after {}.\n", r.from->iso());
  else out += "Period: every requirement, whatever its due date.\n";
  out += "  owed     due before the audit date, or met: met + late + missing\n"
         "  met      met on time; late: met after the due date; missing: not met and overdue\n"
         "  pending  not met and not yet due (not owed yet)\n"
         "  n/e      not evaluable from this export (why: on standard error); never owed\n"
         "  on time  met as a share of owed (- when nothing was owed)\n";
  bool blanks = false;
  for (const GroupBy g : r.by) blanks |= g == GroupBy::team || g == GroupBy::worker || g == GroupBy::episode_type;
  if (blanks) out += "  (blank): no team or worker in cases.csv; (case level): a rule not tied to an episode\n";

  // The numbers take a fixed width at the right; the labels (the group, indented
  // by its depth) the rest, as wide as the longest one needs.
  static constexpr std::string_view kHeads[] = {"owed", "met", "late", "missing", "pending", "n/e", "on time"};
  constexpr size_t kNumber = 9;
  constexpr size_t kNumbers = kNumber * std::size(kHeads);
  const size_t depth = r.by.empty() ? 0 : r.by.size() - 1;
  std::string heading;
  for (size_t k = 0; k < r.by.size(); ++k) {
    if (k) heading += " / ";
    heading += group_by_name(r.by[k]);
  }
  size_t label = std::max<size_t>(columns(heading), 5) + 2;  // "total"
  for (const ComplianceRow& row : r.rows)
    if (!row.total && !r.by.empty()) label = std::max(label, 2 + 2 * depth + columns(text_key(r.by.back(), row.keys[depth])));
  label = std::min(label, kLineWidth - kNumbers);

  const auto line = [&](const std::string& text, const std::string* numbers) {
    out += text;
    if (!numbers) {
      out += '\n';
      return;
    }
    const size_t used = columns(text);
    if (used > label) {  // too long for its column: the numbers go on the next line
      out += '\n';
      out += std::string(label, ' ');
    } else {
      out += std::string(label - used, ' ');
    }
    out += *numbers;
    out += '\n';
  };
  const auto numbers = [&](const ComplianceCounts& c) {
    std::string s;
    for (const Column& col : kColumns) s += fmt::format("{:>{}}", with_commas(col.get(c)), kNumber);
    const std::string pct = on_time_percent(c);
    s += fmt::format("{:>{}}", pct.empty() ? "-" : pct + "%", kNumber);
    return s;
  };
  std::string heads;
  for (const std::string_view h : kHeads) heads += fmt::format("{:>{}}", h, kNumber);

  const ComplianceRow* previous = nullptr;
  for (const ComplianceRow& row : r.rows) {
    const bool new_standard = !previous || previous->standard != row.standard || previous->total;
    if (new_standard) {
      out += '\n';
      if (row.standard.empty()) {
        out += "All standards\n";
      } else {
        append_text(out, row.standard);
        out += '\n';
      }
      line("  " + heading, &heads);
    }
    if (row.total || r.by.empty()) {
      const std::string n = numbers(row.counts);
      line("  total", &n);
      previous = &row;
      continue;
    }
    // The outer keys that changed get a heading line each, indented by depth.
    size_t same = 0;
    if (!new_standard && previous)
      while (same < depth && previous->keys[same] == row.keys[same]) ++same;
    for (size_t k = same; k < depth; ++k)
      line(std::string(2 + 2 * k, ' ') + text_key(r.by[k], row.keys[k]), nullptr);
    const std::string n = numbers(row.counts);
    line(std::string(2 + 2 * depth, ' ') + text_key(r.by[depth], row.keys[depth]), &n);
    previous = &row;
  }
}

}  // namespace ca
