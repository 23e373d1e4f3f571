#pragma once
// The checks every CSV row gets before its values are read, whoever reads it
// (the contract's loader, a mapping's sources and lookups): the field count
// against the header ("wrong field count") and a stray quote. Internal to
// the readers of files (data/, mapping/): it names csv/ types.
#include <string>

#include "csv/header.h"
#include "csv/reader.h"
#include "data/builder.h"

namespace ca {

// False, with the row reported to `builder` as an error Issue of `path`,
// when the row cannot be read.
bool row_fits(const CsvReader& reader, const CsvHeader& header, DatasetBuilder& builder, const std::string& path);

}  // namespace ca
