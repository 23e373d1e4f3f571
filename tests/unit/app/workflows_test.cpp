// summary and due through app/app.h: options as typed (--by, --within, the
// dates) turned into the commands' options or a UsageError, and summary's
// figures over the samples adding up and agreeing with audit.
#include <doctest/doctest.h>

#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "app/app.h"

namespace ca {
namespace {

const std::string kSource = CASEAUDIT_SOURCE_DIR;

template <class Args, class Run>
UsageError usage_error(const Args& a, Run run) {
  std::ostringstream out, err;
  try {
    run(a, out, err);
  } catch (const UsageError& e) {
    CHECK(out.str().empty());
    CHECK(err.str().empty());
    return e;
  }
  FAIL("no UsageError");
  return {};
}

UsageError due_error(const std::string& within) {
  DueArgs a;
  a.common.input.dir = kSource + "/samples";
  a.within = within;
  a.as_of = "2026-11-23";
  return usage_error(a, [](const DueArgs& d, std::ostream& o, std::ostream& e) { return run_due(d, o, e); });
}

TEST_CASE("due --within: a whole number of days, working days or weeks, at most 10 years") {
  for (const char* bad : {"", "x", "10", "d", "wd", "-1d", "1.5w", "10 d", "10D", "10days", "1234567d", "10wdd"}) {
    CAPTURE(bad);
    const UsageError e = due_error(bad);
    CHECK(e.option == "--within");
    CHECK(e.reason ==
          "expected a number of days (10d), working days (10wd) or weeks (2w): '" + std::string(bad) + "'");
  }
  const UsageError e = due_error("2611wd");
  CHECK(e.option == "--within");
  CHECK(e.reason == "at most 10 years (3660d, 2610wd or 520w): '2611wd'");
  CHECK(due_error("521w").option == "--within");
  CHECK(due_error("3661d").option == "--within");

  DueArgs a;
  a.common.input.dir = kSource + "/samples";
  a.standards = {"camden"};
  a.as_of = "2026-11-23";
  a.format = Format::csv;
  for (const char* good : {"0d", "3660d", "2610wd", "520w", "07wd"}) {
    CAPTURE(good);
    a.within = good;
    std::ostringstream out, err;
    CHECK(run_due(a, out, err) == kExitOk);
    CHECK(out.str().starts_with("worker,team,case_id,"));
  }
}

SummaryArgs summary_args() {
  SummaryArgs a;
  a.common.input.dir = kSource + "/samples";
  a.as_of = "2026-11-23";
  a.format = Format::csv;
  return a;
}

TEST_CASE("summary --by: each key once; the dates checked as audit checks them") {
  const auto run = [](const SummaryArgs& s, std::ostream& o, std::ostream& e) { return run_summary(s, o, e); };
  SummaryArgs a = summary_args();
  a.by = {"team", "rule", "team"};
  UsageError e = usage_error(a, run);
  CHECK(e.option == "--by");
  CHECK(e.reason == "'team' is given twice");
  a.by = {"teams"};
  e = usage_error(a, run);
  CHECK(e.reason == "expected team, worker, rule, measure or episode_type: 'teams'");
  a = summary_args();
  a.from = "2027-01-01";
  e = usage_error(a, run);
  CHECK(e.option == "--from");
  CHECK(e.reason == "is after the audit date 2026-11-23 (--as-of); nothing could be reported");
}

// The summary's CSV: per row, the counts by column name; and the rows by their leading cells.
struct Table {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
};

std::vector<std::string> split(const std::string& line) {
  std::vector<std::string> cells(1);
  for (const char c : line) {
    if (c == ',') cells.emplace_back();
    else cells.back() += c;
  }
  return cells;
}

Table summary_csv(const SummaryArgs& a) {
  std::ostringstream out, err;
  REQUIRE(run_summary(a, out, err) == kExitOk);
  std::istringstream in(out.str());
  Table t;
  std::string line;
  std::getline(in, line);
  t.header = split(line);
  while (std::getline(in, line)) t.rows.push_back(split(line));  // the samples' names hold no comma or quote
  return t;
}

uint64_t number(const Table& t, const std::vector<std::string>& row, const std::string& column) {
  for (size_t i = 0; i < t.header.size(); ++i)
    if (t.header[i] == column) return std::stoull(row[i]);
  FAIL("no column " << column);
  return 0;
}

TEST_CASE("summary over the samples: the figures add up, whatever the grouping, and match audit's count") {
  const std::vector<std::string> counts = {"met", "late", "missing", "pending", "not_evaluable"};
  for (const std::string from : {"", "2026-06-01"}) {
    std::map<std::string, std::map<std::string, uint64_t>> standard_totals;  // by --by, per standard and column
    for (const std::vector<std::string>& by :
         std::vector<std::vector<std::string>>{{}, {"team", "worker"}, {"measure", "episode_type", "rule"}}) {
      SummaryArgs a = summary_args();
      a.from = from;
      a.by = by;
      const Table t = summary_csv(a);
      const size_t keys = by.empty() ? 1 : by.size();
      REQUIRE(t.header.size() == 1 + keys + 7);
      std::map<std::string, std::map<std::string, uint64_t>> sums;
      std::map<std::string, uint64_t> overall;
      std::string key_text;
      for (const std::string& k : by) key_text += k + " ";
      for (const auto& row : t.rows) {
        CAPTURE(key_text);
        CAPTURE(row[0]);
        const uint64_t owed = number(t, row, "owed");
        CHECK(owed == number(t, row, "met") + number(t, row, "late") + number(t, row, "missing"));
        const bool total = row[1] == "(all)";
        if (row[0] == "(all)") {
          for (const std::string& c : counts) overall[c] = number(t, row, c);
          continue;
        }
        for (const std::string& c : counts) {
          if (total) {
            CHECK(sums[row[0]][c] == number(t, row, c));  // a standard's total is the sum of its groups
            const std::string id = from + "/" + row[0] + "/" + c;
            auto [it, first] = standard_totals[id].try_emplace("", number(t, row, c));
            CHECK(it->second == number(t, row, c));  // and the same whatever the grouping
          } else {
            sums[row[0]][c] += number(t, row, c);
          }
        }
      }
      CHECK(sums.size() == 5);  // every built-in standard
      for (const std::string& c : counts) {
        uint64_t n = 0;
        for (const auto& [standard, s] : sums) n += s.at(c);
        CHECK(overall[c] == n);  // the total over all standards is the sum of theirs
      }
      if (from.empty() && by.empty()) {
        // Every requirement evaluated is in exactly one count: audit's text summary says how many there were.
        AuditArgs audit;
        audit.common.input.dir = kSource + "/samples";
        audit.as_of = "2026-11-23";
        audit.format = Format::text;
        std::ostringstream out, err;
        run_audit(audit, out, err);
        uint64_t all = 0;
        for (const std::string& c : counts) all += overall[c];
        std::string with_commas = std::to_string(all);
        for (int i = static_cast<int>(with_commas.size()) - 3; i > 0; i -= 3) with_commas.insert(i, ",");
        CHECK(out.str().find("Requirements evaluated:  " + with_commas + "\n") != std::string::npos);
      }
    }
  }
}

}  // namespace
}  // namespace ca
