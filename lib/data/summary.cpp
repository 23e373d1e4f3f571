#include "data/summary.h"

#include "data/values.h"

#include <algorithm>
#include <map>
#include <set>
#include <ostream>

#include <fmt/format.h>

namespace ca {

std::string with_commas(uint64_t n) {
  std::string digits = std::to_string(n), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

IssueCounts count_issues(std::span<const FileStats> files, const std::vector<Issue>& issues) {
  IssueCounts c;
  for (const FileStats& f : files) {
    if (f.path.empty()) continue;
    ++c.files;
    c.rows += f.rows_read;
    c.excluded += f.rows_excluded;
  }
  std::map<std::string, uint64_t> by;
  // A source row that gives two records (a mapping's) can have two errors: it is one row skipped.
  std::set<std::pair<std::string_view, uint32_t>> rows;
  for (const Issue& i : issues) {
    if (i.severity == Severity::warning) {
      ++c.warnings;
    } else {
      if (rows.emplace(i.file, i.line).second) ++c.skipped;
      ++by[i.category];
    }
  }
  c.skipped_by_category.assign(by.begin(), by.end());
  std::stable_sort(c.skipped_by_category.begin(), c.skipped_by_category.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  return c;
}

std::string describe(const IssueCounts& c) {
  std::string out = fmt::format("read {} row{} from {} file{}", with_commas(c.rows), c.rows == 1 ? "" : "s",
                                with_commas(c.files), c.files == 1 ? "" : "s");
  if (c.excluded) out += fmt::format("; excluded {} by the mapping", with_commas(c.excluded));
  if (c.skipped) {
    out += fmt::format("; skipped {} (", with_commas(c.skipped));
    for (size_t i = 0; i < c.skipped_by_category.size(); ++i)
      out += fmt::format("{}{}: {}", i ? ", " : "", c.skipped_by_category[i].first,
                         with_commas(c.skipped_by_category[i].second));
    out += ")";
  }
  if (c.warnings) out += fmt::format("; {} warning{}", with_commas(c.warnings), c.warnings == 1 ? "" : "s");
  return out;
}

void write_load_summary(const LoadResult& load, std::ostream& err) {
  std::string text;
  for (const std::string& note : load.notes) text += "caseaudit: " + printable(note) + "\n";
  for (const Issue& i : load.issues)
    if (i.severity == Severity::error) text += format_issue(i) + "\n";
  const IssueCounts c = count_issues(load.files, load.issues);
  text += "caseaudit: " + describe(c);
  if (c.warnings) text += " (run 'caseaudit validate' for details)";
  text += "\n";
  err << text;
}

}  // namespace ca
