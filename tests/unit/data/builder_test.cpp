// DatasetBuilder fed canonical rows directly: the seam a mapping (--map) will
// use, with its own source files, lines and field positions.
#include "data/builder.h"
#include "data/record_chunks.h"

#include <algorithm>

#include <doctest/doctest.h>
#include <fmt/format.h>

namespace ca {
namespace {

CanonicalRow row(InputFile file, const std::string& source, uint32_t line,
                 std::initializer_list<std::pair<uint8_t, std::string_view>> values) {
  CanonicalRow r;
  r.file = file;
  r.source = &source;
  r.line = line;
  for (const auto& [col, text] : values) {
    r.values[col] = text;
    r.columns[col] = col + 10u;  // positions of the source table, not of the canonical file
  }
  return r;
}

TEST_CASE("rows from several source tables build one dataset; issues name each source") {
  const std::string person = "ssd_person.csv", plans = "ssd_cp_plans.csv", cla = "ssd_cla_placement.csv";
  DatasetBuilder b(Vocabulary::builtin());
  CHECK(b.add(row(InputFile::cases, person, 2, {{cases_col::case_id, "P2"}, {cases_col::dob, "2015-01-01"}})));
  CHECK(b.add(row(InputFile::cases, person, 3, {{cases_col::case_id, "P1"}})));
  CHECK(b.add(row(InputFile::episodes, plans, 7,
                  {{episodes_col::case_id, "P1"}, {episodes_col::episode_type, "cp"},
                   {episodes_col::start_date, "2024-01-01 00:00:00.000"}})));
  CHECK_FALSE(b.add(row(InputFile::episodes, cla, 4,
                        {{episodes_col::case_id, "P3"}, {episodes_col::episode_type, "cla"},
                         {episodes_col::start_date, "2024-01-01"}})));
  CHECK(b.add(row(InputFile::reviews, plans, 9,
                  {{records_col::case_id, "P1"}, {records_col::type, "rcpc"}, {records_col::date, "2024-03-01"}})));
  b.reject(cla, 5, 0, "wrong field count", "3 fields where the header has 4");
  REQUIRE(b.issues().size() == 2);
  CHECK(format_issue(b.issues()[0]) == "ssd_cla_placement.csv:4:10: case_id: 'P3' is not in the cases file");
  CHECK(format_issue(b.issues()[1]) == "ssd_cla_placement.csv:5: 3 fields where the header has 4");
  const Dataset d = b.finish();
  REQUIRE(d.size() == 2);
  CHECK(d.cases[0].id == "P1");
  CHECK(d.cases[0].open == Date::from_ymd(2024, 1, 1));
  CHECK(d.cases[1].dob == Date::from_ymd(2015, 1, 1));
  CHECK(d.view(0).episodes.size() == 1);
  CHECK(d.view(0).records.size() == 1);
  CHECK(d.view(1).episodes.empty());
}

TEST_CASE("a case row rejected for a bad value is remembered, and explained when referenced") {
  const std::string f = "cases.csv", v = "visits.csv";
  DatasetBuilder b(Vocabulary::builtin());
  CHECK_FALSE(b.add(row(InputFile::cases, f, 2, {{cases_col::case_id, "A"}, {cases_col::dob, "soon"}})));
  CHECK(b.add(row(InputFile::cases, f, 3, {{cases_col::case_id, "A"}})));  // not a duplicate: the first was skipped
  CHECK(b.add(row(InputFile::visits, v, 2, {{visits_col::case_id, "A"}, {visits_col::visit_date, "2024-01-01"}})));
  CHECK(b.issues().size() == 1);
}

TEST_CASE("an empty dataset") {
  DatasetBuilder b(Vocabulary::builtin());
  const Dataset d = b.finish();
  CHECK(d.size() == 0);
  CHECK(d.episode_begin == std::vector<uint32_t>{0});
  CHECK(d.record_begin == std::vector<uint32_t>{0});
}

}  // namespace
}  // namespace ca

namespace ca {
namespace {

// Grouping: a few runs in case order are merged, anything else is copied
// block by block to its case's place; either way each case gets exactly its
// records, sorted by date, type, line, and the same records whatever the
// number of threads moving them. A case's dates step by 7 days modulo 28,
// so its records come as runs of up to four ascending dates: with 20 a case
// (grouped) those runs are merged, with 51 (no order) there are more than 8
// and they are sorted.
//
// `runs` (with step 0): the records come as that many runs, each of every
// case in order, as the visits, reviews and contacts files of an export
// sorted by case_id come.
int case_of_record(int i, int cases, int records, uint32_t step, int runs) {
  if (step != 0) return static_cast<int>((static_cast<uint32_t>(i) * step) % static_cast<uint32_t>(cases));
  const int per_run = (records + runs - 1) / runs;
  return static_cast<int>(int64_t{i % per_run} * cases / per_run);
}

Dataset grouped(int cases, int records, uint32_t step, unsigned jobs, int runs = 1) {
  std::vector<std::string> ids, dates;
  for (int c = 0; c < cases; ++c) ids.push_back(fmt::format("K{:05d}", c));
  const std::string cf = "cases.csv", vf = "visits.csv";
  DatasetBuilder b(Vocabulary::builtin());
  for (int c = cases - 1; c >= 0; --c)
    REQUIRE(b.add(row(InputFile::cases, cf, static_cast<uint32_t>(c + 2), {{cases_col::case_id, ids[c]}})));
  for (int i = 0; i < 28; ++i) dates.push_back(fmt::format("2024-01-{:02d}", 1 + i));
  for (int i = 0; i < records; ++i) {
    const int c = case_of_record(i, cases, records, step, runs);
    REQUIRE(b.add(row(InputFile::visits, vf, static_cast<uint32_t>(i + 2),
                      {{visits_col::case_id, ids[c]}, {visits_col::visit_date, dates[(i * 7) % 28]}})));
  }
  return b.finish(jobs);
}

void check_grouping(int cases, int records, uint32_t step, unsigned jobs = 1, int runs = 1) {
  const auto case_of_line = [&](uint32_t line) {
    return case_of_record(static_cast<int>(line) - 2, cases, records, step, runs);
  };
  std::vector<int> expected(cases, 0);
  for (int i = 0; i < records; ++i) ++expected[case_of_line(static_cast<uint32_t>(i + 2))];
  const Dataset d = grouped(cases, records, step, jobs, runs);
  REQUIRE(d.size() == static_cast<size_t>(cases));
  REQUIRE(d.records.size() == static_cast<size_t>(records));
  size_t wrong = 0;  // counted, not checked one by one: hundreds of thousands of records
  for (int c = 0; c < cases; ++c) {
    const CaseView v = d.view(static_cast<CaseIx>(c));
    CHECK(v.info.id == fmt::format("K{:05d}", c));
    CHECK(v.records.size() == static_cast<size_t>(expected[c]));
    for (size_t i = 0; i < v.records.size(); ++i) {
      wrong += case_of_line(v.records[i].line) != c;
      if (i) {
        const Record &p = v.records[i - 1], &r = v.records[i];
        wrong += !(p.date() < r.date() || (p.date() == r.date() && p.line < r.line));
      }
    }
  }
  CHECK(wrong == 0);
  if (jobs == 1) return;
  const Dataset one = grouped(cases, records, step, 1, runs);
  CHECK(one.record_begin == d.record_begin);
  CHECK(std::equal(one.records.begin(), one.records.end(), d.records.begin(), d.records.end(),
                   [](const Record& a, const Record& b) { return a.line == b.line && a.date() == b.date(); }));
}

TEST_CASE("grouping: records already grouped by case") { check_grouping(50, 1000, 0); }
TEST_CASE("grouping: a few runs in case order (merged)") {
  check_grouping(50, 200, 1);  // 4 runs: 0..49, 0..49, ...
}
TEST_CASE("grouping: no order at all (each block to its place)") { check_grouping(97, 5000, 31); }
TEST_CASE("grouping on three threads, each moving a range of cases, gives what one thread gives") {
  const int records = 3 * static_cast<int>(DatasetBuilder::kGroupingPerThread) + 123;
  check_grouping(1000, records, 0, 3);   // grouped: one run
  check_grouping(1000, records, 1, 3);   // runs of 0..999 merged
  check_grouping(997, records, 31, 3);   // each block to its place
}
TEST_CASE("grouping many chunks of records from several runs, merged, on one thread and on three") {
  // 3 runs (three files listed by case) of 16 MiB of records in all: the
  // runs' chunks are emptied, and handed back, out of step with one another
  // and with the final array's pages.
  const int records = 8 * static_cast<int>(RecordChunks::kChunkRecords) + 4321;
  for (const unsigned jobs : {1u, 3u}) {
    INFO("jobs " << jobs);
    check_grouping(5000, records, 0, jobs, 3);
  }
}

}  // namespace
}  // namespace ca
