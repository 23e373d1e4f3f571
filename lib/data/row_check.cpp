#include "data/row_check.h"

#include <fmt/format.h>

namespace ca {

bool row_fits(const CsvReader& reader, const CsvHeader& header, DatasetBuilder& builder, const std::string& path) {
  if (reader.size() != header.size()) {
    builder.reject(path, reader.line(), 0, "wrong field count",
                   fmt::format("{} field{} where the header has {}", reader.size(), reader.size() == 1 ? "" : "s",
                               header.size()));
    return false;
  }
  if (reader.problem()) {
    const uint32_t f = reader.problem_field();
    const std::string column = header.name(f).empty() ? fmt::format("column {}", f + 1) : header.name(f);
    builder.reject(path, reader.line(), f + 1, "stray quote", fmt::format("{}: {}", column, reader.problem()));
    return false;
  }
  return true;
}

}  // namespace ca
