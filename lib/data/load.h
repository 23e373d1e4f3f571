#pragma once
// Reading an export folder into a Dataset, as
// ../shared/docs/data-contract.md section 1 fixes it. Every row read is
// either used or reported as an Issue.
//
// The pipeline (load.cpp): csv/CsvReader (records) -> CanonicalRow (schema.h:
// canonical column -> text, with file, line and field positions) ->
// DatasetBuilder (builder.h: checks, Issues, sorting and grouping). A mapping
// (--map) will produce CanonicalRows from other layouts through the same seam.
#include <array>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/status.h"
#include "data/dataset.h"
#include "data/issue.h"
#include "vocab/vocabulary.h"

namespace ca {

struct InputSpec {
  std::string dir;  // DATA_DIR; may be empty when every file is given
  // Overrides per file (--cases F ...); "-" is standard input (at most one).
  std::array<std::optional<std::string>, 5> files;
};

struct FileStats {
  std::string path;       // as shown in messages ("<stdin>" for -); empty when the file was absent
  uint64_t rows_read = 0; // data rows (records), header excluded
  uint64_t rows_skipped = 0;
  uint64_t rows_excluded = 0;  // rows a mapping's `exclude` left out (a cancelled review): used, not errors
};

struct LoadResult {
  Dataset data;
  std::vector<Issue> issues;  // in file order, then line order
  // The files read: for the contract's layout the five canonical files, by
  // InputFile (an absent one with an empty path); through a mapping, each
  // source file once, in the order first read.
  std::vector<FileStats> files;
  // Said on standard error with the run summary: a file read under another
  // case of its name ("reading DIR/Visits.csv as visits.csv").
  std::vector<std::string> notes;
};

// Loads the export. Row problems become Issues (errors skip the row, warnings
// keep it; categories in builder.h and load.cpp). A file absent from DATA_DIR
// (other than cases.csv) is no records; a file named on its own must open.
// Returns an error Status, with a complete message naming the file (and line
// where there is one), when the run must stop: cases.csv missing, a required
// column missing or repeated, an unreadable file, an unbalanced quote, binary
// data, text that is not UTF-8, an empty file, more than one file read from
// standard input (csv/reader.h lists them all).
// `progress`, when given, is called with the rows read so far, every 65,536
// rows (for a progress line on a terminal).
using LoadProgress = std::function<void(uint64_t rows)>;

// DATA_DIR must be a folder that exists ("DIR: not a folder (...)").
Status check_data_dir(const std::string& dir);
// `jobs`: once the cases are in, the episodes and the record files (visits,
// reviews, contacts) are read side by side on up to that many threads; the
// result is the same with any number.
Status load_export(const InputSpec& spec, const Vocabulary& vocab, LoadResult& out, const LoadProgress& progress = {},
                   unsigned jobs = 1);

}  // namespace ca
