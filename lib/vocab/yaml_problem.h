#pragma once
// What yaml-cpp could not read, in the words every YAML file of caseaudit
// (vocabulary, standards, mappings) reports it with: "invalid YAML: end of
// sequence flow not found", or, for a file nested past yaml-cpp's limit,
// "nesting deeper than 2000 levels" (yaml-cpp itself says "bad file").
#include <yaml-cpp/yaml.h>

#include <string>
#include <string_view>

namespace ca {

std::string yaml_problem(const YAML::Exception& e);

// A YAML file's text is read only when it is clean UTF-8 with no control
// character but tab and line ends: a title or note with an escape sequence
// or a NUL would reach a terminal or a spreadsheet. "" when clean; else the
// reason ("control character U+001B", "bytes that are not UTF-8"), with
// `line` and `column` (1-based, the column counted in bytes) where it is.
std::string text_problem(std::string_view text, int& line, int& column);

}  // namespace ca
