#include "vocab/vocabulary.h"

#include <fmt/format.h>

#include "vocab/yaml_problem.h"
#include <yaml-cpp/yaml.h>

#include <algorithm>

#include "core/status.h"
#include "vocab/embedded.h"

namespace ca {
namespace {

[[noreturn]] void fail(const std::string& origin, const YAML::Node& node, const std::string& why) {
  const YAML::Mark m = node.Mark();
  if (m.line >= 0) throw FatalError{fmt::format("{}:{}:{}: {}", origin, m.line + 1, m.column + 1, why)};
  throw FatalError{fmt::format("{}: {}", origin, why)};
}

std::string scalar(const YAML::Node& node, const std::string& origin, std::string_view what) {
  if (!node.IsScalar()) fail(origin, node, fmt::format("{} must be a word or a sentence", what));
  return node.as<std::string>();
}

void no_repeats(const std::vector<Term>& terms, const YAML::Node& node, std::string_view key, const std::string& origin) {
  for (size_t i = 0; i < terms.size(); ++i)
    for (size_t j = 0; j < i; ++j)
      if (terms[i].name == terms[j].name) fail(origin, node, fmt::format("'{}' is listed twice in '{}'", terms[i].name, key));
}

// A list of names, or a map name -> description.
std::vector<Term> terms_of(const YAML::Node& node, std::string_view key, const std::string& origin) {
  std::vector<Term> terms;
  if (node.IsMap()) {
    for (const auto& kv : node) terms.push_back({scalar(kv.first, origin, "a name"), scalar(kv.second, origin, "a description")});
  } else if (node.IsSequence()) {
    for (const auto& item : node) terms.push_back({scalar(item, origin, "a name"), ""});
  } else {
    fail(origin, node, fmt::format("section '{}' must be a map or a list", key));
  }
  no_repeats(terms, node, key, origin);
  return terms;
}

std::vector<Term> read_terms(const YAML::Node& root, const char* key, const std::string& origin) {
  const YAML::Node node = root[key];
  if (!node) fail(origin, root, fmt::format("missing section '{}'", key));
  return terms_of(node, key, origin);
}

template <typename Id>
std::optional<Id> find(const std::vector<Term>& terms, std::string_view name) {
  for (size_t i = 0; i < terms.size(); ++i)
    if (terms[i].name == name) return static_cast<Id>(i);
  return std::nullopt;
}

bool flag(const YAML::Node& node, const std::string& origin, std::string_view what) {
  const std::string v = scalar(node, origin, what);
  if (v == "true") return true;
  if (v == "false") return false;
  fail(origin, node, fmt::format("'{}' must be true or false", what));
}

// The key columns of each record file: they are not fields.
constexpr std::string_view kKeys[kRecordFiles][3] = {
    {"case_id", "visit_date", ""}, {"case_id", "review_type", "review_date"}, {"case_id", "contact_type", "contact_date"}};

FieldDecl read_field(const std::string& name, const YAML::Node& node, RecordFile file, const std::string& origin) {
  FieldDecl f;
  f.name = name;
  for (std::string_view key : kKeys[static_cast<size_t>(file)])
    if (!key.empty() && key == name)
      fail(origin, node, fmt::format("'{}' is a key column of {}.csv, not a field", name, record_file_name(file)));
  if (!node.IsMap()) fail(origin, node, fmt::format("field '{}' must be a map with at least 'kind'", name));
  std::optional<std::string> kind;
  YAML::Node values, blank;
  bool has_values = false, has_blank = false;
  for (const auto& kv : node) {
    const std::string key = scalar(kv.first, origin, "a key");
    if (key == "kind") kind = scalar(kv.second, origin, "'kind'");
    else if (key == "description") f.description = scalar(kv.second, origin, "'description'");
    else if (key == "values") values = kv.second, has_values = true;
    else if (key == "blank") blank = kv.second, has_blank = true;
    else if (key == "required") f.required = flag(kv.second, origin, "required");
    else if (key == "not_before_date") f.not_before_date = flag(kv.second, origin, "not_before_date");
    else fail(origin, kv.first, fmt::format("unknown key '{}' in field '{}' (kind, description, values, blank, required, not_before_date)", key, name));
  }
  if (!kind) fail(origin, node, fmt::format("field '{}' is missing 'kind' (date, yes_no, enum or text)", name));
  if (*kind == "date") f.kind = FieldKind::date;
  else if (*kind == "yes_no") f.kind = FieldKind::yes_no;
  else if (*kind == "enum") f.kind = FieldKind::choice;
  else if (*kind == "text") f.kind = FieldKind::text;
  else fail(origin, node["kind"], fmt::format("field '{}': unknown kind '{}' (date, yes_no, enum or text)", name, *kind));
  if (f.kind == FieldKind::choice) {
    if (!has_values) fail(origin, node, fmt::format("enum field '{}' needs 'values'", name));
    f.values = terms_of(values, "values", origin);
    if (f.values.empty()) fail(origin, values, fmt::format("enum field '{}' has no values", name));
    if (f.values.size() > kMaxEnumValues)
      fail(origin, values, fmt::format("enum field '{}' has more than {} values", name, kMaxEnumValues));
    if (has_blank) {
      const std::string b = scalar(blank, origin, "'blank'");
      const auto ix = find<size_t>(f.values, b);
      if (!ix) fail(origin, blank, fmt::format("field '{}': blank value '{}' is not one of its values", name, b));
      f.blank = static_cast<uint8_t>(*ix + 1);
    }
  } else if (has_values || has_blank) {
    fail(origin, has_values ? values : blank, fmt::format("'values' and 'blank' go only with kind enum (field '{}')", name));
  }
  if (f.not_before_date && f.kind != FieldKind::date)
    fail(origin, node, fmt::format("'not_before_date' goes only with kind date (field '{}')", name));
  return f;
}

std::vector<FieldDecl> read_fields(const YAML::Node& node, RecordFile file, const std::string& origin) {
  std::vector<FieldDecl> fields;
  if (!node) return fields;
  if (!node.IsMap()) fail(origin, node, fmt::format("'fields: {}' must be a map of field names", record_file_name(file)));
  size_t dates = 0, codes = 0;
  for (const auto& kv : node) {
    FieldDecl f = read_field(scalar(kv.first, origin, "a field name"), kv.second, file, origin);
    for (const FieldDecl& other : fields)
      if (other.name == f.name) fail(origin, kv.first, fmt::format("field '{}' is declared twice", f.name));
    if (f.kind == FieldKind::date) {
      if (dates == kDateSlots)
        fail(origin, kv.first, fmt::format("{}.csv declares more than {} date fields", record_file_name(file), kDateSlots));
      f.slot = static_cast<uint8_t>(dates++);
    } else if (f.kind != FieldKind::text) {
      if (codes == kCodeSlots)
        fail(origin, kv.first,
             fmt::format("{}.csv declares more than {} yes_no and enum fields", record_file_name(file), kCodeSlots));
      f.slot = static_cast<uint8_t>(codes++);
    }
    fields.push_back(std::move(f));
  }
  return fields;
}

void read_episode_types(const YAML::Node& root, const std::string& origin, std::vector<Term>& out,
                        std::optional<EpisodeTypeId>& periods, std::vector<std::string>& nouns) {
  const YAML::Node node = root["episode_types"];
  if (!node) fail(origin, root, "missing section 'episode_types'");
  if (!node.IsMap()) {
    out = terms_of(node, "episode_types", origin);
    nouns.assign(out.size(), "");
    return;
  }
  for (const auto& kv : node) {
    Term t{scalar(kv.first, origin, "a name"), ""};
    nouns.emplace_back();
    if (kv.second.IsMap()) {
      for (const auto& p : kv.second) {
        const std::string key = scalar(p.first, origin, "a key");
        if (key == "description") {
          t.description = scalar(p.second, origin, "'description'");
        } else if (key == "noun") {
          nouns.back() = scalar(p.second, origin, "'noun'");
        } else if (key == "periods_of_care") {
          if (flag(p.second, origin, "periods_of_care")) {
            if (periods) fail(origin, p.first, "only one episode type can form periods of care");
            periods = static_cast<EpisodeTypeId>(out.size());
          }
        } else {
          fail(origin, p.first, fmt::format("unknown key '{}' in episode type '{}' (description, noun, periods_of_care)", key, t.name));
        }
      }
    } else {
      t.description = scalar(kv.second, origin, "a description");
    }
    out.push_back(std::move(t));
  }
  no_repeats(out, node, "episode_types", origin);
}

}  // namespace

std::string_view record_file_name(RecordFile f) {
  switch (f) {
    case RecordFile::visits: return "visits";
    case RecordFile::reviews: return "reviews";
    case RecordFile::contacts: return "contacts";
  }
  return "";
}

std::string_view field_kind_name(FieldKind k) {
  switch (k) {
    case FieldKind::date: return "date";
    case FieldKind::yes_no: return "yes_no";
    case FieldKind::choice: return "enum";
    case FieldKind::text: return "text";
  }
  return "";
}

Vocabulary Vocabulary::parse(std::string_view yaml, const std::string& origin) {
  int line = 0, column = 0;
  if (std::string why = text_problem(yaml, line, column); !why.empty())
    throw FatalError{fmt::format("{}:{}:{}: {} (a vocabulary holds UTF-8 text without control characters)", origin, line, column, why)};
  YAML::Node root;
  try {
    root = YAML::Load(std::string(yaml));
  } catch (const YAML::Exception& e) {
    throw FatalError{fmt::format("{}:{}:{}: {}", origin, e.mark.line + 1, e.mark.column + 1, yaml_problem(e))};
  }
  if (!root.IsMap()) fail(origin, root, "a vocabulary is a map of sections (episode_types, tags, ...)");
  Vocabulary v;
  try {
    read_episode_types(root, origin, v.episode_types_, v.periods_of_care_, v.episode_nouns_);
    v.tags_ = read_terms(root, "tags", origin);
    v.measures_ = read_terms(root, "measures", origin);
    v.record_types_.push_back({"visit", "a visit to the child (visits.csv)"});
    v.record_files_.push_back(RecordFile::visits);
    v.outside_episodes_.push_back(false);
    for (const char* section : {"review_types", "contact_types"}) {
      const YAML::Node node = root[section];
      if (!node) fail(origin, root, fmt::format("missing section '{}'", section));
      std::vector<Term> terms;
      if (node.IsMap()) {
        // name: description, or name: {description: ..., outside_episodes: true}
        for (const auto& kv : node) {
          Term t{scalar(kv.first, origin, "a name"), ""};
          bool outside = false;
          if (kv.second.IsMap()) {
            for (const auto& p : kv.second) {
              const std::string key = scalar(p.first, origin, "a key");
              if (key == "description") t.description = scalar(p.second, origin, "'description'");
              else if (key == "outside_episodes") outside = flag(p.second, origin, "outside_episodes");
              else fail(origin, p.first, fmt::format("unknown key '{}' in record type '{}' (description, outside_episodes)", key, t.name));
            }
          } else {
            t.description = scalar(kv.second, origin, "a description");
          }
          terms.push_back(std::move(t));
          v.outside_episodes_.push_back(outside);
        }
        no_repeats(terms, node, section, origin);
      } else {
        terms = terms_of(node, section, origin);
        v.outside_episodes_.resize(v.outside_episodes_.size() + terms.size(), false);
      }
      if (section[0] == 'c') v.first_contact_ = static_cast<TypeId>(v.record_types_.size());
      for (auto& t : terms) {
        v.record_types_.push_back(std::move(t));
        v.record_files_.push_back(section[0] == 'r' ? RecordFile::reviews : RecordFile::contacts);
      }
    }
    const YAML::Node fields = root["fields"];
    if (fields && !fields.IsMap()) fail(origin, fields, "'fields' must be a map: visits, reviews, contacts");
    if (fields) {
      for (const auto& kv : fields) {
        const std::string file = scalar(kv.first, origin, "a file name");
        if (file != "visits" && file != "reviews" && file != "contacts")
          fail(origin, kv.first, fmt::format("'fields' has no file '{}' (visits, reviews, contacts)", file));
      }
      for (size_t f = 0; f < kRecordFiles; ++f) {
        const auto file = static_cast<RecordFile>(f);
        v.fields_[f] = read_fields(fields[std::string(record_file_name(file))], file, origin);
      }
    }
  } catch (const YAML::Exception& e) {
    throw FatalError{fmt::format("{}:{}:{}: {}", origin, e.mark.line + 1, e.mark.column + 1, yaml_problem(e))};
  }
  if (v.episode_types_.size() > 64) fail(origin, root["episode_types"], "at most 64 episode types are supported");
  if (v.tags_.size() > 64) fail(origin, root["tags"], "at most 64 tags are supported");
  if (v.record_types_.size() > kMaxRecordTypes)
    fail(origin, root, fmt::format("at most {} record types are supported", kMaxRecordTypes));
  for (size_t i = 1; i < v.record_types_.size(); ++i)
    for (size_t j = 0; j < i; ++j)
      if (v.record_types_[i].name == v.record_types_[j].name)
        fail(origin, root, fmt::format("record type '{}' is both a review type and a contact type", v.record_types_[i].name));
  return v;
}

const Vocabulary& Vocabulary::builtin() {
  static const Vocabulary v = [] {
    for (const auto& f : embedded_files())
      if (f.name == "vocabulary.yaml") return parse(f.contents, "standards/vocabulary.yaml");
    throw FatalError{"caseaudit was built without standards/vocabulary.yaml"};
  }();
  return v;
}

std::optional<size_t> Vocabulary::field(RecordFile f, std::string_view name) const {
  const auto& fs = fields_[static_cast<size_t>(f)];
  for (size_t i = 0; i < fs.size(); ++i)
    if (fs[i].name == name) return i;
  return std::nullopt;
}

std::optional<EpisodeTypeId> Vocabulary::episode_type(std::string_view n) const { return find<EpisodeTypeId>(episode_types_, n); }
std::optional<int> Vocabulary::tag(std::string_view n) const { return find<int>(tags_, n); }
std::optional<TypeId> Vocabulary::record_type(std::string_view n) const { return find<TypeId>(record_types_, n); }
std::optional<TypeId> Vocabulary::record_type(std::string_view n, RecordFile file) const {
  auto t = find<TypeId>(record_types_, n);
  if (t && record_files_[*t] != file) return std::nullopt;
  return t;
}
std::optional<uint8_t> Vocabulary::measure(std::string_view n) const { return find<uint8_t>(measures_, n); }

}  // namespace ca
