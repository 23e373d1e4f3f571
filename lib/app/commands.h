#pragma once
// The commands of caseaudit on the modules' own types, each a function from
// options to an exit status (app/exit_status.h), writing its report to `out`
// and messages to `err`. Internal to app/: the entry points of app/app.h turn
// the command line's text into these options (dates, an InputSpec) and call
// these; cli/ does not include this header (it names core and data types,
// which cli may not use).
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "app/app.h"
#include "app/exit_status.h"
#include "core/date.h"
#include "data/load.h"
#include "report/compliance.h"

namespace ca {

struct CommonOptions {
  InputSpec input;
  std::vector<std::string> holidays;  // --holidays FILE (repeatable)
  bool strict = false;                // any skipped row exits 2
  std::optional<std::string> vocabulary;  // --vocabulary FILE instead of the built-in one
  std::optional<std::string> map;         // --map: a built-in mapping's name or a mapping file
  unsigned jobs = 0;                      // --jobs N: evaluating threads; 0: one per core
};

struct AuditOptions {
  CommonOptions common;
  std::vector<std::string> standards;  // built-in names, paths, or "all"; empty means all
  Date as_of;                          // the audit date
  std::optional<Date> from;            // only breaches due on or after this
  bool include_met = false;
  bool exit_zero = false;
  bool complete_export = false;        // a record type found nowhere is owed, not "not evaluable"
  std::optional<Format> format;        // unset: by --output's extension, else text on a terminal, else csv
  std::optional<std::string> output;   // written whole or not at all
  std::optional<std::string> baseline;  // last night's CSV report: breaches marked new, continuing, resolved
};

struct ValidateOptions {
  CommonOptions common;
  std::vector<std::string> standards;  // whose needs the blank-value warnings follow; empty means all
  std::optional<Format> format;  // text (default), csv or json
};

struct ExplainOptions {
  CommonOptions common;
  std::vector<std::string> standards;  // empty means all
  std::string case_id;                 // --case ID
  Date as_of;
  bool complete_export = false;
  Format format = Format::text;        // text or json
  std::optional<std::string> output;
};

enum class SampleBy : uint8_t { team, worker };

struct SampleOptions {
  CommonOptions common;
  std::vector<std::string> standards;  // whose breaches --focus weighs and the listing counts; empty means all
  Date as_of;
  bool complete_export = false;
  uint64_t size = 0;                   // --size N
  uint64_t seed = 0;                   // --seed S
  SampleBy by = SampleBy::team;        // the strata
  bool focus_breaches = false;         // --focus breaches
  std::optional<Date> open_on;         // only cases open on this date
  std::optional<std::string> explain_dir;  // write each chosen case's explain here
  Format format = Format::text;        // text, csv or json
  std::optional<std::string> output;
};

struct SummaryOptions {
  CommonOptions common;
  std::vector<std::string> standards;  // built-in names, paths, or "all"; empty means all
  std::vector<GroupBy> by;             // nested in this order, each once; empty: the default (by rule;
                                       // the HTML page: by rule, by team and by worker, each apart)
  Date as_of;                          // the audit date
  std::optional<Date> from;            // only requirements due on or after this
  bool complete_export = false;
  std::optional<Format> format;        // unset: by --output's extension, else text
  std::optional<std::string> output;   // written whole or not at all
};

// --within: how far past the audit date the worklist looks.
struct Within {
  enum class Unit : uint8_t { days, working_days, weeks };
  int32_t n = 0;
  Unit unit = Unit::days;
};

struct DueOptions {
  CommonOptions common;
  std::vector<std::string> standards;  // built-in names, paths, or "all"; empty means all
  Within within;
  Date as_of;                          // the audit date
  std::optional<std::string> worker;   // only that worker's cases ("": the unallocated)
  std::optional<std::string> team;     // only that team's cases
  bool complete_export = false;
  std::optional<Format> format;        // unset: by --output's extension, else text
  std::optional<std::string> output;   // written whole or not at all
};

// The commands. A problem that stops the run is either reported here (a
// Status: its message, then kExitFailure) or thrown (a FatalError, or any
// exception) for run_command to report.
int run_audit(const AuditOptions& options, std::ostream& out, std::ostream& err);
int run_validate(const ValidateOptions& options, std::ostream& out, std::ostream& err);
int run_explain(const ExplainOptions& options, std::ostream& out, std::ostream& err);
int run_sample(const SampleOptions& options, std::ostream& out, std::ostream& err);
int run_summary(const SummaryOptions& options, std::ostream& out, std::ostream& err);
int run_due(const DueOptions& options, std::ostream& out, std::ostream& err);
int list_standards(std::ostream& out, std::ostream& err);
int print_vocabulary(const std::optional<std::string>& vocabulary, std::ostream& out, std::ostream& err);
int show_standard(const std::string& name, const std::optional<std::string>& map, std::ostream& out,
                  std::ostream& err);
int check_standards(const std::vector<std::string>& files, const std::optional<std::string>& vocabulary,
                    std::ostream& out, std::ostream& err);

// Runs one command's body and returns its exit status: the one place where an
// exception becomes a message. A FatalError (a malformed file, an invalid
// standard) or any other exception (out of memory, a bug) is written to `err`
// as "caseaudit: <message>" and returns kExitFailure, instead of an abort.
// Every entry point of app/app.h runs its command through it.
int run_command(std::ostream& err, const std::function<int()>& body);

// Whether standard output is a terminal (decides the default --format).
bool stdout_is_terminal();

}  // namespace ca
