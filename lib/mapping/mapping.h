#pragma once
// Mapping files (--map): how an export laid out otherwise (the Standard
// Safeguarding Dataset's tables, a local system's own CSV files) becomes the
// canonical files, row by row, through the seam the contract's files use
// (data/schema.h: CanonicalRow into DatasetBuilder), so the engine cannot
// tell the difference. The format is mappings/README.md's; the built-in
// mappings are mappings/*.yaml, compiled in.
//
// One mapping lists, per canonical file, its sources: source files whose
// rows each give one or more canonical rows (records), with columns renamed,
// fixed values, local codes mapped to canonical ones, rows excluded by a
// value, and keys or values looked up in other files (lookups).
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"
#include "data/dataset.h"
#include "data/load.h"
#include "data/schema.h"
#include "vocab/vocabulary.h"

namespace ca {

// A test on a source row's column: true excludes the row (or the record).
struct Condition {
  enum class Test : uint8_t { blank, not_blank, in, not_in };
  std::string column;  // lower case
  Test test = Test::blank;
  std::vector<std::string> in;    // Test::in: values that exclude; not_in: the only values that keep (ignoring ASCII case)
  std::vector<std::string> keep;  // with `in`: the values that keep it; any other value is a bad row
};

// How one canonical column's value is made from a source row: a source
// column (codes mapped, then looked up) or a fixed value.
struct ValueSpec {
  bool fixed = false;
  std::string column;  // lower case, when !fixed
  std::string value;   // the fixed value
  // Local code -> canonical value ("" = blank); matched ignoring ASCII case.
  // With codes, a value not listed is a bad row.
  std::vector<std::pair<std::string, std::string>> codes;
  bool has_codes = false;
  std::vector<uint16_t> lookups;  // Mapping::lookups, applied in order
  std::string label;  // how messages name the value: "clar_cla_id via cla_child"
};

// One canonical row made from each source row. columns[i] is for the i-th
// column of Schema::columns(target): empty when the mapping does not give
// it; several parts (joined with ';') only for tags.
struct RecordSpec {
  std::array<std::vector<ValueSpec>, kMaxColumns> columns;
  std::vector<Condition> exclude;
};

struct SourceSpec {
  InputFile target = InputFile::cases;
  std::string file;  // relative to DATA_DIR
  bool optional = false;
  std::vector<Condition> exclude;
  std::vector<RecordSpec> records;
};

// How a lookup picks its value when several rows share a key.
enum class Take : uint8_t {
  only,        // every row must give the same value (another is a bad row)
  earliest,    // the earliest date (of `by`, or of the value itself)
  latest,      // the latest date
  latest_end,  // the latest date, or blank when any row's is blank (an open end)
};
// What a key the lookup does not hold gives.
enum class Missing : uint8_t { error, blank, keep };

struct LookupSpec {
  std::string name;
  std::string file;
  bool optional = false;  // an absent file passes every key through unchanged
  std::string key, value, by;  // lower case; `by` may be empty
  Take take = Take::only;
  Missing missing = Missing::error;
  std::vector<Condition> exclude;  // rows that take no part
};

struct Mapping {
  std::string name;    // as the facts and messages name the layout ("ssd")
  std::string title;
  std::string origin;  // the file, or builtin:NAME.yaml
  std::vector<std::string> blank;  // values that mean blank in every source column (lower case)
  std::vector<LookupSpec> lookups;
  std::vector<SourceSpec> sources;  // by target: cases first, then episodes, visits, reviews, contacts
};

// Parses a mapping. Every mistake is one "ORIGIN:LINE:COLUMN: message" in
// the result, in file order; empty when it is valid.
std::vector<std::string> parse_mapping(std::string_view yaml, const std::string& origin, const Vocabulary& vocab,
                                       Mapping& out);

// The mapping --map names: a built-in one by name ("ssd"), or else a file.
// Throws FatalError when it cannot be read or is invalid (every error listed).
Mapping find_mapping(const std::string& name_or_path, const Vocabulary& vocab);
std::vector<std::string> builtin_mapping_names();

// What one source can give its canonical file (columns, kinds, tags).
SourceShape shape_of(const SourceSpec& source, const Vocabulary& vocab);

// The facts of an export read through `m` with every source present: what
// `standards show NAME --map M` judges the rules by, with no data.
ExportFacts mapping_facts(const Mapping& m, const Vocabulary& vocab);

// Reads DATA_DIR through the mapping into `out` (as load_export does for the
// contract's files: data/load.h). Fatal, with a complete message: a source
// or lookup file missing (unless optional) or unreadable, a column the
// mapping names missing from its header, the CSV reader's fatal problems.
// Row problems are Issues naming the source file, line and column: the
// builder's, and "unmapped code" (a value the codes do not list), "unknown
// key" (a lookup without the key), "conflicting lookup" (take: only, two
// values for one key). The sources are read one after another; the records
// are grouped by case on up to `jobs` threads (DatasetBuilder::finish).
Status load_mapped(const std::string& dir, const Mapping& m, const Vocabulary& vocab, LoadResult& out,
                   const LoadProgress& progress = {}, unsigned jobs = 1);

}  // namespace ca
