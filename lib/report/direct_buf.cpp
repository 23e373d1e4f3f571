#include "report/direct_buf.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <new>
#include <system_error>

namespace ca {
namespace {

bool set_direct(int fd, bool on) {
  const int flags = ::fcntl(fd, F_GETFL);
  return flags >= 0 && ::fcntl(fd, F_SETFL, on ? flags | O_DIRECT : flags & ~O_DIRECT) == 0;
}

}  // namespace

void DirectBuf::Free::operator()(char* p) const { std::free(p); }

DirectBuf::DirectBuf(int fd) : fd_(fd) {
  for (auto& b : buffers_) {
    b.reset(static_cast<char*>(std::aligned_alloc(kBlock, kBuffer)));
    if (!b) throw std::bad_alloc();
  }
  setp(buffers_[0].get(), buffers_[0].get() + kBuffer);
  direct_ = set_direct(fd_, true);
  try {
    writer_ = std::thread([this] { writer_loop(); });
    syncer_ = std::thread([this] { syncer_loop(); });
  } catch (const std::system_error&) {
    // No thread (each buffer is written when full, on the caller's
    // thread), or no syncer (all is synced at the end).
  }
}

DirectBuf::~DirectBuf() { stop_threads(); }

void DirectBuf::stop_threads() {
  {
    std::unique_lock lock(m_);
    wait_idle(lock);
    stop_ = true;
  }
  cv_.notify_all();
  if (writer_.joinable()) writer_.join();
  if (syncer_.joinable()) syncer_.join();
}

void DirectBuf::wait_idle(std::unique_lock<std::mutex>& lock) {
  cv_.wait(lock, [&] { return job_ == nullptr; });
}

void DirectBuf::writer_loop() {
  std::unique_lock lock(m_);
  for (;;) {
    cv_.wait(lock, [&] { return job_ != nullptr || stop_; });
    if (job_ == nullptr) return;
    const char* p = job_;
    const uint64_t at = job_at_;
    lock.unlock();
    write_out(p, kBuffer, at);
    lock.lock();
    job_ = nullptr;
    written_ = at + kBuffer;
    cv_.notify_all();
  }
}

void DirectBuf::syncer_loop() {
  std::unique_lock lock(m_);
  for (;;) {
    cv_.wait(lock, [&] { return stop_ || written_ - synced_ >= kSyncEvery; });
    if (stop_) return;
    const uint64_t upto = written_;
    lock.unlock();
    // A failure shows again at the sync of commit().
    ::fdatasync(fd_);
    lock.lock();
    synced_ = upto;
  }
}

void DirectBuf::write_out(const char* p, size_t n, uint64_t at) {
  if (error_.load(std::memory_order_relaxed) != 0) return;
  while (n > 0) {
    const ssize_t w = ::pwrite(fd_, p, n, static_cast<off_t>(at));
    if (w < 0) {
      if (errno == EINTR) continue;
      // A file system that took the flag but not the write, or a short
      // write (a full disk) that left the next one unaligned: the rest goes
      // through the page cache.
      if (errno == EINVAL && direct_.load(std::memory_order_relaxed) && set_direct(fd_, false)) {
        direct_.store(false, std::memory_order_relaxed);
        continue;
      }
      error_.store(errno, std::memory_order_relaxed);
      return;
    }
    p += w;
    n -= static_cast<size_t>(w);
    at += static_cast<uint64_t>(w);
  }
}

void DirectBuf::hand_over() {
  const char* full = buffers_[filling_].get();
  if (writer_.joinable()) {
    std::unique_lock lock(m_);
    wait_idle(lock);  // the other buffer is written, so free
    job_ = full;
    job_at_ = offset_;
    cv_.notify_all();
  } else {
    write_out(full, kBuffer, offset_);
  }
  offset_ += kBuffer;
  filling_ ^= 1;
  setp(buffers_[filling_].get(), buffers_[filling_].get() + kBuffer);
}

bool DirectBuf::refused() {
  if (const int err = error_.load(std::memory_order_relaxed); err != 0) {
    errno = err;  // for the stream's user, who reads errno after a failed write (OutputBuffer)
    return true;
  }
  return finished_;
}

DirectBuf::int_type DirectBuf::overflow(int_type c) {
  if (refused()) return traits_type::eof();
  hand_over();
  if (!traits_type::eq_int_type(c, traits_type::eof())) {
    *pptr() = traits_type::to_char_type(c);
    pbump(1);
  }
  return traits_type::not_eof(c);
}

std::streamsize DirectBuf::xsputn(const char* s, std::streamsize n) {
  // A write that failed on the writer's thread fails the next one here.
  if (refused()) return 0;
  std::streamsize done = 0;
  while (done < n) {
    if (pptr() == epptr()) {
      if (refused()) break;
      hand_over();
    }
    const auto k = std::min<std::streamsize>(n - done, epptr() - pptr());
    std::memcpy(pptr(), s + done, static_cast<size_t>(k));
    pbump(static_cast<int>(k));
    done += k;
  }
  return done;
}

int DirectBuf::finish() {
  if (finished_) return error_.load();
  finished_ = true;
  stop_threads();
  const char* p = pbase();
  const auto n = static_cast<size_t>(pptr() - pbase());
  // Whole blocks directly; the part-block after them cannot be.
  const size_t whole = direct_.load() ? n / kBlock * kBlock : n;
  write_out(p, whole, offset_);
  if (whole < n && error_.load() == 0) {
    if (!set_direct(fd_, false)) error_.store(errno);
    else write_out(p + whole, n - whole, offset_ + whole);
  }
  offset_ += n;
  setp(nullptr, nullptr);
  return error_.load();
}

}  // namespace ca
