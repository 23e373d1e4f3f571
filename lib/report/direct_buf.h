#pragma once
// A stream buffer that writes a new regular file (AtomicFile's temporary)
// with direct I/O: whole 1 MiB buffers go from this process's memory to the
// disk (O_DIRECT), written by a thread of their own while the next buffer
// fills, and the last part-block after them through the page cache. On a
// virtual machine, copying a report of gigabytes into the page cache cost
// more than a core's time for the whole run (bench/RESULTS.md); this way
// the same two buffers are reused and nothing is copied.
//
// Where the file system refuses direct I/O (tmpfs, some network and FUSE
// file systems: the open flag or a write fails with EINVAL), the file is
// written through the page cache instead, from the same buffers, with the
// same bytes.
//
// A second thread syncs what is written every kSyncEvery bytes (fdatasync),
// while the next is written: on a virtual disk the host's cache is flushed
// at a sync, at about the disk's speed again, and at the end of a run that
// is time nothing else overlaps (1.5 s for a 2.6 GB report). The sync of
// AtomicFile::commit() then waits for the last stretch only.
//
// Where the system refuses a thread, its work is done on the caller's
// thread (the buffers written when full; the syncs left to the end).
// sync() writes nothing: the file is a temporary that nobody reads before
// finish().
#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <streambuf>
#include <thread>

namespace ca {

class DirectBuf : public std::streambuf {
 public:
  static constexpr size_t kBuffer = size_t{1} << 20;
  static constexpr size_t kBlock = 4096;  // direct I/O's alignment, of memory, offset and size
  static constexpr uint64_t kSyncEvery = uint64_t{64} << 20;

  // `fd`: a regular file opened for writing, empty. Direct I/O is tried at once.
  explicit DirectBuf(int fd);
  ~DirectBuf() override;  // waits for the writer (finish() first to know whether all was written)
  DirectBuf(const DirectBuf&) = delete;
  DirectBuf& operator=(const DirectBuf&) = delete;

  // Writes what is left and waits for every write; 0, or the errno of the
  // first write that failed (later ones are not tried). Once a write has
  // failed, the stream's next write fails too, with errno set to it.
  int finish();
  // Whether the buffers go to the disk directly (false: through the page cache).
  bool direct() const { return direct_.load(); }

 protected:
  int_type overflow(int_type c) override;
  std::streamsize xsputn(const char* s, std::streamsize n) override;
  int sync() override { return 0; }

 private:
  struct Free {
    void operator()(char* p) const;
  };
  // Hands the full put buffer to the writer and puts into the other one.
  void hand_over();
  // True, with errno set to the failure, once a write has failed; or once finished.
  bool refused();
  // Writes n bytes at the file's offset `at`, on whichever thread writes
  // (never two at once); a failure is kept in error_ and ends the writing.
  void write_out(const char* p, size_t n, uint64_t at);
  void writer_loop();
  void syncer_loop();
  void stop_threads();
  void wait_idle(std::unique_lock<std::mutex>& lock);

  int fd_;
  std::atomic<bool> direct_ = false;
  bool finished_ = false;
  std::unique_ptr<char, Free> buffers_[2];
  int filling_ = 0;      // the buffer being put into
  uint64_t offset_ = 0;  // where the buffer being put into starts in the file

  std::mutex m_;
  std::condition_variable cv_;
  const char* job_ = nullptr;  // a buffer for the writer (kBuffer bytes at job_at_), or none
  uint64_t job_at_ = 0;
  uint64_t written_ = 0;  // bytes written (all of them from the file's start)
  uint64_t synced_ = 0;   // ... of those, synced
  bool stop_ = false;
  std::atomic<int> error_ = 0;  // the first failed write's errno
  std::thread writer_;  // not joinable: writes are made on the caller's thread
  std::thread syncer_;  // not joinable: syncs are left to the end
};

}  // namespace ca
