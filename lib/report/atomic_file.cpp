#include "report/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <climits>
#include <csignal>
#include <cstring>
#include <streambuf>
#include <vector>

namespace ca {
namespace {

// The temporary to remove if the process is stopped by a signal (Ctrl-C,
// kill): one at a time, which is all caseaudit needs.
char g_signal_temp[PATH_MAX];
volatile std::sig_atomic_t g_signal_armed = 0;
constexpr int kCleanupSignals[] = {SIGINT, SIGTERM, SIGHUP};

extern "C" void remove_temp_and_die(int sig) {
  if (g_signal_armed) ::unlink(g_signal_temp);
  ::signal(sig, SIG_DFL);
  ::raise(sig);
}

void arm_signal_cleanup(const std::string& temp) {
  if (temp.size() >= sizeof g_signal_temp) return;
  g_signal_armed = 0;
  std::memcpy(g_signal_temp, temp.c_str(), temp.size() + 1);
  g_signal_armed = 1;
  for (int sig : kCleanupSignals) {
    struct sigaction old {};
    if (::sigaction(sig, nullptr, &old) == 0 && old.sa_handler == SIG_DFL) {
      struct sigaction sa {};
      sa.sa_handler = remove_temp_and_die;
      sigemptyset(&sa.sa_mask);
      ::sigaction(sig, &sa, nullptr);
    }
  }
}

void disarm_signal_cleanup(const std::string& temp) {
  if (g_signal_armed && temp == g_signal_temp) g_signal_armed = 0;
}

}  // namespace

// A stream buffer over a device or a pipe written in place, that keeps the
// errno of the first failed write. (The temporary of a file to be replaced
// is written by a DirectBuf.)
class AtomicFile::FdBuf : public std::streambuf {
 public:
  explicit FdBuf(int fd) : fd_(fd), buf_(1 << 16) { setp(buf_.data(), buf_.data() + buf_.size()); }
  int error() const { return error_; }

 protected:
  int_type overflow(int_type c) override {
    if (!drain()) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    if (n < epptr() - pptr()) {
      std::memcpy(pptr(), s, static_cast<size_t>(n));
      pbump(static_cast<int>(n));
      return n;
    }
    if (!drain() || !write_all(s, static_cast<size_t>(n))) return 0;
    return n;
  }
  int sync() override { return drain() ? 0 : -1; }

 private:
  bool drain() {
    const size_t n = static_cast<size_t>(pptr() - pbase());
    setp(buf_.data(), buf_.data() + buf_.size());
    return write_all(buf_.data(), n);
  }
  bool write_all(const char* s, size_t n) {
    if (error_) return false;
    while (n > 0) {
      const ssize_t w = ::write(fd_, s, n);
      if (w < 0) {
        if (errno == EINTR) continue;
        error_ = errno;
        return false;
      }
      s += w;
      n -= static_cast<size_t>(w);
    }
    return true;
  }
  int fd_;
  std::vector<char> buf_;
  int error_ = 0;
};

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {}

AtomicFile::~AtomicFile() { discard(); }

Status AtomicFile::fail(int err) {
  discard();
  return Status::error("cannot write " + path_ + ": " + std::strerror(err));
}

Status AtomicFile::open() {
  struct stat st;
  if (path_.empty()) return fail(ENOENT);
  target_ = path_;
  if (::lstat(path_.c_str(), &st) == 0 && S_ISLNK(st.st_mode)) {
    // A link: the file it leads to is the one written (the link is kept).
    char real[PATH_MAX];
    if (!::realpath(path_.c_str(), real)) return fail(errno);
    target_ = real;
  }
  if (::stat(target_.c_str(), &st) == 0) {
    if (S_ISDIR(st.st_mode)) return fail(EISDIR);
    if (S_ISSOCK(st.st_mode)) {  // no file to write: open() would fail with a puzzling "No such device"
      discard();
      return Status::error("cannot write " + path_ +
                           ": it is a socket (only a file, a device or a FIFO can be written)");
    }
    if (!S_ISREG(st.st_mode)) {
      // A device or a pipe (/dev/null, a FIFO) is written in place: a rename
      // would replace it with a regular file. A pipe with no reader fails at
      // once instead of waiting.
      fd_ = ::open(target_.c_str(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
      if (fd_ < 0) return fail(errno);
      ::fcntl(fd_, F_SETFL, ::fcntl(fd_, F_GETFL) & ~O_NONBLOCK);
      in_place_ = std::make_unique<FdBuf>(fd_);
      stream_ = std::make_unique<std::ostream>(in_place_.get());
      return Status::ok();
    }
  }
  const size_t slash = target_.find_last_of('/');
  const std::string dir = slash == std::string::npos ? "" : target_.substr(0, slash + 1);
  const std::string base = slash == std::string::npos ? target_ : target_.substr(slash + 1);
  // Named so that one left by a killed run (SIGKILL, a power cut) says whose it is.
  std::string templ = dir + "." + base + ".caseaudit-XXXXXX";
  fd_ = ::mkstemp(templ.data());
  if (fd_ < 0) return fail(errno);
  ::fcntl(fd_, F_SETFD, FD_CLOEXEC);
  temp_ = templ;
  arm_signal_cleanup(temp_);
  temp_buf_ = std::make_unique<DirectBuf>(fd_);
  stream_ = std::make_unique<std::ostream>(temp_buf_.get());
  return Status::ok();
}

Status AtomicFile::commit() {
  if (fd_ < 0) return fail(EBADF);
  if (temp_.empty()) {  // written in place (a device, a pipe)
    stream_->flush();
    if (!*stream_ || in_place_->error()) return fail(in_place_->error() ? in_place_->error() : EIO);
    const int fd = fd_;
    fd_ = -1;
    if (::close(fd) != 0) return fail(errno);
    return Status::ok();
  }
  if (const int err = temp_buf_->finish(); err != 0 || !*stream_) return fail(err != 0 ? err : EIO);
  mode_t mode;
  struct stat st;
  if (::stat(target_.c_str(), &st) == 0) {
    mode = st.st_mode & 07777;
  } else {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    mode = 0666 & ~mask;
  }
  if (::fchmod(fd_, mode) != 0 || ::fsync(fd_) != 0) return fail(errno);
  const int fd = fd_;
  fd_ = -1;
  if (::close(fd) != 0) return fail(errno);
  if (::rename(temp_.c_str(), target_.c_str()) != 0) return fail(errno);
  disarm_signal_cleanup(temp_);
  temp_.clear();
  return Status::ok();
}

void AtomicFile::discard() {
  stream_.reset();
  in_place_.reset();
  temp_buf_.reset();  // waits for its writer
  if (fd_ >= 0) {
    ::close(fd_);
    fd_ = -1;
  }
  if (!temp_.empty()) {
    disarm_signal_cleanup(temp_);
    ::unlink(temp_.c_str());
    temp_.clear();
  }
}

}  // namespace ca
