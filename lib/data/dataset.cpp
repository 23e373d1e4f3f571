#include "data/dataset.h"

#include <fmt/format.h>

namespace ca {

std::string line_name(const Dataset& d, InputFile f, uint32_t ref) {
  const Located at = d.locate(f, ref);
  if (d.sources[static_cast<size_t>(f)].size() <= 1) return fmt::format("line {}", at.line);
  const size_t slash = at.path.rfind('/');
  return fmt::format("{} line {}", slash == std::string_view::npos ? at.path : at.path.substr(slash + 1), at.line);
}

}  // namespace ca
