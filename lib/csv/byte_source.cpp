#include "csv/byte_source.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace ca {

ByteSource::~ByteSource() {
  if (owned_ && fd_ >= 0) ::close(fd_);
}

int ByteSource::fill(char* buffer, int size) {
  if (in_memory_) {
    const int n = static_cast<int>(std::min<size_t>(static_cast<size_t>(size), text_.size()));
    std::memcpy(buffer, text_.data(), static_cast<size_t>(n));
    text_.remove_prefix(static_cast<size_t>(n));
    return n;
  }
  // A short read is taken for the end of input, so keep reading (pipes and
  // terminals return what they have) until the buffer is full or input ends.
  int got = 0;
  while (got < size && !at_end_) {
    const ssize_t n = ::read(fd_, buffer + got, static_cast<size_t>(size - got));
    if (n > 0) {
      got += static_cast<int>(n);
    } else if (n == 0) {
      at_end_ = true;
    } else if (errno != EINTR) {
      state_->error_.store(errno, std::memory_order_release);
      at_end_ = true;
    }
  }
  return got;
}

void ByteSource::scan(char* buffer, int n) {
  char* const end = buffer + n;
  char* nul = static_cast<char*>(std::memchr(buffer, 0, static_cast<size_t>(n)));
  if (state_->first_special_.load(std::memory_order_relaxed) == SourceState::kNone) {
    const size_t before_nul = static_cast<size_t>((nul ? nul : end) - buffer);
    const int first = std::memchr(buffer, 0xFF, before_nul) ? SourceState::kFF : nul ? SourceState::kNul : 0;
    if (first) state_->first_special_.store(first, std::memory_order_release);
  }
  while (nul) {
    *nul++ = static_cast<char>(0xFF);
    nul = static_cast<char*>(std::memchr(nul, 0, static_cast<size_t>(end - nul)));
  }
}

int ByteSource::read(char* buffer, int size) {
  const int n = fill(buffer, size);
  if (n > 0) scan(buffer, n);
  return n;
}

}  // namespace ca
