// run_parts: every part runs once, on threads or, where the system refuses
// one, on the calling thread; part 0's exception is passed on after joining.
#include "core/threads.h"

#include <atomic>
#include <stdexcept>
#include <vector>

#include <doctest/doctest.h>

namespace ca {
namespace {

TEST_CASE("run_parts runs every part once") {
  for (size_t n : {size_t{0}, size_t{1}, size_t{2}, size_t{5}}) {
    std::vector<std::atomic<int>> runs(n);
    run_parts(n, [&](size_t k) { ++runs[k]; });
    for (size_t k = 0; k < n; ++k) CHECK(runs[k] == 1);
  }
}

TEST_CASE("run_parts runs here the parts the system refuses a thread") {
  std::vector<std::atomic<int>> runs(4);
  std::vector<std::thread::id> ran_on(4);
  int started = 0;
  const auto refuse_after_one = [&](auto f, size_t k) {
    if (++started > 1) throw std::system_error(std::make_error_code(std::errc::resource_unavailable_try_again));
    return std::thread(f, k);
  };
  run_parts(
      4,
      [&](size_t k) {
        ++runs[k];
        ran_on[k] = std::this_thread::get_id();
      },
      refuse_after_one);
  for (size_t k = 0; k < 4; ++k) CHECK(runs[k] == 1);
  CHECK(started == 2);  // part 1 was started; part 2 was refused, so part 3 was not asked for
  CHECK(ran_on[0] == std::this_thread::get_id());
  CHECK(ran_on[1] != std::this_thread::get_id());
  CHECK(ran_on[2] == std::this_thread::get_id());
  CHECK(ran_on[3] == std::this_thread::get_id());
}

TEST_CASE("run_parts joins the threads before passing on part 0's exception") {
  std::atomic<int> others{0};
  CHECK_THROWS_WITH_AS(run_parts(3,
                                 [&](size_t k) {
                                   if (k == 0) throw std::runtime_error("part 0");
                                   ++others;
                                 }),
                       "part 0", std::runtime_error);
  CHECK(others == 2);
}

}  // namespace
}  // namespace ca
