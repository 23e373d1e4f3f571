#include "csv/lines.h"

#include <cstring>

namespace ca {
namespace {

// The ByteSource as fccp's reader takes it (it insists on owning one), while
// LineSource keeps it to read on its own thread should the reader's be refused.
class Borrowed final : public io::ByteSourceBase {
 public:
  explicit Borrowed(ByteSource& source) : source_(source) {}
  int read(char* buffer, int size) override { return source_.read(buffer, size); }

 private:
  ByteSource& source_;
};

}  // namespace

LineSource::LineSource(std::unique_ptr<ByteSource> source)
    : buffer_(new char[kBuffer + kPad]), capacity_(kBuffer) {
  begin_ = kLead;
  end_ = kLead + static_cast<size_t>(source->read(buffer_.get() + kLead, static_cast<int>(kBlock)));
  pad();
  if (end_ - kLead >= 3 && buffer_[kLead] == '\xEF' && buffer_[kLead + 1] == '\xBB' && buffer_[kLead + 2] == '\xBF')
    begin_ += 3;
  if (end_ - kLead < kBlock) {  // a short read is the end of input
    at_end_ = true;
    return;
  }
  ahead_.reset(new char[kBuffer + kPad]);
  ahead_capacity_ = kBuffer;
  source_ = std::move(source);
#ifndef CSV_IO_NO_THREAD
  reader_ = std::make_unique<Reader>();
  try {
    reader_->init(std::make_unique<Borrowed>(*source_));
  } catch (...) {  // std::system_error (refused), std::bad_alloc
    // Without its thread, fccp's reader cannot be destroyed: its destructor
    // joins the thread it never started, which ends the process. It is let
    // go (a few hundred bytes, once per file) and the blocks read here.
    static_cast<void>(reader_.release());
  }
#endif
  start_read();
}

// The next block goes to ahead_ at kLead, which stays put from start_read to
// finish_read (the buffers swap only after it): with no reader, read there then.
void LineSource::start_read() {
  if (reader_) reader_->start_read(ahead_.get() + kLead, static_cast<int>(kBlock));
}

int LineSource::finish_read() {
  return reader_ ? reader_->finish_read() : source_->read(ahead_.get() + kLead, static_cast<int>(kBlock));
}

// Takes the block read ahead as the buffer, with the line begun put in its
// lead just before it (the two buffers swap: the block is not copied), and
// starts reading the next block into the other. A line begun that is longer
// than the lead is moved to the front of this buffer instead, the block
// copied after it (the buffer growing when that leaves no room).
void LineSource::refill() {
  const int n = finish_read();
  if (n <= 0) {
    at_end_ = true;
    pad();
    return;
  }
  const size_t begun = end_ - begin_;
  if (begun <= kLead) {
    std::memcpy(ahead_.get() + kLead - begun, buffer_.get() + begin_, begun);
    std::swap(buffer_, ahead_);
    std::swap(capacity_, ahead_capacity_);
    begin_ = kLead - begun;
    end_ = kLead + static_cast<size_t>(n);
  } else {
    std::memmove(buffer_.get(), buffer_.get() + begin_, begun);
    begin_ = 0;
    end_ = begun;
    if (capacity_ - end_ < static_cast<size_t>(n) + 1) {
      size_t capacity = capacity_;
      while (capacity - end_ < static_cast<size_t>(n) + 1) capacity *= 2;
      std::unique_ptr<char[]> bigger(new char[capacity + kPad]);
      std::memcpy(bigger.get(), buffer_.get(), end_);
      buffer_ = std::move(bigger);
      capacity_ = capacity;
    }
    std::memcpy(buffer_.get() + end_, ahead_.get() + kLead, static_cast<size_t>(n));
    end_ += static_cast<size_t>(n);
  }
  start_read();
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
