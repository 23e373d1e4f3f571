#pragma once
// Reading CSV records (RFC 4180) from a file, standard input or a string.
//
// LineSource (lines.h) does the line I/O (256 KiB blocks read ahead on a
// second thread, "\r\n" stripped, a UTF-8 byte-order mark skipped); this
// class joins its physical lines into records where a quoted field runs over
// a line break, and splits records into fields:
// - A `"` at the start of a field (spaces before it are allowed and dropped)
//   opens a quoted field; inside, `""` is one quote and commas and line breaks
//   are data (a line break inside a field reads as "\n", whatever the file's
//   line ends). Spaces between the closing quote and the next comma are
//   dropped.
// - A record's line() is the physical line on which it starts.
// - A wholly blank line outside a quoted field is not a record: skipped.
// - Fields are string_views into the line read (a record on one line with no
//   quoted field), or else into one buffer reused from record to record, so
//   reading allocates nothing once the buffer has grown to the longest record.
//   They stay valid until the next call to next().
//
// Problems that leave the file's structure in doubt stop the reader: next()
// returns false and status() holds a message naming the file and line
// ("visits.csv:17: unterminated quoted field (opened on this line)"):
// an unterminated quote, a NUL byte (binary data), bytes that are not UTF-8,
// a carriage return that does not end a line (CR-only line ends), a line or a
// quoted field over 16 MiB, a file that cannot be opened or read.
//
// A stray quote is a row problem, not a fatal one: a `"` inside an unquoted
// field (`ab"c`), or text after a quoted field's closing quote (`"ab"c`). By
// RFC 4180 a quote opens a quoted field only at a field's start, so the
// record's boundaries, and those of every later record, are still certain; the
// record is returned with problem() set (the quote kept as data), and the
// caller reports and skips it. Stopping a nightly run over one free-text note
// would be out of proportion; reading the row as if nothing were wrong would
// hide a broken export.
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace ca {

class ByteSource;
class LineSource;
class SourceState;

class CsvReader {
 public:
  // The longest physical line (LineSource::kMaxLine) and the longest record.
  static constexpr size_t kMaxLine = size_t{1} << 24;

  // Reads the file at `path` ("-" is standard input); messages call it `name`.
  // When it cannot be opened, status() says why and next() returns false.
  static CsvReader open(std::string name, const std::string& path);
  // Reads `text` as a file's contents (not copied: it must outlive the reader).
  CsvReader(std::string name, std::string_view text);

  CsvReader(CsvReader&&) noexcept;
  CsvReader& operator=(CsvReader&&) noexcept;
  ~CsvReader();

  // Moves to the next record. False at the end of input, or when the input
  // cannot be read further (then status() is an error).
  bool next();
  const Status& status() const { return status_; }
  const std::string& name() const { return name_; }

  // The current record.
  uint32_t line() const { return line_; }
  size_t size() const { return fields_.size(); }
  std::string_view operator[](size_t i) const { return fields_[i]; }
  std::span<const std::string_view> fields() const { return fields_; }
  // The first stray quote in the record ("quote inside an unquoted field"),
  // nullptr when none; problem_field() is its 0-based field position.
  const char* problem() const { return problem_; }
  uint32_t problem_field() const { return problem_field_; }

 private:
  explicit CsvReader(std::string name);
  void start(std::unique_ptr<ByteSource> source);
  bool fail(uint32_t line, std::string why);
  const unsigned char* next_line();
  bool split_plain_line(const unsigned char* p);
  bool quoted_field(const unsigned char*& p);
  bool unquoted_rest(const unsigned char*& p, bool& last);
  bool take_utf8(const unsigned char*& p);
  void note(const char* problem);

  std::string name_;
  std::unique_ptr<LineSource> lines_;
  std::shared_ptr<const SourceState> source_;
  Status status_;
  bool done_ = false;
  uint32_t physical_ = 0;  // the last physical line read
  uint32_t line_ = 0;
  std::string buf_;
  std::vector<uint32_t> ends_;  // end offset of each field in buf_
  std::vector<std::string_view> fields_;
  const char* problem_ = nullptr;
  uint32_t problem_field_ = 0;
};

}  // namespace ca
