// The entry points of app/app.h: the command line's options, as typed, turned
// into the commands' options (app/commands.h), and each command run through
// run_command, the one top-level catch.
#include "app/app.h"

#include <chrono>
#include <ctime>
#include <exception>
#include <ostream>
#include <string>

#include "app/commands.h"
#include "core/date.h"
#include "core/status.h"
#include "data/load.h"
#include "report/writer.h"

namespace ca {
namespace {

// The audit date when --as-of is not given: today, in local time.
Date today() {
  const auto now = std::chrono::system_clock::now();
  const std::time_t t = std::chrono::system_clock::to_time_t(now);
  std::tm local{};
  localtime_r(&t, &local);
  return Date::from_ymd(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
}

Date option_date(const std::string& option, const std::string& text) {
  std::string reason;
  const auto d = parse_date(text, &reason);
  if (!d) throw UsageError{option, reason};
  return *d;
}

CommonOptions common_options(const CommonArgs& a) {
  CommonOptions o;
  o.input.dir = a.input.dir;
  o.input.files = a.input.files;
  o.holidays = a.holidays;
  o.strict = a.strict;
  o.vocabulary = a.vocabulary;
  return o;
}

AuditOptions audit_options(const AuditArgs& a) {
  AuditOptions o;
  o.common = common_options(a.common);
  o.standards = a.standards;
  o.as_of = a.as_of.empty() ? today() : option_date("--as-of", a.as_of);
  if (!a.from.empty()) o.from = option_date("--from", a.from);
  if (o.from && *o.from > o.as_of)
    throw UsageError{"--from", "is after the audit date " + o.as_of.iso() + " (--as-of); nothing could be reported"};
  o.include_met = a.include_met;
  o.exit_zero = a.exit_zero;
  o.complete_export = a.complete_export;
  o.format = a.format;
  o.output = a.output;
  return o;
}

// A whole number on the command line.
uint64_t option_count(const std::string& option, const std::string& text) {
  uint64_t n = 0;
  bool digits = !text.empty() && text.size() <= 18;
  for (char ch : text) {
    if (ch < '0' || ch > '9') digits = false;
    else n = n * 10 + static_cast<uint64_t>(ch - '0');
  }
  if (!digits) throw UsageError{option, "expected a whole number: '" + text + "'"};
  return n;
}

// --format, else what --output's extension asks for (.csv, .json, .txt), else text.
Format format_of(const std::optional<Format>& format, const std::optional<std::string>& output) {
  if (format) return *format;
  if (output && *output != "-") {
    switch (format_for_path(*output).value_or(ReportFormat::text)) {
      case ReportFormat::csv: return Format::csv;
      case ReportFormat::json: return Format::json;
      case ReportFormat::jsonl: return Format::jsonl;
      case ReportFormat::text: return Format::text;
    }
  }
  return Format::text;
}

ExplainOptions explain_options(const ExplainArgs& a) {
  ExplainOptions o;
  o.common = common_options(a.common);
  o.standards = a.standards;
  o.case_id = a.case_id;
  o.as_of = a.as_of.empty() ? today() : option_date("--as-of", a.as_of);
  o.complete_export = a.complete_export;
  o.format = format_of(a.format, a.output);
  if (o.format != Format::text && o.format != Format::json)
    throw UsageError{"--output", "explain writes text or json, not " + *a.output};
  o.output = a.output;
  return o;
}

SampleOptions sample_options(const SampleArgs& a) {
  SampleOptions o;
  o.common = common_options(a.common);
  o.standards = a.standards;
  o.as_of = a.as_of.empty() ? today() : option_date("--as-of", a.as_of);
  o.complete_export = a.complete_export;
  o.size = option_count("--size", a.size);
  if (o.size == 0) throw UsageError{"--size", "must be at least 1"};
  o.seed = option_count("--seed", a.seed);
  o.by = a.by == "worker" ? SampleBy::worker : SampleBy::team;
  o.focus_breaches = a.focus == "breaches";
  if (!a.open_on.empty()) o.open_on = option_date("--open-on", a.open_on);
  o.explain_dir = a.explain_dir;
  o.format = format_of(a.format, a.output);
  if (o.format == Format::jsonl) throw UsageError{"--output", "sample writes text, csv or json, not " + *a.output};
  o.output = a.output;
  return o;
}

}  // namespace

int run_command(std::ostream& err, const std::function<int()>& body) {
  try {
    return body();
  } catch (const FatalError& e) {
    err << "caseaudit: " << e.message << "\n";
  } catch (const std::exception& e) {  // out of memory, or a bug: still a message and exit 2, not an abort
    err << "caseaudit: " << e.what() << "\n";
  }
  return kExitFailure;
}

int run_audit(const AuditArgs& args, std::ostream& out, std::ostream& err) {
  const AuditOptions options = audit_options(args);  // a UsageError is cli's to report
  return run_command(err, [&] { return run_audit(options, out, err); });
}

int run_explain(const ExplainArgs& args, std::ostream& out, std::ostream& err) {
  const ExplainOptions options = explain_options(args);
  return run_command(err, [&] { return run_explain(options, out, err); });
}

int run_sample(const SampleArgs& args, std::ostream& out, std::ostream& err) {
  const SampleOptions options = sample_options(args);
  return run_command(err, [&] { return run_sample(options, out, err); });
}

int run_validate(const ValidateArgs& args, std::ostream& out, std::ostream& err) {
  ValidateOptions options;
  options.common = common_options(args.common);
  options.standards = args.standards;
  options.format = args.format;
  return run_command(err, [&] { return run_validate(options, out, err); });
}

int run_standards_list(std::ostream& out, std::ostream& err) {
  return run_command(err, [&] { return list_standards(out, err); });
}

int run_standards_vocabulary(const std::optional<std::string>& vocabulary, std::ostream& out, std::ostream& err) {
  return run_command(err, [&] { return print_vocabulary(vocabulary, out, err); });
}

int run_standards_show(const std::string& name, std::ostream& out, std::ostream& err) {
  return run_command(err, [&] { return show_standard(name, out, err); });
}

int run_standards_check(const std::vector<std::string>& files, const std::optional<std::string>& vocabulary,
                        std::ostream& out, std::ostream& err) {
  return run_command(err, [&] { return check_standards(files, vocabulary, out, err); });
}

}  // namespace ca
