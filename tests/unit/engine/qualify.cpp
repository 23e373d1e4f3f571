// Which records qualify: types and filters; a blank filtered field never does.
#include "fixture.h"

namespace ca::test {
namespace {

// CP visits every 10 working days from Mon 2024-01-08 (due 2024-01-22); only
// the visit of Wed 01-17 qualifies in each case below, so the next falls due
// Wed 01-17 + 10 working days = Wed 2024-01-31.
constexpr const char* kMet17 = "cp met anchor 2024-01-08 due 2024-01-22 met 2024-01-17";
constexpr const char* kNext = "cp pending anchor 2024-01-17 due 2024-01-31 met -";

std::string visits(std::vector<Filter> filters, CaseBuilder& c) {
  return run(recurring(episode_scope("cp"), of({"visit"}, std::move(filters)), working_days(10)), c, "2024-01-20");
}

TEST_CASE("filters: seen = Y; not seen and blank do not qualify") {
  CaseBuilder c;
  c.episode("cp", "2024-01-08")
      .visit("2024-01-10", {.seen = YesNo::no})
      .visit("2024-01-12", {.seen = YesNo::unknown})
      .visit("2024-01-17", {.seen = YesNo::yes});
  CHECK(visits({seen_is(YesNo::yes)}, c) == lines({kMet17, kNext}));
}

TEST_CASE("filters: a blank field fails a negated filter too") {
  CaseBuilder c;  // seen not N: the blank one of 01-12 still does not qualify
  c.episode("cp", "2024-01-08")
      .visit("2024-01-10", {.seen = YesNo::no})
      .visit("2024-01-12", {.seen = YesNo::unknown})
      .visit("2024-01-17", {.seen = YesNo::yes});
  CHECK(visits({seen_is(YesNo::no, true)}, c) == lines({kMet17, kNext}));
}

TEST_CASE("filters: location not virtual; blank location does not qualify") {
  CaseBuilder c;
  c.episode("cp", "2024-01-08")
      .visit("2024-01-10", {.location = "virtual"})
      .visit("2024-01-12", {.location = nullptr})
      .visit("2024-01-17", {.location = "school"});
  CHECK(visits({location_in({"virtual"}, true)}, c) == lines({kMet17, kNext}));
}

TEST_CASE("filters: seen alone at home or placement (every filter must pass)") {
  CaseBuilder c;
  c.episode("cp", "2024-01-08")
      .visit("2024-01-09", {.seen_alone = YesNo::yes, .location = "school"})
      .visit("2024-01-10", {.seen_alone = YesNo::no, .location = "home"})
      .visit("2024-01-12", {.seen = YesNo::yes, .seen_alone = YesNo::unknown, .location = "home"})
      .visit("2024-01-15", {.seen = YesNo::no, .seen_alone = YesNo::yes, .location = "home"})
      .visit("2024-01-17", {.seen_alone = YesNo::yes, .location = "placement"});
  CHECK(visits({seen_is(YesNo::yes), seen_alone_is(YesNo::yes), location_in({"home", "placement"})}, c) ==
        lines({kMet17, kNext}));
}

TEST_CASE("filters: visit type") {
  CaseBuilder c;
  c.episode("cp", "2024-01-08")
      .visit("2024-01-10", {.visit_type = "pa"})
      .visit("2024-01-12", {.visit_type = "other"})
      .visit("2024-01-17", {.visit_type = "statutory"});
  CHECK(visits({visit_type_is("statutory")}, c) == lines({kMet17, kNext}));
}

TEST_CASE("types: any of several; other types do not count") {
  CaseBuilder c;
  c.episode("cp", "2024-01-08")
      .record("case_note", "2024-01-10")
      .record("assessment_start", "2024-01-12")
      .record("assessment_authorised", "2024-01-17");
  const Rule rule = recurring(episode_scope("cp"), of({"assessment_completed", "assessment_authorised"}),
                              working_days(10));
  CHECK(run(rule, c, "2024-01-20") == lines({kMet17, kNext}));
}

}  // namespace
}  // namespace ca::test
