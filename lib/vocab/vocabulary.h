#pragma once
// The canonical vocabulary (standards/vocabulary.yaml): episode types, tags,
// record types, locations, visit types and measures, each interned as a small
// integer id so records and rules carry ids, not strings.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ca {

using TypeId = uint16_t;  // a record type (visit, a review type or a contact type)
using EpisodeTypeId = uint8_t;
using EpisodeTypeMask = uint64_t;  // bit i = episode type i of the vocabulary (at most 64 episode types)
using TagMask = uint64_t;          // bit i = tag i of the vocabulary (at most 64 tags)

// Which file a record type's rows come from.
enum class RecordFile : uint8_t { visits, reviews, contacts };

struct Term {
  std::string name;
  std::string description;
};

class Vocabulary {
 public:
  // The vocabulary compiled in from standards/vocabulary.yaml.
  static const Vocabulary& builtin();
  // Parses a vocabulary document; throws FatalError naming `origin` and the
  // line on a malformed one.
  static Vocabulary parse(std::string_view yaml, const std::string& origin);

  const std::vector<Term>& episode_types() const { return episode_types_; }
  const std::vector<Term>& tags() const { return tags_; }
  // Record types: id 0 is "visit" (visits.csv); then the review types, then
  // the contact types.
  const std::vector<Term>& record_types() const { return record_types_; }
  RecordFile file_of(TypeId t) const { return record_files_[t]; }
  const std::vector<Term>& locations() const { return locations_; }
  const std::vector<Term>& visit_types() const { return visit_types_; }
  const std::vector<Term>& measures() const { return measures_; }

  static constexpr TypeId kVisit = 0;

  std::optional<EpisodeTypeId> episode_type(std::string_view name) const;
  std::optional<int> tag(std::string_view name) const;  // bit index
  // A record type by name; with `file`, only types of that file.
  std::optional<TypeId> record_type(std::string_view name) const;
  std::optional<TypeId> record_type(std::string_view name, RecordFile file) const;
  std::optional<uint8_t> location(std::string_view name) const;
  std::optional<uint8_t> visit_type(std::string_view name) const;
  std::optional<uint8_t> measure(std::string_view name) const;

 private:
  std::vector<Term> episode_types_, tags_, record_types_, locations_, visit_types_, measures_;
  std::vector<RecordFile> record_files_;
};

}  // namespace ca
