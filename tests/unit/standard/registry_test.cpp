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
    CHECK(s.origin == "standards/" + name + ".yaml");
    CHECK_FALSE(s.rules.empty());
  }
}

TEST_CASE("a path or a name") {
  CHECK(is_standard_path("tests/data/standards/every-kind.yaml"));
  CHECK(is_standard_path("mine.yaml"));
  CHECK(is_standard_path("./mine"));
  CHECK_FALSE(is_standard_path("camden"));
  CHECK_FALSE(is_standard_path("all"));
}

TEST_CASE("a file by its path") {
  const std::vector<Standard> s = resolve_standards({test::fixture_path("every-kind.yaml")}, vocab());
  REQUIRE(s.size() == 1);
  CHECK(s[0].name == "every-kind");
  CHECK(s[0].origin == test::fixture_path("every-kind.yaml"));
  CHECK(s[0].rules.size() == 17);
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
