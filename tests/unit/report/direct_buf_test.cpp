#include "report/direct_buf.h"

#include <doctest/doctest.h>
#include <fcntl.h>
#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "report/atomic_file.h"

namespace ca {
namespace {

namespace fs = std::filesystem;

struct TempDir {
  fs::path path;
  explicit TempDir(const fs::path& in) {
    std::string templ = (in / "caseaudit-direct-XXXXXX").string();
    path = ::mkdtemp(templ.data());
  }
  ~TempDir() { fs::remove_all(path); }
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Whether files in `dir` can be opened for direct I/O.
bool takes_direct_io(const fs::path& dir) {
  const fs::path probe = dir / "probe";
  const int fd = ::open(probe.c_str(), O_WRONLY | O_CREAT | O_DIRECT, 0600);
  if (fd >= 0) ::close(fd);
  fs::remove(probe);
  return fd >= 0;
}

// `n` bytes of no period a buffer or a block divides.
std::string pattern(size_t n) {
  std::string s(n, '\0');
  uint32_t x = 12345;
  for (char& c : s) {
    x = x * 1103515245 + 12345;
    c = static_cast<char>(x >> 24);
  }
  return s;
}

// Writes `text` through an AtomicFile in `dir` in pieces of many sizes (one
// character at a time as well), flushing on the way, and returns what the
// committed file holds; `direct` is whether it was written with direct I/O.
std::string write_through(const fs::path& dir, const std::string& text, bool& direct) {
  const std::string path = (dir / "report.csv").string();
  AtomicFile f(path);
  REQUIRE(f.open().is_ok());
  direct = f.direct_io();
  const size_t pieces[] = {1, 7, DirectBuf::kBlock, 1, 1000003, DirectBuf::kBuffer, 333};
  size_t at = 0;
  for (size_t k = 0; at < text.size(); ++k) {
    const size_t n = std::min(pieces[k % std::size(pieces)], text.size() - at);
    if (n == 1) f.stream().put(text[at]);
    else f.stream().write(text.data() + at, static_cast<std::streamsize>(n));
    at += n;
    if (k % 5 == 4) f.stream().flush();  // writes nothing out of turn
  }
  REQUIRE(f.commit().is_ok());
  return slurp(path);
}

const size_t kSizes[] = {0,
                         1,
                         DirectBuf::kBlock - 1,
                         DirectBuf::kBlock,
                         DirectBuf::kBlock + 1,
                         DirectBuf::kBuffer - 1,
                         DirectBuf::kBuffer,
                         DirectBuf::kBuffer + 1,
                         2 * DirectBuf::kBuffer,
                         5 * DirectBuf::kBuffer + DirectBuf::kBlock + 17};

TEST_CASE("a file written directly holds every byte in order, at every size around a block and a buffer") {
  // The build tree is on a disk; where its file system takes direct I/O, it is used.
  TempDir dir(fs::current_path());
  const bool can = takes_direct_io(dir.path);
  if (!can) MESSAGE("the build tree's file system refuses direct I/O: this checks the page cache's path only");
  for (const size_t n : kSizes) {
    INFO(n << " bytes");
    const std::string text = pattern(n);
    bool direct = false;
    CHECK(write_through(dir.path, text, direct) == text);
    CHECK(direct == can);
  }
}

TEST_CASE("where the file system refuses direct I/O (tmpfs), the same bytes go through the page cache") {
  const fs::path shm = "/dev/shm";
  std::error_code ec;
  if (!fs::is_directory(shm, ec) || takes_direct_io(shm)) {
    MESSAGE("no tmpfs refusing direct I/O at /dev/shm: not checked here");
    return;
  }
  TempDir dir(shm);
  for (const size_t n : kSizes) {
    INFO(n << " bytes");
    const std::string text = pattern(n);
    bool direct = true;
    CHECK(write_through(dir.path, text, direct) == text);
    CHECK_FALSE(direct);
  }
}

TEST_CASE("after finish the buffer takes nothing more") {
  TempDir dir(fs::current_path());
  const fs::path path = dir.path / "f";
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  REQUIRE(fd >= 0);
  {
    DirectBuf buf(fd);
    std::ostream out(&buf);
    out << "abc";
    CHECK(buf.finish() == 0);
    CHECK(buf.finish() == 0);  // a second finish writes nothing again
    out << "more";
    CHECK_FALSE(out);
  }
  ::close(fd);
  CHECK(slurp(path) == "abc");
}

}  // namespace
}  // namespace ca
