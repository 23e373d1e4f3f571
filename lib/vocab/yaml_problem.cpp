#include "vocab/yaml_problem.h"

#include <yaml-cpp/depthguard.h>

#include <fmt/format.h>

#include "core/utf8.h"

namespace ca {

std::string yaml_problem(const YAML::Exception& e) {
  if (const auto* deep = dynamic_cast<const YAML::DeepRecursion*>(&e))
    return fmt::format("nesting deeper than {} levels", deep->depth() - 1);
  return "invalid YAML: " + e.msg;
}

std::string text_problem(std::string_view text, int& line, int& column) {
  line = 1;
  column = 1;
  const std::string copy(text);  // NUL-terminated, for utf8_sequence_length
  const auto* p = reinterpret_cast<const unsigned char*>(copy.c_str());
  for (size_t i = 0; i < copy.size();) {
    const unsigned char c = p[i];
    if (c == '\n') {
      ++line;
      column = 1;
      ++i;
      continue;
    }
    if (c < 0x20 && c != '\t' && c != '\r') return fmt::format("control character U+{:04X}", c);
    if (c == 0x7F) return "control character U+007F";
    if (c < 0x80) {
      ++i;
      ++column;
      continue;
    }
    const size_t n = utf8_sequence_length(p + i);
    if (n == 0) return "bytes that are not UTF-8";
    // C1 controls (U+0080-U+009F) are control characters too.
    if (n == 2 && c == 0xC2 && p[i + 1] < 0xA0) return fmt::format("control character U+{:04X}", p[i + 1]);
    i += n;
    column += static_cast<int>(n);
  }
  return "";
}

}  // namespace ca
