#pragma once
// A lookup's table: key -> value, read from its file once, before any
// source (mapping/mapping.h, LookupSpec). Internal to mapping/.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "data/builder.h"
#include "data/values.h"
#include "mapping/mapping.h"
#include "mapping/source_file.h"

namespace ca {

class LookupTable {
 public:
  explicit LookupTable(const LookupSpec& spec) : spec_(spec) {}

  // Reads the file (an optional one that is absent passes keys through).
  Status load(SourceFiles& files, const Mapping& m, DatasetBuilder& builder);

  // The value for `key` (not blank): nullopt when the table has no such key.
  std::optional<std::string_view> find(std::string_view key) const;
  bool absent() const { return absent_; }
  const LookupSpec& spec() const { return spec_; }
  const std::string& shown() const { return shown_; }

 private:
  struct Slot {
    std::string value;
    Date rank;            // the date it was picked by (take earliest/latest)
    uint32_t line = 0;    // the row it came from
    bool open = false;    // latest_end: a row with a blank value (the key's value is blank)
  };
  const LookupSpec& spec_;
  StringMap<Slot> slots_;
  bool absent_ = false;
  std::string shown_;
};

}  // namespace ca
