// The command line: a table of subcommands, each filling an options struct
// of lib/app/app.h and calling its run_ function. No logic lives here: app
// reads the dates and checks them (a bad one comes back as a UsageError).
#include "cli/commands.h"

#include <CLI/CLI.hpp>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <functional>
#include <iostream>
#include <map>

#include "app/app.h"

namespace ca {
namespace {

const std::map<std::string, Format> kFormats = {
    {"text", Format::text}, {"csv", Format::csv}, {"json", Format::json}, {"jsonl", Format::jsonl},
    {"html", Format::html}};

void add_input_options(CLI::App& cmd, CommonArgs& o, bool data_dir_required) {
  cmd.add_option("DATA_DIR", o.input.dir, "folder holding cases.csv, episodes.csv, visits.csv, reviews.csv, contacts.csv")
      ->required(data_dir_required);
  const char* help[] = {"cases file (instead of DATA_DIR/cases.csv; - is standard input)",
                        "episodes file (instead of DATA_DIR/episodes.csv)", "visits file (instead of DATA_DIR/visits.csv)",
                        "reviews file (instead of DATA_DIR/reviews.csv)", "contacts file (instead of DATA_DIR/contacts.csv)"};
  const char* flags[] = {"--cases", "--episodes", "--visits", "--reviews", "--contacts"};
  for (int i = 0; i < 5; ++i) {
    cmd.add_option_function<std::string>(flags[i], [&o, i](const std::string& f) { o.input.files[i] = f; }, help[i])
        ->type_name("FILE");
  }
  cmd.add_option("--map", o.map,
                 "read DATA_DIR through a mapping: a built-in layout (ssd) or a mapping YAML file (see mappings/README.md)")
      ->type_name("MAP")
      ->allow_extra_args(false);
}

void add_vocabulary_option(CLI::App& cmd, std::optional<std::string>& file) {
  cmd.add_option("--vocabulary", file, "vocabulary YAML to use instead of the built-in one (record types, fields)")
      ->type_name("FILE")
      ->allow_extra_args(false);
}

void add_audit_input_options(CLI::App& cmd, CommonArgs& o) {
  add_input_options(cmd, o, false);
  add_vocabulary_option(cmd, o.vocabulary);
  cmd.add_option("--holidays", o.holidays, "file of local closure dates, one per line, counted as non-working days")
      ->type_name("FILE")
      ->allow_extra_args(false);
  cmd.add_flag("--strict", o.strict, "exit 2, with no report, if any row had to be skipped");
}

// For the commands that read or evaluate every case (not explain: one case).
void add_jobs_option(CLI::App& cmd, CommonArgs& o) {
  cmd.add_option("-j,--jobs", o.jobs,
                 "threads reading the files and evaluating the cases (default: one per core); the output is the same")
      ->type_name("N")
      ->check(CLI::Range(1u, 256u));
}

void add_standard_option(CLI::App& cmd, std::vector<std::string>& standards) {
  cmd.add_option("-s,--standard", standards, "built-in standard name, a YAML file, or all (repeatable; default all)")
      ->type_name("NAME")
      ->allow_extra_args(false);
}

void add_as_of_option(CLI::App& cmd, std::string& as_of) {
  cmd.add_option("--as-of", as_of, "audit date (default today): records after it are ignored")->type_name("DATE");
}

void add_complete_export_flag(CLI::App& cmd, bool& flag) {
  cmd.add_flag("--complete-export", flag,
               "the export carries every kind of record: a record type found nowhere is reported as missing, "
               "not as not evaluable");
}

// A command's bad option value (app's UsageError) as CLI11's usage error.
int with_usage_errors(const std::function<int()>& run) {
  try {
    return run();
  } catch (const UsageError& e) {
    throw CLI::ValidationError(e.option, e.reason);
  }
}

struct Parsed {
  AuditArgs audit;
  ValidateArgs validate;
  ExplainArgs explain;
  SampleArgs sample;
  SummaryArgs summary;
  DueArgs due;
  std::string format_text, standard_name;
  std::optional<std::string> show_map;  // standards show --map
  std::vector<std::string> check_files;
  std::optional<std::string> vocabulary;  // standards check --vocabulary
};

using Runner = std::function<int(Parsed&)>;

struct Command {
  const char* name;
  const char* help;
  std::function<void(CLI::App&, Parsed&)> setup;
  Runner run;
};

std::optional<Format> format_of(const std::string& text) {
  if (text.empty()) return std::nullopt;
  return kFormats.at(text);
}

const std::vector<Command>& commands() {
  static const std::vector<Command> table = {
      {"audit", "evaluate the standards over an export and report every missed timescale",
       [](CLI::App& c, Parsed& p) {
         add_audit_input_options(c, p.audit.common);
         add_jobs_option(c, p.audit.common);
         add_standard_option(c, p.audit.standards);
         add_as_of_option(c, p.audit.as_of);
         c.add_option("--from", p.audit.from, "report only breaches due on or after DATE")->type_name("DATE");
         c.add_flag("--include-met", p.audit.include_met, "also report requirements met on time");
         c.add_option("-f,--format", p.format_text, "text, csv, json, jsonl or html (one self-contained page)")
             ->check(CLI::IsMember({"text", "csv", "json", "jsonl", "html"}));
         c.add_option("-o,--output", p.audit.output, "write the report to FILE (whole or not at all)")
             ->type_name("FILE");
         c.add_flag("--exit-zero", p.audit.exit_zero, "exit 0 even when breaches are reported");
         c.add_option("--baseline", p.audit.baseline,
                      "last night's CSV report: mark each breach new or continuing, list those resolved since "
                      "(adds a change column)")
             ->type_name("FILE");
         add_complete_export_flag(c, p.audit.complete_export);
       },
       [](Parsed& p) {
         p.audit.format = format_of(p.format_text);
         return with_usage_errors([&] { return run_audit(p.audit, std::cout, std::cerr); });
       }},
      {"explain", "one case's timeline: each requirement, the record that met it, why others did not count",
       [](CLI::App& c, Parsed& p) {
         add_audit_input_options(c, p.explain.common);
         c.add_option("--case", p.explain.case_id, "the case to explain (its case_id)")->required()->type_name("ID");
         add_standard_option(c, p.explain.standards);
         add_as_of_option(c, p.explain.as_of);
         add_complete_export_flag(c, p.explain.complete_export);
         c.add_option("-f,--format", p.format_text, "text, json or html (one self-contained page)")
             ->check(CLI::IsMember({"text", "json", "html"}));
         c.add_option("-o,--output", p.explain.output, "write to FILE (whole or not at all)")->type_name("FILE");
       },
       [](Parsed& p) {
         p.explain.format = format_of(p.format_text);
         return with_usage_errors([&] { return run_explain(p.explain, std::cout, std::cerr); });
       }},
      {"sample", "draw a reproducible, stratified sample of cases for file audits",
       [](CLI::App& c, Parsed& p) {
         add_audit_input_options(c, p.sample.common);
         add_jobs_option(c, p.sample.common);
         c.add_option("--size", p.sample.size, "how many cases to draw")->required()->type_name("N");
         c.add_option("--seed", p.sample.seed, "the draw's seed: the same seed and export give the same cases")
             ->required()
             ->type_name("S");
         c.add_option("--by", p.sample.by, "strata: team (default) or worker")->check(CLI::IsMember({"team", "worker"}));
         c.add_option("--focus", p.sample.focus, "breaches: weight the draw towards cases with breaches")
             ->check(CLI::IsMember({"breaches"}));
         c.add_option("--open-on", p.sample.open_on, "draw only from cases open on DATE")->type_name("DATE");
         add_standard_option(c, p.sample.standards);
         add_as_of_option(c, p.sample.as_of);
         add_complete_export_flag(c, p.sample.complete_export);
         c.add_option("--explain-dir", p.sample.explain_dir,
                      "write each chosen case's explain to DIR/CASE_ID.txt (with --format html, DIR/CASE_ID.html and "
                      "the listing as DIR/index.html)")
             ->type_name("DIR");
         c.add_option("-f,--format", p.format_text, "text, csv, json or html (needs --explain-dir)")
             ->check(CLI::IsMember({"text", "csv", "json", "html"}));
         c.add_option("-o,--output", p.sample.output, "write the listing to FILE (whole or not at all)")
             ->type_name("FILE");
       },
       [](Parsed& p) {
         p.sample.format = format_of(p.format_text);
         return with_usage_errors([&] { return run_sample(p.sample, std::cout, std::cerr); });
       }},
      {"summary", "compliance figures per standard and group (owed, met on time, late, missing)",
       [](CLI::App& c, Parsed& p) {
         add_audit_input_options(c, p.summary.common);
         add_jobs_option(c, p.summary.common);
         add_standard_option(c, p.summary.standards);
         c.add_option("--by", p.summary.by,
                      "group by team, worker, rule, measure or episode_type (repeatable, nested in order; "
                      "default rule)")
             ->type_name("KEY")
             ->allow_extra_args(false)
             ->check(CLI::IsMember({"team", "worker", "rule", "measure", "episode_type"}));
         add_as_of_option(c, p.summary.as_of);
         c.add_option("--from", p.summary.from, "count only requirements due on or after DATE")->type_name("DATE");
         c.add_option("-f,--format", p.format_text, "text, csv, json or html (one self-contained page)")
             ->check(CLI::IsMember({"text", "csv", "json", "html"}));
         c.add_option("-o,--output", p.summary.output, "write the summary to FILE (whole or not at all)")
             ->type_name("FILE");
         add_complete_export_flag(c, p.summary.complete_export);
       },
       [](Parsed& p) {
         p.summary.format = format_of(p.format_text);
         return with_usage_errors([&] { return run_summary(p.summary, std::cout, std::cerr); });
       }},
      {"due", "the worklist per worker: requirements due within a horizon, and those overdue",
       [](CLI::App& c, Parsed& p) {
         add_audit_input_options(c, p.due.common);
         add_jobs_option(c, p.due.common);
         c.add_option("--within", p.due.within,
                      "horizon after the audit date: days (10d), working days (10wd) or weeks (2w)")
             ->type_name("N{d|wd|w}")
             ->required();
         add_standard_option(c, p.due.standards);
         add_as_of_option(c, p.due.as_of);
         c.add_option("--worker", p.due.worker, "only this worker's cases (exact name; '' for unallocated)")
             ->type_name("NAME");
         c.add_option("--team", p.due.team, "only this team's cases (exact name)")->type_name("NAME");
         c.add_option("-f,--format", p.format_text, "text, csv or json")
             ->check(CLI::IsMember({"text", "csv", "json"}));
         c.add_option("-o,--output", p.due.output, "write the worklist to FILE (whole or not at all)")
             ->type_name("FILE");
         add_complete_export_flag(c, p.due.complete_export);
       },
       [](Parsed& p) {
         p.due.format = format_of(p.format_text);
         return with_usage_errors([&] { return run_due(p.due, std::cout, std::cerr); });
       }},
      {"validate", "check an export (schema, dates, references, ordering, duplicates) without auditing",
       [](CLI::App& c, Parsed& p) {
         add_input_options(c, p.validate.common, false);
         add_vocabulary_option(c, p.validate.common.vocabulary);
         add_jobs_option(c, p.validate.common);
         c.add_option("-s,--standard", p.validate.standards,
                      "warn of blank values these standards need (built-in name, YAML file or all; default all)")
             ->type_name("NAME")
             ->allow_extra_args(false);
         c.add_option("-f,--format", p.format_text, "text, csv or json")
             ->check(CLI::IsMember({"text", "csv", "json"}));
       },
       [](Parsed& p) {
         p.validate.format = format_of(p.format_text);
         return run_validate(p.validate, std::cout, std::cerr);
       }},
  };
  return table;
}

}  // namespace

// Help and version text: written, and a failed write (--help > /dev/full) is exit 2.
static int shown(CLI::App& app, const CLI::Error& e) {
  const int code = app.exit(e);
  std::cout.flush();
  if (std::cout) return code;
  if (errno == EPIPE) return kExitReaderGone;
  std::cerr << "caseaudit: cannot write standard output: " << std::strerror(errno) << "\n";
  return kExitFailure;
}

static int run_cli(int argc, char** argv) {
  CLI::App app{"caseaudit: audit children's social care case exports against published practice standards", "caseaudit"};
  app.set_version_flag("-V,--version", std::string("caseaudit ") + CASEAUDIT_VERSION);
  app.require_subcommand(1);
  Parsed parsed;
  std::vector<std::pair<CLI::App*, const Runner*>> runners;
  for (const Command& cmd : commands()) {
    CLI::App* sub = app.add_subcommand(cmd.name, cmd.help);
    cmd.setup(*sub, parsed);
    runners.emplace_back(sub, &cmd.run);
  }

  // standards list | show NAME | check FILE... | vocabulary
  CLI::App* standards = app.add_subcommand("standards", "list, show or check practice standards");
  standards->require_subcommand(1);
  CLI::App* list = standards->add_subcommand("list", "list the built-in standards with their rule counts");
  CLI::App* show = standards->add_subcommand("show", "print every rule of a standard in plain words, with its source");
  show->add_option("NAME", parsed.standard_name, "built-in name or YAML file")->required();
  show->add_option("--map", parsed.show_map, "also say which rules an export in this layout (ssd, or a mapping file) cannot support")
      ->type_name("MAP")
      ->allow_extra_args(false);
  CLI::App* check = standards->add_subcommand("check", "validate standard YAML files; errors as file:line:column");
  check->add_option("FILE", parsed.check_files, "YAML files")->required();
  add_vocabulary_option(*check, parsed.vocabulary);
  CLI::App* words = standards->add_subcommand(
      "vocabulary", "every episode type, tag, record type, field and measure a standard may use, with its meaning");
  add_vocabulary_option(*words, parsed.vocabulary);

  try {
    app.parse(argc, argv);
    for (auto& [sub, run] : runners)
      if (sub->parsed()) return (*run)(parsed);
    if (list->parsed()) return run_standards_list(std::cout, std::cerr);
    if (words->parsed()) return run_standards_vocabulary(parsed.vocabulary, std::cout, std::cerr);
    if (show->parsed()) return run_standards_show(parsed.standard_name, parsed.show_map, std::cout, std::cerr);
    if (check->parsed()) return run_standards_check(parsed.check_files, parsed.vocabulary, std::cout, std::cerr);
    return kExitFailure;
  } catch (const CLI::CallForHelp& e) {
    return shown(app, e);
  } catch (const CLI::CallForAllHelp& e) {
    return shown(app, e);
  } catch (const CLI::CallForVersion& e) {
    return shown(app, e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "caseaudit: " << e.what() << "\n";
    std::cerr << "Run 'caseaudit --help' for usage.\n";
    return kExitFailure;
  }
}

int cli_main(int argc, char** argv) {
  // Writes to a closed pipe fail with EPIPE instead of killing the process
  // mid-write, so that a command stops cleanly; then, having written nothing
  // more, it ends as a process killed by SIGPIPE would (status 141).
  std::signal(SIGPIPE, SIG_IGN);
  const int code = run_cli(argc, argv);
  if (code == kExitReaderGone) {
    std::signal(SIGPIPE, SIG_DFL);
    std::raise(SIGPIPE);
  }
  return code;
}

}  // namespace ca
