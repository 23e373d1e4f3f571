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

// A record's value of a declared field, by name (as the vocabulary assigns its slot).
inline const FieldDecl& decl_of(const Record& r, const char* field) {
  const Vocabulary& v = Vocabulary::builtin();
  const RecordFile file = v.file_of(r.type());
  const auto i = v.field(file, field);
  REQUIRE_MESSAGE(i.has_value(), field);
  return v.fields(file)[*i];
}
inline uint8_t code_of(const Record& r, const char* field) { return r.code(decl_of(r, field).slot); }
inline Date date_of(const Record& r, const char* field) { return r.slot_date(decl_of(r, field).slot); }
inline YesNo yes_no_of(const Record& r, const char* field) { return static_cast<YesNo>(code_of(r, field)); }
// The code of an enum value of a visits field.
inline uint8_t visit_code(const char* field, const char* value) {
  const Vocabulary& v = Vocabulary::builtin();
  const FieldDecl& f = v.fields(RecordFile::visits)[*v.field(RecordFile::visits, field)];
  for (size_t i = 0; i < f.values.size(); ++i)
    if (f.values[i].name == value) return static_cast<uint8_t>(i + 1);
  FAIL(value);
  return 0;
}

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
