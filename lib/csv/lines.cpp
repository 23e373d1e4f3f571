#include "csv/lines.h"

#include <cstring>

namespace ca {

LineSource::LineSource(std::unique_ptr<ByteSource> source)
    : buffer_(new char[2 * kBlock + 1 + kPad]), capacity_(2 * kBlock + 1) {
  end_ = static_cast<size_t>(source->read(buffer_.get(), static_cast<int>(kBlock)));
  pad();
  if (end_ >= 3 && buffer_[0] == '\xEF' && buffer_[1] == '\xBB' && buffer_[2] == '\xBF') begin_ = 3;
  if (end_ < kBlock) {  // a short read is the end of input
    at_end_ = true;
    return;
  }
  ahead_.reset(new char[kBlock]);
  reader_.init(std::move(source));
  reader_.start_read(ahead_.get(), static_cast<int>(kBlock));
}

// Appends the block read ahead (moving the line begun to the front first,
// and growing the buffer when that line leaves no room for a block), and
// starts reading the next one.
void LineSource::refill() {
  if (begin_ > 0) {
    std::memmove(buffer_.get(), buffer_.get() + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
  }
  if (capacity_ - end_ < kBlock + 1) {
    size_t capacity = capacity_;
    while (capacity - end_ < kBlock + 1) capacity *= 2;
    std::unique_ptr<char[]> bigger(new char[capacity + kPad]);
    std::memcpy(bigger.get(), buffer_.get(), end_);
    buffer_ = std::move(bigger);
    capacity_ = capacity;
  }
  const int n = reader_.finish_read();
  if (n <= 0) {
    at_end_ = true;
  } else {
    std::memcpy(buffer_.get() + end_, ahead_.get(), static_cast<size_t>(n));
    end_ += static_cast<size_t>(n);
    reader_.start_read(ahead_.get(), static_cast<int>(kBlock));
  }
  pad();
}

char* LineSource::next() {
  while (begin_ == end_ && !at_end_) refill();
  if (begin_ == end_) return nullptr;
  ++line_;
  size_t searched = begin_;  // no line end before this
  size_t line_end = 0;
  for (;;) {
    if (const void* nl = std::memchr(buffer_.get() + searched, '\n', end_ - searched)) {
      line_end = static_cast<size_t>(static_cast<const char*>(nl) - buffer_.get());
      break;
    }
    if (end_ - begin_ >= kMaxLine) throw TooLong{};
    if (at_end_) {  // a last line without a line end
      line_end = end_;
      break;
    }
    searched = end_ - begin_;  // where it will be once refill() has moved the line to the front
    refill();
    searched += begin_;
  }
  if (line_end - begin_ >= kMaxLine) throw TooLong{};
  char* const line = buffer_.get() + begin_;
  buffer_[line_end] = '\0';
  if (line_end != begin_ && buffer_[line_end - 1] == '\r') buffer_[line_end - 1] = '\0';
  begin_ = line_end < end_ ? line_end + 1 : end_;
  return line;
}

}  // namespace ca
