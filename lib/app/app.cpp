// The entry points of app/app.h: the command line's options, as typed, turned
// into the commands' options (app/commands.h), and each command run through
// run_command, the one top-level catch.
#include "app/output.h"
#include "app/app.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <exception>
#include <ostream>
#include <string>

#include "app/commands.h"
#include "app/prepare.h"
#include "core/date.h"
#include "core/status.h"
#include "data/load.h"
#include "report/compliance.h"

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

// --as-of as typed: today when not given.
Date audit_date(const std::string& text) { return text.empty() ? today() : option_date("--as-of", text); }

// --from as typed, checked against the audit date.
std::optional<Date> from_date(const std::string& text, Date as_of) {
  if (text.empty()) return std::nullopt;
  const Date from = option_date("--from", text);
  if (from > as_of)
    throw UsageError{"--from", "is after the audit date " + as_of.iso() + " (--as-of); nothing could be reported"};
  return from;
}

CommonOptions common_options(const CommonArgs& a) {
  CommonOptions o;
  o.input.dir = a.input.dir;
  o.input.files = a.input.files;
  o.holidays = a.holidays;
  o.strict = a.strict;
  o.vocabulary = a.vocabulary;
  o.map = a.map;
  o.jobs = a.jobs;
  return o;
}

AuditOptions audit_options(const AuditArgs& a) {
  AuditOptions o;
  o.common = common_options(a.common);
  o.standards = a.standards;
  o.as_of = audit_date(a.as_of);
  o.from = from_date(a.from, o.as_of);
  o.include_met = a.include_met;
  o.exit_zero = a.exit_zero;
  o.complete_export = a.complete_export;
  o.format = a.format;
  o.output = a.output;
  o.baseline = a.baseline;
  return o;
}

// A whole number on the command line.
uint64_t option_count(const std::string& option, const std::string& text) {
  uint64_t n = 0;
  bool digits = !text.empty() && text.size() <= 18;  // below 10^18: no overflow
  for (char ch : text) {
    if (ch < '0' || ch > '9') digits = false;
    else n = n * 10 + static_cast<uint64_t>(ch - '0');
  }
  if (!digits) throw UsageError{option, "expected a whole number from 0 to 999999999999999999: '" + text + "'"};
  return n;
}

ExplainOptions explain_options(const ExplainArgs& a) {
  ExplainOptions o;
  o.common = common_options(a.common);
  o.standards = a.standards;
  // As the loader trims the export's cells.
  o.case_id = a.case_id;
  o.case_id.erase(0, o.case_id.find_first_not_of(" \t"));
  o.case_id.erase(o.case_id.find_last_not_of(" \t") + 1);
  o.as_of = audit_date(a.as_of);
  o.complete_export = a.complete_export;
  o.format = output_format(a.format, a.output);
  if (o.format == Format::csv) throw UsageError{"--output", "explain writes text or json, not csv: " + *a.output};
  o.output = a.output;
  return o;
}

// --by team|worker|rule|measure|episode_type, each at most once; none: the
// command's default (run_summary).
std::vector<GroupBy> group_keys(const std::vector<std::string>& by) {
  static constexpr GroupBy kAll[] = {GroupBy::team, GroupBy::worker, GroupBy::rule, GroupBy::measure,
                                     GroupBy::episode_type};
  std::vector<GroupBy> keys;
  for (const std::string& text : by) {
    const auto* g = std::find_if(std::begin(kAll), std::end(kAll), [&](GroupBy k) { return group_by_name(k) == text; });
    if (g == std::end(kAll))
      throw UsageError{"--by", "expected team, worker, rule, measure or episode_type: '" + text + "'"};
    if (std::find(keys.begin(), keys.end(), *g) != keys.end())
      throw UsageError{"--by", "'" + text + "' is given twice"};
    keys.push_back(*g);
  }
  return keys;
}

SummaryOptions summary_options(const SummaryArgs& a) {
  SummaryOptions o;
  o.common = common_options(a.common);
  o.standards = a.standards;
  o.by = group_keys(a.by);
  o.as_of = audit_date(a.as_of);
  o.from = from_date(a.from, o.as_of);
  o.complete_export = a.complete_export;
  o.format = a.format;
  o.output = a.output;
  return o;
}

SampleOptions sample_options(const SampleArgs& a) {
  SampleOptions o;
  o.common = common_options(a.common);
  o.standards = a.standards;
  o.as_of = audit_date(a.as_of);
  o.complete_export = a.complete_export;
  o.size = option_count("--size", a.size);
  if (o.size == 0) throw UsageError{"--size", "must be at least 1"};
  o.seed = option_count("--seed", a.seed);
  o.by = a.by == "worker" ? SampleBy::worker : SampleBy::team;
  o.focus_breaches = a.focus == "breaches";
  if (!a.open_on.empty()) o.open_on = option_date("--open-on", a.open_on);
  if (o.open_on && *o.open_on > o.as_of)
    throw UsageError{"--open-on", "is after the audit date " + o.as_of.iso() + " (--as-of)"};
  o.explain_dir = a.explain_dir;
  o.format = output_format(a.format, a.output);
  if (o.format == Format::html && a.output)
    throw UsageError{"--output", "sample writes an HTML listing only as index.html in the --explain-dir folder "
                                 "(--format html), not to a file of its own: " + *a.output};
  if (o.format == Format::html && !o.explain_dir)
    throw UsageError{"--format", "html writes one page per case and their index.html: give the folder with "
                                 "--explain-dir DIR"};
  o.output = a.output;
  return o;
}

// --within 10d | 10wd | 2w: a whole number of days, working days or weeks,
// at most 10 years (the longest duration a standard may give).
Within within_option(const std::string& text) {
  const UsageError bad{"--within",
                       "expected a number of days (10d), working days (10wd) or weeks (2w): '" + text + "'"};
  size_t digits = 0;
  while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
  const std::string unit = text.substr(digits);
  if (digits == 0 || digits > 6) throw bad;
  Within w;
  w.n = std::stoi(text.substr(0, digits));
  int32_t most = 0;
  if (unit == "d") w.unit = Within::Unit::days, most = 3660;
  else if (unit == "wd") w.unit = Within::Unit::working_days, most = 2610;
  else if (unit == "w") w.unit = Within::Unit::weeks, most = 520;
  else throw bad;
  if (w.n > most) throw UsageError{"--within", "at most 10 years (3660d, 2610wd or 520w): '" + text + "'"};
  return w;
}

DueOptions due_options(const DueArgs& a) {
  DueOptions o;
  o.common = common_options(a.common);
  o.standards = a.standards;
  o.within = within_option(a.within);
  o.as_of = audit_date(a.as_of);
  o.worker = a.worker;
  o.team = a.team;
  o.complete_export = a.complete_export;
  o.format = a.format;
  o.output = a.output;
  if (output_format(a.format, a.output) == Format::html)
    throw UsageError{"--output", "due writes text, csv or json, not html: " + *a.output};
  return o;
}

}  // namespace

int run_command(std::ostream& err, const std::function<int()>& body) {
  try {
    return body();
  } catch (const FatalError& e) {
    err << "caseaudit: " << message_text(e.message) << "\n";
  } catch (const std::exception& e) {  // out of memory, or a bug: still a message and exit 2, not an abort
    err << "caseaudit: " << message_text(e.what()) << "\n";
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

int run_summary(const SummaryArgs& args, std::ostream& out, std::ostream& err) {
  const SummaryOptions options = summary_options(args);  // a UsageError is cli's to report
  return run_command(err, [&] { return run_summary(options, out, err); });
}

int run_due(const DueArgs& args, std::ostream& out, std::ostream& err) {
  const DueOptions options = due_options(args);  // a UsageError is cli's to report
  return run_command(err, [&] { return run_due(options, out, err); });
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

int run_standards_show(const std::string& name, const std::optional<std::string>& map, std::ostream& out,
                       std::ostream& err) {
  return run_command(err, [&] { return show_standard(name, map, out, err); });
}

int run_standards_check(const std::vector<std::string>& files, const std::optional<std::string>& vocabulary,
                        std::ostream& out, std::ostream& err) {
  return run_command(err, [&] { return check_standards(files, vocabulary, out, err); });
}

}  // namespace ca
