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

// The run summary `audit` prints on stderr: every skipped row's issue line,
// then "caseaudit: read 1,234 rows from 5 files; skipped 3 (bad date: 2,
// unknown case_id: 1); 4 warnings (run 'caseaudit validate' for details)".
// The warnings themselves are left to `validate`.
void write_load_summary(const LoadResult& load, std::ostream& err);

// 1234567 -> "1,234,567".
std::string with_commas(uint64_t n);

}  // namespace ca
