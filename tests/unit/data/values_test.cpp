// Single values: yes/no, vocabulary names, quoting user text in messages.
#include "data/values.h"

#include <doctest/doctest.h>

namespace ca {
namespace {

TEST_CASE("parse_yes_no") {
  for (const char* y : {"Y", "y", "yes", "YES", "Yes", "true", "TRUE", "1"}) CHECK(parse_yes_no(y) == YesNo::yes);
  for (const char* n : {"N", "n", "no", "No", "false", "False", "0"}) CHECK(parse_yes_no(n) == YesNo::no);
  CHECK(parse_yes_no("") == YesNo::unknown);
  for (const char* bad : {"maybe", "2", "yess", "t", "f", " y"}) CHECK_FALSE(parse_yes_no(bad).has_value());
}

TEST_CASE("NameTable: ids, any ASCII case, the expected list") {
  const std::vector<Term> terms = {{"a", ""}, {"bee", ""}, {"sea", ""}, {"dee", ""}};
  const NameTable all(terms);
  CHECK(all.find("bee") == 1);
  CHECK(all.find("BEE") == 1);
  CHECK(all.find("Sea") == 2);
  CHECK_FALSE(all.find("be").has_value());
  CHECK_FALSE(all.find("").has_value());
  CHECK(all.expected("things") == "expected a, bee, sea or dee");
  const NameTable part(terms, 1, 3);
  CHECK(part.find("bee") == 1);
  CHECK_FALSE(part.find("a").has_value());
  CHECK_FALSE(part.find("dee").has_value());
  CHECK(part.expected("things") == "expected bee or sea");
  std::vector<Term> many;
  for (int i = 0; i < 13; ++i) many.push_back({"t" + std::to_string(i), ""});
  CHECK(NameTable(many).expected("contact_types") == "see contact_types in standards/vocabulary.yaml");
}

TEST_CASE("quoted and printable") {
  CHECK(quoted("C1") == "'C1'");
  CHECK(quoted("a\nb\tc\x01") == "'a\\nb\\tc\\x01'");
  CHECK(quoted(std::string(61, 'x')) == "'" + std::string(60, 'x') + "...'");
  // Cut at a character boundary: 59 x then a two-byte character spanning bytes 59-60.
  CHECK(quoted(std::string(59, 'x') + "\xC3\xA9" + "yy") == "'" + std::string(59, 'x') + "...'");
  CHECK(printable("caf\xC3\xA9 \xE9") == "caf\xC3\xA9 ?");
  CHECK(printable("a\rb\x7F") == "a\\rb\\x7F");
}

}  // namespace
}  // namespace ca
