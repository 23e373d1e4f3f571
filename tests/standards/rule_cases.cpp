// Per-rule tests written as data: every tests/standards/NAME.cases.yaml holds
// hand-built cases for the rules of standards/NAME.yaml, each with the
// requirements the rule must yield, worked out by hand from the sentence the
// rule quotes. The cases are loaded through the real loader (DatasetBuilder,
// so blank values take the vocabulary's defaults) and evaluated by the engine
// against the whole standard; only the named rules' requirements are
// compared. The format is described in tests/standards/README.md.
//
// Each file is also checked for coverage: every rule of its standard has at
// least three cases, at least one of them met on time and one late or
// missing.
#include <doctest/doctest.h>
#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "calendar/calendar.h"
#include "data/builder.h"
#include "data/load.h"
#include "engine/engine.h"
#include "standard/registry.h"

namespace ca {
namespace {

namespace fs = std::filesystem;

const std::string kRoot = CASEAUDIT_SOURCE_DIR;

std::string text(const YAML::Node& n) { return n && !n.IsNull() ? n.as<std::string>() : std::string(); }

// Feeds canonical rows, by column name, to a DatasetBuilder.
class RowFeeder {
 public:
  RowFeeder(DatasetBuilder& b, const std::string& source) : b_(b), source_(source) {}

  void add(InputFile file, const std::map<std::string, std::string>& values) {
    CanonicalRow row;
    row.file = file;
    row.source = &source_;
    row.line = ++line_;
    const auto columns = b_.schema().columns(file);
    std::vector<std::string> kept;  // the texts the row's views point into
    kept.reserve(columns.size());
    for (size_t i = 0; i < columns.size(); ++i) {
      const auto it = values.find(columns[i].name);
      kept.push_back(it == values.end() ? "" : it->second);
      row.columns[i] = static_cast<uint32_t>(i + 1);
    }
    for (const auto& [name, value] : values) {
      const bool known = std::any_of(columns.begin(), columns.end(), [&](const ColumnSpec& c) { return c.name == name; });
      if (!known)
        throw std::runtime_error("no column '" + name + "' in " + kInputFileNames[static_cast<size_t>(file)]);
    }
    for (size_t i = 0; i < columns.size(); ++i) row.values[i] = kept[i];
    const bool added = b_.add(row);
    std::string why;
    for (const Issue& i : b_.issues()) why += format_issue(i) + "\n";
    if (!added) throw std::runtime_error(why);
  }

 private:
  DatasetBuilder& b_;
  std::string source_;
  uint32_t line_ = 1;
};

struct CaseResult {
  std::vector<std::string> lines;
  std::set<std::string> outcomes;  // of the compared rules' requirements
};

// Loads one case and returns the named rules' requirements, one line each:
// "<episode type or case> <outcome> anchor <date> due <date> met <date or ->".
CaseResult run_case(const Standard& standard, const YAML::Node& c, const Vocabulary& vocab,
                    const std::set<std::string>& rules) {
  DatasetBuilder builder(vocab);
  RowFeeder feed(builder, "case");
  const YAML::Node info = c["case"];
  feed.add(InputFile::cases, {{"case_id", "T1"},
                              {"dob", text(info ? info["dob"] : YAML::Node())},
                              {"open_date", text(info ? info["open"] : YAML::Node())},
                              {"close_date", text(info ? info["close"] : YAML::Node())}});
  for (const YAML::Node& e : c["episodes"]) {
    if (!e.IsSequence() || e.size() < 2) throw std::runtime_error("an episode is [type, start, end, tags]");
    feed.add(InputFile::episodes, {{"case_id", "T1"},
                                   {"episode_type", text(e[0])},
                                   {"start_date", text(e[1])},
                                   {"end_date", e.size() > 2 ? text(e[2]) : ""},
                                   {"tags", e.size() > 3 ? text(e[3]) : ""}});
  }
  for (const YAML::Node& r : c["records"]) {
    if (!r.IsSequence() || r.size() < 2) throw std::runtime_error("a record is [type, date, {field: value}]");
    const std::string type = text(r[0]);
    const auto t = vocab.record_type(type);
    if (!t) throw std::runtime_error("unknown record type " + type);
    std::map<std::string, std::string> values{{"case_id", "T1"}};
    switch (vocab.file_of(*t)) {
      case RecordFile::visits: values["visit_date"] = text(r[1]); break;
      case RecordFile::reviews: values["review_type"] = type, values["review_date"] = text(r[1]); break;
      case RecordFile::contacts: values["contact_type"] = type, values["contact_date"] = text(r[1]); break;
    }
    if (r.size() > 2)
      for (const auto& kv : r[2]) values[kv.first.as<std::string>()] = text(kv.second);
    // A statutory visit by default: visits name what differs.
    if (vocab.file_of(*t) == RecordFile::visits && !values.count("seen")) values["seen"] = "Y";
    feed.add(vocab.file_of(*t) == RecordFile::visits    ? InputFile::visits
             : vocab.file_of(*t) == RecordFile::reviews ? InputFile::reviews
                                                        : InputFile::contacts,
             values);
  }
  const Dataset data = builder.finish();
  if (data.size() != 1) throw std::runtime_error("the case row was not loaded");

  std::string reason;
  const auto as_of = parse_date(text(c["as_of"]), &reason);
  if (!as_of) throw std::runtime_error("as_of: " + reason);
  static const Calendar calendar;
  const EvalContext ctx{calendar, vocab, *as_of};
  std::vector<Requirement> out;
  evaluate_case(standard, data.view(0), ctx, out);
  CaseResult result;
  for (const Requirement& q : out) {
    if (!rules.count(standard.rules[q.rule].id)) continue;
    const std::string episode = q.episode_type == kNone ? "case" : vocab.episode_types()[q.episode_type].name;
    std::string line = fmt::format("{} {} anchor {} due {} met {}", episode, outcome_name(q.outcome), q.anchor.iso(),
                                   q.due.iso(), q.met == kNoDate ? "-" : q.met.iso());
    if (rules.size() > 1) line = standard.rules[q.rule].id + ": " + line;
    result.lines.push_back(line);
    result.outcomes.insert(std::string(outcome_name(q.outcome)));
  }
  return result;
}

std::string joined(const std::vector<std::string>& lines) {
  std::string s;
  for (const std::string& l : lines) s += l + "\n";
  return s;
}

// The vocabulary and the standards are read from the source tree when the
// test runs, not the copies compiled in, so editing them needs no rebuild.
const Vocabulary& source_vocabulary() {
  static const Vocabulary v = [] {
    std::string text;
    const Status s = read_whole_file(kRoot + "/standards/vocabulary.yaml", text);
    REQUIRE_MESSAGE(s.is_ok(), s.message());
    return Vocabulary::parse(text, "standards/vocabulary.yaml");
  }();
  return v;
}

// Cases per rule, and the outcomes their expectations name, over every file of one standard.
struct Coverage {
  std::map<std::string, int> cases_of;
  std::map<std::string, std::set<std::string>> outcomes_of;
};

void run_file(const fs::path& path, std::map<std::string, Coverage>& coverage) {
  const YAML::Node doc = YAML::LoadFile(path.string());
  const Vocabulary& vocab = source_vocabulary();
  const std::string name = text(doc["standard"]);
  const Standard standard = load_standard_file(kRoot + "/standards/" + name + ".yaml", vocab);

  auto& cases_of = coverage[name].cases_of;  // rule id -> cases naming it
  auto& outcomes_of = coverage[name].outcomes_of;
  for (const YAML::Node& c : doc["cases"]) {
    const std::string title = text(c["name"]);
    std::set<std::string> rules;
    if (c["rule"]) rules.insert(text(c["rule"]));
    for (const YAML::Node& r : c["rules"]) rules.insert(text(r));
    for (const std::string& id : rules) {
      const bool exists = std::any_of(standard.rules.begin(), standard.rules.end(),
                                      [&](const Rule& r) { return r.id == id; });
      CHECK_MESSAGE(exists, path.filename().string() << ": '" << title << "': no rule '" << id << "'");
    }
    std::vector<std::string> expect;
    for (const YAML::Node& e : c["expect"]) expect.push_back(text(e));
    {
      // One case's mistake (a row the loader refuses) fails that case only.
      INFO(path.filename().string(), ": ", title);
      try {
        const CaseResult got = run_case(standard, c, vocab, rules);
        CHECK(joined(got.lines) == joined(expect));
      } catch (const std::exception& e) {
        FAIL_CHECK(e.what());
      }
    }
    for (const std::string& id : rules) {
      ++cases_of[id];
      for (const std::string& e : expect) {
        const std::string rest = rules.size() > 1 && e.starts_with(id + ": ") ? e.substr(id.size() + 2) : e;
        if (rules.size() > 1 && rest == e) continue;
        const size_t sp = rest.find(' ');
        if (sp != std::string::npos) outcomes_of[id].insert(rest.substr(sp + 1, rest.find(' ', sp + 1) - sp - 1));
      }
    }
  }
}

// Coverage: each rule of a standard with case files has a case that meets it,
// one that breaks it, and one more.
void check_coverage(const std::string& name, const Coverage& cov) {
  const Standard standard = load_standard_file(kRoot + "/standards/" + name + ".yaml", source_vocabulary());
  for (const Rule& r : standard.rules) {
    INFO("standards/", name, ".yaml: rule ", r.id, " (tests/standards/*.cases.yaml)");
    const auto n = cov.cases_of.find(r.id);
    CHECK((n != cov.cases_of.end() && n->second >= 3));
    const auto o = cov.outcomes_of.find(r.id);
    const bool has_met = o != cov.outcomes_of.end() && o->second.count("met");
    const bool has_breach = o != cov.outcomes_of.end() && (o->second.count("late") || o->second.count("missing"));
    CHECK(has_met);
    CHECK(has_breach);
  }
}

std::vector<fs::path> case_files() {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(kRoot + "/tests/standards"))
    if (e.path().string().ends_with(".cases.yaml")) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  return files;
}

TEST_CASE("rule cases: every tests/standards/*.cases.yaml") {
  std::map<std::string, Coverage> coverage;
  for (const fs::path& f : case_files()) run_file(f, coverage);
  for (const auto& [name, cov] : coverage) check_coverage(name, cov);
}

// tests/standards/NAME.samples.txt: the breaches `audit samples --standard
// NAME --as-of 2026-11-23` must report for the sample children whose case_id
// starts with the file's prefix (its first line, "prefix: WAK"; a second line
// "standard: NAME" may name the standard when it is not the file's name), one
// "CASE_ID RULE_ID DUE MET|- late|missing" a line, sorted; each worked out from
// the child's story in samples/children/NAME.py.
TEST_CASE("samples: each authority's children give the breaches their stories say") {
  for (const auto& e : fs::directory_iterator(kRoot + "/tests/standards")) {
    if (!e.path().string().ends_with(".samples.txt")) continue;
    INFO(e.path().filename().string());
    std::string text;
    REQUIRE(read_whole_file(e.path().string(), text).is_ok());
    std::vector<std::string> lines;
    for (size_t at = 0; at < text.size();) {
      const size_t nl = text.find('\n', at);
      const std::string line = text.substr(at, nl == std::string::npos ? std::string::npos : nl - at);
      if (!line.empty() && line[0] != '#') lines.push_back(line);
      at = nl == std::string::npos ? text.size() : nl + 1;
    }
    REQUIRE_FALSE(lines.empty());
    REQUIRE(lines[0].starts_with("prefix: "));
    const std::string prefix = lines[0].substr(8);
    std::string name = e.path().filename().string();
    name = name.substr(0, name.size() - std::string(".samples.txt").size());
    size_t first = 1;  // an optional "standard: NAME" line names the standard, when not the file's name
    if (lines.size() > 1 && lines[1].starts_with("standard: ")) name = lines[first++].substr(10);
    const std::vector<std::string> expected(lines.begin() + static_cast<std::ptrdiff_t>(first), lines.end());

    const Vocabulary& vocab = source_vocabulary();
    const Standard standard = load_standard_file(kRoot + "/standards/" + name + ".yaml", vocab);
    InputSpec spec;
    spec.dir = kRoot + "/samples";
    LoadResult load;
    const Status st = load_export(spec, vocab, load);
    REQUIRE_MESSAGE(st.is_ok(), st.message());
    std::string reason;
    static const Calendar calendar;
    const EvalContext ctx{calendar, vocab, *parse_date("2026-11-23", &reason)};
    std::vector<std::string> got;
    size_t children = 0;
    for (CaseIx i = 0; i < load.data.size(); ++i) {
      const CaseView c = load.data.view(i);
      if (!c.info.id.starts_with(prefix)) continue;
      ++children;
      std::vector<Requirement> out;
      evaluate_case(standard, c, ctx, out);
      for (const Requirement& q : out)
        if (q.outcome == Outcome::late || q.outcome == Outcome::missing)
          got.push_back(c.info.id + " " + standard.rules[q.rule].id + " " + q.due.iso() + " " +
                        (q.met == kNoDate ? "-" : q.met.iso()) + (q.outcome == Outcome::late ? " late" : " missing"));
    }
    std::sort(got.begin(), got.end());
    CHECK(children > 0);
    CHECK(joined(got) == joined(expected));
  }
}

}  // namespace
}  // namespace ca
