#include "csv/header.h"

#include <fmt/format.h>

namespace ca {

Status CsvHeader::read(CsvReader& reader) {
  file_ = reader.name();
  if (!reader.next()) {
    if (!reader.status()) return reader.status();
    return Status::error(fmt::format("{}: empty file (no header row)", file_));
  }
  line_ = reader.line();
  if (reader.problem())
    return Status::error(fmt::format("{}:{}: {} in the header row", file_, line_, reader.problem()));
  names_.clear();
  shown_.clear();
  for (std::string_view f : reader.fields()) {
    const std::string_view t = trim(f);
    shown_.emplace_back(t);
    std::string lower(t);
    for (char& c : lower)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    names_.push_back(std::move(lower));
  }
  return Status::ok();
}

Status CsvHeader::find(std::string_view name, bool required, int& position) const {
  position = -1;
  for (size_t i = 0; i < names_.size(); ++i) {
    if (names_[i] != name) continue;
    if (position >= 0) return Status::error(fmt::format("{}:{}: column '{}' appears twice", file_, line_, name));
    position = static_cast<int>(i);
  }
  if (position < 0 && required)
    return Status::error(fmt::format("{}:{}: missing required column '{}'", file_, line_, name));
  return Status::ok();
}

}  // namespace ca
