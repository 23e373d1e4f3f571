// load_export: files, headers, values, every row error with its exact message,
// sorting and grouping. (The builder's rules are those of data/builder.h.)
#include "data/load.h"

#include <doctest/doctest.h>
#include <sys/stat.h>

#include "export.h"

namespace ca {
using test::code_of;
using test::date_of;
using test::visit_code;
using test::yes_no_of;
namespace {

using test::TempExport;
using Lines = std::vector<std::string>;

const Vocabulary& vocab() { return Vocabulary::builtin(); }
Date d(int y, int m, int day) { return Date::from_ymd(y, m, day); }

TEST_CASE("files: cases.csv alone; absent optional files are no records") {
  TempExport e;
  e.file("cases.csv", "case_id\nC1\n");
  const LoadResult r = e.load();
  CHECK(r.data.size() == 1);
  CHECK(r.data.episodes.empty());
  CHECK(r.data.records.empty());
  CHECK(e.shown(r.files[0].path) == "DIR/cases.csv");
  for (size_t f = 1; f < 5; ++f) CHECK(r.files[f].path.empty());
  CHECK(r.files[0].rows_read == 1);
  CHECK(r.issues.empty());
}

TEST_CASE("files: fatal problems name the file") {
  TempExport e;
  CHECK(e.fatal() == "DIR/cases.csv: cannot open: No such file or directory");
  CHECK(e.fatal({}, false) == "no cases file: give DATA_DIR or --cases FILE");

  e.file("cases.csv", "case_id\nC1\n");
  InputSpec spec;
  spec.files[2] = e.path("nope.csv");  // named on the command line, so it must open
  CHECK(e.fatal(spec) == "DIR/nope.csv: cannot open: No such file or directory");

  InputSpec two;
  two.files[0] = "-";
  two.files[3] = "-";
  CHECK(e.fatal(two) == "--cases and --reviews both read standard input ('-'); at most one file can");

  std::filesystem::create_directory(e.path("visits.csv"));
  CHECK(e.fatal() == "DIR/visits.csv: not a regular file (a folder); give it with its own option to read it anyway");
}

TEST_CASE("files: none is skipped silently (a dangling link, a FIFO, a name that differs in case)") {
  TempExport e;
  e.file("cases.csv", "case_id\nC1\n");
  std::filesystem::create_symlink(e.path("gone.csv"), e.path("visits.csv"));
  CHECK(e.fatal() == "DIR/visits.csv: a symbolic link to a file that does not exist");
  std::filesystem::remove(e.path("visits.csv"));
  REQUIRE(mkfifo(e.path("reviews.csv").c_str(), 0600) == 0);  // would block until a writer came
  CHECK(e.fatal() == "DIR/reviews.csv: not a regular file (a FIFO); give it with its own option to read it anyway");
  std::filesystem::remove(e.path("reviews.csv"));

  e.file("Visits.csv", "case_id,visit_date\nC1,2026-01-05\n");
  const LoadResult r = e.load();
  CHECK(r.data.records.size() == 1);
  REQUIRE(r.notes.size() == 1);
  CHECK(e.shown(r.notes[0]) == "reading DIR/Visits.csv as visits.csv");
  CHECK(e.shown(r.files[2].path) == "DIR/Visits.csv");

  e.file("VISITS.CSV", "case_id,visit_date\n");
  CHECK(e.fatal() == "DIR: 2 files are named visits.csv but for case (VISITS.CSV, Visits.csv); keep one");
}

TEST_CASE("files: fatal problems inside an optional file stop the load") {
  TempExport e;
  e.file("cases.csv", "case_id\nC1\n");
  e.file("contacts.csv", "case_id,contact_type\nC1,referral\n");
  CHECK(e.fatal() == "DIR/contacts.csv:1: missing required column 'contact_date'");
  static const char kNul[] = "case_id,contact_type,contact_date\nC1,referral,2024-01-01\nC1\0";
  e.file("contacts.csv", std::string(kNul, sizeof kNul - 1));  // the NUL included, the terminator not
  CHECK(e.fatal() == "DIR/contacts.csv:3: binary data (NUL byte); is this a CSV export?");
  e.file("contacts.csv", "");
  CHECK(e.fatal() == "DIR/contacts.csv: empty file (no header row)");
  e.file("contacts.csv", "case_id,contact_type,contact_date,Contact_Type\n");
  CHECK(e.fatal() == "DIR/contacts.csv:1: column 'contact_type' appears twice");
}

TEST_CASE("files: each file may be given on its own, without DATA_DIR") {
  TempExport e;
  e.file("people.csv", "case_id\nC1\n");
  e.file("v.csv", "case_id,visit_date\nC1,2024-01-01\n");
  e.file("visits.csv", "this file is not read\n");
  InputSpec spec;
  spec.files[0] = e.path("people.csv");
  spec.files[2] = e.path("v.csv");
  LoadResult r;
  REQUIRE(load_export(spec, vocab(), r).is_ok());
  CHECK(e.shown(r.files[0].path) == "DIR/people.csv");
  CHECK(e.shown(r.files[2].path) == "DIR/v.csv");
  CHECK(r.data.records.size() == 1);
}

TEST_CASE("headers: any case, surrounding spaces, any order, extra columns ignored") {
  TempExport e;
  e.file("cases.csv", " Worker ,notes, CASE_ID ,Team\nAnn,x,C1,North\n");
  e.file("visits.csv", "Recorded_Date,extra,VISIT_DATE,case_id\n2024-01-03,?,2024-01-02,C1\n");
  const LoadResult r = e.load();
  REQUIRE(r.data.size() == 1);
  CHECK(r.data.cases[0].id == "C1");
  CHECK(r.data.names[r.data.cases[0].team] == "North");
  CHECK(r.data.names[r.data.cases[0].worker] == "Ann");
  REQUIRE(r.data.records.size() == 1);
  CHECK(r.data.records[0].date() == d(2024, 1, 2));
  CHECK(date_of(r.data.records[0], "recorded_date") == d(2024, 1, 3));
  CHECK(r.issues.empty());
}

TEST_CASE("dates: every accepted form") {
  TempExport e;
  e.file("cases.csv", "case_id\nC1\n");
  e.file("visits.csv",
         "case_id,visit_date\n"
         "C1,2024-03-05\n"
         "C1,05/03/2024\n"
         "C1,05-03-2024\n"
         "C1,2024-03-05T10:30\n"
         "C1,2024-03-05T10:30:59\n"
         "C1,2024-03-05 10:30:00.000\n"
         "C1,05/03/2024 10:30\n"
         "C1, 2024-03-05 \n");
  const LoadResult r = e.load();
  CHECK(r.issues.empty());
  REQUIRE(r.data.records.size() == 8);
  for (const Record& rec : r.data.records) CHECK(rec.date() == d(2024, 3, 5));
}

TEST_CASE("row errors: each class, its category and exact message, the row skipped") {
  TempExport e;
  e.file("cases.csv",
         "case_id,dob,open_date,close_date\n"
         "C1,2010-01-01,2020-01-01,\n"
         ",2010-01-01,,\n"                     // 3 missing case_id
         "C2,31/02/2010,,\n"                   // 4 bad dob
         "C3,,2020-05-01,2020-04-30\n"         // 5 close before open
         "C1,,,\n"                             // 6 duplicate
         "C4,,,,\n");                          // 7 field count
  e.file("episodes.csv",
         "case_id,episode_type,start_date,end_date,tags\n"
         "C1,cla,2024-01-01,,\n"
         "C9,cla,2024-01-01,,\n"               // 3 unknown case
         "C1,cpp,2024-01-01,,\n"               // 4 unknown type
         "C1,cp,,,\n"                          // 5 missing start
         "C1,cp,2024-02-01,2024-01-31,\n"      // 6 end before start
         "C1,cp,2024-01-01,2024/02/01,\n"      // 7 bad end date
         "C2,cin,2024-01-01,,\n"               // 8 its case row was skipped
         "C1,,2024-01-01,,\n");                // 9 missing type
  e.file("visits.csv",
         "case_id,visit_date,seen,seen_alone,location,visit_type,recorded_date\n"
         "C1,2024-01-05,Y,n,home,,2024-01-05\n"
         "C1,05/01/24,,,,,\n"                  // 3 two-digit year
         "C1,2024-01-05,maybe,,,,\n"           // 4 seen
         "C1,2024-01-05,,2,,,\n"               // 5 seen_alone
         "C1,2024-01-05,,,garden,,\n"          // 6 location
         "C1,2024-01-05,,,,phone,\n"           // 7 visit_type
         "C1,2024-01-05,,,,,yesterday\n"       // 8 recorded_date
         "C1,2024-01-05,Y,\"N\"x,,,\n"         // 9 stray quote
         "C1,2024-01-05\n");                   // 10 field count
  e.file("reviews.csv",
         "case_id,review_type,review_date,recorded_date\n"
         "C1,cla_review,2024-02-01,\n"
         "C1,cla review,2024-02-01,\n"         // 3 unknown review type
         "C1,cla_review,,\n");                 // 4 missing date
  e.file("contacts.csv",
         "case_id,contact_type,contact_date,recorded_date\n"
         "C1,supervision,2024-02-01,\n"
         "C1,visit,2024-02-01,\n");            // 3 unknown contact type
  const LoadResult r = e.load();
  CHECK(e.issues(r) ==
        Lines{
            "DIR/cases.csv:3:1: case_id: required value is blank",
            "DIR/cases.csv:4:2: dob: not a date: '31/02/2010' (no day 31 in February 2010)",
            "DIR/cases.csv:5:4: close_date: 2020-04-30 is before open_date 2020-05-01",
            "DIR/cases.csv:6:1: case_id: 'C1' appears again (first on line 2, which is kept)",
            "DIR/cases.csv:7: 5 fields where the header has 4",
            "DIR/episodes.csv:3:1: case_id: 'C9' is not in the cases file",
            "DIR/episodes.csv:4:2: episode_type: unknown value 'cpp' (expected early_help, cin, cp, cla, care_leaver, "
            "private_fostering, youth_justice, targeted_youth_support or placement_search)",
            "DIR/episodes.csv:5:3: start_date: required value is blank",
            "DIR/episodes.csv:6:4: end_date: 2024-01-31 is before start_date 2024-02-01",
            "DIR/episodes.csv:7:4: end_date: not a date: '2024/02/01' (expected YYYY-MM-DD, DD/MM/YYYY or DD-MM-YYYY)",
            "DIR/episodes.csv:8:1: case_id: 'C2' has no usable row in the cases file (line 4 was skipped)",
            "DIR/episodes.csv:9:2: episode_type: required value is blank",
            "DIR/visits.csv:3:2: visit_date: ambiguous date: '05/01/24' (two-digit year; use DD/MM/YYYY or YYYY-MM-DD)",
            "DIR/visits.csv:4:3: seen: 'maybe' is not Y or N (nor yes/no, true/false, 1/0)",
            "DIR/visits.csv:5:4: seen_alone: '2' is not Y or N (nor yes/no, true/false, 1/0)",
            "DIR/visits.csv:6:5: location: unknown value 'garden' (expected home, placement, office, school, virtual, "
            "other or unknown)",
            "DIR/visits.csv:7:6: visit_type: unknown value 'phone' (expected statutory, pa or other)",
            "DIR/visits.csv:8:7: recorded_date: not a date: 'yesterday' (expected YYYY-MM-DD, DD/MM/YYYY or "
            "DD-MM-YYYY)",
            "DIR/visits.csv:9:4: seen_alone: text after the closing quote of a quoted field",
            "DIR/visits.csv:10: 2 fields where the header has 7",
            "DIR/reviews.csv:3:2: review_type: unknown value 'cla review' (see review_types in standards/vocabulary.yaml)",
            "DIR/reviews.csv:4:3: review_date: required value is blank",
            "DIR/contacts.csv:3:2: contact_type: unknown value 'visit' (see contact_types in "
            "standards/vocabulary.yaml)",
        });
  std::vector<std::string> categories;
  for (const Issue& i : r.issues) {
    CHECK(i.severity == Severity::error);
    categories.push_back(i.category);
  }
  CHECK(categories == Lines{"missing value",        "bad date",           "end before start",   "duplicate case_id",
                            "wrong field count",    "unknown case_id",    "unknown episode_type", "missing value",
                            "end before start",     "bad date",           "unknown case_id",    "missing value",
                            "bad date",             "bad yes/no",         "bad yes/no",         "unknown location",
                            "unknown visit_type",   "bad date",           "stray quote",        "wrong field count",
                            "unknown review_type",  "missing value",      "unknown contact_type"});
  // Only the good rows are kept.
  CHECK(r.data.size() == 1);
  CHECK(r.data.episodes.size() == 1);
  CHECK(r.data.records.size() == 3);
  CHECK(r.files[0].rows_read == 6);
  CHECK(r.files[0].rows_skipped == 5);
  CHECK(r.files[1].rows_read == 8);
  CHECK(r.files[1].rows_skipped == 7);
  CHECK(r.files[2].rows_read == 9);
  CHECK(r.files[2].rows_skipped == 8);
  CHECK(r.files[3].rows_skipped == 2);
  CHECK(r.files[4].rows_skipped == 1);
}

TEST_CASE("row errors: the first problem in column order is the one reported") {
  TempExport e;
  e.file("cases.csv", "case_id\nC1\n");
  e.file("visits.csv", "seen,visit_date,case_id\nmaybe,nope,C9\nmaybe,nope,C1\n");
  const LoadResult r = e.load();
  CHECK(e.issues(r) == Lines{"DIR/visits.csv:2:3: case_id: 'C9' is not in the cases file",
                             "DIR/visits.csv:3:2: visit_date: not a date: 'nope' (expected YYYY-MM-DD, DD/MM/YYYY or "
                             "DD-MM-YYYY)"});
}

TEST_CASE("row errors: a stray quote in an ignored column still skips the row; messages name the column") {
  TempExport e;
  e.file("cases.csv", "case_id,Notes,\nC1,said \"hi\",\nC2,x,a\"b\n");
  const LoadResult r = e.load();
  CHECK(e.issues(r) ==
        Lines{"DIR/cases.csv:2:2: Notes: quote inside an unquoted field (quote the whole field, doubling the quote: "
              "\"a\"\"b\")",
              "DIR/cases.csv:3:3: column 3: quote inside an unquoted field (quote the whole field, doubling the "
              "quote: \"a\"\"b\")"});
  CHECK(r.data.size() == 0);
}

TEST_CASE("messages: user values are quoted, escaped and cut short") {
  TempExport e;
  e.file("cases.csv", "case_id\nC1\n");
  e.file("contacts.csv", "case_id,contact_type,contact_date\n\"C\n9\",x,2024-01-01\nC1,\"a\tb\",2024-01-01\nC1," +
                             std::string(70, 'z') + ",2024-01-01\n");
  const LoadResult r = e.load();
  CHECK(e.issues(r) ==
        Lines{"DIR/contacts.csv:2:1: case_id: 'C\\n9' is not in the cases file",
              "DIR/contacts.csv:4:2: contact_type: unknown value 'a\\tb' (see contact_types in "
              "standards/vocabulary.yaml)",
              "DIR/contacts.csv:5:2: contact_type: unknown value '" + std::string(60, 'z') +
                  "...' (see contact_types in standards/vocabulary.yaml)"});
}

TEST_CASE("warnings: the row is kept") {
  TempExport e;
  e.file("cases.csv", "case_id\nC1\n");
  e.file("episodes.csv", "case_id,episode_type,start_date,tags\nC1,cla,2024-01-01, settled ; bogus;;LONG_TERM_MATCH\n");
  e.file("visits.csv", "case_id,visit_date,recorded_date\nC1,2024-01-05,2024-01-04\nC1,2024-01-05,2024-01-05\n");
  e.file("reviews.csv", "case_id,review_type,review_date,recorded_date\nC1,cla_review,2024-02-01,2024-01-01\n");
  const LoadResult r = e.load();
  CHECK(e.issues(r) == Lines{"DIR/episodes.csv:2:4: warning: tags: unknown tag 'bogus' (ignored)",
                             "DIR/visits.csv:2:3: warning: recorded_date: 2024-01-04 is before visit_date 2024-01-05",
                             "DIR/reviews.csv:2:4: warning: recorded_date: 2024-01-01 is before review_date "
                             "2024-02-01"});
  for (const Issue& i : r.issues) CHECK(i.severity == Severity::warning);
  CHECK(r.issues[0].category == "unknown tag");
  CHECK(r.issues[1].category == "recorded before date");
  REQUIRE(r.data.episodes.size() == 1);
  const TagMask want = (TagMask{1} << *vocab().tag("settled")) | (TagMask{1} << *vocab().tag("long_term_match"));
  CHECK(r.data.episodes[0].tags == want);
  CHECK(r.data.records.size() == 3);
  CHECK(r.files[2].rows_skipped == 0);
}

TEST_CASE("values: trimmed; codes match in any case; yes/no forms; blank visit_type is statutory") {
  TempExport e;
  e.file("cases.csv", "case_id,team\n C1 , North \n");
  e.file("episodes.csv", "case_id,episode_type,start_date\nC1,CLA,2024-01-01\n");
  e.file("visits.csv",
         "case_id,visit_date,seen,seen_alone,location,visit_type\n"
         "C1,2024-01-01,Y,n,Home,\n"
         "C1,2024-01-02,yes,NO,placement,PA\n"
         "C1,2024-01-03,TRUE,false,,other\n"
         "C1,2024-01-04,1,0,,\n"
         "C1,2024-01-05,,,,\n");
  const LoadResult r = e.load();
  CHECK(r.issues.empty());
  CHECK(r.data.cases[0].id == "C1");
  CHECK(r.data.names[r.data.cases[0].team] == "North");
  CHECK(r.data.episodes[0].type == *vocab().episode_type("cla"));
  const auto& v = r.data.records;
  REQUIRE(v.size() == 5);
  const YesNo Y = YesNo::yes, N = YesNo::no, U = YesNo::unknown;
  CHECK((yes_no_of(v[0], "seen") == Y && yes_no_of(v[0], "seen_alone") == N && yes_no_of(v[1], "seen") == Y && yes_no_of(v[1], "seen_alone") == N));
  CHECK((yes_no_of(v[2], "seen") == Y && yes_no_of(v[2], "seen_alone") == N && yes_no_of(v[3], "seen") == Y && yes_no_of(v[3], "seen_alone") == N));
  CHECK((yes_no_of(v[4], "seen") == U && yes_no_of(v[4], "seen_alone") == U));
  CHECK(code_of(v[0], "location") == visit_code("location", "home"));
  CHECK(code_of(v[1], "location") == visit_code("location", "placement"));
  CHECK(code_of(v[2], "location") == visit_code("location", "unknown"));  // blank: unknown
  CHECK(code_of(v[0], "visit_type") == visit_code("visit_type", "statutory"));
  CHECK(code_of(v[1], "visit_type") == visit_code("visit_type", "pa"));
  CHECK(code_of(v[2], "visit_type") == visit_code("visit_type", "other"));
  CHECK(code_of(v[4], "visit_type") == visit_code("visit_type", "statutory"));
  for (const Record& rec : v) {
    CHECK(rec.type() == Vocabulary::kVisit);
    CHECK(date_of(rec, "recorded_date") == kNoDate);
  }
}

TEST_CASE("reviews and contacts carry their record type; no visit fields") {
  TempExport e;
  e.file("cases.csv", "case_id\nC1\n");
  e.file("reviews.csv", "case_id,review_type,review_date\nC1,rcpc,2024-02-01\n");
  e.file("contacts.csv", "case_id,contact_type,contact_date\nC1,supervision,2024-02-01\n");
  const LoadResult r = e.load();
  REQUIRE(r.data.records.size() == 2);
  CHECK(r.data.records[0].type() == *vocab().record_type("rcpc"));
  CHECK(r.data.records[1].type() == *vocab().record_type("supervision"));
  CHECK(vocab().file_of(r.data.records[0].type()) == RecordFile::reviews);
  CHECK(vocab().file_of(r.data.records[1].type()) == RecordFile::contacts);
  // No visit fields: each declared code field holds its blank default (service: social_care), the rest blank.
  for (const Record& rec : r.data.records) {
    const auto& fields = vocab().fields(vocab().file_of(rec.type()));
    std::array<uint8_t, kCodeSlots> expected{};
    for (const FieldDecl& f : fields)
      if (f.kind == FieldKind::yes_no || f.kind == FieldKind::choice) expected[f.slot] = f.blank;
    for (size_t slot = 0; slot < kCodeSlots; ++slot) CHECK(rec.code(slot) == expected[slot]);
  }
  CHECK(r.data.records[1].line == 2);
}

TEST_CASE("duplicate cases: the first is kept, later rows name its line") {
  TempExport e;
  e.file("cases.csv", "case_id,team\nC1,North\n\nC1,South\nC1,East\n");
  const LoadResult r = e.load();
  CHECK(e.issues(r) == Lines{"DIR/cases.csv:4:1: case_id: 'C1' appears again (first on line 2, which is kept)",
                             "DIR/cases.csv:5:1: case_id: 'C1' appears again (first on line 2, which is kept)"});
  REQUIRE(r.data.size() == 1);
  CHECK(r.data.names[r.data.cases[0].team] == "North");
  CHECK(r.data.cases[0].line == 2);
}

TEST_CASE("sorting and grouping") {
  TempExport e;
  e.file("cases.csv", "case_id,team\nC2,A\nC10,B\nC1,A\nc1,B\n");
  e.file("episodes.csv",
         "case_id,episode_type,start_date,end_date\n"
         "C1,cp,2024-03-01,\n"        // 2
         "C2,cla,2024-01-01,\n"       // 3
         "C1,cla,2024-05-01,\n"       // 4
         "C1,cla,2024-01-01,2024-02-01\n"   // 5
         "C1,cla,2024-01-01,2024-01-15\n"   // 6
         "C1,cla,2024-01-01,2024-01-15\n");  // 7
  e.file("visits.csv", "case_id,visit_date\nC1,2024-02-01\nC10,2024-01-01\nC1,2024-01-01\nC1,2024-02-01\n");
  e.file("contacts.csv", "case_id,contact_type,contact_date\nC1,supervision,2024-02-01\nC1,referral,2024-02-01\n");
  const LoadResult r = e.load();
  CHECK(r.issues.empty());
  const Dataset& ds = r.data;
  // Byte order: upper case before lower case, "C10" before "C2".
  REQUIRE(ds.size() == 4);
  CHECK(ds.cases[0].id == "C1");
  CHECK(ds.cases[1].id == "C10");
  CHECK(ds.cases[2].id == "C2");
  CHECK(ds.cases[3].id == "c1");
  CHECK(ds.episode_begin == std::vector<uint32_t>{0, 5, 5, 6, 6});
  CHECK(ds.record_begin == std::vector<uint32_t>{0, 5, 6, 6, 6});
  for (CaseIx c = 0; c < ds.size(); ++c) {
    for (const Episode& ep : ds.view(c).episodes) CHECK(ep.case_ix == c);
  }
  // Episodes of C1 by type (vocabulary order: cp before cla), start, end, line.
  std::vector<uint32_t> lines;
  for (const Episode& ep : ds.view(0).episodes) lines.push_back(ep.line);
  CHECK(lines == std::vector<uint32_t>{2, 6, 7, 5, 4});
  // Records of C1 by date, type (visit 0 first, then review, then contact types), line.
  std::vector<std::pair<std::string, uint32_t>> recs;
  for (const Record& rec : ds.view(0).records) recs.emplace_back(vocab().record_types()[rec.type()].name, rec.line);
  const std::vector<std::pair<std::string, uint32_t>> want = {
      {"visit", 4}, {"visit", 2}, {"visit", 5}, {"referral", 3}, {"supervision", 2}};
  CHECK(recs == want);
  // Team names interned once.
  CHECK(ds.names == std::vector<std::string>{"", "A", "B"});
  CHECK(ds.cases[0].team == ds.cases[2].team);
}

TEST_CASE("open date: open_date when given, else the earliest episode start, else none") {
  TempExport e;
  e.file("cases.csv", "case_id,open_date,close_date\nA,2023-06-01,\nB,,2024-12-31\nC,,\n");
  e.file("episodes.csv",
         "case_id,episode_type,start_date\nA,cp,2024-01-01\nB,cp,2024-03-01\nB,cla,2024-02-01\nB,cin,2024-04-01\n");
  const LoadResult r = e.load();
  CHECK(r.data.cases[0].open == d(2023, 6, 1));
  CHECK(r.data.cases[1].open == d(2024, 2, 1));
  CHECK(r.data.cases[1].close == d(2024, 12, 31));
  CHECK(r.data.cases[2].open == kNoDate);
  CHECK(r.data.cases[2].close == kOpenEnd);
  CHECK(r.data.cases[2].dob == kNoDate);
}

TEST_CASE("a case row without the optional columns; episodes with no end are open") {
  TempExport e;
  e.file("cases.csv", "case_id\nA\n");
  e.file("episodes.csv", "case_id,episode_type,start_date\nA,cp,2024-01-01\n");
  const LoadResult r = e.load();
  CHECK(r.data.cases[0].team == 0);
  CHECK(r.data.cases[0].worker == 0);
  CHECK(r.data.episodes[0].end == kOpenEnd);
  CHECK(r.data.episodes[0].tags == 0);
}

TEST_CASE("issues come in file order, then line order") {
  TempExport e;
  e.file("cases.csv", "case_id\nC1\n\"\"\n");
  e.file("visits.csv", "case_id,visit_date\nX,2024-01-01\nC1,2024-01-01\nY,2024-01-01\n");
  e.file("episodes.csv", "case_id,episode_type,start_date\nZ,cp,2024-01-01\n");
  const LoadResult r = e.load();
  CHECK(e.issues(r) == Lines{"DIR/cases.csv:3:1: case_id: required value is blank",
                             "DIR/episodes.csv:2:1: case_id: 'Z' is not in the cases file",
                             "DIR/visits.csv:2:1: case_id: 'X' is not in the cases file",
                             "DIR/visits.csv:4:1: case_id: 'Y' is not in the cases file"});
}

}  // namespace
}  // namespace ca
