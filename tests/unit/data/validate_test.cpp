// check_dataset and sort_issues: the whole-export warnings of `validate`.
#include "data/validate.h"

#include <doctest/doctest.h>

#include "export.h"

namespace ca {
namespace {

using test::TempExport;
using Lines = std::vector<std::string>;

// The dataset warnings of an export, sorted, as printed.
Lines checks(TempExport& e) {
  const LoadResult r = e.load();
  std::vector<Issue> issues;
  check_dataset(r, Vocabulary::builtin(), issues);
  sort_issues(issues, r.files);
  for (const Issue& i : issues) CHECK(i.severity == Severity::warning);
  LoadResult shown;
  shown.issues = issues;
  return e.issues(shown);
}

TEST_CASE("overlapping placements, and overlapping episodes of other types") {
  TempExport e;
  e.file("cases.csv", "case_id\nC1\nC2\n");
  e.file("episodes.csv",
         "case_id,episode_type,start_date,end_date\n"
         "C1,cla,2024-01-01,2024-03-01\n"   // 2
         "C1,cla,2024-03-01,2024-05-01\n"   // 3 a move on the day: no overlap
         "C1,cla,2024-04-15,\n"             // 4 overlaps line 3
         "C1,cla,2024-06-01,2024-07-01\n"   // 5 overlaps line 4 (still open)
         "C1,cp,2024-01-01,2024-12-31\n"    // 6
         "C1,cin,2024-02-01,2024-02-10\n"   // 7 another type: no overlap
         "C1,cp,2024-02-01,2024-03-01\n"    // 8 inside line 6
         "C1,cp,2024-04-01,2024-05-01\n"    // 9 also inside line 6 (the one ending last)
         "C2,cla,2024-01-01,2024-01-01\n"   // 10 one-day placement
         "C2,cla,2024-01-01,2024-02-01\n");  // 11 starts on its day: not an overlap
  CHECK(checks(e) ==
        Lines{"DIR/episodes.csv:4: warning: cla placement overlaps the one on line 3 (2024-03-01 to 2024-05-01)",
              "DIR/episodes.csv:5: warning: cla placement overlaps the one on line 4 (2024-04-15, still open)",
              "DIR/episodes.csv:8: warning: cp episode overlaps the one on line 6 (2024-01-01 to 2024-12-31)",
              "DIR/episodes.csv:9: warning: cp episode overlaps the one on line 6 (2024-01-01 to 2024-12-31)"});
}

TEST_CASE("duplicate episodes") {
  TempExport e;
  e.file("cases.csv", "case_id\nC1\n");
  e.file("episodes.csv",
         "case_id,episode_type,start_date,end_date,tags\n"
         "C1,cp,2024-01-01,2024-02-01,\n"
         "C1,cp,2024-01-01,2024-02-01,\n"
         "C1,cla,2024-01-01,,settled\n"
         "C1,cla,2024-01-01,,external\n");  // tags differ: an overlap, not a duplicate
  CHECK(checks(e) == Lines{"DIR/episodes.csv:3: warning: same cp episode as line 2 (2024-01-01 to 2024-02-01)",
                           "DIR/episodes.csv:5: warning: cla placement overlaps the one on line 4 (2024-01-01, still "
                           "open)"});
}

TEST_CASE("episodes ending after the case closed") {
  TempExport e;
  e.file("cases.csv", "case_id,close_date\nC1,2024-06-30\nC2,\n");
  e.file("episodes.csv",
         "case_id,episode_type,start_date,end_date\n"
         "C1,cp,2024-01-01,2024-06-30\n"
         "C1,cin,2024-01-01,2024-07-01\n"
         "C1,cla,2024-01-01,\n"
         "C2,cla,2024-01-01,\n");
  CHECK(checks(e) == Lines{"DIR/episodes.csv:3: warning: cin episode ends 2024-07-01, after case 'C1' closed on "
                           "2024-06-30",
                           "DIR/episodes.csv:4: warning: cla placement has no end date but case 'C1' closed on "
                           "2024-06-30"});
}

TEST_CASE("visits and reviews outside every episode; contacts, strategy and icpc are not checked") {
  TempExport e;
  e.file("cases.csv", "case_id\nC1\nC2\n");
  e.file("episodes.csv",
         "case_id,episode_type,start_date,end_date\nC1,cp,2024-01-10,2024-01-20\nC1,cin,2024-03-01,\n");
  e.file("visits.csv",
         "case_id,visit_date\nC1,2024-01-10\nC1,2024-01-20\nC1,2024-01-21\nC1,2024-03-01\nC1,2024-01-09\n"
         "C2,2024-01-01\n");
  e.file("reviews.csv",
         "case_id,review_type,review_date\nC1,strategy,2024-01-01\nC1,icpc,2024-01-02\nC1,rcpc,2024-02-01\n");
  e.file("contacts.csv", "case_id,contact_type,contact_date\nC1,referral,2023-01-01\n");
  CHECK(checks(e) ==
        Lines{"DIR/visits.csv:4: warning: visit on 2024-01-21 is outside every episode of case 'C1'",
              "DIR/visits.csv:6: warning: visit on 2024-01-09 is outside every episode of case 'C1'",
              "DIR/visits.csv:7: warning: visit on 2024-01-01 is outside every episode of case 'C2' (the case has no "
              "episodes)",
              "DIR/reviews.csv:4: warning: rcpc on 2024-02-01 is outside every episode of case 'C1'"});
}

TEST_CASE("no episodes file: records are not checked against episodes") {
  TempExport e;
  e.file("cases.csv", "case_id\nC1\n");
  e.file("visits.csv", "case_id,visit_date\nC1,2024-01-10\n");
  CHECK(checks(e).empty());
}

TEST_CASE("exact duplicate records") {
  TempExport e;
  e.file("cases.csv", "case_id\nC1\nC2\n");
  e.file("visits.csv",
         "case_id,visit_date,seen,location\n"
         "C1,2024-01-10,Y,home\n"      // 2
         "C1,2024-01-10,N,home\n"      // 3 differs
         "C1,2024-01-10,Y,home\n"      // 4 same as 2
         "C2,2024-01-10,Y,home\n"      // 5 another case
         "C1,10/01/2024,Y,home\n");    // 6 same as 2, written another way
  e.file("contacts.csv",
         "case_id,contact_type,contact_date,recorded_date\n"
         "C1,supervision,2024-01-10,2024-01-11\n"
         "C1,supervision,2024-01-10,2024-01-12\n"
         "C1,supervision,2024-01-10,2024-01-11\n");
  CHECK(checks(e) == Lines{"DIR/visits.csv:4: warning: same visit as line 2 (on 2024-01-10, same details)",
                           "DIR/visits.csv:6: warning: same visit as line 2 (on 2024-01-10, same details)",
                           "DIR/contacts.csv:4: warning: same supervision as line 2 (on 2024-01-10, same details)"});
}

TEST_CASE("exact duplicate records in a long run of one date and type") {
  // 40 case notes on one day, recorded on 40 different days, so none is a
  // duplicate, then three repeats: the check must name the FIRST line with the
  // same details even past the point where it stops scanning and hashes.
  TempExport e;
  e.file("cases.csv", "case_id\nC1\n");
  std::string notes = "case_id,contact_type,contact_date,recorded_date\n";
  for (int day = 1; day <= 40; ++day)  // lines 2..41: recorded 2024-02-01 + day - 1
    notes += "C1,case_note,2024-01-10," + Date::from_ymd(2024, 2, day <= 29 ? day : 29).iso() + "\n";
  notes += "C1,case_note,2024-01-10,2024-02-05\n";  // 42: same as line 6 (recorded 2024-02-05)
  notes += "C1,case_note,2024-01-10,2024-02-29\n";  // 43: same as line 30, the first recorded 2024-02-29
  notes += "C1,case_note,2024-01-10,2024-03-01\n";  // 44: new
  e.file("contacts.csv", notes);
  Lines want;
  for (int line = 31; line <= 41; ++line)  // days 30..40 were all recorded 2024-02-29, like line 30
    want.push_back("DIR/contacts.csv:" + std::to_string(line) +
                   ": warning: same case_note as line 30 (on 2024-01-10, same details)");
  want.push_back("DIR/contacts.csv:42: warning: same case_note as line 6 (on 2024-01-10, same details)");
  want.push_back("DIR/contacts.csv:43: warning: same case_note as line 30 (on 2024-01-10, same details)");
  CHECK(checks(e) == want);
}

TEST_CASE("categories") {
  TempExport e;
  e.file("cases.csv", "case_id,close_date\nC1,2024-01-05\n");
  e.file("episodes.csv", "case_id,episode_type,start_date,end_date\nC1,cp,2024-01-01,\nC1,cp,2024-01-01,\n");
  e.file("visits.csv", "case_id,visit_date\nC1,2023-01-01\n");
  const LoadResult r = e.load();
  std::vector<Issue> issues;
  check_dataset(r, Vocabulary::builtin(), issues);
  sort_issues(issues, r.files);
  Lines cats;
  for (const Issue& i : issues) cats.push_back(i.category);
  CHECK(cats == Lines{"episode after close", "episode after close", "duplicate episode", "outside episodes"});
}

TEST_CASE("sort_issues: by file in input order, then line, then column; ties keep their order") {
  std::array<FileStats, 5> files;
  files[0].path = "c.csv";
  files[2].path = "a.csv";
  files[4].path = "b.csv";
  std::vector<Issue> issues = {
      {"b.csv", 1, 0, Severity::error, "x", "1"}, {"a.csv", 5, 2, Severity::error, "x", "2"},
      {"a.csv", 5, 0, Severity::warning, "x", "3"}, {"c.csv", 9, 0, Severity::error, "x", "4"},
      {"a.csv", 2, 0, Severity::error, "x", "5"},   {"a.csv", 5, 0, Severity::warning, "x", "6"},
  };
  sort_issues(issues, files);
  std::string order;
  for (const Issue& i : issues) order += i.message;
  CHECK(order == "453621");
}

}  // namespace
}  // namespace ca
