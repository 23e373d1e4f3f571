#include "data/issue.h"

#include <fmt/format.h>

namespace ca {

std::string format_issue(const Issue& i) {
  std::string where = i.file;
  if (i.line) where += fmt::format(":{}", i.line);
  if (i.line && i.column) where += fmt::format(":{}", i.column);
  return fmt::format("{}: {}{}", where, i.severity == Severity::warning ? "warning: " : "", i.message);
}

}  // namespace ca
