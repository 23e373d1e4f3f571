#pragma once
// A throwaway export folder for loader tests: write files, load them, and
// read the issues back as "DIR/visits.csv:3:2: ..." lines.
#include <doctest/doctest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "data/load.h"

namespace ca::test {

class TempExport {
 public:
  TempExport() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "caseaudit_data_XXXXXX").string();
    REQUIRE(mkdtemp(tmpl.data()) != nullptr);
    dir_ = tmpl;
  }
  ~TempExport() { std::filesystem::remove_all(dir_); }
  TempExport(const TempExport&) = delete;
  TempExport& operator=(const TempExport&) = delete;

  const std::string& dir() const { return dir_; }
  std::string path(const std::string& name) const { return dir_ + "/" + name; }

  TempExport& file(const std::string& name, const std::string& text) {
    std::ofstream(path(name), std::ios::binary) << text;
    return *this;
  }

  // Loads the folder (spec.dir defaults to it); the load must succeed.
  LoadResult load(InputSpec spec = {}) const {
    if (spec.dir.empty()) spec.dir = dir_;
    LoadResult r;
    const Status s = load_export(spec, Vocabulary::builtin(), r);
    INFO(s.message());
    REQUIRE(s.is_ok());
    return r;
  }

  // The fatal message of a load, with the folder shown as DIR; "" when it succeeds.
  std::string fatal(InputSpec spec = {}, bool use_dir = true) const {
    if (use_dir && spec.dir.empty()) spec.dir = dir_;
    LoadResult r;
    return shown(load_export(spec, Vocabulary::builtin(), r).message());
  }

  // Each issue as format_issue prints it, the folder shown as DIR.
  std::vector<std::string> issues(const LoadResult& r) const {
    std::vector<std::string> out;
    for (const Issue& i : r.issues) out.push_back(shown(format_issue(i)));
    return out;
  }

  std::string shown(std::string text) const {
    for (size_t at; (at = text.find(dir_)) != std::string::npos;) text.replace(at, dir_.size(), "DIR");
    return text;
  }

 private:
  std::string dir_;
};

}  // namespace ca::test
