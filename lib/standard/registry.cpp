#include "standard/registry.h"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>

#include "core/status.h"
#include "standard/parse.h"
#include "vocab/embedded.h"

namespace ca {
namespace {

constexpr std::string_view kVocabularyName = "vocabulary.yaml";
constexpr std::string_view kBuiltinPrefix = "builtin:";

const EmbeddedFile* find_builtin(std::string_view name) {
  for (const EmbeddedFile& f : embedded_files())
    if (f.name != kVocabularyName && f.name == fmt::format("{}.yaml", name)) return &f;
  return nullptr;
}

Standard parse_or_throw(std::string_view yaml, const std::string& origin, const Vocabulary& vocab) {
  ParseResult r = parse_standard(yaml, origin, vocab);
  if (!r.ok()) throw FatalError{describe_parse_errors(origin, r.errors)};
  return std::move(r.standard);
}

// A built-in is parsed as its source file, standards/NAME.yaml (so that its
// errors, if it had any, name the file to fix), and then known as builtin:NAME.
Standard parse_builtin(const EmbeddedFile& f, const Vocabulary& vocab) {
  Standard s = parse_or_throw(f.contents, fmt::format("standards/{}", f.name), vocab);
  s.origin = fmt::format("{}{}", kBuiltinPrefix, f.name.substr(0, f.name.size() - 5));
  return s;
}

// What makes two --standard arguments the same standard: builtin:NAME, or a
// file's resolved path (so ./x.yaml and x.yaml, or a symbolic link, are one).
std::string identity(const Standard& s) {
  if (is_builtin(s)) return s.origin;
  std::error_code ec;
  const std::filesystem::path resolved = std::filesystem::weakly_canonical(s.origin, ec);
  return ec ? s.origin : resolved.string();
}

// Built-in standards parsed with the built-in vocabulary, each on first use.
class BuiltinCache {
 public:
  Standard get(const EmbeddedFile& f) {
    std::lock_guard lock(mutex_);
    auto it = parsed_.find(f.name);
    if (it == parsed_.end()) it = parsed_.emplace(f.name, parse_builtin(f, Vocabulary::builtin())).first;
    return it->second;
  }

 private:
  std::mutex mutex_;
  std::map<std::string_view, Standard> parsed_;
};

}  // namespace

std::vector<std::string> builtin_standard_names() {
  std::vector<std::string> names;
  for (const EmbeddedFile& f : embedded_files())
    if (f.name != kVocabularyName && f.name.ends_with(".yaml")) names.emplace_back(f.name.substr(0, f.name.size() - 5));
  return names;  // embedded_files() is sorted by name
}

bool is_standard_path(std::string_view s) {
  return s.find('/') != std::string_view::npos || s.ends_with(".yaml") || s.ends_with(".yml");
}

// A file's origin contains '/' or ends in .yaml or .yml, and a standard's name
// has neither, so no file (not even one called "builtin:x.yaml") passes for one.
bool is_builtin(const Standard& s) {
  return s.origin.size() == kBuiltinPrefix.size() + s.name.size() && s.origin.starts_with(kBuiltinPrefix) &&
         s.origin.ends_with(s.name);
}

std::string describe_origin(const Standard& s) {
  if (is_builtin(s)) return fmt::format("built in (standards/{}.yaml)", s.name);
  return fmt::format("from {}", s.origin);
}

Standard builtin_standard(std::string_view name, const Vocabulary& vocab) {
  const EmbeddedFile* f = find_builtin(name);
  if (!f) {
    const auto names = builtin_standard_names();
    throw FatalError{fmt::format("unknown standard '{}' (built-in: {})", name,
                                 names.empty() ? std::string("none") : fmt::format("{}", fmt::join(names, ", ")))};
  }
  if (&vocab == &Vocabulary::builtin()) {
    static BuiltinCache cache;
    return cache.get(*f);
  }
  return parse_builtin(*f, vocab);
}

Status read_whole_file(const std::string& path, std::string& text) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return Status::error(std::strerror(EISDIR));
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::error(std::strerror(errno));
  std::ostringstream out;
  out << in.rdbuf();
  if (in.bad()) return Status::error(std::strerror(errno));
  text = std::move(out).str();
  return Status::ok();
}

Standard load_standard_file(const std::string& path, const Vocabulary& vocab) {
  std::string text;
  if (Status s = read_whole_file(path, text); !s)
    throw FatalError{fmt::format("cannot read standard '{}': {}", path, s.message())};
  return parse_or_throw(text, path, vocab);
}

std::vector<Standard> resolve_standards(const std::vector<std::string>& names_or_paths, const Vocabulary& vocab) {
  std::vector<std::string> wanted = names_or_paths;
  if (wanted.empty()) wanted.push_back("all");
  std::vector<Standard> out;
  std::vector<std::string> identities;  // identity(out[i])
  auto add = [&](Standard s) {
    std::string id = identity(s);
    for (size_t i = 0; i < out.size(); ++i) {
      const Standard& have = out[i];
      if (identities[i] == id) return;
      if (have.name != s.name) continue;
      // The report names a standard only by its name: a built-in and a file
      // of the same name would be one standard in every row and count.
      if (is_builtin(have) || is_builtin(s))
        throw FatalError{fmt::format(
            "standard '{}' is both built in and in {}: the report could not tell them apart (run one, or rename the "
            "file and its 'standard:')",
            s.name, is_builtin(have) ? s.origin : have.origin)};
      throw FatalError{fmt::format("two standards are named '{}' ({} and {})", s.name, have.origin, s.origin)};
    }
    out.push_back(std::move(s));
    identities.push_back(std::move(id));
  };
  // Every unknown name and every invalid file is reported, not only the first.
  std::vector<std::string> failures;
  std::vector<std::string> expanded;
  for (const std::string& w : wanted) {
    if (w == "all")
      for (std::string& name : builtin_standard_names()) expanded.push_back(std::move(name));
    else
      expanded.push_back(w);
  }
  for (const std::string& w : expanded) {
    try {
      add(is_standard_path(w) ? load_standard_file(w, vocab) : builtin_standard(w, vocab));
    } catch (const FatalError& e) {
      failures.push_back(e.message);
    }
  }
  if (!failures.empty()) throw FatalError{fmt::format("{}", fmt::join(failures, "\n"))};
  return out;
}

std::string describe_parse_errors(const std::string& origin, const std::vector<std::string>& errors) {
  return fmt::format("standard '{}' has {} error{}:\n{}", origin, errors.size(), errors.size() == 1 ? "" : "s",
                     fmt::join(errors, "\n"));
}

}  // namespace ca
