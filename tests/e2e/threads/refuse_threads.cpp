// Preloaded (LD_PRELOAD) by tests/e2e/threads/run.sh: pthread_create starts
// the first $CASEAUDIT_TEST_THREADS threads and refuses every later one with
// EAGAIN, as a system at its process limit (a container's pids limit) does,
// so that the test can see a run with threads refused end as one with
// threads: the same output, never a crash or a hang. Each refusal appends
// a byte to the file $CASEAUDIT_TEST_THREADS_REFUSED, when set, so that the
// test knows threads were refused.
#include <dlfcn.h>
#include <fcntl.h>
#include <pthread.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdlib>

namespace {
std::atomic<long> g_started{0};
}  // namespace

extern "C" int pthread_create(pthread_t* thread, const pthread_attr_t* attr, void* (*start)(void*), void* arg) {
  using Create = int (*)(pthread_t*, const pthread_attr_t*, void* (*)(void*), void*);
  static const Create real = reinterpret_cast<Create>(dlsym(RTLD_NEXT, "pthread_create"));
  static const char* const allowed = std::getenv("CASEAUDIT_TEST_THREADS");
  if (!real) return EAGAIN;
  if (allowed && g_started.fetch_add(1) >= std::atol(allowed)) {
    if (const char* log = std::getenv("CASEAUDIT_TEST_THREADS_REFUSED")) {
      const int fd = ::open(log, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
      if (fd >= 0) {
        [[maybe_unused]] const ssize_t w = ::write(fd, "x", 1);
        ::close(fd);
      }
    }
    return EAGAIN;
  }
  return real(thread, attr, start, arg);
}
