#include "app/prepare.h"

#include <algorithm>
#include <exception>
#include <system_error>
#include <utility>
#include <ostream>
#include <thread>

#include <fmt/format.h>

#include "app/output.h"
#include "app/vocabulary_file.h"
#include "core/status.h"
#include "data/summary.h"
#include "report/atomic_file.h"
#include "report/summary.h"
#include "report/writer.h"
#include "standard/registry.h"
#include "mapping/mapping.h"

namespace ca {

bool prepare(const CommonOptions& common, const std::vector<std::string>& standards, Prepared& p, std::ostream& err) {
  for (const std::string& file : common.holidays) {
    if (Status s = p.calendar.add_closures_file(file); !s) {
      err << "caseaudit: " << message_text(s.message()) << "\n";
      return false;
    }
  }
  p.vocab = &vocabulary_for(common.vocabulary, p.own_vocabulary);
  p.jobs = jobs_of(common);
  // The standards are parsed on a thread of their own while the cases load
  // (one core's work, with --jobs 2 the other core idle); a standard that
  // fails stops the run with its message, whatever the export, as when they
  // were parsed first.
  std::exception_ptr bad_standard;
  const auto parse_standards = [&] {
    try {
      p.standards = resolve_standards(standards, *p.vocab);
    } catch (...) {
      bad_standard = std::current_exception();
    }
  };
  std::thread parsing;
  if (p.jobs > 1) {
    try {
      parsing = std::thread(parse_standards);
    } catch (const std::system_error&) {  // refused: parsed here instead
    }
  }
  const auto standards_parsed = [&] {
    if (parsing.joinable()) parsing.join();
    if (bad_standard) std::rethrow_exception(std::exchange(bad_standard, nullptr));
  };
  if (!parsing.joinable()) {  // one job, or the thread refused: a bad standard stops the run before the export is read
    parse_standards();
    standards_parsed();
  }
  for (const std::string& file : common.holidays) p.inputs.add(file, file, "a --holidays file");
  if (common.vocabulary) p.inputs.add(*common.vocabulary, *common.vocabulary, "the --vocabulary file");
  p.progress.emplace(err);
  Status loaded = Status::ok();
  try {
    loaded = load_input(common, *p.vocab, p.loaded, &p.inputs, [&](uint64_t rows) { p.progress->rows(rows); });
  } catch (...) {
    p.progress->clear();
    standards_parsed();
    throw;
  }
  p.progress->clear();
  standards_parsed();
  std::stable_sort(p.standards.begin(), p.standards.end(),
                   [](const Standard& a, const Standard& b) { return a.name < b.name; });
  for (const Standard& st : p.standards)
    if (!is_builtin(st)) p.inputs.add(st.origin, st.origin, "the --standard file of '" + st.name + "'");
  if (!loaded) {
    err << "caseaudit: " << message_text(loaded.message()) << "\n";
    return false;
  }
  if (!p.output.refuse_inputs(p.inputs, err)) return false;
  write_load_summary(p.loaded, err);
  if (common.strict) {
    if (const uint64_t skipped = count_issues(p.loaded.files, p.loaded.issues).skipped) {
      err << "caseaudit: " << plural(skipped, "row", "rows") << " skipped; no report written (--strict)\n";
      return false;
    }
  }
  return true;
}

unsigned jobs_of(const CommonOptions& common) {
  return common.jobs != 0 ? common.jobs : std::max(1u, std::thread::hardware_concurrency());
}

Status load_input(const CommonOptions& common, const Vocabulary& vocab, LoadResult& out, RunInputs* read,
                  const LoadProgress& progress) {
  if (!common.map) {
    const Status s = load_export(common.input, vocab, out, progress, jobs_of(common));
    if (s && read) {
      for (size_t f = 0; f < out.files.size(); ++f) {
        if (out.files[f].path.empty()) continue;
        const bool from_stdin = common.input.files[f] == "-";
        read->add(from_stdin ? "-" : out.files[f].path, from_stdin ? "standard input" : out.files[f].path,
                  fmt::format("the export's {}", kInputFileNames[f]));
      }
    }
    return s;
  }
  static const char* const kFlags[] = {"--cases", "--episodes", "--visits", "--reviews", "--contacts"};
  for (size_t f = 0; f < common.input.files.size(); ++f)
    if (common.input.files[f])
      return Status::error(fmt::format("{} cannot be used with --map: the mapping names the files it reads in DATA_DIR",
                                       kFlags[f]));
  if (common.input.dir.empty()) return Status::error("--map needs DATA_DIR, the folder holding the layout's files");
  const Mapping m = find_mapping(*common.map, vocab);
  const Status s = load_mapped(common.input.dir, m, vocab, out, progress, jobs_of(common));
  if (s && read) {
    if (!m.origin.starts_with("builtin:")) read->add(m.origin, m.origin, "the --map file");
    for (const FileStats& f : out.files) read->add(f.path, f.path, fmt::format("a file the {} mapping reads", m.name));
  }
  return s;
}

Format output_format(const std::optional<Format>& format, const std::optional<std::string>& output) {
  if (format) return *format;
  if (output && *output != "-") {
    switch (format_for_path(*output).value_or(ReportFormat::text)) {
      case ReportFormat::csv: return Format::csv;
      case ReportFormat::json:
      case ReportFormat::jsonl: return Format::json;
      case ReportFormat::text: return Format::text;
      case ReportFormat::html: return Format::html;
    }
  }
  return Format::text;
}

void write_rule_notes(const Prepared& p, const Evaluation& evaluation, std::ostream& err) {
  for (size_t i = 0; i < p.standards.size(); ++i)
    for (const std::string& line : rule_notes(p.standards[i], evaluation.status(i), evaluation.blanks(i)))
      err << line << "\n";
}

bool Delivery::open(const std::optional<std::string>& output, std::ostream& err) {
  if (!output || *output == "-") return true;
  file_ = std::make_unique<AtomicFile>(*output);
  if (Status s = file_->open(); !s) {
    err << "caseaudit: " << message_text(s.message()) << "\n";
    return false;
  }
  return true;
}

bool Delivery::refuse_inputs(const RunInputs& inputs, std::ostream& err) {
  if (!file_) return true;
  if (Status s = inputs.check_output(file_->path()); !s) {
    file_->discard();
    err << "caseaudit: " << message_text(s.message()) << "\n";
    return false;
  }
  return true;
}

bool Delivery::commit(std::ostream& err) {
  if (!file_) return true;
  if (Status s = file_->commit(); !s) {
    err << "caseaudit: " << message_text(s.message()) << "\n";
    return false;
  }
  return true;
}

int Delivery::deliver(std::string_view text, std::ostream& out, std::ostream& err, int code) {
  if (!file_) {
    out << text;
    return finish_output(out, err, code);
  }
  file_->stream() << text;
  return commit(err) ? code : kExitFailure;
}

}  // namespace ca
