#include "report/atomic_file.h"

#include "report/writer.h"

#include <doctest/doctest.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace ca {
namespace {

namespace fs = std::filesystem;

// A fresh folder, removed afterwards.
struct TempDir {
  fs::path path;
  explicit TempDir(const fs::path& in = fs::temp_directory_path()) {
    std::string templ = (in / "caseaudit-test-XXXXXX").string();
    path = ::mkdtemp(templ.data());
  }
  ~TempDir() { fs::remove_all(path); }
  std::vector<std::string> names() const {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(path)) out.push_back(e.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
  }
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void spit(const fs::path& p, const std::string& text) { std::ofstream(p, std::ios::binary) << text; }

TEST_CASE("a committed file holds what was written; only the file is left") {
  TempDir dir;
  const std::string path = (dir.path / "report.csv").string();
  AtomicFile f(path);
  REQUIRE(f.open().is_ok());
  CHECK(fs::exists(f.temp_path()));
  CHECK(fs::path(f.temp_path()).parent_path() == dir.path);
  CHECK_FALSE(fs::exists(path));
  f.stream() << "a,b\n";
  f.stream() << std::string(200000, 'x');  // more than the buffer
  REQUIRE(f.commit().is_ok());
  CHECK(slurp(path) == "a,b\n" + std::string(200000, 'x'));
  CHECK(dir.names() == std::vector<std::string>{"report.csv"});
  const auto perms = fs::status(path).permissions();
  CHECK((perms & fs::perms::owner_read) != fs::perms::none);
  CHECK((perms & fs::perms::owner_write) != fs::perms::none);
}

TEST_CASE("a file of many 16 MiB stretches, handed to the disk as it is written, holds every byte in order") {
  TempDir dir;
  const std::string path = (dir.path / "big.csv").string();
  AtomicFile f(path);
  REQUIRE(f.open().is_ok());
  std::string piece(1000003, ' ');  // not a divisor of 16 MiB: stretches end mid-piece
  for (int i = 0; i < 40; ++i) {
    piece[0] = static_cast<char>('A' + i % 26);
    f.stream() << piece;
  }
  REQUIRE(f.commit().is_ok());
  const std::string got = slurp(path);
  REQUIRE(got.size() == 40 * piece.size());
  for (int i = 0; i < 40; ++i) CHECK(got[static_cast<size_t>(i) * piece.size()] == static_cast<char>('A' + i % 26));
  CHECK(got.find_first_not_of(' ', 1) == piece.size());
}

TEST_CASE("an existing file is replaced on commit, and only then") {
  TempDir dir;
  const fs::path path = dir.path / "report.csv";
  spit(path, "old\n");
  fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  {
    AtomicFile f(path.string());
    REQUIRE(f.open().is_ok());
    f.stream() << "new\n";
    CHECK(slurp(path) == "old\n");
    // The temporary, beside it, says whose it is (one left by a killed run).
    const std::vector<std::string> names = dir.names();
    REQUIRE(names.size() == 2);
    CHECK(names[0].starts_with(".report.csv.caseaudit-"));
    CHECK(names[0].size() == std::string(".report.csv.caseaudit-").size() + 6);
    // Not committed: destroyed, as when the run stops on an error.
  }
  CHECK(slurp(path) == "old\n");
  CHECK(dir.names() == std::vector<std::string>{"report.csv"});

  AtomicFile f(path.string());
  REQUIRE(f.open().is_ok());
  f.stream() << "new\n";
  REQUIRE(f.commit().is_ok());
  CHECK(slurp(path) == "new\n");
  CHECK(dir.names() == std::vector<std::string>{"report.csv"});
  CHECK(fs::status(path).permissions() == (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read));
}

TEST_CASE("discard leaves the target as it was") {
  TempDir dir;
  const fs::path path = dir.path / "out.json";
  AtomicFile f(path.string());
  REQUIRE(f.open().is_ok());
  f.stream() << "[]\n";
  f.discard();
  CHECK(dir.names().empty());
}

TEST_CASE("a missing folder fails at open with the reason, and leaves nothing") {
  TempDir dir;
  const std::string path = (dir.path / "missing" / "report.csv").string();
  AtomicFile f(path);
  const Status s = f.open();
  REQUIRE_FALSE(s.is_ok());
  CHECK(s.message() == "cannot write " + path + ": No such file or directory");
  CHECK(dir.names().empty());
}

TEST_CASE("a folder as the target fails at open") {
  TempDir dir;
  AtomicFile f(dir.path.string());
  const Status s = f.open();
  REQUIRE_FALSE(s.is_ok());
  CHECK(s.message() == "cannot write " + dir.path.string() + ": Is a directory");
  CHECK(dir.names().empty());
}

TEST_CASE("a write that fails part way leaves no file and keeps the old one") {
  // Failing in the last part-buffer, written at commit, or in a full buffer
  // on the writer's thread while the stream is still being written.
  for (const size_t size : {size_t{300000}, size_t{5} << 20}) {
    INFO("writing " << size << " bytes");
    TempDir dir;
    const fs::path path = dir.path / "report.csv";
    spit(path, "old\n");
    // Limit the size of any file this process writes, so the write fails
    // with EFBIG (SIGXFSZ ignored) as a full disk would with ENOSPC.
    rlimit old{};
    REQUIRE(getrlimit(RLIMIT_FSIZE, &old) == 0);
    auto old_handler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = old;
    small.rlim_cur = size / 3;
    REQUIRE(setrlimit(RLIMIT_FSIZE, &small) == 0);
    Status s;
    {
      AtomicFile f(path.string());
      REQUIRE(f.open().is_ok());
      f.stream() << std::string(size, 'x');
      s = f.commit();
    }
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, old_handler);
    REQUIRE_FALSE(s.is_ok());
    CHECK(s.message() == "cannot write " + path.string() + ": File too large");
    CHECK(slurp(path) == "old\n");
    CHECK(dir.names() == std::vector<std::string>{"report.csv"});
  }
}


TEST_CASE("a write failing on the writer's thread fails the stream's next write, with its errno") {
  // As audit writes: blocks of rows through an OutputBuffer, which stops at
  // the first failure and reports errno ("cannot write F: File too large").
  TempDir dir;
  const fs::path path = dir.path / "report.csv";
  rlimit old{};
  REQUIRE(getrlimit(RLIMIT_FSIZE, &old) == 0);
  auto old_handler = std::signal(SIGXFSZ, SIG_IGN);
  rlimit small = old;
  small.rlim_cur = 3 << 20;  // three buffers: the fourth fails
  REQUIRE(setrlimit(RLIMIT_FSIZE, &small) == 0);
  bool ok = true;
  int error = 0;
  size_t blocks = 0;
  {
    AtomicFile f(path.string());
    REQUIRE(f.open().is_ok());
    OutputBuffer out(f.stream());
    const std::string block(100000, 'x');
    for (; blocks < 400 && out.ok(); ++blocks) out.write(block);  // 40 MB, were nothing to fail
    out.flush();
    ok = out.ok();
    error = out.error();
  }
  setrlimit(RLIMIT_FSIZE, &old);
  std::signal(SIGXFSZ, old_handler);
  CHECK_FALSE(ok);
  CHECK(error == EFBIG);
  CHECK(blocks < 400);  // stopped soon after the failure, not at the end
  CHECK(dir.names().empty());
}

}  // namespace
}  // namespace ca
