// Fuzz target: the whole pipeline, as the command line runs it. The input is
// split at each byte 0x1C (ASCII's file separator) into cases.csv,
// episodes.csv, visits.csv, reviews.csv and contacts.csv (an empty part, or
// one the input does not reach: that file is absent), written to a folder;
// then validate and audit (every built-in standard; the format and
// --include-met chosen by the input's length) run over it, into memory, and
// one of summary, due and explain (of the first case row's id), by the
// length too (each command reads the export again: one of three keeps the
// fuzzer's pace). Beyond not crashing: each exits 0, 1 or 2; an exit 2
// says why, naming a file of the export (or the --case not found); and when
// the export loads, every row of every file is used or skipped
// (data/summary.h account_files), none lost.
#include <stdlib.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include "app/app.h"
#include "check.h"
#include "data/dataset.h"
#include "data/load.h"
#include "data/summary.h"
#include "vocab/vocabulary.h"

namespace {

using namespace ca;

// The folder the export is written to ($TMPDIR, else /tmp), made once and
// removed at exit (by a handler that outlives every static: the name is
// never freed). libFuzzer may end without exit handlers, so tools/fuzz.sh
// sets TMPDIR to a folder of its own.
const std::string& folder() {
  static const std::string* const dir = [] {
    const char* base = getenv("TMPDIR");
    auto* templ = new std::string(std::string(base && *base ? base : "/tmp") + "/caseaudit-fuzz-XXXXXX");
    fuzz::check(mkdtemp(templ->data()) != nullptr, "cannot make a folder for the export");
    std::atexit([] { std::filesystem::remove_all(folder()); });
    return templ;
  }();
  return *dir;
}

// The case_id of the cases part's first row: its first field, as typed.
std::string first_case(std::string_view cases) {
  const size_t nl = cases.find('\n');
  if (nl == std::string_view::npos) return "";
  std::string_view row = cases.substr(nl + 1);
  return std::string(row.substr(0, row.find_first_of(",\r\n")));
}

void check_exit(int code, const std::string& err, std::string_view command, const std::string& dir) {
  fuzz::check(code == kExitOk || code == kExitFindings || code == kExitFailure, "an exit status not 0, 1 or 2",
              command);
  if (code != kExitFailure) return;
  fuzz::check(err.find("caseaudit: " + dir) != std::string::npos || err.find("caseaudit: --case: ") != std::string::npos,
              "an exit 2 that names no file of the export", std::string(command) + ": " + err);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::string& dir = folder();
  std::string_view parts[5];
  bool present[5] = {};
  size_t from = 0;
  for (size_t f = 0; f < 5 && from <= input.size(); ++f) {
    const size_t to = std::min(input.find('\x1c', from), input.size());
    parts[f] = input.substr(from, to - from);
    present[f] = !parts[f].empty();
    from = to + 1;
  }
  for (size_t f = 0; f < 5; ++f) {
    const std::string path = dir + "/" + kInputFileNames[f];
    if (present[f]) {
      std::ofstream(path, std::ios::binary).write(parts[f].data(), static_cast<std::streamsize>(parts[f].size()));
    } else {
      unlink(path.c_str());
    }
  }
  const char* const as_of = "2026-11-23";
  CommonArgs common;
  common.input.dir = dir;
  common.jobs = 1;

  {
    ValidateArgs v;
    v.common = common;
    std::ostringstream out, err;
    const int code = run_validate(v, out, err);
    check_exit(code, err.str(), "validate", dir);
  }
  {
    AuditArgs a;
    a.common = common;
    a.as_of = as_of;
    a.include_met = size & 1;
    static const Format kFormats[] = {Format::text, Format::csv, Format::json, Format::jsonl};
    a.format = kFormats[(size >> 1) & 3];
    std::ostringstream out, err;
    const int code = run_audit(a, out, err);
    check_exit(code, err.str(), "audit", dir);
  }
  if (size % 3 == 0) {
    SummaryArgs s;
    s.common = common;
    s.as_of = as_of;
    s.by = {"team", "rule"};
    std::ostringstream out, err;
    const int code = run_summary(s, out, err);
    check_exit(code, err.str(), "summary", dir);
  }
  if (size % 3 == 1) {
    DueArgs d;
    d.common = common;
    d.as_of = as_of;
    d.within = "10wd";
    std::ostringstream out, err;
    const int code = run_due(d, out, err);
    check_exit(code, err.str(), "due", dir);
  }
  if (const std::string id = first_case(parts[0]); size % 3 == 2 && !id.empty()) {
    ExplainArgs e;
    e.common = common;
    e.as_of = as_of;
    e.case_id = id;
    if (size & 8) e.format = Format::json;
    std::ostringstream out, err;
    const int code = run_explain(e, out, err);
    check_exit(code, err.str(), "explain", dir);
  }

  // Nothing lost: every row read was used or reported.
  InputSpec spec;
  spec.dir = dir;
  LoadResult load;
  if (load_export(spec, Vocabulary::builtin(), load)) {
    for (const FileAccount& f : account_files(load, load.issues, Vocabulary::builtin()))
      fuzz::check(f.read == f.used + f.excluded + f.skipped, "rows neither used nor reported", describe(f));
  }
  return 0;
}
