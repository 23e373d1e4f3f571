#pragma once
// A problem found in one row of an export: printed as
// "file:line:column: message", where line is the physical line on which the
// row starts and column is the 1-based position of the field in the header.
#include <cstdint>
#include <string>

namespace ca {

enum class Severity : uint8_t {
  error,    // the row cannot be used and was skipped
  warning,  // the row was used; the export is still worth fixing
};

struct Issue {
  std::string file;      // as the user named it, e.g. "samples/visits.csv"
  uint32_t line = 0;     // 0 when the issue is not tied to a line
  uint32_t column = 0;   // 0 when not tied to one field
  Severity severity = Severity::error;
  std::string category;  // short and stable, counted in the summary: "bad date", "unknown case_id", ...
  std::string message;   // the full reason, naming the column: "visit_date: not a date: '31/02/2024' (...)"
};

// "file:line:column: message" (line and column left out when 0); warnings
// get "warning: " before the message.
std::string format_issue(const Issue& issue);

}  // namespace ca
