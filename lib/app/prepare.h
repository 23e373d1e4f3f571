#pragma once
// What every command that audits does first, in one place: the calendar (with
// --holidays), the vocabulary (--vocabulary), the standards (by name) and the
// export, loaded and its summary written to stderr (--strict applied). audit,
// summary, due, sample and explain all start here, then read the one
// evaluation stream (engine/evaluation.h).
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/commands.h"
#include "app/progress.h"
#include "app/run_inputs.h"
#include "report/atomic_file.h"
#include "calendar/calendar.h"
#include "data/load.h"
#include "engine/evaluation.h"
#include "standard/standard.h"
#include "vocab/vocabulary.h"

namespace ca {

// Where a command's whole output goes: --output FILE (written whole or not at
// all: report/atomic_file.h) or, unset or "-", standard output. open() is
// called before the export is read, so that a bad path fails at once.
class Delivery {
 public:
  // On a bad path writes "caseaudit: cannot write PATH: reason" to `err` and returns false.
  bool open(const std::optional<std::string>& output, std::ostream& err);
  // Writes `text`; returns `code`, or kExitFailure with a message when the write failed.
  int deliver(std::string_view text, std::ostream& out, std::ostream& err, int code);

  // For a command that streams its output (audit): the stream to write to
  // (the file, or `out`), and, once all is written, commit(), which renames
  // the file into place (false, with the message written, on failure).
  bool to_file() const { return file_ != nullptr; }
  std::ostream& stream(std::ostream& out) { return file_ ? file_->stream() : out; }
  bool commit(std::ostream& err);
  // Refuses (the message written, false) an output that is one of the
  // files the run reads (run_inputs.h); its temporary is removed.
  bool refuse_inputs(const RunInputs& inputs, std::ostream& err);

 private:
  std::unique_ptr<AtomicFile> file_;
};

struct Prepared {
  Calendar calendar;
  std::optional<Vocabulary> own_vocabulary;
  const Vocabulary* vocab = nullptr;
  std::vector<Standard> standards;  // sorted by name (the report's order)
  LoadResult loaded;
  std::optional<Progress> progress;  // on stderr, when it is a terminal
  unsigned jobs = 1;                 // threads evaluating (--jobs; all cores unless given)
  // Every file the run reads: a command notes its own (audit's --baseline)
  // before prepare(), which notes the rest as it reads them.
  RunInputs inputs;
  // --output: opened by the command before prepare(), so that a bad path
  // fails at once; prepare() refuses it, once the export is read, if it is
  // one of `inputs`.
  Delivery output;

  const Dataset& data() const { return loaded.data; }
};

// Fills `p`. On a problem (an unreadable holidays file, a malformed export,
// an --output that is one of the files read, a skipped row under --strict)
// writes "caseaudit: <message>" to `err` and returns false. An invalid standard or vocabulary throws FatalError.
bool prepare(const CommonOptions& common, const std::vector<std::string>& standards, Prepared& p, std::ostream& err);

// The threads a run uses: --jobs, or one per core.
unsigned jobs_of(const CommonOptions& common);

// Reads the export: DATA_DIR (and --cases ...) as the contract lays it out,
// reading the record files side by side on jobs_of(common) threads, or, with --map, DATA_DIR through the mapping (built in, or a file; an
// invalid one throws FatalError). --map reads DATA_DIR only: with --cases
// and the like it is an error. The files read (the mapping's file among
// them) are noted in `read` when given.
Status load_input(const CommonOptions& common, const Vocabulary& vocab, LoadResult& out, RunInputs* read = nullptr,
                  const LoadProgress& progress = {});

// The format of a workflow command's output (summary, due): --format when
// given, else --output's extension (.csv, .json, .txt, .html; .jsonl is json), else
// text. (audit alone defaults to csv off a terminal: its report is the data.)
Format output_format(const std::optional<Format>& format, const std::optional<std::string>& output);

// What the run summary says of each standard's rules beyond the counts
// (report/summary.h rule_notes: rules not evaluable, blank values), to `err`.
void write_rule_notes(const Prepared& p, const Evaluation& evaluation, std::ostream& err);

}  // namespace ca
