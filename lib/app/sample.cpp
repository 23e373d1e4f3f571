// caseaudit sample: the QA lead's file-audit sample (report/sample.h), each
// case with its breaches from the one evaluation stream, and with
// --explain-dir each chosen case's explain in a file of its own.
#include <fmt/format.h>

#include <filesystem>
#include <ostream>
#include <system_error>

#include "app/output.h"
#include "app/commands.h"
#include "app/explain.h"
#include "app/prepare.h"
#include "core/ascii.h"
#include "app/run_inputs.h"
#include "core/status.h"
#include "report/atomic_file.h"
#include "report/sample.h"
#include "report/summary.h"

namespace ca {
namespace {

// sample --format html: the listing's page, beside the cases' pages.
constexpr std::string_view kIndexPage = "index.html";

// A file name for a case id that no two ids share: letters, digits, '-' and
// '_' as they are, every other byte as %XX (so "a/b" is "a%2Fb").
std::string file_name_for(std::string_view id, std::string_view extension) {
  std::string out;
  // An id that reads "index" (in any case) would replace the HTML sample's
  // index page: its first letter is written as %XX.
  const bool index = same_ignoring_case(id, "index");
  for (unsigned char ch : id) {
    if (index && out.empty()) {
      out += fmt::format("%{:02X}", ch);
      continue;
    }
    if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '-' || ch == '_')
      out += static_cast<char>(ch);
    else
      out += fmt::format("%{:02X}", ch);
  }
  // File names are at most 255 bytes: a longer one keeps its start and ends
  // in a hash of the whole id, so that it stays one case's own.
  if (out.size() > 200) out = fmt::format("{}~{:016x}", out.substr(0, 180), sample_key(0, id, 0));
  return out + std::string(extension);
}

Status write_file(const std::string& path, const std::string& text, const RunInputs& inputs) {
  if (Status s = inputs.check_output(path); !s) return s;
  AtomicFile file(path);
  if (Status s = file.open(); !s) return s;
  file.stream() << text;
  return file.commit();
}

}  // namespace

int run_sample(const SampleOptions& o, std::ostream& out, std::ostream& err) {
  Prepared p;
  if (!p.output.open(o.output, err)) return kExitFailure;
  if (o.explain_dir) {  // made (or found) before the export is read
    std::error_code ec;
    std::filesystem::create_directories(*o.explain_dir, ec);
    if (ec || !std::filesystem::is_directory(*o.explain_dir)) {
      err << "caseaudit: --explain-dir: cannot use '" << *o.explain_dir
          << "' as a folder: " << (ec ? ec.message() : "it is not a folder") << "\n";
      return kExitFailure;
    }
  }
  if (!prepare(o.common, o.standards, p, err)) return kExitFailure;
  const Dataset& data = p.data();
  const EvalContext ctx{p.calendar, *p.vocab, o.as_of};
  Evaluation evaluation(p.standards, data, ctx, o.complete_export);

  // Breaches per case, over every standard given.
  std::vector<uint64_t> late(data.size(), 0), missing(data.size(), 0);
  evaluation.run([&](const EvaluatedChunk& chunk) {
    p.progress->cases(chunk.end, data.size(), p.standards[chunk.standard].name);
    for (CaseIx c = chunk.begin; c < chunk.end; ++c)
      for (const Requirement& r : chunk.of_case(c)) {
        if (r.outcome == Outcome::late) ++late[c];
        if (r.outcome == Outcome::missing) ++missing[c];
      }
    return true;
  }, p.jobs);

  p.progress->clear();
  std::vector<SampleCase> population;
  std::vector<CaseIx> index;  // the case of each member of the population
  for (CaseIx c = 0; c < data.size(); ++c) {
    const Case& k = data.cases[c];
    if (o.open_on && !(k.open != kNoDate && k.open <= *o.open_on && *o.open_on <= k.close)) continue;
    const std::string_view team = data.name(k.team), worker = data.name(k.worker);
    population.push_back({k.id, team, worker, o.by == SampleBy::worker ? worker : team, late[c], missing[c]});
    index.push_back(c);
  }
  const SampleDraw draw{o.size, o.seed, o.focus_breaches};
  const Sample sample = draw_sample(population, draw);

  SampleListing listing;
  listing.by = o.by == SampleBy::worker ? "worker" : "team";
  listing.as_of = o.as_of.iso();
  if (o.open_on) listing.open_on = o.open_on->iso();
  for (const Standard& st : p.standards) listing.standards.push_back(st.name);
  // With --format html, each case's page and the index (the listing, linking
  // to them) in the folder; otherwise each case's explain as text.
  const bool html = o.format == Format::html;
  std::vector<std::string> written;
  const auto write = [&](const std::string& path, const std::string& text) {
    if (Status s = write_file(path, text, p.inputs); !s) {  // all or none: the files already written are removed
      for (const std::string& f : written) std::filesystem::remove(f);
      err << "caseaudit: " << message_text(s.message()) << "\n";
      return false;
    }
    written.push_back(path);
    return true;
  };
  if (o.explain_dir) {
    for (size_t i : sample.chosen) {
      const std::string name = file_name_for(population[i].case_id, html ? ".html" : ".txt");
      const std::string path = (std::filesystem::path(*o.explain_dir) / name).string();
      if (!write(path, explain_text(p, evaluation, index[i], o.as_of, html ? Format::html : Format::text,
                                    html ? kIndexPage : "")))
        return kExitFailure;
      listing.explain_files.push_back(html ? name : path);
    }
  }
  if (html) {
    const std::string path = (std::filesystem::path(*o.explain_dir) / kIndexPage).string();
    if (!write(path, write_sample(population, sample, draw, listing, SampleFormat::html))) return kExitFailure;
    err << "caseaudit: wrote " << plural(sample.chosen.size(), "case page", "case pages") << " and the index, "
        << message_text(path) << "\n";
    return kExitOk;
  }
  const SampleFormat format = o.format == Format::csv    ? SampleFormat::csv
                              : o.format == Format::json ? SampleFormat::json
                                                         : SampleFormat::text;
  return p.output.deliver(write_sample(population, sample, draw, listing, format), out, err, kExitOk);
}

}  // namespace ca
