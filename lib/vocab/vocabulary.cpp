#include "vocab/vocabulary.h"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "core/status.h"
#include "vocab/embedded.h"

namespace ca {
namespace {

[[noreturn]] void fail(const std::string& origin, const YAML::Node& node, const std::string& why) {
  const YAML::Mark m = node.Mark();
  if (m.line >= 0) throw FatalError{fmt::format("{}:{}:{}: {}", origin, m.line + 1, m.column + 1, why)};
  throw FatalError{fmt::format("{}: {}", origin, why)};
}

// A section is either a map name -> description or a list of names.
std::vector<Term> read_terms(const YAML::Node& root, const char* key, const std::string& origin) {
  const YAML::Node node = root[key];
  if (!node) fail(origin, root, fmt::format("missing section '{}'", key));
  std::vector<Term> terms;
  if (node.IsMap()) {
    for (const auto& kv : node) terms.push_back({kv.first.as<std::string>(), kv.second.as<std::string>()});
  } else if (node.IsSequence()) {
    for (const auto& item : node) terms.push_back({item.as<std::string>(), ""});
  } else {
    fail(origin, node, fmt::format("section '{}' must be a map or a list", key));
  }
  for (size_t i = 0; i < terms.size(); ++i)
    for (size_t j = 0; j < i; ++j)
      if (terms[i].name == terms[j].name) fail(origin, node, fmt::format("'{}' is listed twice in '{}'", terms[i].name, key));
  return terms;
}

template <typename Id>
std::optional<Id> find(const std::vector<Term>& terms, std::string_view name) {
  for (size_t i = 0; i < terms.size(); ++i)
    if (terms[i].name == name) return static_cast<Id>(i);
  return std::nullopt;
}

}  // namespace

Vocabulary Vocabulary::parse(std::string_view yaml, const std::string& origin) {
  YAML::Node root;
  try {
    root = YAML::Load(std::string(yaml));
  } catch (const YAML::Exception& e) {
    throw FatalError{fmt::format("{}:{}:{}: {}", origin, e.mark.line + 1, e.mark.column + 1, e.msg)};
  }
  Vocabulary v;
  try {
    v.episode_types_ = read_terms(root, "episode_types", origin);
    v.tags_ = read_terms(root, "tags", origin);
    v.locations_ = read_terms(root, "locations", origin);
    v.visit_types_ = read_terms(root, "visit_types", origin);
    v.measures_ = read_terms(root, "measures", origin);
    v.record_types_.push_back({"visit", "a visit to the child (visits.csv)"});
    v.record_files_.push_back(RecordFile::visits);
    for (auto& t : read_terms(root, "review_types", origin)) {
      v.record_types_.push_back(std::move(t));
      v.record_files_.push_back(RecordFile::reviews);
    }
    for (auto& t : read_terms(root, "contact_types", origin)) {
      v.record_types_.push_back(std::move(t));
      v.record_files_.push_back(RecordFile::contacts);
    }
  } catch (const YAML::Exception& e) {
    throw FatalError{fmt::format("{}:{}:{}: {}", origin, e.mark.line + 1, e.mark.column + 1, e.msg)};
  }
  if (v.episode_types_.size() > 64) fail(origin, root["episode_types"], "at most 64 episode types are supported");
  if (v.tags_.size() > 64) fail(origin, root["tags"], "at most 64 tags are supported");
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

std::optional<EpisodeTypeId> Vocabulary::episode_type(std::string_view n) const { return find<EpisodeTypeId>(episode_types_, n); }
std::optional<int> Vocabulary::tag(std::string_view n) const { return find<int>(tags_, n); }
std::optional<TypeId> Vocabulary::record_type(std::string_view n) const { return find<TypeId>(record_types_, n); }
std::optional<TypeId> Vocabulary::record_type(std::string_view n, RecordFile file) const {
  auto t = find<TypeId>(record_types_, n);
  if (t && record_files_[*t] != file) return std::nullopt;
  return t;
}
std::optional<uint8_t> Vocabulary::location(std::string_view n) const { return find<uint8_t>(locations_, n); }
std::optional<uint8_t> Vocabulary::visit_type(std::string_view n) const { return find<uint8_t>(visit_types_, n); }
std::optional<uint8_t> Vocabulary::measure(std::string_view n) const { return find<uint8_t>(measures_, n); }

}  // namespace ca
