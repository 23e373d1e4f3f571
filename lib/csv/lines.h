#pragma once
// Physical lines from a ByteSource, as fccp's io::LineReader gives them ("\n"
// or "\r\n" removed, a UTF-8 byte-order mark skipped, a line of 16 MiB or more
// refused, the next block read ahead on a second thread by fccp's reader),
// with three differences that matter at tens of millions of lines: the line
// end is found with memchr rather than a loop over each byte; blocks are
// 256 KiB rather than 16 MiB, the buffer growing only for a line that needs it
// (fccp keeps 48 MiB per file, all of it touched); and the block read ahead
// is not copied: the two buffers swap, the line begun carried over in front
// of the new block. A system that refuses the reader's thread (a pids limit)
// gets the blocks read on the caller's thread instead: slower, the same lines.
#include <libfccp/csv.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>

#include "csv/byte_source.h"

namespace ca {

class LineSource {
 public:
  static constexpr size_t kMaxLine = size_t{1} << 24;  // a line of this many bytes or more is refused
  static constexpr size_t kBlock = size_t{1} << 18;    // bytes read at a time
  static constexpr size_t kPad = 16;                   // zeros kept after the data
  static constexpr size_t kLead = size_t{1} << 12;     // room before a block for the line begun in the last
  static constexpr size_t kBuffer = kLead + kBlock + 1;  // a buffer's least size (a block, its lead, a NUL)
  // Thrown by next() for a line of kMaxLine bytes or more (its end excluded).
  struct TooLong {};

  // Reads the first block. Throws std::bad_alloc when memory is short.
  explicit LineSource(std::unique_ptr<ByteSource> source);
  LineSource(const LineSource&) = delete;
  LineSource& operator=(const LineSource&) = delete;

  // The next line, NUL-terminated, without its line end; nullptr at the end
  // of input. It stays valid until the next call. The kPad - 1 bytes after
  // its NUL can be read too (they hold the next line, or zeros), so that a
  // parser may look at 16 bytes at a time. A read error on the reader's
  // thread is rethrown here.
  char* next();
  // The number of the line next() returned (or refused) last, from 1.
  uint32_t line() const { return line_; }

 private:
  void refill();

  void pad() { std::fill_n(buffer_.get() + end_, kPad, '\0'); }

  std::unique_ptr<char[]> buffer_;  // the lines being read: [begin_, end_), then room for a NUL, then kPad more
  size_t capacity_ = 0;             // of buffer_, less kPad (kBuffer or more)
  size_t begin_ = 0;
  size_t end_ = 0;
  bool at_end_ = false;            // nothing more to read
  std::unique_ptr<char[]> ahead_;  // the block being read ahead, at kLead; declared before reader_, which fills it
  size_t ahead_capacity_ = 0;      // of ahead_, less kPad (kBuffer or more): the buffers swap
  // The blocks after the first: read ahead by fccp's reader on its thread,
  // or, with no reader (the system refused its thread), read here when
  // wanted. The reader reads source_ through a borrowed pointer, so source_
  // is declared first and outlives it.
  std::unique_ptr<ByteSource> source_;
#ifdef CSV_IO_NO_THREAD
  using Reader = io::detail::SynchronousReader;  // never made (lines.cpp): every block read here
#else
  using Reader = io::detail::AsynchronousReader;
#endif
  std::unique_ptr<Reader> reader_;
  void start_read();
  int finish_read();
  uint32_t line_ = 0;
};

}  // namespace ca
