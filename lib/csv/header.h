#pragma once
// A CSV file's header row: columns are found by name, case-insensitively
// (ASCII) and with surrounding spaces and tabs ignored; order does not matter
// and columns nobody asks for are ignored (so a repeated unknown column is
// harmless, a repeated wanted one is fatal: which one would be meant?).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "csv/reader.h"

namespace ca {

class CsvHeader {
 public:
  // Reads the first record of `reader` as the header. Fatal: an empty file,
  // a read error, a stray quote in the header.
  Status read(CsvReader& reader);

  uint32_t line() const { return line_; }
  size_t size() const { return names_.size(); }
  // The name as written in the file (spaces trimmed), for messages.
  const std::string& name(size_t i) const { return shown_[i]; }

  // The 0-based position of the column called `name` (given in lower case),
  // or -1 when there is none. Fatal when it is missing and `required`, or
  // when it appears twice: "visits.csv:1: missing required column 'visit_date'",
  // "visits.csv:1: column 'case_id' appears twice".
  Status find(std::string_view name, bool required, int& position) const;

 private:
  std::string file_;
  uint32_t line_ = 0;
  std::vector<std::string> names_;  // normalised
  std::vector<std::string> shown_;
};

// Surrounding spaces and tabs removed. (Inline: it runs for every value read.)
inline std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace ca
