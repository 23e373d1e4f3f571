// CsvHeader: columns found by name, whatever the case, spaces or order;
// missing, repeated and empty headers are fatal with the file and line.
#include "csv/header.h"

#include <doctest/doctest.h>

namespace ca {
namespace {

int position(const std::string& text, std::string_view name, bool required = false, std::string* error = nullptr) {
  CsvReader r("visits.csv", text);
  CsvHeader h;
  Status s = h.read(r);
  int pos = -2;
  if (s) s = h.find(name, required, pos);
  if (error) *error = s.message();
  return pos;
}

std::string error_of(const std::string& text, std::string_view name = "case_id", bool required = true) {
  std::string e;
  position(text, name, required, &e);
  return e;
}

TEST_CASE("columns are found ignoring ASCII case and surrounding spaces, in any order") {
  CHECK(position("case_id,visit_date\n", "visit_date") == 1);
  CHECK(position("Visit_Date , CASE_ID\n", "case_id") == 1);
  CHECK(position("  case_id\t,x\n", "case_id") == 0);
  CHECK(position("\"case_id\",x\n", "case_id") == 0);
  CHECK(position("\xEF\xBB\xBF" "case_id\n", "case_id") == 0);
}

TEST_CASE("unknown columns are ignored, even repeated; an absent optional column is -1") {
  CHECK(position("notes,case_id,notes,\n", "case_id") == 1);
  CHECK(position("case_id\n", "seen", false) == -1);
}

TEST_CASE("the header is the first non-blank line") {
  CsvReader r("visits.csv", "\n\ncase_id\n");
  CsvHeader h;
  REQUIRE(h.read(r).is_ok());
  CHECK(h.line() == 3);
  CHECK(h.size() == 1);
  CHECK(h.name(0) == "case_id");
}

TEST_CASE("names as written are kept for messages") {
  CsvReader r("visits.csv", " Case_ID ,Notes\n");
  CsvHeader h;
  REQUIRE(h.read(r).is_ok());
  CHECK(h.name(0) == "Case_ID");
  CHECK(h.name(1) == "Notes");
}

TEST_CASE("fatal: missing required column, repeated column, empty file") {
  CHECK(error_of("case_id,date\n", "visit_date") == "visits.csv:1: missing required column 'visit_date'");
  CHECK(error_of("\ncase_id,date\n", "visit_date") == "visits.csv:2: missing required column 'visit_date'");
  CHECK(error_of("case_id,x,Case_Id\n") == "visits.csv:1: column 'case_id' appears twice");
  CHECK(error_of("") == "visits.csv: empty file (no header row)");
  CHECK(error_of("\n\r\n") == "visits.csv: empty file (no header row)");
  CHECK(error_of("\xEF\xBB\xBF") == "visits.csv: empty file (no header row)");
}

TEST_CASE("fatal: a stray quote in the header, or a header the reader cannot read") {
  CHECK(error_of("case\"id\n") ==
        "visits.csv:1: quote inside an unquoted field (quote the whole field, doubling the quote: \"a\"\"b\") in the "
        "header row");
  CHECK(error_of("\"case_id\n") == "visits.csv:1: unterminated quoted field (opened on this line)");
}

TEST_CASE("trim") {
  CHECK(trim("  a b \t") == "a b");
  CHECK(trim(" \t ").empty());
  CHECK(trim("").empty());
}

}  // namespace
}  // namespace ca
