#pragma once
// The canonical files' columns (../shared/docs/data-contract.md section 1, and
// the fields standards/vocabulary.yaml declares for the record files) and the
// canonical row: one row of one canonical file, as text, with where it came
// from. It is the seam between reading and building: load_export fills it
// from CSV files laid out as the contract says; a mapping (--map) will fill it
// from other layouts (renamed columns, fixed values, two records from one
// source row), and DatasetBuilder cannot tell the difference.
#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "data/load.h"
#include "vocab/vocabulary.h"

namespace ca {

struct ColumnSpec {
  std::string name;  // lower case, as in the contract or the vocabulary
  bool required;
  int field = -1;    // for a record file's field: its index in Vocabulary::fields(file); -1 for a key
};

// The keys of every record file, then its fields (at most kDateSlots +
// kCodeSlots of them are read; text fields are not).
inline constexpr size_t kMaxColumns = 3 + kDateSlots + kCodeSlots;

// The columns of each canonical file, in the order the builder checks a row's
// values (and reports the first error): the contract's keys, then the
// vocabulary's fields in the order it declares them.
class Schema {
 public:
  explicit Schema(const Vocabulary& vocab);
  std::span<const ColumnSpec> columns(InputFile file) const { return columns_[static_cast<size_t>(file)]; }
  // How many key columns come before a record file's fields (visits 2, reviews and contacts 3).
  static size_t keys(InputFile file);

 private:
  std::array<std::vector<ColumnSpec>, 5> columns_;
};

// Positions in Schema::columns(file).
namespace cases_col {
enum : uint8_t { case_id, dob, open_date, close_date, team, worker };
}
namespace episodes_col {
enum : uint8_t { case_id, episode_type, start_date, end_date, tags };
}
namespace visits_col {
enum : uint8_t { case_id, visit_date };  // then the visits fields
}
// reviews.csv and contacts.csv share one shape: case_id, <x>_type, <x>_date, then their fields.
namespace records_col {
enum : uint8_t { case_id, type, date };
}

struct CanonicalRow {
  InputFile file = InputFile::cases;
  const std::string* source = nullptr;  // the file it was read from, as messages name it
  uint32_t line = 0;                    // the line where it starts in `source`
  // By position in Schema::columns(file): the text ("" when blank or not
  // given) and the 1-based position of its field in the source (0 when none).
  std::array<std::string_view, kMaxColumns> values{};
  std::array<uint32_t, kMaxColumns> columns{};
  // The source's name for each column, for messages; empty: the canonical
  // name (a mapping renames columns: "cppv_cp_visit_date: not a date").
  std::array<std::string_view, kMaxColumns> names{};
};

// What one source can give its canonical file: the columns (by position in
// Schema::columns), and the kinds of episode or record and the tags its
// values can take (all, for a file laid out as the contract says).
struct SourceShape {
  std::array<bool, kMaxColumns> columns{};
  bool any_type = true;
  std::vector<uint16_t> types;  // when !any_type: the EpisodeTypeIds or TypeIds it can give
  TagMask tags = ~TagMask{0};   // the tags it can give (episodes)
  // For a record file's yes/no and enum fields, by column: bit c set when
  // the source can give code c (kCodeBlank for a blank); all bits: any.
  std::array<uint64_t, kMaxColumns> codes = filled(~uint64_t{0});

 private:
  static std::array<uint64_t, kMaxColumns> filled(uint64_t v) {
    std::array<uint64_t, kMaxColumns> a;
    a.fill(v);
    return a;
  }
};

// The record file a canonical file is (visits, reviews, contacts).
inline RecordFile record_file_of(InputFile f) {
  return f == InputFile::visits ? RecordFile::visits : f == InputFile::reviews ? RecordFile::reviews : RecordFile::contacts;
}

}  // namespace ca
