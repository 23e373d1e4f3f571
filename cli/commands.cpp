// The command line: a table of subcommands, each filling an options struct
// of lib/app/commands.h and calling its run_ function. No logic lives here.
#include "cli/commands.h"

#include <CLI/CLI.hpp>
#include <chrono>
#include <csignal>
#include <functional>
#include <iostream>
#include <map>

#include "app/commands.h"
#include "core/date.h"

namespace ca {
namespace {

Date today() {
  const auto now = std::chrono::system_clock::now();
  const std::time_t t = std::chrono::system_clock::to_time_t(now);
  std::tm local{};
  localtime_r(&t, &local);
  return Date::from_ymd(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
}

// CLI11 validator and converter for dates.
Date to_date(const std::string& option, const std::string& text) {
  std::string reason;
  auto d = parse_date(text, &reason);
  if (!d) throw CLI::ValidationError(option, reason);
  return *d;
}

const std::map<std::string, Format> kFormats = {
    {"text", Format::text}, {"csv", Format::csv}, {"json", Format::json}, {"jsonl", Format::jsonl}};

void add_input_options(CLI::App& cmd, CommonOptions& o, bool data_dir_required) {
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
}

void add_audit_input_options(CLI::App& cmd, CommonOptions& o) {
  add_input_options(cmd, o, false);
  cmd.add_option("--holidays", o.holidays, "file of local closure dates, one per line, counted as non-working days")
      ->type_name("FILE")
      ->allow_extra_args(false);
  cmd.add_flag("--strict", o.strict, "exit 2, with no report, if any row had to be skipped");
}

struct Parsed {
  AuditOptions audit;
  ValidateOptions validate;
  std::string format_text, as_of_text, from_text, standard_name;
  std::vector<std::string> check_files;
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
         c.add_option("-s,--standard", p.audit.standards,
                      "built-in standard name, a YAML file, or all (repeatable; default all)")
             ->type_name("NAME")
             ->allow_extra_args(false);
         c.add_option("--as-of", p.as_of_text, "audit date (default today): records after it are ignored")
             ->type_name("DATE");
         c.add_option("--from", p.from_text, "report only breaches due on or after DATE")->type_name("DATE");
         c.add_flag("--include-met", p.audit.include_met, "also report requirements met on time");
         c.add_option("-f,--format", p.format_text, "text, csv, json or jsonl")
             ->check(CLI::IsMember({"text", "csv", "json", "jsonl"}));
         c.add_option("-o,--output", p.audit.output, "write the report to FILE (whole or not at all)")
             ->type_name("FILE");
         c.add_flag("--exit-zero", p.audit.exit_zero, "exit 0 even when breaches are reported");
       },
       [](Parsed& p) {
         p.audit.as_of = p.as_of_text.empty() ? today() : to_date("--as-of", p.as_of_text);
         if (!p.from_text.empty()) p.audit.from = to_date("--from", p.from_text);
         if (p.audit.from && *p.audit.from > p.audit.as_of)
           throw CLI::ValidationError("--from", "is after the audit date " + p.audit.as_of.iso() +
                                                    " (--as-of); nothing could be reported");
         p.audit.format = format_of(p.format_text);
         return run_audit(p.audit, std::cout, std::cerr);
       }},
      {"validate", "check an export (schema, dates, references, ordering, duplicates) without auditing",
       [](CLI::App& c, Parsed& p) {
         add_input_options(c, p.validate.common, false);
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

int cli_main(int argc, char** argv) {
  // A closed pipe (| head) becomes a write error that each command reports
  // with exit 2, instead of killing the process silently.
  std::signal(SIGPIPE, SIG_IGN);
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

  // standards list | show NAME | check FILE...
  CLI::App* standards = app.add_subcommand("standards", "list, show or check practice standards");
  standards->require_subcommand(1);
  CLI::App* list = standards->add_subcommand("list", "list the built-in standards with their rule counts");
  CLI::App* show = standards->add_subcommand("show", "print every rule of a standard in plain words, with its source");
  show->add_option("NAME", parsed.standard_name, "built-in name or YAML file")->required();
  CLI::App* check = standards->add_subcommand("check", "validate standard YAML files; errors as file:line:column");
  check->add_option("FILE", parsed.check_files, "YAML files")->required();

  try {
    app.parse(argc, argv);
    for (auto& [sub, run] : runners)
      if (sub->parsed()) return (*run)(parsed);
    if (list->parsed()) return run_standards_list(std::cout, std::cerr);
    if (show->parsed()) return run_standards_show(parsed.standard_name, std::cout, std::cerr);
    if (check->parsed()) return run_standards_check(parsed.check_files, std::cout, std::cerr);
    return kExitFailure;
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "caseaudit: " << e.what() << "\n";
    std::cerr << "Run 'caseaudit --help' for usage.\n";
    return kExitFailure;
  }
}

}  // namespace ca
