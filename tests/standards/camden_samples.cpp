// The sample export (samples/, written by samples/generate.py) audited
// against Camden at 2026-11-23: it loads with no issue at all, and the
// requirements per rule and every breach are the ones samples/README.md lists
// (worked out there by generate.py's own small evaluator, independently of
// the engine). If the samples change, regenerate them and update both.
#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "calendar/calendar.h"
#include "data/load.h"
#include "data/validate.h"
#include "engine/engine.h"
#include "standard/parse.h"

namespace ca {

TEST_CASE("samples: load cleanly and give the documented Camden results") {
  const Vocabulary& vocab = Vocabulary::builtin();
  const std::string root = CASEAUDIT_SOURCE_DIR;

  InputSpec spec;
  spec.dir = root + "/samples";
  LoadResult load;
  const Status st = load_export(spec, vocab, load);
  REQUIRE_MESSAGE(st.is_ok(), st.message());
  check_dataset(load, vocab, load.issues);
  std::string issues;
  for (const Issue& i : load.issues) issues += format_issue(i) + "\n";
  CHECK_MESSAGE(load.issues.empty(), issues);
  // Camden's own 32 sample children (CAM...); the other authorities' children
  // (samples/children/) are checked by their own tests.
  size_t camden_children = 0;
  for (const Case& c : load.data.cases) camden_children += c.id.starts_with("CAM");
  CHECK(camden_children == 36);

  std::ifstream in(root + "/standards/camden.yaml", std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  const ParseResult parsed = parse_standard(text.str(), "camden.yaml", vocab);
  REQUIRE(parsed.ok());
  const Standard& camden = parsed.standard;

  std::string as_of_reason;
  const Calendar calendar;
  const EvalContext ctx{calendar, vocab, *parse_date("2026-11-23", &as_of_reason)};
  std::map<std::string, std::array<int, 4>> tally;  // met, late, missing, pending
  std::vector<std::string> breaches;
  for (CaseIx i = 0; i < load.data.size(); ++i) {
    const CaseView c = load.data.view(i);
    if (!c.info.id.starts_with("CAM")) continue;
    std::vector<Requirement> out;
    evaluate_case(camden, c, ctx, out);
    for (const Requirement& q : out) {
      const std::string& id = camden.rules[q.rule].id;
      ++tally[id][static_cast<size_t>(q.outcome)];
      if (q.outcome == Outcome::late || q.outcome == Outcome::missing)
        breaches.push_back(c.info.id + " " + id + " " + q.due.iso() + " " + (q.met == kNoDate ? "-" : q.met.iso()) +
                           (q.outcome == Outcome::late ? " late" : " missing"));
    }
  }
  std::sort(breaches.begin(), breaches.end());

  // Per rule: met, late, missing, pending (samples/README.md, "Expected results").
  const std::map<std::string, std::array<int, 4>> expected_tally = {
      {"chronology", {249, 1, 1, 30}},
      {"case-summary", {249, 1, 1, 30}},
      {"cp-visit", {231, 2, 0, 5}},
      {"cin-visit", {270, 3, 1, 13}},
      {"cla-visit", {111, 8, 0, 6}},
      {"cla-visit-settled", {56, 1, 0, 2}},
      {"visit-recording", {672, 11, 0, 0}},
      {"assessment", {3, 1, 1, 1}},
      {"cin-review", {47, 1, 1, 13}},
      {"cp-review", {11, 2, 1, 4}},
      {"cla-review", {47, 2, 0, 8}},
      {"case-supervision", {391, 8, 1, 29}},
  };
  for (const auto& [id, counts] : expected_tally) {
    INFO(id);
    CHECK(tally[id] == counts);
    CHECK(counts[0] > 0);                 // someone meets it
    CHECK(counts[1] + counts[2] > 0);     // someone breaks it
  }
  CHECK(tally.size() == expected_tally.size());

  // Every breach: case, rule, due date, date met ("-" when missing), status.
  const std::vector<std::string> expected_breaches = {
      "CAM100102 case-supervision 2026-01-11 2026-03-16 late",
      "CAM100102 chronology 2026-05-28 - missing",
      "CAM100102 cin-review 2024-12-02 2024-12-12 late",
      "CAM100102 cin-review 2025-12-05 - missing",
      "CAM100102 cin-visit 2025-07-30 2025-09-22 late",
      "CAM100102 cin-visit 2026-09-01 - missing",
      "CAM100104 cin-visit 2025-03-20 2025-04-22 late",
      "CAM100106 cp-visit 2025-09-22 2025-10-01 late",
      "CAM100107 case-supervision 2025-09-27 2025-10-20 late",
      "CAM100107 case-supervision 2026-03-28 2026-04-02 late",
      "CAM100107 cp-review 2025-10-17 2025-10-30 late",
      "CAM100107 cp-visit 2025-08-15 2025-08-27 late",
      "CAM100107 visit-recording 2025-02-12 2025-02-13 late",
      "CAM100107 visit-recording 2025-03-06 2025-03-07 late",
      "CAM100107 visit-recording 2025-03-28 2025-03-30 late",
      "CAM100107 visit-recording 2025-10-24 2025-10-26 late",
      "CAM100107 visit-recording 2025-11-05 2025-11-06 late",
      "CAM100107 visit-recording 2025-11-27 2025-11-28 late",
      "CAM100107 visit-recording 2025-12-19 2025-12-21 late",
      "CAM100107 visit-recording 2026-01-15 2026-01-17 late",
      "CAM100107 visit-recording 2026-02-06 2026-02-07 late",
      "CAM100109 cp-review 2026-06-02 - missing",
      "CAM100111 cla-visit 2025-06-09 2025-06-12 late",
      "CAM100113 cla-review 2023-10-16 2023-10-23 late",
      "CAM100113 cla-visit-settled 2025-05-27 2025-07-03 late",
      "CAM100114 cla-visit 2024-08-07 2024-08-08 late",
      "CAM100114 cla-visit 2024-09-19 2024-11-01 late",
      "CAM100114 cla-visit 2024-12-13 2025-01-24 late",
      "CAM100114 cla-visit 2025-03-07 2025-04-17 late",
      "CAM100114 cla-visit 2025-05-29 2025-07-11 late",
      "CAM100114 cla-visit 2025-08-22 2025-10-02 late",
      "CAM100115 visit-recording 2025-06-19 2025-06-20 late",
      "CAM100115 visit-recording 2025-08-21 2025-08-22 late",
      "CAM100116 case-supervision 2024-08-13 2024-09-12 late",
      "CAM100117 case-supervision 2025-05-06 2025-06-26 late",
      "CAM100117 case-supervision 2026-03-05 - missing",
      "CAM100121 assessment 2026-08-03 - missing",
      "CAM100127 case-supervision 2026-04-15 2026-05-07 late",
      "CAM100128 cp-review 2024-02-06 2024-02-16 late",
      "CAM100130 case-summary 2026-04-26 - missing",
      "CAM100130 chronology 2024-10-13 2024-11-05 late",
      "CAM100131 case-supervision 2026-03-26 2026-05-07 late",
      "CAM100131 cla-review 2025-10-17 2025-10-30 late",
      "CAM100131 cla-visit 2026-04-17 2026-05-12 late",
      "CAM100134 case-summary 2026-04-09 2026-06-01 late",
      "CAM100134 case-supervision 2026-03-09 2026-04-20 late",
      "CAM100135 cin-visit 2026-03-20 2026-04-23 late",
      "CAM100136 assessment 2025-05-08 2025-05-20 late",
  };
  CHECK(breaches == expected_breaches);
  if (breaches != expected_breaches) {
    std::string got;
    for (const auto& b : breaches) got += b + "\n";
    MESSAGE(got);
  }
}

}  // namespace ca
