#pragma once
// The mappings of mappings/*.yaml compiled into the binary (tools/embed.cmake).
#include <vector>

#include "vocab/embedded.h"

namespace ca {

// Every mappings/*.yaml at build time, sorted by name.
const std::vector<EmbeddedFile>& embedded_mappings();

}  // namespace ca
