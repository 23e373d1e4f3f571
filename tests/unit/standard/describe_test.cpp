// Standards in plain words: the sentence for every kind and option, and the
// layout of `standards show`.
#include "standard/describe.h"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "helpers.h"
#include "standard/registry.h"

namespace ca {
namespace {

const Vocabulary& vocab() { return Vocabulary::builtin(); }

const Standard& every_kind() {
  static const Standard s = [] {
    std::ifstream in(test::fixture_path("every-kind.yaml"));
    std::ostringstream text;
    text << in.rdbuf();
    ParseResult r = parse_standard(text.str(), "every-kind.yaml", vocab());
    REQUIRE(r.ok());
    return r.standard;
  }();
  return s;
}

std::string sentence(std::string_view id) {
  for (const Rule& r : every_kind().rules)
    if (r.id == id) return describe_requirement(r, vocab());
  return "(no rule " + std::string(id) + ")";
}

TEST_CASE("recurring rules") {
  CHECK(sentence("cp-visit") ==
        "A visit where the child was seen alone at home, at least every 10 working days, counted from the start of "
        "each child protection plan.");
  CHECK(sentence("cp-core-group") ==
        "A core group meeting, at least every 4 weeks, counted from the first initial child protection conference in "
        "each child protection plan; the first within 10 working days.");
  CHECK(sentence("cp-review") ==
        "A review child protection conference, counted from the first initial child protection conference in each "
        "child protection plan: the first within 3 months, then at least every 6 months.");
  CHECK(sentence("cla-review") ==
        "A looked-after child review, counted from the start of each period of care: the first within 20 working "
        "days, the second within 3 months of the first, then at least every 6 months.");
  CHECK(sentence("cla-visit") ==
        "A visit where the child was seen at placement, counted from the start of each looked-after placement not "
        "tagged long_term_match: at least every week until the first looked-after child review, then at least every "
        "6 weeks; the first within 72 hours.");
  CHECK(sentence("cla-visit-long-term") ==
        "A visit where the child was seen at placement, counted from the start of each looked-after placement tagged "
        "long_term_match: at least every week until the first looked-after child review, then at least every 6 weeks "
        "until 1 year after the start, then at least every 3 months; the first within 72 hours.");
  CHECK(sentence("chronology") ==
        "A chronology updated, at least every 2 months, counted from the date the case opened.");
}

TEST_CASE("deadlines from a record, a filtered record, the start and the end") {
  CHECK(sentence("icpc-timescale") ==
        "An initial child protection conference within 15 working days of each strategy discussion or meeting, while "
        "the case is open.");
  CHECK(sentence("cp-plan") ==
        "A child protection plan recorded within 1 working day of the start of each child protection plan.");
  CHECK(sentence("cp-visit-not-seen") ==
        "A visit where the child was seen, within 48 hours of each visit where the child was not seen, during each "
        "child protection plan.");
  CHECK(sentence("early-help-closing-summary") ==
        "A closure summary recorded within 3 working days of the end of each early help episode.");
}

TEST_CASE("lead time, recording lag and age") {
  CHECK(sentence("cin-plan-before-meeting") ==
        "A child in need plan recorded at least 5 days before each child in need review meeting, during each child in "
        "need plan.");
  CHECK(sentence("visit-recording") ==
        "Every visit written up within 5 days of its date; within 2 days while a child protection plan is open.");
  CHECK(sentence("pa-allocated") ==
        "A personal adviser allocated by the age of 15 years 6 months, owed only if a looked-after placement is open "
        "on that date.");
  CHECK(sentence("pathway-plan") ==
        "A pathway plan recorded by the age of 15 years 9 months, owed only if a period of care is open on that date.");
}

Selector records(std::string_view yaml) {
  const ParseResult r = test::parse(std::string(test::kHead) + R"(
  - id: x
    title: X
    measure: visit
    kind: recurring
    scope: {episode: cp}
    every: 1 week
    source: {section: S, quote: Q}
    records: )" + std::string(yaml) +
                                    "\n");
  REQUIRE(r.ok());
  return r.standard.rules.at(0).records;
}

TEST_CASE("which records count, in words") {
  CHECK(describe_records(records("visit"), vocab()) == "a visit");
  CHECK(describe_records(records("{type: visit, where: {visit_type: statutory, seen: Y}}"), vocab()) ==
        "a statutory visit where the child was seen");
  CHECK(describe_records(records("{type: visit, where: {seen: N}}"), vocab()) ==
        "a visit where the child was not seen");
  CHECK(describe_records(records("{type: visit, where: {seen: {not: [N]}}}"), vocab()) ==
        "a visit where the child was seen");
  CHECK(describe_records(records("{type: visit, where: {seen: Y, seen_alone: N}}"), vocab()) ==
        "a visit where the child was seen, but not alone");
  CHECK(describe_records(records("{type: visit, where: {seen_alone: Y, location: [home, placement]}}"), vocab()) ==
        "a visit where the child was seen alone at home or placement");
  CHECK(describe_records(records("{type: visit, where: {location: {not: virtual}, visit_type: {not: [pa, other]}}}"),
                         vocab()) == "a visit (any type but pa or other) (not virtual)");
  CHECK(describe_records(records("[icpc, rcpc, core_group]"), vocab()) ==
        "an initial child protection conference, a review child protection conference or a core group meeting");
}

TEST_CASE("scopes with tags, periods of other episode types, anchors on the case") {
  const ParseResult r = test::parse(std::string(test::kHead) + R"(
  - id: x
    title: X
    measure: visit
    kind: recurring
    scope: {episode: cin, per: period, tags: [disability_only, step_down], not_tags: external}
    records: visit
    anchor: allocation
    every: 12 weeks
    source: {section: S, quote: Q}
  - id: y
    title: Y
    measure: allocation
    kind: recurring
    scope: {case: open}
    records: supervision
    anchor: allocation
    every: 1 month
    source: {section: S, quote: Q}
)");
  REQUIRE(r.ok());
  CHECK(describe_requirement(r.standard.rules.at(0), vocab()) ==
        "A visit, at least every 12 weeks, counted from the first case allocated to a worker in each unbroken run of "
        "child in need plans tagged disability_only and step_down and not tagged external.");
  CHECK(describe_requirement(r.standard.rules.at(1), vocab()) ==
        "A case discussed in supervision, at least every month, counted from the first case allocated to a worker "
        "while the case is open.");
}

TEST_CASE("a case scope limited to the time episodes of some types are open") {
  const ParseResult r = test::parse(std::string(test::kHead) + R"(
  - id: x
    title: X
    measure: case_summary
    kind: recurring
    scope: {case: open, while: [cin, cp, cla, care_leaver, private_fostering]}
    records: case_summary
    every: 90 days
    source: {section: S, quote: Q}
  - id: y
    title: Y
    measure: allocation
    kind: recurring
    scope: {case: open, while: [cp, cin]}
    records: supervision
    anchor: allocation
    every: 1 month
    source: {section: S, quote: Q}
  - id: z
    title: Z
    measure: plan
    kind: deadline
    scope: {case: open, while: cla}
    records: care_plan
    trigger: start
    within: 5 days
    source: {section: S, quote: Q}
  - id: w
    title: W
    measure: closure
    kind: deadline
    scope: {case: open, while: cp}
    records: closure_summary
    trigger: end
    within: 5 days
    source: {section: S, quote: Q}
  - id: v
    title: V
    measure: recording
    kind: recording_lag
    scope: {case: open, while: cin}
    records: visit
    limit: 5 days
    source: {section: S, quote: Q}
)");
  REQUIRE(r.ok());
  CHECK(describe_requirement(r.standard.rules.at(0), vocab()) ==
        "A case summary recorded or updated, at least every 90 days, counted from the date the child became open to a "
        "child in need plan, a child protection plan, a looked-after placement, a care-leaver episode or a private "
        "fostering arrangement, while one is open.");
  CHECK(describe_requirement(r.standard.rules.at(1), vocab()) ==
        "A case discussed in supervision, at least every month, counted from the first case allocated to a worker "
        "while the child is open to a child in need plan or a child protection plan.");
  CHECK(describe_requirement(r.standard.rules.at(2), vocab()) ==
        "A care plan recorded within 5 days of the date the child became open to a looked-after placement.");
  CHECK(describe_requirement(r.standard.rules.at(3), vocab()) ==
        "A closure summary recorded within 5 days of the date the child stopped being open to a child protection "
        "plan.");
  CHECK(describe_requirement(r.standard.rules.at(4), vocab()) ==
        "Every visit while the child is open to a child in need plan written up within 5 days of its date.");
}

TEST_CASE("an interval per episode type open") {
  const ParseResult r = test::parse(std::string(test::kHead) + R"(
  - id: x
    title: X
    measure: supervision
    kind: recurring
    scope: {case: open, while: [cp, cin, cla, care_leaver]}
    records: supervision
    every_while_open: {cp: 1 month, cin: 2 months, cla: 2 months, care_leaver: 3 months}
    source: {section: S, quote: Q}
  - id: y
    title: Y
    measure: visit
    kind: recurring
    scope: {case: open, while: [cin, cp]}
    records: {type: visit, where: {seen: Y}}
    every_while_open: {cin: 28 working days, cp: 10 working days}
    anchor: allocation
    source: {section: S, quote: Q}
  - id: z
    title: Z
    measure: supervision
    kind: recurring
    scope: {case: open, while: cp}
    records: supervision
    every_while_open: {cp: 1 month}
    source: {section: S, quote: Q}
)");
  for (const std::string& e : r.errors) MESSAGE(e);
  REQUIRE(r.ok());
  CHECK(describe_requirement(r.standard.rules.at(0), vocab()) ==
        "A case discussed in supervision, at least every month while a child protection plan is open, every "
        "2 months while a child in need plan is open, every 2 months while a looked-after placement is open "
        "and every 3 months while a care-leaver episode is open, counted from the date the child became open "
        "to one of them; each interval counts from the previous one, at the interval of the episode open "
        "then (the one due first, when several are open) and only while that episode lasts, and an episode "
        "that starts brings its own first deadline.");
  CHECK(describe_requirement(r.standard.rules.at(1), vocab()) ==
        "A visit where the child was seen, at least every 28 working days while a child in need plan is open "
        "and every 10 working days while a child protection plan is open, counted from the first case "
        "allocated to a worker while one of them is open; each interval counts from the previous one, at the "
        "interval of the episode open then (the one due first, when several are open) and only while that "
        "episode lasts, and an episode that starts brings its own first deadline.");
  CHECK(describe_requirement(r.standard.rules.at(2), vocab()) ==
        "A case discussed in supervision, at least every month while a child protection plan is open, "
        "counted from the date the child became open to it; each interval counts from the previous one, at "
        "the interval of the episode open then (the one due first, when several are open) and only while "
        "that episode lasts, and an episode that starts brings its own first deadline.");
}

TEST_CASE("standards show: heading, then each rule with its sentence, measure, source and note, wrapped") {
  const ParseResult r = test::parse(R"(standard: t
authority: Test Council
document: Test practice standards
rules:
  - id: cp-visit
    title: Child protection visit every 10 working days
    measure: visit
    kind: recurring
    scope: {episode: cp}
    records: {type: visit, where: {visit_type: statutory, seen: Y}}
    every: 10 working days
    first: 1 week
    source:
      section: "3. Visits"
      quote: "Children on a child protection plan every 10 working days, and a long sentence to wrap at eighty columns"
    note: >
      A visit counts only when the child was seen.

      A second paragraph.
  - id: chronology
    title: Chronology
    measure: chronology
    kind: recurring
    scope: {case: open}
    records: chronology_update
    every: 3 months
    source: {section: "1. Chronologies", quote: "every three months"}
)");
  REQUIRE(r.ok());
  std::ostringstream out;
  describe_standard(r.standard, vocab(), out);
  CHECK(out.str() ==
        "t: Test Council\n"
        "Test practice standards\n"
        "2 rules, from t.yaml\n"
        "\n"
        "cp-visit: Child protection visit every 10 working days\n"
        "  A statutory visit where the child was seen, at least every 10 working days,\n"
        "  counted from the start of each child protection plan; the first within 1 week.\n"
        "  Measure: visit - a visit to the child\n"
        "  Source:  Test practice standards, section 3. Visits\n"
        "           \"Children on a child protection plan every 10 working days, and a\n"
        "            long sentence to wrap at eighty columns\"\n"
        "  Note:    A visit counts only when the child was seen.\n"
        "           A second paragraph.\n"
        "\n"
        "chronology: Chronology\n"
        "  A chronology updated, at least every 3 months, counted from the date the case\n"
        "  opened.\n"
        "  Measure: chronology - the chronology\n"
        "  Source:  Test practice standards, section 1. Chronologies\n"
        "           \"every three months\"\n");
}

TEST_CASE("standards show: a built-in says so, naming the file it was built from") {
  for (const std::string& name : builtin_standard_names()) {
    const Standard s = builtin_standard(name, vocab());
    std::ostringstream out;
    describe_standard(s, vocab(), out);
    const std::string third = "\n" + std::to_string(s.rules.size()) + " rules, built in (standards/" + name + ".yaml)\n";
    CHECK_MESSAGE(out.str().find(third) != std::string::npos, out.str().substr(0, 200));
  }
}

}  // namespace
}  // namespace ca
