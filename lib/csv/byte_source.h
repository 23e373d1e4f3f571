#pragma once
// The bytes under a CsvReader: a file descriptor (a file or standard input)
// or a string in memory, read by LineSource (lines.h) and, through fccp's
// io::ByteSourceBase interface, by fccp's read-ahead thread.
//
// Two things the line reader cannot see are caught here, as the bytes go past:
// - NUL bytes. Lines are handed out NUL-terminated, so a NUL would silently
//   cut a line short. Every NUL is replaced by 0xFF, a byte that never occurs
//   in UTF-8, so the parser stops on it where it stands (the right line) and
//   asks first_ff_was_nul() whether it is binary data or a non-UTF-8 byte.
// - Read errors (EIO, EISDIR...): recorded, and the source then reports end
//   of input; the reader checks error() at the end.
// read() may run on the read-ahead thread while the parser runs on the
// caller's, and a source that has been read to its end may be destroyed
// before the parser is done, so what the parser asks about lives in a shared,
// atomic SourceState.
#include <atomic>
#include <libfccp/csv.h>
#include <memory>
#include <string_view>

namespace ca {

class SourceState {
 public:
  // Whether the first byte 0xFF the parser meets stands for a NUL byte of the
  // input (rather than a real 0xFF). Valid once that byte has been read.
  bool first_ff_was_nul() const { return first_special_.load(std::memory_order_acquire) == kNul; }
  // errno of a failed read; 0 when none.
  int error() const { return error_.load(std::memory_order_acquire); }

 private:
  friend class ByteSource;
  static constexpr int kNone = 0, kNul = 1, kFF = 2;
  std::atomic<int> first_special_{kNone};  // which of NUL / 0xFF came first in the input
  std::atomic<int> error_{0};
};

class ByteSource final : public io::ByteSourceBase {
 public:
  // Reads fd until its end; closes it when destroyed if `owned`.
  ByteSource(int fd, bool owned) : fd_(fd), owned_(owned) {}
  // Reads `text`, which must outlive the source.
  explicit ByteSource(std::string_view text) : text_(text), in_memory_(true) {}
  ~ByteSource() override;
  ByteSource(const ByteSource&) = delete;
  ByteSource& operator=(const ByteSource&) = delete;

  // Fills `buffer` with up to `size` bytes (short only at the end of input).
  int read(char* buffer, int size) override;

  std::shared_ptr<const SourceState> state() const { return state_; }

 private:
  int fill(char* buffer, int size);
  void scan(char* buffer, int n);

  int fd_ = -1;
  bool owned_ = false;
  std::string_view text_;
  bool in_memory_ = false;
  bool at_end_ = false;
  std::shared_ptr<SourceState> state_ = std::make_shared<SourceState>();
};

}  // namespace ca
