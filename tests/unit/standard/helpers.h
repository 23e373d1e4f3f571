#pragma once
// Shared by the standard module's tests: documents parsed as "t.yaml" with the
// built-in vocabulary. kHead is four lines, so the first rule starts on line 5.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "standard/parse.h"

namespace ca::test {

inline constexpr std::string_view kHead =
    "standard: t\n"
    "authority: Test Council\n"
    "document: Test practice standards\n"
    "rules:\n";

inline ParseResult parse(std::string_view yaml) { return parse_standard(yaml, "t.yaml", Vocabulary::builtin()); }

// The errors of kHead followed by `rules`.
inline std::vector<std::string> errors(std::string_view rules) {
  return parse(std::string(kHead) + std::string(rules)).errors;
}

// The code a value of an enum field of visits.csv is stored as (index + 1).
inline uint8_t value_code(const char* field, const char* value) {
  const Vocabulary& v = Vocabulary::builtin();
  const FieldDecl& f = v.fields(RecordFile::visits)[*v.field(RecordFile::visits, field)];
  for (size_t i = 0; i < f.values.size(); ++i)
    if (f.values[i].name == value) return static_cast<uint8_t>(i + 1);
  return 0;
}

inline std::string fixture_path(std::string_view name) {
  return std::string(CASEAUDIT_SOURCE_DIR) + "/tests/data/standards/" + std::string(name);
}

}  // namespace ca::test

// Error lists print one message a line when a check fails.
template <>
struct doctest::StringMaker<std::vector<std::string>> {
  static String convert(const std::vector<std::string>& v) {
    std::string out = "{";
    for (const std::string& s : v) out += "\n  \"" + s + "\"";
    out += v.empty() ? "}" : "\n}";
    return String(out.c_str());
  }
};
