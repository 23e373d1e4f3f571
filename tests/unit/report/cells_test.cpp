#include "report/cells.h"

#include <doctest/doctest.h>

#include "data/dataset.h"

namespace ca {
namespace {

std::string csv(std::string_view s) {
  std::string out;
  append_csv_cell(out, s);
  return out;
}

std::string json(std::string_view s) {
  std::string out;
  append_json_string(out, s);
  return out;
}

std::string text(std::string_view s) {
  std::string out;
  append_text(out, s);
  return out;
}

TEST_CASE("CSV cells are quoted as RFC 4180 asks, only when needed") {
  CHECK(csv("") == "");
  CHECK(csv("plain text") == "plain text");
  CHECK(csv("a,b") == "\"a,b\"");
  CHECK(csv("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csv("two\nlines") == "\"two\nlines\"");
  CHECK(csv("cr\rhere") == "\"cr\rhere\"");
  CHECK(csv("O'Brien") == "O'Brien");
  CHECK(csv(" spaced ") == " spaced ");
}

TEST_CASE("CSV cells a spreadsheet would run as formulas get a leading quote") {
  CHECK(looks_like_formula("=SUM(A1)"));
  CHECK(looks_like_formula("+441234567890"));
  CHECK(looks_like_formula("-1"));
  CHECK(looks_like_formula("@x"));
  CHECK(looks_like_formula("\tx"));
  CHECK(looks_like_formula("\rx"));
  CHECK_FALSE(looks_like_formula(""));
  CHECK_FALSE(looks_like_formula("A=1"));
  CHECK_FALSE(looks_like_formula(" =1"));

  CHECK(csv("=SUM(A1)") == "'=SUM(A1)");
  CHECK(csv("+441234567890") == "'+441234567890");
  CHECK(csv("-1") == "'-1");
  CHECK(csv("@x") == "'@x");
  CHECK(csv("\tx") == "'\tx");
  // Neutralised and quoted: the quote mark goes inside the quotes.
  CHECK(csv("\rx") == "\"'\rx\"");
  CHECK(csv("=HYPERLINK(\"http://x\",\"y\")") == "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
  CHECK(csv("=1,2") == "\"'=1,2\"");
}

TEST_CASE("JSON strings escape quotes, backslashes and control characters") {
  CHECK(json("") == "\"\"");
  CHECK(json("plain") == "\"plain\"");
  CHECK(json("say \"hi\"") == "\"say \\\"hi\\\"\"");
  CHECK(json("back\\slash") == "\"back\\\\slash\"");
  CHECK(json("a\nb\rc\td") == "\"a\\nb\\rc\\td\"");
  CHECK(json(std::string_view("\x00\x01\x1f\x7f", 4)) == "\"\\u0000\\u0001\\u001f\\u007f\"");
  CHECK(json("\x08\x0c") == "\"\\u0008\\u000c\"");
  // No formula neutralisation in JSON.
  CHECK(json("=SUM(A1)") == "\"=SUM(A1)\"");
  CHECK(json("/") == "\"/\"");
}

TEST_CASE("JSON strings keep valid UTF-8 and replace invalid bytes") {
  CHECK(json("Zo\xc3\xab") == "\"Zo\xc3\xab\"");                  // ë
  CHECK(json("\xe2\x82\xac") == "\"\xe2\x82\xac\"");               // €
  CHECK(json("\xf0\x9f\x98\x80") == "\"\xf0\x9f\x98\x80\"");       // emoji
  CHECK(json("Zo\xeb") == "\"Zo\\ufffd\"");                        // Latin-1 ë
  CHECK(json("\xc3") == "\"\\ufffd\"");                            // truncated
  CHECK(json("\xc0\xaf") == "\"\\ufffd\\ufffd\"");                 // overlong
  CHECK(json("\xed\xa0\x80") == "\"\\ufffd\\ufffd\\ufffd\"");      // surrogate
  CHECK(json("\xf4\x90\x80\x80") == "\"\\ufffd\\ufffd\\ufffd\\ufffd\"");  // past U+10FFFF
}

TEST_CASE("text shows control characters instead of sending them to the terminal") {
  CHECK(text("J Smith") == "J Smith");
  CHECK(text("a\nb") == "a\\x0ab");
  CHECK(text("\x1b[31mred") == "\\x1b[31mred");
  CHECK(text("\xc2\x9b" "31m") == "\\u009b31m");
  CHECK(text("Zo\xc3\xab \xc2\xa3") == "Zo\xc3\xab \xc2\xa3");
}

TEST_CASE("text shows bidirectional controls and line separators instead of obeying them") {
  // U+202E would show the rest of a case id reversed; U+2028 would break the line.
  CHECK(terminal_text("CAM\u202E101") == "CAM\\u202e101");
  CHECK(terminal_text("a\u2028b\u2029c") == "a\\u2028b\\u2029c");
  CHECK(terminal_text("\u2066x\u2069\u200F\u061C") == "\\u2066x\\u2069\\u200f\\u061c");
  CHECK(terminal_text("\u2030 \u2019 caf\u00e9") == "\u2030 \u2019 caf\u00e9");  // others are kept
}

TEST_CASE("dates are ISO, blank when there is none") {
  std::string out;
  append_date(out, Date::from_ymd(2024, 3, 7));
  CHECK(out == "2024-03-07");
  out.clear();
  append_date(out, kNoDate);
  CHECK(out == "");
  append_date(out, Date::from_ymd(1900, 1, 1));
  CHECK(out == "1900-01-01");
  // 2000-2099 come from a table: each of its days, and a week beyond each
  // end, as Date::iso writes them (which the date tests check by hand).
  size_t wrong = 0;
  for (int32_t d = Date::from_ymd(1999, 12, 25).days(); d <= Date::from_ymd(2100, 1, 7).days(); ++d) {
    out.clear();
    append_date(out, Date(d));
    wrong += out != Date(d).iso();
  }
  CHECK(wrong == 0);
  out.clear();
  append_date(out, Date::from_ymd(2099, 12, 31));
  append_date(out, Date::from_ymd(2000, 1, 1));
  append_date(out, Date::from_ymd(2024, 2, 29));
  append_date(out, Date::from_ymd(2100, 3, 1));
  CHECK(out == "2099-12-312000-01-012024-02-292100-03-01");
}

}  // namespace
}  // namespace ca
