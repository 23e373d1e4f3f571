#include "data/dataset.h"

#include <fmt/format.h>

namespace ca {

std::string line_name(const Dataset& d, InputFile f, uint32_t ref) {
  const Located at = d.locate(f, ref);
  if (d.sources[static_cast<size_t>(f)].size() <= 1) return std::to_string(at.line);
  return fmt::format("{}:{}", at.path, at.line);
}

}  // namespace ca
