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

std::vector<FileAccount> account_files(const LoadResult& load, const std::vector<Issue>& issues,
                                       const Vocabulary& vocab) {
  // Per file, a bit per line: the lines something was made from, and the
  // lines reported with an error.
  struct Lines {
    std::vector<bool> used, skipped;
    bool source = false;
  };
  std::map<std::string_view, Lines> by_path;
  for (const FileStats& f : load.files)
    if (!f.path.empty()) by_path[f.path];
  const Dataset& d = load.data;
  for (const auto& sources : d.sources)
    for (const RowSource& s : sources)
      if (const auto it = by_path.find(s.path); it != by_path.end()) it->second.source = true;
  const auto mark = [&](std::vector<bool> Lines::*bits, std::string_view path, uint32_t line) {
    const auto it = by_path.find(path);
    if (it == by_path.end()) return;
    std::vector<bool>& b = it->second.*bits;
    if (line >= b.size()) b.resize(std::max<size_t>(line + 1, b.size() * 2), false);
    b[line] = true;
  };
  for (const Case& c : d.cases) {
    const Located at = d.locate(InputFile::cases, c.line);
    mark(&Lines::used, at.path, at.line);
  }
  for (const Episode& e : d.episodes) {
    const Located at = d.locate(InputFile::episodes, e.line);
    mark(&Lines::used, at.path, at.line);
  }
  for (const Record& r : d.records) {
    const Located at = d.locate(input_file_of(vocab.file_of(r.type())), r.line);
    mark(&Lines::used, at.path, at.line);
  }
  for (const Issue& i : issues)
    if (i.severity == Severity::error) mark(&Lines::skipped, i.file, i.line);

  std::vector<FileAccount> out;
  for (const FileStats& f : load.files) {
    if (f.path.empty()) continue;
    const Lines& lines = by_path[f.path];
    FileAccount a{f.path, f.rows_read, 0, f.rows_excluded, 0, !lines.source};
    for (size_t line = 0; line < std::max(lines.used.size(), lines.skipped.size()); ++line) {
      const bool skipped = line < lines.skipped.size() && lines.skipped[line];
      a.skipped += skipped;
      a.used += !skipped && line < lines.used.size() && lines.used[line];
    }
    out.push_back(std::move(a));
  }
  return out;
}

std::string describe(const FileAccount& a) {
  std::string out = fmt::format("{}: read {} row{}", a.path, with_commas(a.read), a.read == 1 ? "" : "s");
  std::vector<std::string> parts;
  if (a.lookup_only) {
    out += " for the mapping's lookups";
  } else {
    parts.push_back(fmt::format("{} used", with_commas(a.used)));
  }
  if (a.excluded) parts.push_back(fmt::format("{} excluded by the mapping", with_commas(a.excluded)));
  if (a.skipped) parts.push_back(fmt::format("{} skipped", with_commas(a.skipped)));
  if (!parts.empty()) out += fmt::format(": {}", fmt::join(parts, ", "));
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
