// caseaudit validate: checks an export without auditing it. Reports every
// issue the load found (skipped rows as errors, kept rows' problems as
// warnings) and the dataset checks of data/validate.h, in file and line order.
//
// Formats: text (default): one "file:line:column: message" line per issue,
// then what became of each file's rows ("DIR/visits.csv: read 7 rows: 5
// used, 2 skipped": data/summary.h account_files), then a summary line
// ("read 12 rows from 5 files; skipped 2 (bad date: 2); 1 warning", or
// "...; no issues"); csv: header file,line,column,severity,
// category,message, RFC 4180 quoting, line and column blank when not tied to
// one; json: one array of objects with those keys (line/column null when not
// tied to one). Nothing else is written to stdout in csv and json.
//
// With the standards given (--standard, default all built-in ones), it also
// warns of every record a rule would check but for a blank value it needs
// (app/blank_values.h).
//
// Exit codes: 0 no issue at all; 1 any issue, error or warning; 2 the export
// could not be read (a fatal problem, printed on stderr as "caseaudit: ...").
// validate takes no --strict (audit's option): it already fails on any issue,
// and a CI job that wants only skipped rows to fail can filter the csv/json
// output on severity=error.
#include <ostream>
#include <stdexcept>

#include "app/blank_values.h"
#include "app/commands.h"
#include "app/prepare.h"
#include "app/vocabulary_file.h"
#include "app/output.h"
#include "data/summary.h"
#include "data/validate.h"
#include "data/values.h"
#include "report/cells.h"
#include "standard/registry.h"

namespace ca {
namespace {

void write_text(const std::vector<Issue>& issues, const std::vector<FileAccount>& files, const IssueCounts& counts,
                std::string& out) {
  for (const Issue& i : issues) out += format_issue(i) + "\n";
  for (const FileAccount& f : files) out += printable(describe(f)) + "\n";
  out += describe(counts);
  if (issues.empty()) out += "; no issues";
  out += "\n";
}

void write_csv(const std::vector<Issue>& issues, std::string& out) {
  out += "file,line,column,severity,category,message\n";
  for (const Issue& i : issues) {
    append_csv_cell(out, i.file);
    out += ',';
    if (i.line) out += std::to_string(i.line);
    out += ',';
    if (i.line && i.column) out += std::to_string(i.column);
    out += ',';
    out += i.severity == Severity::error ? "error" : "warning";
    out += ',';
    append_csv_cell(out, i.category);
    out += ',';
    append_csv_cell(out, i.message);
    out += '\n';
  }
}

void write_json(const std::vector<Issue>& issues, std::string& out) {
  if (issues.empty()) {
    out += "[]\n";
    return;
  }
  out += "[\n";
  for (size_t n = 0; n < issues.size(); ++n) {
    const Issue& i = issues[n];
    out += "  {\"file\": ";
    append_json_string(out, i.file);
    out += ", \"line\": ";
    out += i.line ? std::to_string(i.line) : "null";
    out += ", \"column\": ";
    out += i.line && i.column ? std::to_string(i.column) : "null";
    out += i.severity == Severity::error ? ", \"severity\": \"error\"" : ", \"severity\": \"warning\"";
    out += ", \"category\": ";
    append_json_string(out, i.category);
    out += ", \"message\": ";
    append_json_string(out, i.message);
    out += n + 1 < issues.size() ? "},\n" : "}\n";
  }
  out += "]\n";
}

}  // namespace

int run_validate(const ValidateOptions& options, std::ostream& out, std::ostream& err) {
  LoadResult load;
  std::vector<Issue> issues;
  std::optional<Vocabulary> own_vocabulary;
  const Vocabulary& vocab = vocabulary_for(options.common.vocabulary, own_vocabulary);
  if (Status s = load_input(options.common, vocab, load); !s) {
    err << "caseaudit: " << message_text(s.message()) << "\n";
    return kExitFailure;
  }
  for (const std::string& note : load.notes) err << "caseaudit: " << printable(note) << "\n";
  issues = std::move(load.issues);
  check_dataset(load, vocab, issues);
  const std::vector<Standard> standards = resolve_standards(options.standards, vocab);
  check_blank_values(load, standards, vocab, issues);
  sort_issues(issues, load.files);
  const IssueCounts counts = count_issues(load.files, issues);

  std::string text;
  switch (options.format.value_or(Format::text)) {
    case Format::csv: write_csv(issues, text); break;
    case Format::json:
    case Format::jsonl: write_json(issues, text); break;
    case Format::text: write_text(issues, account_files(load, issues, vocab), counts, text); break;
    case Format::html: throw std::logic_error("validate: no html listing (not a --format choice)");
  }
  out << text;
  return finish_output(out, err, issues.empty() ? kExitOk : kExitFindings);
}

}  // namespace ca
