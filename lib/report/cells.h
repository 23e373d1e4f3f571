#pragma once
// Encoding one value into an output buffer, for each report format.
#include <string>
#include <string_view>

#include "core/date.h"

namespace ca {

// Whether a spreadsheet could run the cell as a formula: it begins with
// '=', '+', '-', '@', a tab or a carriage return.
bool looks_like_formula(std::string_view cell);

// A CSV cell: formula-like text gets a leading single quote ("=SUM(A1)" is
// written '=SUM(A1)); then, RFC 4180, the cell is quoted when it holds a comma,
// a double quote, CR or LF, with each double quote doubled.
void append_csv_cell(std::string& out, std::string_view cell);

// A JSON string literal with its quotes: '"' and '\' escaped, \n \r \t as
// such, other control characters (and DEL) as \u00XX, and bytes that are
// not valid UTF-8 as \ufffd, so the output is always valid JSON.
void append_json_string(std::string& out, std::string_view s);

// Text for a terminal: control characters shown as \xNN (the C1 controls as
// \u0080..\u009f), so that a value in the export cannot move the cursor or
// recolour the screen.
void append_text(std::string& out, std::string_view s);
// The same, as a string of its own.
std::string terminal_text(std::string_view s);

// YYYY-MM-DD (any year as Date::iso writes it); nothing for kNoDate.
void append_date(std::string& out, Date d);
// A date as a JSON value: "YYYY-MM-DD", or null for a blank date or an open
// end (Date::min(), Date::max()).
void append_json_date(std::string& out, Date d);

// Appends `words` (already made safe for a terminal: append_text) as lines
// of at most `width` columns (code points) where spaces allow: the first at
// `indent`, the others at `hang` (default `indent` + 2); ends with a newline.
inline constexpr size_t kHangDefault = static_cast<size_t>(-1);
void append_wrapped(std::string& out, size_t indent, std::string_view words, size_t width = 100,
                    size_t hang = kHangDefault);

}  // namespace ca
