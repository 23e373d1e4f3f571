#include "mapping/lookup.h"

#include <fmt/format.h>

#include "csv/header.h"

namespace ca {

Status LookupTable::load(SourceFiles& files, const Mapping& m, DatasetBuilder& builder) {
  bool there = false;
  if (Status s = files.exists(spec_.file, there); !s)
    return mapping_reads_it(s, m.name);
  shown_ = files.path(spec_.file);
  if (!there && spec_.optional) {
    absent_ = true;
    return Status::ok();
  }
  // Columns: key, value, by (if any), then the conditions' columns.
  std::vector<std::string> names = {spec_.key, spec_.value};
  const bool by = !spec_.by.empty();
  if (by) names.push_back(spec_.by);
  const size_t first_condition = names.size();
  for (const Condition& c : spec_.exclude) names.push_back(c.column);
  SourceFiles::Columns cols;
  const bool dated = spec_.take != Take::only;
  std::string reason;
  return files.read(spec_.file, m.name, names, cols, {}, [&](const CsvReader& r, FileStats&) {
    const uint32_t line = r.line();
    std::string bad;
    size_t which = 0;
    if (excluded_by(spec_.exclude, cols.at, first_condition, r, m.blank, &bad, &which)) return;
    if (!bad.empty()) {
      const std::string& column = spec_.exclude[which].column;
      builder.warn(shown_, line, static_cast<uint32_t>(cols.at[first_condition + which] + 1), "unmapped code",
                   fmt::format("{}: {} is not listed in the {} mapping, so lookup {} leaves this row out", column,
                               quoted(bad), m.name, spec_.name));
      return;
    }
    const std::string_view key = trim(r[static_cast<size_t>(cols.at[0])]);
    if (is_blank(key, m.blank)) return;  // a row with no key gives nothing to find
    std::string_view value = trim(r[static_cast<size_t>(cols.at[1])]);
    if (is_blank(value, m.blank)) value = {};
    Date rank = Date::min();
    if (dated) {
      const size_t dc = by ? 2 : 1;
      const std::string_view d = trim(r[static_cast<size_t>(cols.at[dc])]);
      if (!is_blank(d, m.blank)) {
        const auto parsed = parse_date(d, &reason);
        if (!parsed) {
          builder.warn(shown_, line, static_cast<uint32_t>(cols.at[dc] + 1), "bad date",
                       fmt::format("{}: {}, so lookup {} leaves this row out", names[dc], reason, spec_.name));
          return;
        }
        rank = *parsed;
      } else if (!by && spec_.take != Take::latest_end) {
        return;  // a blank date cannot be the earliest or latest
      } else if (by && spec_.take == Take::earliest) {
        rank = Date::max();  // undated rows lose to dated ones
      }
    }
    auto [it, fresh] = slots_.try_emplace(std::string(key));
    Slot& s = it->second;
    const bool open_end = spec_.take == Take::latest_end && !by && value.empty();
    if (fresh) {
      s = {std::string(value), rank, line, open_end};
      return;
    }
    switch (spec_.take) {
      case Take::only:
        if (s.value != value)
          builder.warn(shown_, line, static_cast<uint32_t>(cols.at[1] + 1), "conflicting lookup",
                       fmt::format("{}: {} where line {} gave {} for {} {}; lookup {} keeps line {}'s", spec_.value,
                                   quoted(value), s.line, quoted(s.value), spec_.key, quoted(key), spec_.name,
                                   s.line));
        return;
      case Take::earliest:
        if (rank < s.rank) s = {std::string(value), rank, line, false};
        return;
      case Take::latest:
      case Take::latest_end:
        if (open_end) s.open = true;
        if (!open_end && rank >= s.rank) {
          const bool open = s.open;
          s = {std::string(value), rank, line, open};
        }
        return;
    }
  });
}

std::optional<std::string_view> LookupTable::find(std::string_view key) const {
  const auto it = slots_.find(key);
  if (it == slots_.end()) return std::nullopt;
  if (it->second.open) return std::string_view();
  return std::string_view(it->second.value);
}

}  // namespace ca
