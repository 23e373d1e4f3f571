// The worklist of `caseaudit due` (report/worklist.h): which requirements are
// on it, their order, and its three formats.
#include "report/worklist.h"

#include <fmt/format.h>

#include <algorithm>
#include <tuple>

#include "data/summary.h"
#include "engine/scope.h"
#include "report/cells.h"
#include "report/summary.h"

namespace ca {
namespace {

constexpr size_t kLineWidth = 100;

bool open_on(Date start, Date end, Date day) { return (start == kNoDate || start <= day) && day <= end; }

// Columns a text takes on a terminal: one per UTF-8 character.
size_t columns(std::string_view s) {
  size_t n = 0;
  for (const char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// Appends `text` (already made safe for a terminal) word-wrapped to 100
// columns: the first line after `first`, the others indented by `indent`.
// The spaces between two words on one line are kept as they were (two after
// the due date); at a break they go.
void wrap(std::string& out, std::string_view first, size_t indent, std::string_view text) {
  std::string line(first);
  size_t used = columns(line);
  bool empty = true;  // no word on the current line yet
  while (!text.empty()) {
    const size_t begin = std::min(text.find_first_not_of(' '), text.size());
    const size_t end = std::min(text.find(' ', begin), text.size());
    const std::string_view gap = text.substr(0, begin), word = text.substr(begin, end - begin);
    text.remove_prefix(end);
    if (word.empty()) break;
    const size_t w = columns(word);
    if (!empty && used + gap.size() + w > kLineWidth) {
      out += line;
      out += '\n';
      line.assign(indent, ' ');
      used = indent;
      empty = true;
    }
    if (!empty) {
      line += gap;
      used += gap.size();
    }
    line += word;
    used += w;
    empty = false;
  }
  out += line;
  out += '\n';
}

// "4 days overdue (2 working days)", "due today", "due in 7 days (3 working days)".
std::string when(const WorkItem& i) {
  if (i.days == 0) return "due today";
  const auto wd = [](int32_t n) { return plural(static_cast<uint64_t>(n), "working day", "working days"); };
  if (i.days < 0)
    return fmt::format("{} overdue ({})", plural(static_cast<uint64_t>(-i.days), "day", "days"), wd(-i.working_days));
  return fmt::format("due in {} ({})", plural(static_cast<uint64_t>(i.days), "day", "days"), wd(i.working_days));
}

}  // namespace

bool on_worklist(const Requirement& r, const CaseView& c, const WorkFilter& f, const Rule* rule) {
  if (r.outcome == Outcome::pending) return f.as_of <= r.due && r.due <= f.horizon;
  if (r.outcome != Outcome::missing) return false;
  if (!open_on(c.info.open, c.info.close, f.as_of)) return false;
  if (r.episode_type == kNone) return true;
  if (rule && rule->scope.level != Level::case_open) {
    // A rule of each episode (or period): the one its requirement was counted
    // in must still be open, not merely another of its type (a new plan does
    // not make the last plan's missed visit a task).
    for (size_t i = 0; i < c.episodes.size(); ++i) {
      const Episode& e = c.episodes[i];
      if (e.type != r.episode_type || !(e.start <= r.anchor && r.anchor <= e.end)) continue;
      // Rows of the type that follow on are one period.
      return open_on(e.start, rule->scope.level == Level::period ? run_end(c.episodes, i) : e.end, f.as_of);
    }
  }
  return std::any_of(c.episodes.begin(), c.episodes.end(), [&](const Episode& e) {
    return e.type == r.episode_type && open_on(e.start, e.end, f.as_of);
  });
}

void collect_work(const ReportStandard& rs, const Dataset& data, const EvaluatedChunk& chunk, const WorkFilter& f,
                  std::vector<WorkItem>& out) {
  for (CaseIx i = chunk.begin; i < chunk.end; ++i) {
    const Case& c = data.cases[i];
    if (f.worker && data.name(c.worker) != *f.worker) continue;
    if (f.team && data.name(c.team) != *f.team) continue;
    const CaseView view = data.view(i);
    for (const Requirement& r : chunk.of_case(i)) {
      const Rule& rule = rs.standard().rules[r.rule];
      if (!on_worklist(r, view, f, &rule)) continue;
      WorkItem w;
      w.worker = data.name(c.worker);
      w.team = data.name(c.team);
      w.case_id = c.id;
      w.standard = rs.standard().name;
      w.rule_id = rule.id;
      w.measure = rs.measure(r.rule);
      w.episode_type = rs.episode_type(r.episode_type);
      w.title = rule.title;
      w.anchor = r.anchor;
      w.due = r.due;
      w.overdue = r.outcome == Outcome::missing;
      w.days = days_between(f.as_of, r.due);
      out.push_back(w);
    }
  }
}

void sort_worklist(std::vector<WorkItem>& items) {
  std::sort(items.begin(), items.end(), [](const WorkItem& a, const WorkItem& b) {
    return std::tuple(a.worker.empty(), a.worker, a.due, a.case_id, a.rule_id, a.standard, a.anchor, a.episode_type) <
           std::tuple(b.worker.empty(), b.worker, b.due, b.case_id, b.rule_id, b.standard, b.anchor, b.episode_type);
  });
}

void write_worklist_csv(const Worklist& w, std::string& out) {
  out += kWorklistCsvHeader;
  out += '\n';
  for (const WorkItem& i : w.items) {
    for (const std::string_view cell : {i.worker, i.team, i.case_id, i.standard, i.rule_id, i.measure, i.episode_type}) {
      append_csv_cell(out, cell);
      out += ',';
    }
    append_date(out, i.anchor);
    out += ',';
    append_date(out, i.due);
    out += fmt::format(",{},{},{},", i.overdue ? "overdue" : "due", i.days, i.working_days);
    append_csv_cell(out, i.title);
    out += '\n';
  }
}

void write_worklist_json(const Worklist& w, std::string& out) {
  out += R"({"as_of":")";
  append_date(out, w.as_of);
  out += R"(","horizon":")";
  append_date(out, w.horizon);
  out += R"(","within":)";
  append_json_string(out, w.within);
  out += R"(,"items":[)";
  for (size_t n = 0; n < w.items.size(); ++n) {
    const WorkItem& i = w.items[n];
    out += n ? ",\n" : "\n";
    const std::pair<std::string_view, std::string_view> cells[] = {
        {"worker", i.worker},   {"team", i.team},       {"case_id", i.case_id}, {"standard", i.standard},
        {"rule_id", i.rule_id}, {"measure", i.measure}, {"episode_type", i.episode_type}};
    char sep = '{';
    for (const auto& [key, value] : cells) {
      out += fmt::format(R"({}"{}":)", sep, key);
      sep = ',';
      if (key == "episode_type" && value.empty()) out += "null";
      else append_json_string(out, value);
    }
    out += R"(,"anchor_date":")";
    append_date(out, i.anchor);
    out += R"(","due_date":")";
    append_date(out, i.due);
    out += fmt::format(R"(","state":"{}","days":{},"working_days":{},"title":)", i.overdue ? "overdue" : "due", i.days,
                       i.working_days);
    append_json_string(out, i.title);
    out += '}';
  }
  out += w.items.empty() ? "]}\n" : "\n]}\n";
}

void write_worklist_text(const Worklist& w, std::string& out) {
  wrap(out, "", 0,
       fmt::format("caseaudit due: worklist as of {}, up to {} ({} after the audit date)", w.as_of.iso(),
                   w.horizon.iso(), w.within));
  std::string only;
  if (w.team) only += fmt::format("team {}", w.team->empty() ? "(blank)" : terminal_text(*w.team));
  if (w.worker) {
    if (!only.empty()) only += ", ";
    only += w.worker->empty() ? std::string("unallocated cases") : "worker " + terminal_text(*w.worker);
  }
  if (!only.empty()) wrap(out, "", 0, "Only " + only + ".");
  wrap(out, "", 0,
       "Requirements not yet met that fall due by the horizon, and those already overdue on cases (and, for a "
       "requirement of an episode, episodes of its type) still open on the audit date. Days are calendar days; "
       "working days are Monday to Friday, less bank holidays and --holidays closures.");
  if (w.items.empty()) {
    out += fmt::format("\nNothing due by {} and nothing overdue.\n", w.horizon.iso());
    return;
  }
  size_t workers = 0, overdue_total = 0, unallocated = 0;
  for (size_t b = 0; b < w.items.size();) {
    size_t e = b, overdue = 0;
    while (e < w.items.size() && w.items[e].worker == w.items[b].worker) overdue += w.items[e++].overdue;
    if (w.items[b].worker.empty()) unallocated = e - b;
    else ++workers;
    overdue_total += overdue;
    const std::string who = w.items[b].worker.empty() ? "Unallocated" : terminal_text(w.items[b].worker);
    out += '\n';
    wrap(out, "", 2,
         fmt::format("{}: {} ({} overdue, {} due)", who, plural(e - b, "item", "items"), overdue, e - b - overdue));
    for (size_t k = b; k < e; ++k) {
      const WorkItem& i = w.items[k];
      const std::string team = i.team.empty() ? "no team recorded" : "team: " + terminal_text(i.team);
      wrap(out, "  ", 14, fmt::format("{}  {}  case {} ({})", i.due.iso(), when(i), terminal_text(i.case_id), team));
      wrap(out, std::string(14, ' '), 14,
           fmt::format("{}/{}: {} (counted from {})", terminal_text(i.standard), terminal_text(i.rule_id), terminal_text(i.title),
                       i.anchor.iso()));
    }
    b = e;
  }
  std::string total = fmt::format("{} ({} overdue):", plural(w.items.size(), "item", "items"), overdue_total);
  if (workers)
    total += fmt::format(" {} for {}{}", with_commas(w.items.size() - unallocated),
                         plural(workers, "worker", "workers"), unallocated ? "," : "");
  if (unallocated) total += fmt::format(" {} unallocated", with_commas(unallocated));
  out += '\n';
  wrap(out, "", 0, total + ".");
}

}  // namespace ca
