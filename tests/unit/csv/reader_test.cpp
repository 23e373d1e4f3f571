// CsvReader: RFC 4180 records over fccp's LineReader, their start lines, and
// every fatal problem with its exact message.
#include "csv/reader.h"

#include "csv/lines.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

namespace ca {
namespace {

struct Rec {
  uint32_t line;
  std::vector<std::string> fields;
  bool operator==(const Rec&) const = default;
};

std::ostream& operator<<(std::ostream& os, const Rec& r) {
  os << r.line << ":";
  for (const auto& f : r.fields) os << "[" << f << "]";
  return os;
}

// All records of `text`; the reader's status message (empty when ok) in *error.
std::vector<Rec> read_all(const std::string& text, std::string* error = nullptr) {
  CsvReader r("t.csv", text);
  std::vector<Rec> out;
  while (r.next()) out.push_back({r.line(), std::vector<std::string>(r.fields().begin(), r.fields().end())});
  if (error) *error = r.status().message();
  else CHECK(r.status().is_ok());
  return out;
}

std::string error_of(const std::string& text) {
  std::string e;
  read_all(text, &e);
  return e;
}

TEST_CASE("plain records and their lines") {
  const auto recs = read_all("a,b,c\n1,2,3\n");
  REQUIRE(recs.size() == 2);
  CHECK(recs[0] == Rec{1, {"a", "b", "c"}});
  CHECK(recs[1] == Rec{2, {"1", "2", "3"}});
}

TEST_CASE("empty fields, leading and trailing commas") {
  CHECK(read_all(",,\n") == std::vector<Rec>{{1, {"", "", ""}}});
  CHECK(read_all("a,\n") == std::vector<Rec>{{1, {"a", ""}}});
  CHECK(read_all(",a\n") == std::vector<Rec>{{1, {"", "a"}}});
  CHECK(read_all("\"\",x\n") == std::vector<Rec>{{1, {"", "x"}}});
}

TEST_CASE("quoted fields: commas, doubled quotes, spaces kept inside") {
  CHECK(read_all("\"a,b\",\"say \"\"hi\"\"\",\" x \"\n") == std::vector<Rec>{{1, {"a,b", "say \"hi\"", " x "}}});
  CHECK(read_all("\"\"\"\"\n") == std::vector<Rec>{{1, {"\""}}});
}

TEST_CASE("spaces around a quoted field are dropped; unquoted spaces are kept") {
  CHECK(read_all("  \"a\"  , b \n") == std::vector<Rec>{{1, {"a", " b "}}});
}

TEST_CASE("line breaks inside quotes join physical lines; later records keep their own start lines") {
  const auto recs = read_all("id,note\n1,\"two\nlines\"\n2,\"three\n\nlines\"\n3,x\n");
  REQUIRE(recs.size() == 4);
  CHECK(recs[1] == Rec{2, {"1", "two\nlines"}});
  CHECK(recs[2] == Rec{4, {"2", "three\n\nlines"}});
  CHECK(recs[3] == Rec{7, {"3", "x"}});
}

TEST_CASE("a record with two multi-line fields") {
  const auto recs = read_all("\"a\nb\",\"c\nd\"\nz\n");
  CHECK(recs == std::vector<Rec>{{1, {"a\nb", "c\nd"}}, {4, {"z"}}});
}

TEST_CASE("CRLF line ends; a line break inside quotes reads as \\n") {
  const auto recs = read_all("a,b\r\n\"x\r\ny\",2\r\n3,4\r\n");
  CHECK(recs == std::vector<Rec>{{1, {"a", "b"}}, {2, {"x\ny", "2"}}, {4, {"3", "4"}}});
}

TEST_CASE("a carriage return inside quotes is data") {
  CHECK(read_all("\"a\rb\"\n") == std::vector<Rec>{{1, {"a\rb"}}});
}

TEST_CASE("UTF-8 byte-order mark is skipped") {
  CHECK(read_all("\xEF\xBB\xBF" "case_id\nC1\n") == std::vector<Rec>{{1, {"case_id"}}, {2, {"C1"}}});
}

TEST_CASE("no final newline") {
  CHECK(read_all("a,b\n1,2") == std::vector<Rec>{{1, {"a", "b"}}, {2, {"1", "2"}}});
  CHECK(read_all("a,\"b\nc\"") == std::vector<Rec>{{1, {"a", "b\nc"}}});
}

TEST_CASE("blank lines are not records, wherever they are") {
  CHECK(read_all("\n\na\n\n\nb\n\n") == std::vector<Rec>{{3, {"a"}}, {6, {"b"}}});
  CHECK(read_all("\r\na\r\n\r\n") == std::vector<Rec>{{2, {"a"}}});
  CHECK(read_all("").empty());
  CHECK(read_all("\n\n").empty());
  CHECK(read_all("\xEF\xBB\xBF").empty());
}

TEST_CASE("a line of spaces is a record (one field), not a blank line") {
  CHECK(read_all("  \n") == std::vector<Rec>{{1, {"  "}}});
}

TEST_CASE("UTF-8 text is accepted") {
  CHECK(read_all("caf\xC3\xA9,\xE2\x82\xAC,\xF0\x9F\x98\x80\n") ==
        std::vector<Rec>{{1, {"caf\xC3\xA9", "\xE2\x82\xAC", "\xF0\x9F\x98\x80"}}});
  CHECK(read_all("\"\xC2\xA3 1\nx\"\n") == std::vector<Rec>{{1, {"\xC2\xA3 1\nx"}}});
}

// The plain-line splitter reads 16 bytes at a time: fields, characters of
// two to four bytes and the line's end fall on every offset of a block.
TEST_CASE("plain lines: fields and UTF-8 characters at every offset across 16-byte blocks") {
  const std::vector<std::string> pieces = {"", "a", "ab,", ",", "\xC3\xA9", "\xE2\x82\xAC,", "\xF0\x9F\x98\x80", "0123456789abcdef"};
  for (size_t len = 0; len < 40; ++len) {
    for (size_t k = 0; k < pieces.size(); ++k) {
      std::string line(len, 'x');
      line += pieces[k];
      line += ",tail";
      line += pieces[(k + 3) % pieces.size()];
      std::vector<std::string> want(1);
      for (char c : line) {
        if (c == ',') want.emplace_back();
        else want.back() += c;
      }
      CAPTURE(line);
      CHECK(read_all(line + "\n" + line + "\n") == std::vector<Rec>{{1, want}, {2, want}});
      // A quote, CR or bad byte late in the line sends it to the general path.
      CHECK(read_all(line + ",\"q,r\"\n") == std::vector<Rec>{{1, [&] {
                                                               auto w = want;
                                                               w.push_back("q,r");
                                                               return w;
                                                             }()}});
      CHECK(error_of(line + "\xC3(\n") == "t.csv:1: not UTF-8 text (byte 0xC3); save the export as UTF-8");
    }
  }
}

TEST_CASE("a stray quote is a row problem: the record is returned with the quote as data") {
  CsvReader r("t.csv", "a,b\"c,d\n\"x\"y,z\nok,ok\n");
  REQUIRE(r.next());
  CHECK(r.size() == 3);
  CHECK(r[1] == "b\"c");
  REQUIRE(r.problem() != nullptr);
  CHECK(std::string(r.problem()) ==
        "quote inside an unquoted field (quote the whole field, doubling the quote: \"a\"\"b\")");
  CHECK(r.problem_field() == 1);
  REQUIRE(r.next());
  CHECK(r[0] == "xy");
  REQUIRE(r.problem() != nullptr);
  CHECK(std::string(r.problem()) == "text after the closing quote of a quoted field");
  CHECK(r.problem_field() == 0);
  REQUIRE(r.next());
  CHECK(r.problem() == nullptr);
  CHECK(r.line() == 3);
  CHECK_FALSE(r.next());
  CHECK(r.status().is_ok());
}

TEST_CASE("a stray quote does not open a quoted field: the next line is its own record") {
  CsvReader r("t.csv", "a,5'10\",c\nnext,1,2\n");
  REQUIRE(r.next());
  CHECK(r.problem() != nullptr);
  REQUIRE(r.next());
  CHECK(r.line() == 2);
  CHECK(r[0] == "next");
}

TEST_CASE("fatal: unterminated quoted field names the line where it opened") {
  CHECK(error_of("a,b\n1,2\n3,\"open\nmore\nstill\n") == "t.csv:3: unterminated quoted field (opened on this line)");
  CHECK(error_of("\"x\ny\",\"z\n") == "t.csv:2: unterminated quoted field (opened on this line)");
  CHECK(error_of("\"") == "t.csv:1: unterminated quoted field (opened on this line)");
}

TEST_CASE("fatal: records before the error are still returned") {
  std::string e;
  const auto recs = read_all("a\nb\n\"c\n", &e);
  CHECK(recs.size() == 2);
  CHECK(e == "t.csv:3: unterminated quoted field (opened on this line)");
}

TEST_CASE("fatal: NUL byte is binary data, on its line") {
  CHECK(error_of(std::string("a,b\n1,2\nx\0y,3\n", 14)) == "t.csv:3: binary data (NUL byte); is this a CSV export?");
  CHECK(error_of(std::string("\0", 1)) == "t.csv:1: binary data (NUL byte); is this a CSV export?");
  CHECK(error_of(std::string("a\n\0\n", 4)) == "t.csv:2: binary data (NUL byte); is this a CSV export?");
  CHECK(error_of(std::string("\"a\n\0\"\n", 6)) == "t.csv:2: binary data (NUL byte); is this a CSV export?");
}

TEST_CASE("fatal: bytes that are not UTF-8, named with their line") {
  CHECK(error_of("a\n\xA3" "5\n") == "t.csv:2: not UTF-8 text (byte 0xA3); save the export as UTF-8");
  CHECK(error_of("a\nb\ncaf\xE9\n") == "t.csv:3: not UTF-8 text (byte 0xE9); save the export as UTF-8");
  CHECK(error_of("\xC0\xAF\n") == "t.csv:1: not UTF-8 text (byte 0xC0); save the export as UTF-8");        // overlong
  CHECK(error_of("\xED\xA0\x80\n") == "t.csv:1: not UTF-8 text (byte 0xED); save the export as UTF-8");    // surrogate
  CHECK(error_of("x\xC3\n") == "t.csv:1: not UTF-8 text (byte 0xC3); save the export as UTF-8");           // cut short
  // above U+10FFFF
  CHECK(error_of("\"\xF4\x90\x80\x80\"\n") == "t.csv:1: not UTF-8 text (byte 0xF4); save the export as UTF-8");
  CHECK(error_of("a\xFF\n") == "t.csv:1: not UTF-8 text (byte 0xFF); save the export as UTF-8");
}

TEST_CASE("a real 0xFF before a NUL is reported as not UTF-8; a NUL before a 0xFF as binary") {
  CHECK(error_of(std::string("\xFF\n\0\n", 4)) == "t.csv:1: not UTF-8 text (byte 0xFF); save the export as UTF-8");
  CHECK(error_of(std::string("\0\n\xFF\n", 4)) == "t.csv:1: binary data (NUL byte); is this a CSV export?");
}

TEST_CASE("fatal: UTF-16 text") {
  CHECK(error_of(std::string("\xFF\xFE" "c\0a\0", 6)) ==
        "t.csv:1: not UTF-8 text (UTF-16 byte-order mark); save the export as UTF-8");
  CHECK(error_of(std::string("\xFE\xFF\0c", 4)) ==
        "t.csv:1: not UTF-8 text (UTF-16 byte-order mark); save the export as UTF-8");
}

TEST_CASE("fatal: a carriage return that does not end a line") {
  CHECK(error_of("a,b\r1,2\r") ==
        "t.csv:1: carriage return inside a line (CR line ends?); save the export with LF or CRLF line ends");
  CHECK(error_of("ok\na\rb\n") ==
        "t.csv:2: carriage return inside a line (CR line ends?); save the export with LF or CRLF line ends");
}

TEST_CASE("fatal: a line over 16 MiB") {
  std::string text = "a\n" + std::string(CsvReader::kMaxLine + 10, 'x') + "\n";
  CHECK(error_of(text) == "t.csv:2: line longer than 16 MiB; is this a CSV export?");
}

TEST_CASE("fatal: a quoted field running over 16 MiB of lines") {
  std::string text = "a\n\"";
  const std::string line(1 << 20, 'x');
  for (int i = 0; i < 17; ++i) text += line + "\n";
  CHECK(error_of(text) == "t.csv:2: quoted field longer than 16 MiB (opened on this line); is a quote missing?");
}

TEST_CASE("files: cannot open, a directory, standard input named by the caller") {
  CsvReader missing = CsvReader::open("x/visits.csv", "/nonexistent/visits.csv");
  CHECK_FALSE(missing.next());
  CHECK(missing.status().message() == "x/visits.csv: cannot open: No such file or directory");
  CsvReader dir = CsvReader::open("tmp", "/tmp");
  CHECK_FALSE(dir.next());
  CHECK(dir.status().message() == "tmp: cannot open: Is a directory");
}

TEST_CASE("a file read from disk") {
  const std::string path = std::string(std::getenv("TMPDIR") ? std::getenv("TMPDIR") : "/tmp") + "/ca_reader_test.csv";
  {
    std::ofstream f(path, std::ios::binary);
    f << "\xEF\xBB\xBFh1,h2\r\n\"a\r\nb\",c\r\n\r\nd,e";
  }
  CsvReader r = CsvReader::open("f.csv", path);
  std::vector<Rec> recs;
  while (r.next()) recs.push_back({r.line(), std::vector<std::string>(r.fields().begin(), r.fields().end())});
  CHECK(r.status().is_ok());
  CHECK(recs == std::vector<Rec>{{1, {"h1", "h2"}}, {2, {"a\nb", "c"}}, {5, {"d", "e"}}});
  std::remove(path.c_str());
}

TEST_CASE("lines longer than the lead a block keeps for the line begun, and than a block, across block ends") {
  // Around LineSource's lead (4 KiB) and block (256 KiB) sizes, each length
  // several times so that some of each cross a block's end; every field and
  // line checked.
  const size_t lengths[] = {1, 10, 4093, 4094, 4095, 4096, 4097, 5000, 100'000, 262'143, 262'144, 262'145, 600'000};
  std::string text;
  std::vector<Rec> expected;
  uint32_t line = 1;
  for (int round = 0; round < 4; ++round)
    for (size_t k = 0; k < std::size(lengths); ++k) {
      const size_t n = lengths[k] + static_cast<size_t>(round) * 7;
      std::string field(n, static_cast<char>('a' + (k + static_cast<size_t>(round)) % 26));
      field[n / 2] = 'Z';
      const std::string id = std::to_string(expected.size());
      text += id + "," + field + (round % 2 ? "\r\n" : "\n");
      expected.push_back({line++, {id, field}});
    }
  const std::vector<Rec> got = read_all(text);
  REQUIRE(got.size() == expected.size());
  size_t wrong = 0;
  for (size_t i = 0; i < got.size(); ++i) wrong += !(got[i] == expected[i]);
  CHECK(wrong == 0);
}

TEST_CASE("the line begun at a block's end: shorter than the lead, as long, one byte longer") {
  // The first block ends `begun` bytes into the second line.
  const size_t lead = LineSource::kLead, block = LineSource::kBlock;
  for (const size_t begun : {size_t{0}, size_t{1}, lead - 1, lead, lead + 1, 2 * lead, block - 2}) {
    CAPTURE(begun);
    const std::string first(block - begun - 1, 'x'), second(begun + 100, 'y');
    const std::vector<Rec> got = read_all(first + "\n" + second + "\nz\n");
    CHECK(got == std::vector<Rec>{{1, {first}}, {2, {second}}, {3, {"z"}}});
  }
}

TEST_CASE("input larger than fccp's read-ahead window (3 blocks of 16 MiB): counts, lines, a late NUL") {
  std::string text = "case_id,visit_date,note\n";
  const int rows = 1'000'000;  // about 42 MiB
  text.reserve(rows * 44);
  for (int i = 0; i < rows; ++i) {
    text += "C";
    text += std::to_string(i);
    text += i % 1000 == 0 ? ",\"2024-01-01\n\"" : ",2024-01-01";  // a two-line record now and then
    text += ",a note of some twenty bytes\n";
  }
  {
    CsvReader r("big.csv", text);
    uint64_t n = 0;
    uint32_t last_line = 0;
    std::string last;
    while (r.next()) {
      ++n;
      last_line = r.line();
      last = std::string(r[0]);
    }
    CHECK(r.status().is_ok());
    CHECK(n == rows + 1);
    CHECK(last == "C999999");
    CHECK(last_line == 1 + rows + rows / 1000);
  }
  text += std::string("bad\0row\n", 8);
  text.insert(text.size() - 2, 1, '\0');  // another NUL on the same line
  std::string e;
  {
    CsvReader r("big.csv", text);
    while (r.next()) {
    }
    e = r.status().message();
  }
  CHECK(e == "big.csv:" + std::to_string(2 + rows + rows / 1000) + ": binary data (NUL byte); is this a CSV export?");
}

}  // namespace
}  // namespace ca
