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

// An unbuffered-by-stdio stream buffer over a file descriptor that keeps the
// errno of the first failed write. Writing a regular file (`to_disk`), it
// hands what it wrote to the disk every kWriteback bytes (sync_file_range),
// so that the fsync of commit() waits for the last stretch, not for a whole
// report of gigabytes written while the cases were being evaluated.
class AtomicFile::FdBuf : public std::streambuf {
 public:
  FdBuf(int fd, bool to_disk) : fd_(fd), to_disk_(to_disk), buf_(1 << 16) {
    setp(buf_.data(), buf_.data() + buf_.size());
  }
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
      written_ += static_cast<uint64_t>(w);
    }
    if (to_disk_ && written_ - handed_ >= kWriteback) {
      // Only a start (no wait), and advisory: a failure to write shows at fsync.
      ::sync_file_range(fd_, static_cast<off_t>(handed_), static_cast<off_t>(written_ - handed_),
                        SYNC_FILE_RANGE_WRITE);
      handed_ = written_;
    }
    return true;
  }
  static constexpr uint64_t kWriteback = uint64_t{16} << 20;
  int fd_;
  bool to_disk_;
  std::vector<char> buf_;
  int error_ = 0;
  uint64_t written_ = 0, handed_ = 0;  // bytes written; of those, handed to the disk
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
      buf_ = std::make_unique<FdBuf>(fd_, false);
      stream_ = std::make_unique<std::ostream>(buf_.get());
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
  buf_ = std::make_unique<FdBuf>(fd_, true);
  stream_ = std::make_unique<std::ostream>(buf_.get());
  return Status::ok();
}

Status AtomicFile::commit() {
  if (fd_ < 0) return fail(EBADF);
  stream_->flush();
  if (!*stream_ || buf_->error()) return fail(buf_->error() ? buf_->error() : EIO);
  if (temp_.empty()) {  // written in place (a device, a pipe)
    const int fd = fd_;
    fd_ = -1;
    if (::close(fd) != 0) return fail(errno);
    return Status::ok();
  }
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
  buf_.reset();
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
