// Fuzz target: the CSV reader (csv/reader.h) and header (csv/header.h) over
// any bytes as a file's contents. Beyond not crashing: records start on
// lines that never go back, a stray quote names a field of its record, and
// a reader that stops says why at a line of the file.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "check.h"
#include "csv/header.h"
#include "csv/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace ca;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  CsvReader reader("fuzz.csv", text);
  CsvHeader header;
  if (header.read(reader)) {
    int at = -1;
    (void)header.find("case_id", true, at);
    fuzz::check(at < static_cast<int>(header.size()), "a column found past the header's end");
  }
  uint32_t last = 0;
  size_t bytes = 0;
  while (reader.next()) {
    fuzz::check(reader.line() > last, "a record's line is not after the previous one's");
    last = reader.line();
    for (std::string_view f : reader.fields()) bytes += f.size();
    if (reader.problem()) fuzz::check(reader.problem_field() < reader.size(), "a stray quote outside its record");
  }
  fuzz::check(bytes <= size, "fields hold more bytes than the input");
  if (!reader.status())
    fuzz::check(fuzz::names_line(reader.status().message(), "fuzz.csv"), "a reader error without its line",
                reader.status().message());
  return 0;
}
