#pragma once
// Parts of one job run side by side: part 0 on the calling thread, the others
// on threads of their own. A system that refuses a thread (std::system_error:
// too many processes, a container's pids limit) slows the run, not ends it:
// the parts it refused run here after part 0. Every thread is joined before
// run_parts returns or passes on an exception of a part run here.
#include <cstddef>
#include <functional>
#include <system_error>
#include <thread>
#include <vector>

namespace ca {

// `start(f, k)` returns a std::thread running f(k) (a test may refuse some).
template <class Task, class Start>
void run_parts(size_t n, const Task& task, const Start& start) {
  std::vector<std::thread> threads;
  threads.reserve(n > 0 ? n - 1 : 0);
  size_t started = 1;
  for (; started < n; ++started) {
    try {
      threads.push_back(start(std::cref(task), started));
    } catch (const std::system_error&) {
      break;
    }
  }
  const auto join = [&] {
    for (std::thread& t : threads) t.join();
  };
  try {
    if (n > 0) task(size_t{0});
    for (size_t k = started; k < n; ++k) task(k);
  } catch (...) {
    join();
    throw;
  }
  join();
}

template <class Task>
void run_parts(size_t n, const Task& task) {
  run_parts(n, task, [](auto f, size_t k) { return std::thread(f, k); });
}

}  // namespace ca
