#pragma once
// The canonical vocabulary (standards/vocabulary.yaml): episode types, tags,
// record types, the fields of each record file and measures, each interned as
// a small integer id so records and rules carry ids, not strings.
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
inline constexpr size_t kRecordFiles = 3;
// "visits", "reviews", "contacts": the file's section under `fields`.
std::string_view record_file_name(RecordFile f);

struct Term {
  std::string name;
  std::string description;
};

// How many fields of each storage class one record file may declare: a
// record carries that many slots (data/dataset.h), whatever its file.
inline constexpr size_t kDateSlots = 2;
inline constexpr size_t kCodeSlots = 6;
// A record packs its type and codes (data/dataset.h): at most this many
// record types, and this many values in an enum field.
inline constexpr size_t kMaxRecordTypes = 8191;
inline constexpr size_t kMaxEnumValues = 31;

enum class FieldKind : uint8_t {
  date,    // a date; stored in a date slot
  yes_no,  // Y/N (yes/no, true/false, 1/0); stored as a code: 0 blank, 1 N, 2 Y
  choice,  // one of `values`; stored as a code: 0 blank, i + 1 for values[i]
  text,    // free text: declared so that a reader knows it, never read
};

// "date", "yes_no", "enum", "text": the words of vocabulary.yaml.
std::string_view field_kind_name(FieldKind k);

// A column of a record file beyond its keys (case_id, the type, the date).
struct FieldDecl {
  std::string name;         // the column's name, lower case
  std::string description;
  FieldKind kind = FieldKind::text;
  std::vector<Term> values;  // choice: the values, code i + 1 for values[i]
  uint8_t blank = 0;         // the code a blank cell means (choice only; 0: blank stays blank)
  bool required = false;     // the column must be in the file
  bool not_before_date = false;  // a date earlier than the record's own date is a warning
  uint8_t slot = 0;          // date: a Record's date slot; yes_no/choice: its code slot
};

inline constexpr uint8_t kCodeBlank = 0;
inline constexpr uint8_t kCodeNo = 1, kCodeYes = 2;  // yes_no codes

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
  // The first contact type's id: review types are [1, first_contact_type()),
  // contact types [first_contact_type(), record_types().size()).
  TypeId first_contact_type() const { return first_contact_; }
  // Whether records of the type usually come before any episode (a strategy
  // discussion, a request for support): `outside_episodes: true` in
  // vocabulary.yaml; validate does not warn about them outside episodes.
  bool outside_episodes(TypeId t) const { return outside_episodes_[t]; }
  const std::vector<Term>& measures() const { return measures_; }
  // The declared fields of a record file, in the order the loader checks them.
  const std::vector<FieldDecl>& fields(RecordFile f) const { return fields_[static_cast<size_t>(f)]; }
  // A field of a record file by name (its index in fields(f)).
  std::optional<size_t> field(RecordFile f, std::string_view name) const;
  // The episode type whose rows that follow on without a gap form periods of
  // care (`periods_of_care: true` in vocabulary.yaml); nullopt when none.
  std::optional<EpisodeTypeId> periods_of_care() const { return periods_of_care_; }
  // How `standards show` names one episode of a type (`noun:` in
  // vocabulary.yaml, e.g. "looked-after placement"); empty when not given.
  const std::string& episode_noun(EpisodeTypeId t) const { return episode_nouns_[t]; }

  static constexpr TypeId kVisit = 0;

  std::optional<EpisodeTypeId> episode_type(std::string_view name) const;
  std::optional<int> tag(std::string_view name) const;  // bit index
  // A record type by name; with `file`, only types of that file.
  std::optional<TypeId> record_type(std::string_view name) const;
  std::optional<TypeId> record_type(std::string_view name, RecordFile file) const;
  std::optional<uint8_t> measure(std::string_view name) const;

 private:
  std::vector<Term> episode_types_, tags_, record_types_, measures_;
  std::vector<RecordFile> record_files_;
  std::vector<bool> outside_episodes_;
  TypeId first_contact_ = 1;
  std::vector<FieldDecl> fields_[kRecordFiles];
  std::optional<EpisodeTypeId> periods_of_care_;
  std::vector<std::string> episode_nouns_;
};

}  // namespace ca
