// load_mapped: each feature of a mapping over a small export, and every row
// problem it can report, with the source file, line, column and exact words.
#include "mapping/mapping.h"

#include <doctest/doctest.h>

#include "../data/export.h"
#include "print.h"

#include <fmt/format.h>

namespace ca {
namespace {

using test::TempExport;
using Lines = std::vector<std::string>;

const Vocabulary& vocab() { return Vocabulary::builtin(); }
Date d(int y, int m, int day) { return Date::from_ymd(y, m, day); }

Mapping parse(const std::string& yaml) {
  Mapping m;
  const auto errors = parse_mapping(yaml, "local.yaml", vocab(), m);
  INFO((errors.empty() ? std::string() : errors[0]));
  REQUIRE(errors.empty());
  return m;
}

LoadResult load(const TempExport& e, const Mapping& m) {
  LoadResult r;
  const Status s = load_mapped(e.dir(), m, vocab(), r);
  INFO(s.message());
  REQUIRE(s.is_ok());
  return r;
}

std::string fatal(const TempExport& e, const Mapping& m) {
  LoadResult r;
  return e.shown(load_mapped(e.dir(), m, vocab(), r).message());
}

const std::string kLocal = R"(mapping: local
title: A local layout
blank: ['n/a']
lookups:
  plan_child: {file: plans.csv, key: plan, value: person}
files:
  cases:
    - file: people.csv
      columns: {case_id: ref, open_date: opened, team: team}
  episodes:
    - file: plans.csv
      columns:
        case_id: person
        episode_type: {column: kind, codes: {CPP: cp, CINP: cin}}
        start_date: from
        end_date: to
    - file: placements.csv
      columns:
        case_id: person
        episode_type: {value: cla}
        start_date: placed
        tags: [{column: kind, codes: {LT: long_term_match, STD: ''}}, {column: provider, codes: {IFA: external, LA: ''}}]
  visits:
    - file: visits.csv
      exclude: [{column: when, blank: true}]
      columns:
        case_id: person
        visit_date: when
        seen: {column: seen, codes: {Seen: Y, 'Not seen': N}}
        visit_type: {value: statutory}
  reviews:
    - file: meetings.csv
      exclude: [{column: status, in: [Cancelled], keep: [Held]}]
      columns:
        case_id: {column: plan, lookup: plan_child}
        review_type: {value: rcpc}
        review_date: held
  contacts:
    - file: assessments.csv
      records:
        - columns: {case_id: person, contact_type: {value: assessment_start}, contact_date: started}
        - exclude: [{column: signed, blank: true}]
          columns: {case_id: person, contact_type: {value: assessment_authorised}, contact_date: signed}
)";

void local_export(TempExport& e) {
  e.file("people.csv", "Ref,Opened,Team\nP1,2026-01-05,North\nP2,n/a,South\n");
  e.file("plans.csv", "Plan,Person,Kind,From,To\nK1,P1,CPP,2026-01-12,2026-03-20\nK2,P2,CINP,2026-02-09,n/a\n");
  e.file("placements.csv", "Person,Placed,Kind,Provider\nP2,2026-04-01,LT,IFA\nP2,2026-05-01,STD,LA\n");
  e.file("visits.csv", "Person,When,Seen\nP1,2026-01-20,Seen\nP1,,Seen\nP1,2026-01-30,Not seen\n");
  e.file("meetings.csv", "Plan,Held,Status\nK1,2026-01-12,Held\nK1,2026-04-09,Cancelled\n");
  e.file("assessments.csv", "Person,Started,Signed\nP1,2026-01-05,2026-01-09\nP2,2026-02-02,n/a\n");
}

TEST_CASE("each feature: sources, renames, fixed values, codes, tags in parts, exclusions, lookups, two records") {
  TempExport e;
  local_export(e);
  const LoadResult r = load(e, parse(kLocal));
  CHECK(e.issues(r) == Lines{});
  const Dataset& data = r.data;
  REQUIRE(data.size() == 2);
  CHECK(data.cases[0].id == "P1");
  CHECK(data.cases[0].open == d(2026, 1, 5));
  CHECK(data.name(data.cases[1].team) == "South");
  CHECK(data.cases[1].open == d(2026, 2, 9));  // "n/a" is blank: the earliest episode start

  const CaseView p2 = data.view(1);
  REQUIRE(p2.episodes.size() == 3);  // cin, then the two cla placements
  CHECK(vocab().episode_types()[p2.episodes[0].type].name == "cin");
  CHECK(p2.episodes[0].end == kOpenEnd);
  CHECK(p2.episodes[1].tags == ((TagMask{1} << *vocab().tag("long_term_match")) | (TagMask{1} << *vocab().tag("external"))));
  CHECK(p2.episodes[2].tags == 0);

  const CaseView p1 = data.view(0);
  std::vector<std::pair<std::string, Date>> records;
  for (const Record& rec : p1.records) records.emplace_back(vocab().record_types()[rec.type()].name, rec.date());
  CHECK(records == std::vector<std::pair<std::string, Date>>{{"assessment_start", d(2026, 1, 5)},
                                                              {"assessment_authorised", d(2026, 1, 9)},
                                                              {"rcpc", d(2026, 1, 12)},
                                                              {"visit", d(2026, 1, 20)},
                                                              {"visit", d(2026, 1, 30)}});
  // Each row names its own source file and line.
  const Record& rcpc = p1.records[2];
  const Located at = data.locate(InputFile::reviews, rcpc.line);
  CHECK(e.shown(std::string(at.path)) == "DIR/meetings.csv");
  CHECK(at.line == 2);
  const Located placement = data.locate(InputFile::episodes, p2.episodes[2].line);
  CHECK(e.shown(std::string(placement.path)) == "DIR/placements.csv");
  CHECK(placement.line == 3);

  // Files once each, rows counted once, the excluded counted.
  Lines paths;
  uint64_t excluded = 0;
  for (const FileStats& f : r.files) {
    paths.push_back(e.shown(f.path) + " " + std::to_string(f.rows_read));
    excluded += f.rows_excluded;
  }
  CHECK(paths == Lines{"DIR/plans.csv 2", "DIR/people.csv 2", "DIR/placements.csv 2", "DIR/visits.csv 3",
                       "DIR/meetings.csv 2", "DIR/assessments.csv 2"});
  CHECK(excluded == 2);  // the visit with no date, the cancelled meeting

  // The facts: what the layout can hold.
  CHECK(data.facts.layout == "local");
  CHECK(data.facts.record_types[*vocab().record_type("rcpc")]);
  CHECK(!data.facts.record_types[*vocab().record_type("icpc")]);
  CHECK(!data.facts.episode_types[*vocab().episode_type("early_help")]);
  CHECK(!(data.facts.columns[0] >> *vocab().field(RecordFile::visits, "location") & 1));
}

TEST_CASE("row problems name the source file, line, column and value") {
  TempExport e;
  local_export(e);
  e.file("plans.csv", "Plan,Person,Kind,From,To\nK1,P1,CPP,2026-01-12,2026-03-20\nK2,P2,PLAN,2026-02-09,\n"
                      "K3,P1,CINP,2026-31-01,\nK1,P2,CPP,2026-01-12,\n");
  e.file("visits.csv", "Person,When,Seen\nP1,2026-01-20,Maybe\nP9,2026-01-20,Seen\n");
  e.file("meetings.csv", "Plan,Held,Status\nK7,2026-01-12,Held\nK1,2026-02-12,Postponed\nK1,2026-03-12\n");
  const LoadResult r = load(e, parse(kLocal));
  CHECK(e.issues(r) ==
        Lines{"DIR/plans.csv:5:2: warning: person: 'P2' where line 2 gave 'P1' for plan 'K1'; lookup plan_child keeps "
              "line 2's",
              "DIR/plans.csv:3:3: kind: 'PLAN' is not listed in the local mapping",
              "DIR/plans.csv:4:4: from: not a date: '2026-31-01' (no month 31)",
              "DIR/visits.csv:2:3: seen: 'Maybe' is not listed in the local mapping",
              "DIR/visits.csv:3:1: person: 'P9' is not in the cases file",
              "DIR/meetings.csv:2:1: plan via plan_child: 'K7' is not a plan of DIR/plans.csv",
              "DIR/meetings.csv:3:3: status: 'Postponed' is not listed in the local mapping",
              "DIR/meetings.csv:4: 2 fields where the header has 3"});
}

TEST_CASE("every row is used, excluded or reported, once, however many sources read it") {
  TempExport e;
  e.file("people.csv", "ref\nA\n");
  // Line 2: both records; 3: the second excluded; 4: both excluded (a row no record used); 5: bad.
  e.file("asmt.csv", "who,start,done\nA,2026-01-05,2026-01-09\nA,2026-02-01,\nA,,\nA,2026-13-01,\n");
  // Read by two sources: line 2 used by both, 3 by the contacts only, 4 by neither (excluded once).
  e.file("leavers.csv", "who,review,contact\nA,2026-03-01,2026-03-02\nA,,2026-04-01\nA,,\n");
  const Mapping m = parse(R"(mapping: local
title: t
files:
  cases: [{file: people.csv, columns: {case_id: ref}}]
  reviews:
    - file: ./leavers.csv
      exclude: [{column: review, blank: true}]
      columns: {case_id: who, review_type: {value: pathway_review}, review_date: review}
  contacts:
    - file: asmt.csv
      records:
        - exclude: [{column: start, blank: true}]
          columns: {case_id: who, contact_type: {value: assessment_start}, contact_date: start}
        - exclude: [{column: done, blank: true}]
          columns: {case_id: who, contact_type: {value: assessment_authorised}, contact_date: done}
    - file: leavers.csv
      exclude: [{column: contact, blank: true}]
      columns: {case_id: who, contact_type: {value: pa_contact}, contact_date: contact}
)");
  const LoadResult r = load(e, m);
  CHECK(e.issues(r) == Lines{"DIR/asmt.csv:5:2: start: not a date: '2026-13-01' (no month 13)"});
  Lines counts;
  for (const FileStats& f : r.files)
    counts.push_back(fmt::format("{} read {} excluded {}", e.shown(f.path), f.rows_read, f.rows_excluded));
  CHECK(counts == Lines{"DIR/people.csv read 1 excluded 0", "DIR/leavers.csv read 3 excluded 1",
                        "DIR/asmt.csv read 4 excluded 1"});
  CHECK(r.data.records.size() == 6);  // 2 + 1 assessment records, a pathway review, 2 PA contacts
}

TEST_CASE("not_in keeps only the values listed") {
  TempExport e;
  e.file("people.csv", "ref\nA\nB\n");
  e.file("inv.csv", "who,worker,role,start\nA,W1,SW,2026-01-01\nA,W2,IRO,2026-02-01\nB,W3,,2026-01-01\n");
  const Mapping m = parse(R"(mapping: local
title: t
lookups:
  worker: {file: inv.csv, key: who, value: worker, take: latest, by: start, missing: blank,
           exclude: [{column: role, not_in: [SW]}]}
files:
  cases: [{file: people.csv, columns: {case_id: ref, worker: {column: ref, lookup: worker}}}]
)");
  const LoadResult r = load(e, m);
  CHECK(r.data.name(r.data.cases[0].worker) == "W1");  // the IRO started later but is not the allocated worker
  CHECK(r.data.cases[1].worker == 0);                  // a blank role is not SW
}

TEST_CASE("a source's file is found as the contract's are: a name differing in case is read and noted") {
  TempExport e;
  local_export(e);
  std::filesystem::rename(e.path("visits.csv"), e.path("Visits.CSV"));
  const LoadResult r = load(e, parse(kLocal));
  REQUIRE(r.notes.size() == 1);
  CHECK(e.shown(r.notes[0]) == "reading DIR/Visits.CSV as visits.csv");
  CHECK(r.data.view(0).records.size() == 5);
  std::filesystem::create_symlink(e.path("nowhere.csv"), e.path("visits.csv"));
  CHECK(fatal(e, parse(kLocal)) == "DIR: 2 files are named visits.csv but for case (Visits.CSV, visits.csv); keep "
                                   "one (the local mapping reads it)");
  std::filesystem::remove(e.path("Visits.CSV"));
  CHECK(fatal(e, parse(kLocal)) ==
        "DIR/visits.csv: a symbolic link to a file that does not exist (the local mapping reads it)");
}

TEST_CASE("fatal: a missing file or column names the file and the mapping") {
  TempExport e;
  local_export(e);
  e.file("visits.csv", "Person,Date,Seen\nP1,2026-01-20,Seen\n");
  CHECK(fatal(e, parse(kLocal)) == "DIR/visits.csv:1: missing required column 'when' (the local mapping reads it)");
  std::filesystem::remove(e.path("meetings.csv"));
  e.file("visits.csv", "Person,When,Seen\n");
  CHECK(fatal(e, parse(kLocal)) ==
        "DIR/meetings.csv: cannot open: No such file or directory (the local mapping reads it)");
}

TEST_CASE("lookups: take earliest, latest by a column, latest_end; missing blank and keep; an optional file") {
  TempExport e;
  e.file("people.csv", "ref\nA\nB\nC\n");
  e.file("referrals.csv", "who,date,closed\nA,2026-03-01,2026-03-10\nA,2026-01-05,2026-01-20\nB,2026-02-01,\n"
                          "B,2026-01-01,2026-01-15\n");
  e.file("allocations.csv", "who,worker,start,end\nA,W1,2026-01-05,2026-02-01\nA,W2,2026-02-02,\nA,W3,2026-01-10,\n");
  const Mapping m = parse(R"(mapping: local
title: t
lookups:
  opened: {file: referrals.csv, key: who, value: date, take: earliest, missing: blank}
  closed: {file: referrals.csv, key: who, value: closed, take: latest_end, missing: blank}
  worker: {file: allocations.csv, key: who, value: worker, take: latest, by: start, missing: blank,
           exclude: [{column: end, blank: false}]}
  name: {file: staff.csv, optional: true, key: id, value: name, missing: keep}
files:
  cases:
    - file: people.csv
      columns:
        case_id: ref
        open_date: {column: ref, lookup: opened}
        close_date: {column: ref, lookup: closed}
        worker: {column: ref, lookup: [worker, name]}
)");
  LoadResult r = load(e, m);
  CHECK(e.issues(r) == Lines{});
  const auto& c = r.data.cases;
  CHECK(c[0].open == d(2026, 1, 5));
  CHECK(c[0].close == d(2026, 3, 10));
  CHECK(r.data.name(c[0].worker) == "W2");  // open, and started last
  CHECK(c[1].open == d(2026, 1, 1));
  CHECK(c[1].close == kOpenEnd);  // one referral still open
  CHECK(c[2].open == kNoDate);    // none: blank
  CHECK(c[2].worker == 0);

  e.file("staff.csv", "id,name\nW2,Wendy Two\n");
  r = load(e, m);
  CHECK(r.data.name(r.data.cases[0].worker) == "Wendy Two");
}

TEST_CASE("an optional source that is absent gives nothing, and the facts say so") {
  TempExport e;
  e.file("people.csv", "ref\nA\n");
  const Mapping m = parse(R"(mapping: local
title: t
files:
  cases: [{file: people.csv, columns: {case_id: ref}}]
  episodes:
    - {file: eh.csv, optional: true, columns: {case_id: who, episode_type: {value: early_help}, start_date: s}}
    - {file: cp.csv, optional: true, columns: {case_id: who, episode_type: {value: cp}, start_date: s}}
)");
  e.file("cp.csv", "who,s\nA,2026-01-01\n");
  const LoadResult r = load(e, m);
  CHECK(r.data.facts.episodes_file);
  CHECK(!r.data.facts.episode_types[*vocab().episode_type("early_help")]);
  CHECK(r.data.facts.episode_types[*vocab().episode_type("cp")]);
  CHECK(mapping_facts(m, vocab()).episode_types[*vocab().episode_type("early_help")]);
}

}  // namespace
}  // namespace ca
