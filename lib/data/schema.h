#pragma once
// The canonical files' columns (../shared/docs/data-contract.md section 1)
// and the canonical row: one row of one canonical file, as text, with where
// it came from. It is the seam between reading and building: load_export
// fills it from CSV files laid out as the contract says; a mapping (--map,
// the mapping files of ../shared/docs/roadmap.md) will fill it from other
// layouts (renamed columns, fixed values, two records from one source row),
// and DatasetBuilder cannot tell the difference.
#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "data/load.h"

namespace ca {

struct ColumnSpec {
  std::string_view name;  // lower case, as in the contract
  bool required;
};

inline constexpr size_t kMaxColumns = 7;

// The columns of a canonical file, in the contract's order: the builder checks
// a row's values in this order and reports the first error.
std::span<const ColumnSpec> columns_of(InputFile file);

// Positions in columns_of(file).
namespace cases_col {
enum : uint8_t { case_id, dob, open_date, close_date, team, worker };
}
namespace episodes_col {
enum : uint8_t { case_id, episode_type, start_date, end_date, tags };
}
namespace visits_col {
enum : uint8_t { case_id, visit_date, seen, seen_alone, location, visit_type, recorded_date };
}
// reviews.csv and contacts.csv share one shape: case_id, <x>_type, <x>_date, recorded_date.
namespace records_col {
enum : uint8_t { case_id, type, date, recorded_date };
}

struct CanonicalRow {
  InputFile file = InputFile::cases;
  const std::string* source = nullptr;  // the file it was read from, as messages name it
  uint32_t line = 0;                    // the line where it starts in `source`
  // By position in columns_of(file): the text ("" when blank or not given)
  // and the 1-based position of its field in the source (0 when none).
  std::array<std::string_view, kMaxColumns> values{};
  std::array<uint32_t, kMaxColumns> columns{};
};

}  // namespace ca
