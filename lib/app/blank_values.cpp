#include "app/blank_values.h"

#include <fmt/format.h>

#include <map>
#include <string>

#include "engine/qualify.h"

namespace ca {

void check_blank_values(const LoadResult& load, std::span<const Standard> standards, const Vocabulary& vocab,
                        std::vector<Issue>& out) {
  // The rules that may find a blank value, by record type.
  struct Use {
    const Standard* standard;
    const Rule* rule;
  };
  std::vector<std::vector<Use>> by_type(vocab.record_types().size());
  for (const Standard& s : standards)
    for (const Rule& r : s.rules)
      if (!r.records.filters.empty() || r.kind == Kind::recording_lag)
        for (TypeId t : r.records.types)
          if (t < by_type.size()) by_type[t].push_back({&s, &r});

  const Dataset& d = load.data;
  for (const Record& rec : d.records) {
    if (rec.type() >= by_type.size() || by_type[rec.type()].empty()) continue;
    std::map<std::string, std::string> rules_of;  // blank field -> the rules it stops
    for (const Use& u : by_type[rec.type()]) {
      const Check c = check(rec, u.rule->records);
      std::string field;
      if (c.miss == Miss::blank)
        field = u.rule->records.filters[c.filter].field;
      else if (c.ok() && u.rule->kind == Kind::recording_lag && lag_date(rec, *u.rule) == kNoDate)
        field = u.rule->lag_field;
      if (field.empty()) continue;
      // A column the file does not have is the audit's "not evaluable", said once, not a blank per row.
      const RecordFile f = vocab.file_of(rec.type());
      const auto decl = vocab.field(f, field);
      if (!decl || !(d.facts.columns[static_cast<size_t>(f)] >> *decl & 1)) continue;
      std::string& names = rules_of[field];
      names += (names.empty() ? "" : ", ") + u.standard->name + "/" + u.rule->id;
    }
    const RecordFile file = vocab.file_of(rec.type());
    const Located at = d.locate(input_file_of(file), rec.line);
    for (const auto& [field, names] : rules_of)
      out.push_back({std::string(at.path), at.line, 0, Severity::warning, "blank value",
                     fmt::format("{} is blank, so {} cannot use this {}", field, names,
                                 file == RecordFile::visits ? "visit" : vocab.record_types()[rec.type()].name)});
  }
}

}  // namespace ca
