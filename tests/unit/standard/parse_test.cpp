// A good standard read into the model: every kind and option of every-kind.yaml.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "helpers.h"

namespace ca {
namespace {

const Vocabulary& vocab() { return Vocabulary::builtin(); }

const Standard& every_kind() {
  static const Standard s = [] {
    std::ifstream in(test::fixture_path("every-kind.yaml"));
    std::ostringstream text;
    text << in.rdbuf();
    ParseResult r = parse_standard(text.str(), "tests/data/standards/every-kind.yaml", vocab());
    for (const std::string& e : r.errors) MESSAGE(e);
    REQUIRE(r.ok());
    return r.standard;
  }();
  return s;
}

const Rule& rule(std::string_view id) {
  for (const Rule& r : every_kind().rules)
    if (r.id == id) return r;
  FAIL("no rule ", id);
  static const Rule none;
  return none;
}

TypeId type(std::string_view name) { return *vocab().record_type(name); }
EpisodeTypeId episode(std::string_view name) { return *vocab().episode_type(name); }
TagMask tag(std::string_view name) { return TagMask{1} << *vocab().tag(name); }

void check_duration(const Duration& d, int count, Unit unit, std::string_view text) {
  CHECK(d.count == count);
  CHECK(d.unit == unit);
  CHECK(d.text == text);
}

TEST_CASE("the standard's own fields") {
  const Standard& s = every_kind();
  CHECK(s.name == "every-kind");
  CHECK(s.authority == "caseaudit test fixture");
  CHECK(s.document == "caseaudit fixture: every kind of rule");
  CHECK(s.origin == "tests/data/standards/every-kind.yaml");
  CHECK(s.rules.size() == 17);
  CHECK(s.rules.front().id == "cp-visit");
  CHECK(s.rules.front().line == 10);
}

TEST_CASE("recurring with every, filters resolved to vocabulary ids, source") {
  const Rule& r = rule("cp-visit");
  CHECK(r.kind == Kind::recurring);
  CHECK(r.title == "Child protection visit, seen at home and alone, every 10 working days");
  CHECK(r.measure == *vocab().measure("visit"));
  CHECK(r.scope.level == Level::episode);
  CHECK(r.scope.episode_type == episode("cp"));
  CHECK(r.scope.tags_all == 0);
  REQUIRE(r.records.types.size() == 1);
  CHECK(r.records.types[0] == Vocabulary::kVisit);
  REQUIRE(r.records.filters.size() == 3);
  CHECK(r.records.filters[0].field == "seen");
  CHECK(r.records.filters[0].values == std::vector<uint8_t>{kCodeYes});
  CHECK(r.records.filters[1].field == "seen_alone");
  CHECK(r.records.filters[2].field == "location");
  CHECK(r.records.filters[2].values == std::vector<uint8_t>{test::value_code("location", "home")});
  CHECK_FALSE(r.records.filters[2].negate);
  REQUIRE(r.schedule.size() == 1);
  check_duration(r.schedule[0], 10, Unit::working_days, "10 working days");
  CHECK(r.phases.empty());
  CHECK_FALSE(r.first);
  CHECK_FALSE(r.anchor);
  CHECK(r.source.section == "Wakefield, Child Protection: Visits");
  CHECK(r.source.quote.starts_with("The child/young person must be seen at home and alone"));
  CHECK(r.note.empty());
}

TEST_CASE("recurring with an anchor and a first interval") {
  const Rule& r = rule("cp-core-group");
  REQUIRE(r.anchor);
  CHECK(r.anchor->types == std::vector<TypeId>{type("icpc")});
  REQUIRE(r.first);
  check_duration(*r.first, 10, Unit::working_days, "10 working days");
  check_duration(r.schedule.at(0), 4, Unit::weeks, "4 weeks");
  CHECK(r.note.starts_with("The document does not say what the 10 working days run from;"));
}

TEST_CASE("recurring with a schedule, per period of care") {
  const Rule& r = rule("cla-review");
  CHECK(r.scope.level == Level::period);
  CHECK(r.scope.episode_type == episode("cla"));
  REQUIRE(r.schedule.size() == 3);
  check_duration(r.schedule[0], 20, Unit::working_days, "20 working days");
  check_duration(r.schedule[1], 3, Unit::months, "3 months");
  check_duration(r.schedule[2], 6, Unit::months, "6 months");
  CHECK(rule("cp-review").anchor->types == std::vector<TypeId>{type("icpc")});
}

TEST_CASE("phases ending at a record, and at a time after the anchor") {
  const Rule& visit = rule("cla-visit");
  CHECK(visit.scope.tags_none == tag("long_term_match"));
  check_duration(*visit.first, 3, Unit::days, "72 hours");
  REQUIRE(visit.phases.size() == 2);
  check_duration(visit.phases[0].every, 1, Unit::weeks, "1 week");
  REQUIRE(visit.phases[0].until_record);
  CHECK(visit.phases[0].until_record->types == std::vector<TypeId>{type("cla_review")});
  CHECK_FALSE(visit.phases[0].until);
  CHECK_FALSE(visit.phases[1].until);
  CHECK_FALSE(visit.phases[1].until_record);

  const Rule& long_term = rule("cla-visit-long-term");
  CHECK(long_term.scope.tags_all == tag("long_term_match"));
  REQUIRE(long_term.phases.size() == 3);
  REQUIRE(long_term.phases[1].until);
  check_duration(*long_term.phases[1].until, 12, Unit::months, "1 year");
  check_duration(long_term.phases[2].every, 3, Unit::months, "3 months");
  CHECK(long_term.schedule.empty());
}

TEST_CASE("recurring on the case") {
  const Rule& r = rule("chronology");
  CHECK(r.scope.level == Level::case_open);
  CHECK(r.records.types == std::vector<TypeId>{type("chronology_update")});
}

TEST_CASE("deadlines: record, start and end triggers, a filtered trigger") {
  const Rule& icpc = rule("icpc-timescale");
  CHECK(icpc.kind == Kind::deadline);
  CHECK(icpc.trigger.kind == TriggerKind::record);
  CHECK(icpc.trigger.record.types == std::vector<TypeId>{type("strategy")});
  check_duration(icpc.within, 15, Unit::working_days, "15 working days");

  CHECK(rule("assessment").records.types == std::vector<TypeId>{type("assessment_completed")});
  CHECK(rule("cp-plan").trigger.kind == TriggerKind::start);
  check_duration(rule("cp-plan").within, 1, Unit::working_days, "1 working day");
  CHECK(rule("early-help-closing-summary").trigger.kind == TriggerKind::end);

  const Rule& not_seen = rule("cp-visit-not-seen");
  CHECK(not_seen.measure == *vocab().measure("visit_followup"));
  REQUIRE(not_seen.trigger.record.filters.size() == 1);
  CHECK(not_seen.trigger.record.filters[0].field == "seen");
  CHECK(not_seen.trigger.record.filters[0].values == std::vector<uint8_t>{1});  // YesNo::no
  check_duration(not_seen.within, 2, Unit::days, "48 hours");
}

TEST_CASE("lead time") {
  const Rule& r = rule("cin-plan-before-meeting");
  CHECK(r.kind == Kind::lead_time);
  CHECK(r.trigger.kind == TriggerKind::record);
  CHECK(r.trigger.record.types == std::vector<TypeId>{type("cin_review")});
  check_duration(r.before, 5, Unit::days, "5 days");
}

TEST_CASE("recording lag with a shorter limit while an episode is open") {
  const Rule& r = rule("visit-recording");
  CHECK(r.kind == Kind::recording_lag);
  check_duration(r.limit, 5, Unit::days, "5 days");
  REQUIRE(r.limit_when_open.size() == 1);
  CHECK(r.limit_when_open[0].episode_type == episode("cp"));
  check_duration(r.limit_when_open[0].limit, 2, Unit::days, "2 days");
}

TEST_CASE("age rules on an episode and on a period of care") {
  const Rule& pa = rule("pa-allocated");
  CHECK(pa.kind == Kind::age);
  check_duration(pa.at_age, 186, Unit::months, "15 years 6 months");
  CHECK(pa.scope.level == Level::episode);
  const Rule& plan = rule("pathway-plan");
  check_duration(plan.at_age, 189, Unit::months, "15 years 9 months");
  CHECK(plan.scope.level == Level::period);
}

TEST_CASE("a short document: any of several types, a negated filter, visit types, several tags") {
  const ParseResult r = test::parse(std::string(test::kHead) + R"(
  - id: x
    title: X
    measure: review
    kind: recurring
    scope: {episode: cla, tags: [settled, external], not_tags: reg24}
    records: [cla_review, pathway_review]
    every: 6 months
    source: {section: S, quote: Q}
  - id: "2"
    title: Y
    measure: visit
    kind: deadline
    scope: {episode: cin}
    records: {type: [visit], where: {location: {not: [virtual, office]}, visit_type: [statutory, pa]}}
    trigger: start
    within: 0 working days
    source: {section: S, quote: Q}
)");
  REQUIRE(r.ok());
  const Rule& x = r.standard.rules.at(0);
  CHECK(x.scope.tags_all == (tag("settled") | tag("external")));
  CHECK(x.scope.tags_none == tag("reg24"));
  CHECK(x.records.types == std::vector<TypeId>{type("cla_review"), type("pathway_review")});
  CHECK(x.line == 6);
  const Rule& y = r.standard.rules.at(1);
  CHECK(y.id == "2");
  REQUIRE(y.records.filters.size() == 2);
  CHECK(y.records.filters[0].negate);
  CHECK(y.records.filters[0].values == std::vector<uint8_t>{test::value_code("location", "virtual"), test::value_code("location", "office")});
  CHECK(y.records.filters[1].field == "visit_type");
  CHECK(y.records.filters[1].values ==
        std::vector<uint8_t>{test::value_code("visit_type", "statutory"), test::value_code("visit_type", "pa")});
  CHECK(y.within.count == 0);
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
    measure: case_summary
    kind: recurring
    scope: {case: open, while: cp}
    records: case_summary
    every: 90 days
    source: {section: S, quote: Q}
)");
  for (const std::string& e : r.errors) MESSAGE(e);
  REQUIRE(r.ok());
  const auto bit = [](const char* name) { return EpisodeTypeMask{1} << episode(name); };
  const Rule& x = r.standard.rules.at(0);
  CHECK(x.scope.level == Level::case_open);
  CHECK(x.scope.while_types ==
        (bit("cin") | bit("cp") | bit("cla") | bit("care_leaver") | bit("private_fostering")));
  CHECK((x.scope.while_types & bit("early_help")) == 0);
  CHECK(r.standard.rules.at(1).scope.while_types == bit("cp"));
  CHECK(rule("chronology").scope.while_types == 0);  // {case: open}: the whole case
}

TEST_CASE("recurring with an interval per episode type open, in the order written") {
  const ParseResult r = test::parse(std::string(test::kHead) + R"(
  - id: supervision
    title: Case discussed in supervision
    measure: supervision
    kind: recurring
    scope: {case: open, while: [cp, cin, cla, care_leaver]}
    records: supervision
    every_while_open: {cp: 1 month, cin: 2 months, cla: 8 weeks, care_leaver: 3 months}
    anchor: allocation
    source: {section: S, quote: Q}
)");
  for (const std::string& e : r.errors) MESSAGE(e);
  REQUIRE(r.ok());
  const Rule& x = r.standard.rules.at(0);
  CHECK(x.kind == Kind::recurring);
  REQUIRE(x.every_while_open.size() == 4);
  CHECK(x.every_while_open[0].episode_type == episode("cp"));
  check_duration(x.every_while_open[0].every, 1, Unit::months, "1 month");
  CHECK(x.every_while_open[1].episode_type == episode("cin"));
  check_duration(x.every_while_open[1].every, 2, Unit::months, "2 months");
  CHECK(x.every_while_open[2].episode_type == episode("cla"));
  check_duration(x.every_while_open[2].every, 8, Unit::weeks, "8 weeks");
  CHECK(x.every_while_open[3].episode_type == episode("care_leaver"));
  check_duration(x.every_while_open[3].every, 3, Unit::months, "3 months");
  CHECK(x.schedule.empty());
  CHECK(x.phases.empty());
  CHECK_FALSE(x.first);
  REQUIRE(x.anchor);
  CHECK(x.anchor->types == std::vector<TypeId>{type("allocation")});
  CHECK(rule("chronology").every_while_open.empty());
}

TEST_CASE("a file not named NAME.yaml may have any standard name") {
  const ParseResult r = parse_standard(std::string(test::kHead) + R"(
  - id: x
    title: X
    measure: chronology
    kind: recurring
    scope: {case: open}
    records: chronology_update
    every: 3 months
    source: {section: S, quote: Q}
)",
                                       "<stdin>", vocab());
  CHECK(r.ok());
  CHECK(r.standard.name == "t");
}

}  // namespace
}  // namespace ca
