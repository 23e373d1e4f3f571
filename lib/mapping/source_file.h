#pragma once
// Reading one file a mapping names (a source or a lookup's file): opening it
// in DATA_DIR, finding the columns the mapping uses in its header, and the
// row checks every CSV row gets (field count, stray quote), with the rows
// counted once per file however often the mapping reads it. Internal to
// mapping/.
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "csv/header.h"
#include "csv/reader.h"
#include "data/builder.h"
#include "data/load.h"
#include "mapping/mapping.h"

namespace ca {

// The files a mapped load reads, each with its FileStats (in LoadResult::files).
class SourceFiles {
 public:
  SourceFiles(std::string dir, LoadResult& out, DatasetBuilder& builder, const LoadProgress& progress)
      : dir_(std::move(dir)), out_(out), builder_(builder), progress_(progress) {}

  // DATA_DIR/name, as messages show it (found as data/data_dir.h finds it:
  // a name that differs only in case is read, and noted).
  std::string path(const std::string& name);
  // Whether the file is there (an optional source or lookup may not be); an
  // error for a link to nothing, a non-regular file, two names that differ
  // only in case.
  Status exists(const std::string& name, bool& there);

  // Which column of the header each name is (lower case); a name the header
  // lacks is fatal ("F:1: missing required column 'x' (the ssd mapping reads it)").
  struct Columns {
    std::vector<int> at;  // by position in the names given
  };

  // Reads the file: the header, then calls `row` for each row whose field
  // count matches the header and that has no stray quote (those are
  // reported and skipped here). `row` gets the reader (fields by the
  // positions `columns` found) and the file's stats. Returns the reader's
  // fatal status, or the header's.
  using RowFn = std::function<void(const CsvReader& reader, FileStats& stats)>;
  Status read(const std::string& name, const std::string& mapping_name, const std::vector<std::string>& names,
              Columns& columns, const std::function<void(const std::string& shown)>& begin, const RowFn& row);

 private:
  std::string dir_;
  LoadResult& out_;
  DatasetBuilder& builder_;
  const LoadProgress& progress_;
  std::map<std::string, size_t> index_;  // path -> index in out_.files
  std::map<std::string, bool> counted_;  // path -> rows already counted
  std::map<std::string, std::string> found_;  // name -> path found ("" when absent)
  uint64_t total_ = 0;
};

// `s` with the mapping that needed the file named: "F: cannot open: ... (the ssd mapping reads it)".
Status mapping_reads_it(const Status& s, const std::string& mapping_name);

// A value is blank: empty after trimming, or one of the mapping's blanks.
bool is_blank(std::string_view trimmed, const std::vector<std::string>& blanks);

// Whether any of `conditions` excludes the reader's row; the i-th
// condition's column is at `at[first + i]`. A value outside a condition's
// `in` and `keep` (when it has `keep`) sets `bad_value` (and
// `bad_condition`) and returns false: the caller reports the row.
bool excluded_by(const std::vector<Condition>& conditions, const std::vector<int>& at, size_t first,
                 const CsvReader& reader, const std::vector<std::string>& blanks, std::string* bad_value,
                 size_t* bad_condition);


}  // namespace ca
