#pragma once
// Counting a run's input and its problems, for the one-line summaries of
// `audit` (on stderr, before the report) and `validate` (after the issues).
#include <array>
#include <span>
#include <cstdint>
#include <iosfwd>
#include <string>
#include <utility>
#include <vector>

#include "data/issue.h"
#include "data/load.h"

namespace ca {

struct IssueCounts {
  uint64_t rows = 0;      // data rows read, all files
  uint64_t files = 0;     // files read
  uint64_t skipped = 0;   // rows skipped (rows with an error issue)
  uint64_t excluded = 0;  // rows a mapping's `exclude` left out
  uint64_t warnings = 0;  // warning issues
  // Skipped rows by category, the most frequent first, then by name.
  std::vector<std::pair<std::string, uint64_t>> skipped_by_category;
};

IssueCounts count_issues(std::span<const FileStats> files, const std::vector<Issue>& issues);

// "read 1,234 rows from 5 files; excluded 2 by the mapping; skipped 3 (bad
// date: 2, unknown case_id: 1); 4 warnings" (each part after the first only
// when there are some).
std::string describe(const IssueCounts& counts);

// What became of one file's rows, each counted once: used (a case, episode
// or record was made from it), excluded by a mapping, or skipped (reported
// with an error; a mapping's row that gave one record and failed another is
// skipped, as the run summary counts it). Each is counted from where it
// ended up, not from the others, so read = used + excluded + skipped unless
// a row was lost.
struct FileAccount {
  std::string path;
  uint64_t read = 0;
  uint64_t used = 0;
  uint64_t excluded = 0;
  uint64_t skipped = 0;
  bool lookup_only = false;  // read only for a mapping's lookups: its rows make no records
};

// One account per file read, in LoadResult::files's order: its rows from
// `load` (files and data), the skipped ones from `issues` (load.issues, or
// those with validate's checks added).
std::vector<FileAccount> account_files(const LoadResult& load, const std::vector<Issue>& issues,
                                       const Vocabulary& vocab);

// "samples/visits.csv: read 1,234 rows: 1,230 used, 4 skipped" ("...: 2
// excluded by the mapping"; a lookup's file: "read 20 rows for the
// mapping's lookups").
std::string describe(const FileAccount& account);

// The run summary `audit` prints on stderr: every skipped row's issue line,
// then "caseaudit: read 1,234 rows from 5 files; skipped 3 (bad date: 2,
// unknown case_id: 1); 4 warnings (run 'caseaudit validate' for details)".
// The warnings themselves are left to `validate`.
void write_load_summary(const LoadResult& load, std::ostream& err);

// 1234567 -> "1,234,567".
std::string with_commas(uint64_t n);

}  // namespace ca
