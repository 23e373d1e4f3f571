#pragma once
// The commands of caseaudit as the command line gives them: plain options in
// (text, flags and file names as typed), an exit status out
// (app/exit_status.h), the report written to `out` and messages to `err`.
//
// This is app's public header, and self-contained on purpose: cli/ may use
// only app/ (ARCHITECTURE.md), so nothing here names a type of another
// module. app turns these options into the modules' own types (Date,
// InputSpec: app/commands.h) and runs the command there.
#include <array>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "app/exit_status.h"

namespace ca {

enum class Format { text, csv, json, jsonl, html };

// The export's files, as named on the command line (data's InputSpec).
struct InputFiles {
  std::string dir;  // DATA_DIR; may be empty when every file is given
  // --cases, --episodes, --visits, --reviews, --contacts, in that order;
  // "-" is standard input (at most one).
  std::array<std::optional<std::string>, 5> files;
};

struct CommonArgs {
  InputFiles input;
  std::vector<std::string> holidays;  // --holidays FILE (repeatable)
  bool strict = false;                // any skipped row exits 2
  std::optional<std::string> vocabulary;  // --vocabulary FILE instead of the built-in one
  std::optional<std::string> map;         // --map ssd|FILE: DATA_DIR in another layout
  unsigned jobs = 0;                      // --jobs N (0: one per core)
};

struct AuditArgs {
  CommonArgs common;
  std::vector<std::string> standards;  // built-in names, paths, or "all"; empty means all
  std::string as_of;                   // --as-of DATE as typed; empty: today
  std::string from;                    // --from DATE as typed; empty: every due date
  bool include_met = false;
  bool exit_zero = false;
  bool complete_export = false;        // a record type found nowhere is owed, not "not evaluable"
  std::optional<Format> format;        // unset: by --output's extension, else text on a terminal, else csv
  std::optional<std::string> output;   // written whole or not at all
  std::optional<std::string> baseline;  // --baseline PREVIOUS.csv
};

struct ValidateArgs {
  CommonArgs common;
  std::vector<std::string> standards;  // -s/--standard: names, paths or all; empty means all
  std::optional<Format> format;  // text (default), csv or json
};

struct ExplainArgs {
  CommonArgs common;
  std::vector<std::string> standards;  // -s/--standard; empty means all
  std::string case_id;                 // --case ID
  std::string as_of;                   // --as-of DATE as typed; empty: today
  bool complete_export = false;
  std::optional<Format> format;        // text (default) or json
  std::optional<std::string> output;   // -o FILE
};

struct SampleArgs {
  CommonArgs common;
  std::vector<std::string> standards;  // -s/--standard; empty means all
  std::string as_of;                   // --as-of DATE as typed; empty: today
  bool complete_export = false;
  std::string size;                    // --size N, as typed
  std::string seed;                    // --seed S, as typed
  std::string by = "team";             // --by team|worker
  std::string focus;                   // --focus breaches (or empty)
  std::string open_on;                 // --open-on DATE as typed; empty: every case
  std::optional<std::string> explain_dir;  // --explain-dir DIR
  std::optional<Format> format;        // text (default), csv or json
  std::optional<std::string> output;   // -o FILE
};

// caseaudit summary: compliance figures per standard and group.
struct SummaryArgs {
  CommonArgs common;
  std::vector<std::string> standards;  // built-in names, paths, or "all"; empty means all
  std::vector<std::string> by;         // --by team|worker|rule|measure|episode_type, nested in this order; empty: rule
  std::string as_of;                   // --as-of DATE as typed; empty: today
  std::string from;                    // --from DATE as typed; empty: every due date
  bool complete_export = false;        // a record type found nowhere is owed, not "not evaluable"
  std::optional<Format> format;        // unset: by --output's extension, else text
  std::optional<std::string> output;   // written whole or not at all
};

// caseaudit due: the worklist of requirements falling due, and overdue.
struct DueArgs {
  CommonArgs common;
  std::vector<std::string> standards;  // built-in names, paths, or "all"; empty means all
  std::string within;                  // --within as typed: "10d", "5wd", "2w"
  std::string as_of;                   // --as-of DATE as typed; empty: today
  std::optional<std::string> worker;   // --worker NAME: only that worker's cases ("": the unallocated)
  std::optional<std::string> team;     // --team NAME: only that team's cases
  bool complete_export = false;
  std::optional<Format> format;        // unset: by --output's extension, else text
  std::optional<std::string> output;   // written whole or not at all
};

// A value on the command line that the command cannot take, found before
// anything runs (a date that is not one, --from after --as-of). cli reports
// it as a usage error: "caseaudit: OPTION: REASON" and the --help hint.
struct UsageError {
  std::string option;  // "--as-of"
  std::string reason;  // "not a date: '31/02/2024' (no day 31 in February 2024)"
};

// Each returns an ExitStatus. A fatal problem (an unreadable file, an invalid
// standard, an exception of any kind) is written to `err` as
// "caseaudit: <message>" and returns kExitFailure. The commands that audit
// (run_audit, run_explain, run_sample, run_summary, run_due) throw a
// UsageError for a bad option value, before they read or write anything.
int run_audit(const AuditArgs& args, std::ostream& out, std::ostream& err);
int run_explain(const ExplainArgs& args, std::ostream& out, std::ostream& err);
int run_sample(const SampleArgs& args, std::ostream& out, std::ostream& err);
int run_summary(const SummaryArgs& args, std::ostream& out, std::ostream& err);
int run_due(const DueArgs& args, std::ostream& out, std::ostream& err);
int run_validate(const ValidateArgs& args, std::ostream& out, std::ostream& err);
int run_standards_list(std::ostream& out, std::ostream& err);
// Every word of the vocabulary (built in, or `vocabulary`) with its meaning.
int run_standards_vocabulary(const std::optional<std::string>& vocabulary, std::ostream& out, std::ostream& err);
// With `map`, then the rules an export read through that mapping cannot support, and why.
int run_standards_show(const std::string& name, const std::optional<std::string>& map, std::ostream& out,
                       std::ostream& err);
int run_standards_check(const std::vector<std::string>& files, const std::optional<std::string>& vocabulary,
                        std::ostream& out, std::ostream& err);

}  // namespace ca
