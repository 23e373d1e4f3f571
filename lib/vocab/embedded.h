#pragma once
// The YAML files of standards/ compiled into the binary (tools/embed.cmake).
#include <string_view>
#include <vector>

namespace ca {

struct EmbeddedFile {
  std::string_view name;      // file name, e.g. "camden.yaml"
  std::string_view contents;  // the file's bytes
};

// Every standards/*.yaml at build time, sorted by name.
const std::vector<EmbeddedFile>& embedded_files();

}  // namespace ca
