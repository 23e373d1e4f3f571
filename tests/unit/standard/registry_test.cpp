#include "standard/registry.h"

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "core/status.h"
#include "helpers.h"
#include "vocab/embedded.h"

namespace ca {
namespace {

const Vocabulary& vocab() { return Vocabulary::builtin(); }

std::string fatal_message(const std::vector<std::string>& args) {
  try {
    resolve_standards(args, vocab());
  } catch (const FatalError& e) {
    return e.message;
  }
  return "(no error)";
}

std::vector<std::string> names(const std::vector<Standard>& standards) {
  std::vector<std::string> out;
  for (const Standard& s : standards) out.push_back(s.name);
  return out;
}

TEST_CASE("the built-in standards are the embedded files but the vocabulary, by name") {
  std::vector<std::string> expected;
  for (const EmbeddedFile& f : embedded_files())
    if (f.name != "vocabulary.yaml") expected.emplace_back(f.name.substr(0, f.name.size() - 5));
  CHECK(builtin_standard_names() == expected);
  CHECK(std::is_sorted(expected.begin(), expected.end()));
}

TEST_CASE("every built-in standard parses, named as its file") {
  for (const std::string& name : builtin_standard_names()) {
    INFO(name);
    const Standard s = builtin_standard(name, vocab());
    CHECK(s.name == name);
    CHECK(s.origin == "builtin:" + name);
    CHECK(is_builtin(s));
    CHECK(describe_origin(s) == "built in (standards/" + name + ".yaml)");
    CHECK_FALSE(s.rules.empty());
  }
}

TEST_CASE("a path or a name") {
  CHECK(is_standard_path("tests/data/standards/every-kind.yaml"));
  CHECK(is_standard_path("mine.yaml"));
  CHECK(is_standard_path("mine.yml"));
  CHECK(is_standard_path("./mine"));
  CHECK_FALSE(is_standard_path("camden"));
  CHECK_FALSE(is_standard_path("all"));
  CHECK_FALSE(is_standard_path("yml"));
}

TEST_CASE("a file by its path") {
  const std::vector<Standard> s = resolve_standards({test::fixture_path("every-kind.yaml")}, vocab());
  REQUIRE(s.size() == 1);
  CHECK(s[0].name == "every-kind");
  CHECK(s[0].origin == test::fixture_path("every-kind.yaml"));
  CHECK(s[0].rules.size() == 17);
  CHECK_FALSE(is_builtin(s[0]));
  CHECK(describe_origin(s[0]) == "from " + test::fixture_path("every-kind.yaml"));
}

TEST_CASE("'all' and no arguments mean every built-in, sorted by name; order given is kept; repeats are dropped") {
  CHECK(names(resolve_standards({"all"}, vocab())) == builtin_standard_names());
  CHECK(names(resolve_standards({}, vocab())) == builtin_standard_names());
  const std::string fixture = test::fixture_path("every-kind.yaml");
  std::vector<std::string> expected = {"every-kind"};
  for (const std::string& n : builtin_standard_names()) expected.push_back(n);
  CHECK(names(resolve_standards({fixture, "all", fixture, "all"}, vocab())) == expected);
}

TEST_CASE("an unknown name lists the built-in ones") {
  const auto builtin = builtin_standard_names();
  CHECK(fatal_message({"nonesuch"}) ==
        fmt::format("unknown standard 'nonesuch' (built-in: {})",
                    builtin.empty() ? "none" : fmt::format("{}", fmt::join(builtin, ", "))));
}

TEST_CASE("a file that cannot be read") {
  CHECK(fatal_message({"no/such/file.yaml"}) == "cannot read standard 'no/such/file.yaml': No such file or directory");
}

TEST_CASE("a file with mistakes: every message, and every bad argument") {
  const std::string bad = test::fixture_path("bad-kinds.yaml");
  CHECK(
      fatal_message({bad, "nonesuch-2"}).starts_with(fmt::format("standard '{}' has 10 errors:\n{}:7:5: ", bad, bad)));
  const std::string message = fatal_message({bad, "no/such/file.yaml"});
  CHECK(std::count(message.begin(), message.end(), '\n') == 11);
  CHECK(message.ends_with("\ncannot read standard 'no/such/file.yaml': No such file or directory"));
}

// A fresh folder under the temporary directory, removed at the end of the test.
struct TempDir {
  std::filesystem::path path;
  explicit TempDir(std::string_view name)
      : path(std::filesystem::temp_directory_path() / fmt::format("caseaudit-{}-{}", name, ::getpid())) {
    std::filesystem::remove_all(path);
    std::filesystem::create_directories(path);
  }
  ~TempDir() { std::filesystem::remove_all(path); }
  std::string write(const std::string& name, const std::string& text) const {
    std::filesystem::create_directories((path / name).parent_path());
    std::ofstream(path / name, std::ios::binary) << text;
    return (path / name).string();
  }
};

// Runs in `dir` until the end of the scope.
struct InDirectory {
  std::filesystem::path before = std::filesystem::current_path();
  explicit InDirectory(const std::filesystem::path& dir) { std::filesystem::current_path(dir); }
  ~InDirectory() { std::filesystem::current_path(before); }
};

std::string builtin_text(std::string_view name) {
  for (const EmbeddedFile& f : embedded_files())
    if (f.name == fmt::format("{}.yaml", name)) return std::string(f.contents);
  FAIL("no built-in " << name);
  return "";
}

TEST_CASE("a .yml file is a file, and its standard: must match its name") {
  const std::string text =
      "standard: mine\nauthority: A\ndocument: D\nrules:\n"
      "  - id: x\n    title: X\n    measure: chronology\n    kind: recurring\n    scope: {case: open}\n"
      "    records: chronology_update\n    every: 3 months\n    source: {section: S, quote: Q}\n";
  const TempDir dir("registry-yml");
  const std::string yml = dir.write("mine.yml", text);
  const std::vector<Standard> s = resolve_standards({yml}, vocab());
  REQUIRE(s.size() == 1);
  CHECK(s[0].name == "mine");
  CHECK(s[0].origin == yml);
  const std::string other = dir.write("other.yml", text);
  CHECK(fatal_message({other}) ==
        fmt::format("standard '{}' has 1 error:\n{}:1:11: standard 'mine' does not match the file name 'other.yml' "
                    "(write 'standard: other')",
                    other, other));
}

TEST_CASE("one file named by different paths is one standard") {
  const std::string fixture = test::fixture_path("every-kind.yaml");
  const std::string roundabout = test::fixture_path("../standards/./every-kind.yaml");
  CHECK(names(resolve_standards({fixture, roundabout, fixture}, vocab())) == std::vector<std::string>{"every-kind"});
  const TempDir dir("registry-link");
  std::filesystem::create_directories(dir.path / "links");
  std::filesystem::create_symlink(fixture, dir.path / "links" / "every-kind.yaml");
  CHECK(names(resolve_standards({(dir.path / "links" / "every-kind.yaml").string(), fixture}, vocab())) ==
        std::vector<std::string>{"every-kind"});
  const InDirectory in(test::fixture_path(""));
  CHECK(names(resolve_standards({"every-kind.yaml", "./every-kind.yaml", fixture}, vocab())) ==
        std::vector<std::string>{"every-kind"});
}

TEST_CASE("a local standards/NAME.yaml is not the built-in NAME: naming both is an error, in either order") {
  const std::vector<std::string> builtin = builtin_standard_names();
  REQUIRE_FALSE(builtin.empty());
  const std::string name = builtin.front();
  const std::string file = fmt::format("standards/{}.yaml", name);
  // The built-in's own text, edited: a different standard with the built-in's name and path.
  std::string text = builtin_text(name);
  text.replace(text.find("title: "), 7, "title: EDITED ");
  const TempDir dir("registry-local");
  dir.write(file, text);
  const InDirectory in(dir.path);
  const std::string message =
      fmt::format("standard '{}' is both built in and in {}: the report could not tell them apart (run one, or rename "
                  "the file and its 'standard:')",
                  name, file);
  CHECK(fatal_message({name, file}) == message);
  CHECK(fatal_message({file, name}) == message);
  CHECK(fatal_message({"all", file}) == message);
  CHECK(fatal_message({"./" + file, "all"}) == fmt::format(
                                                  "standard '{}' is both built in and in ./{}: the report could not "
                                                  "tell them apart (run one, or rename the file and its 'standard:')",
                                                  name, file));
  // Each alone runs, the file as itself.
  const std::vector<Standard> local = resolve_standards({file}, vocab());
  REQUIRE(local.size() == 1);
  CHECK(local[0].origin == file);
  CHECK(local[0].rules.front().title.starts_with("EDITED "));
  const std::vector<Standard> built = resolve_standards({name}, vocab());
  REQUIRE(built.size() == 1);
  CHECK(built[0].origin == "builtin:" + name);
  CHECK_FALSE(built[0].rules.front().title.starts_with("EDITED "));
}

TEST_CASE("two different files may not share a standard's name") {
  const auto dir = std::filesystem::temp_directory_path() / fmt::format("caseaudit-registry-{}", ::getpid());
  std::filesystem::create_directories(dir);
  const std::string copy = (dir / "every-kind.yaml").string();
  std::filesystem::copy_file(test::fixture_path("every-kind.yaml"), copy,
                             std::filesystem::copy_options::overwrite_existing);
  const std::string fixture = test::fixture_path("every-kind.yaml");
  CHECK(fatal_message({fixture, copy}) ==
        fmt::format("two standards are named 'every-kind' ({} and {})", fixture, copy));
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace ca
