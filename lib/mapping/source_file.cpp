#include "mapping/source_file.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <algorithm>

#include <fmt/format.h>

#include "core/ascii.h"
#include "data/data_dir.h"
#include "data/row_check.h"

namespace ca {

bool is_blank(std::string_view v, const std::vector<std::string>& blanks) {
  if (v.empty()) return true;
  for (const std::string& b : blanks)
    if (same_ignoring_case(v, b)) return true;
  return false;
}

bool excluded_by(const std::vector<Condition>& conditions, const std::vector<int>& at, size_t first,
                 const CsvReader& reader, const std::vector<std::string>& blanks, std::string* bad_value,
                 size_t* bad_condition) {
  for (size_t i = 0; i < conditions.size(); ++i) {
    const Condition& c = conditions[i];
    const std::string_view v = trim(reader[static_cast<size_t>(at[first + i])]);
    const bool blank = is_blank(v, blanks);
    switch (c.test) {
      case Condition::Test::blank:
        if (blank) return true;
        break;
      case Condition::Test::not_blank:
        if (!blank) return true;
        break;
      case Condition::Test::not_in:
        if (blank || std::none_of(c.in.begin(), c.in.end(), [&](const std::string& x) { return same_ignoring_case(v, x); }))
          return true;
        break;
      case Condition::Test::in: {
        if (blank) break;
        const auto is = [&](const std::string& x) { return same_ignoring_case(v, x); };
        if (std::any_of(c.in.begin(), c.in.end(), is)) return true;
        if (!c.keep.empty() && std::none_of(c.keep.begin(), c.keep.end(), is)) {
          *bad_value = std::string(v);
          *bad_condition = i;
          return false;
        }
        break;
      }
    }
  }
  return false;
}

Status mapping_reads_it(const Status& s, const std::string& mapping_name) {
  return Status::error(fmt::format("{} (the {} mapping reads it)", s.message(), mapping_name));
}

std::string SourceFiles::path(const std::string& name) {
  const auto it = found_.find(name);
  return it != found_.end() && !it->second.empty() ? it->second : join_path(dir_, name);
}

Status SourceFiles::exists(const std::string& name, bool& there) {
  auto it = found_.find(name);
  if (it == found_.end()) {
    std::string found;
    if (Status s = find_in_dir(dir_, name, found, out_.notes); !s) return s;
    it = found_.emplace(name, found).first;
  }
  there = !it->second.empty();
  return Status::ok();
}

Status SourceFiles::read(const std::string& name, const std::string& mapping_name,
                         const std::vector<std::string>& names, Columns& columns,
                         const std::function<void(const std::string& shown)>& begin, const RowFn& row) {
  bool there = false;
  if (Status s = exists(name, there); !s) return mapping_reads_it(s, mapping_name);
  const std::string shown = path(name);
  auto [it, fresh] = index_.try_emplace(shown, out_.files.size());
  if (fresh) out_.files.push_back(FileStats{shown});
  const bool count = !counted_[shown];
  counted_[shown] = true;

  CsvReader reader = CsvReader::open(shown, shown);
  if (!reader.status())
    return mapping_reads_it(reader.status(), mapping_name);
  CsvHeader header;
  if (Status s = header.read(reader); !s) return s;
  columns.at.assign(names.size(), -1);
  for (size_t i = 0; i < names.size(); ++i) {
    if (Status s = header.find(names[i], true, columns.at[i]); !s)
      return mapping_reads_it(s, mapping_name);
  }
  if (begin) begin(shown);
  // out_.files may grow while reading (it does not: every file is registered
  // before its rows are read), but take the stats by index to be safe.
  const size_t ix = it->second;
  while (reader.next()) {
    FileStats& stats = out_.files[ix];
    if (count) {
      ++stats.rows_read;
      if ((++total_ & 0xFFFF) == 0 && progress_) progress_(total_);
    }
    if (row_fits(reader, header, builder_, shown)) row(reader, stats);
  }
  return reader.status();
}

}  // namespace ca
