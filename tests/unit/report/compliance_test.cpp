// ComplianceTable (report/compliance.h): every requirement counted once in
// its group, the figures adding up, --from applied, and the three writers.
#include "report/compliance.h"

#include <doctest/doctest.h>

#include "rows.h"

namespace ca {
namespace {

using namespace test;

// Two standards of two rules over three cases, with every outcome.
struct Fixture {
  const Vocabulary& vocab = Vocabulary::builtin();
  Standard a, b;
  Dataset data;
  Fixture() {
    a.name = "alpha";
    b.name = "beta";
    for (Standard* s : {&a, &b}) {
      Rule visit;
      visit.id = "visit";
      visit.measure = *vocab.measure("visit");
      Rule review;
      review.id = "review";
      review.measure = *vocab.measure("review");
      s->rules = {visit, review};
    }
    data.names = {"", "North", "Ann", "South"};
    for (const char* id : {"C1", "C2", "C3"}) {
      Case c;
      c.id = id;
      data.cases.push_back(c);
    }
    data.cases[0].team = 1, data.cases[0].worker = 2;  // North, Ann
    data.cases[1].team = 1;                             // North, unallocated
    data.cases[2].team = 3, data.cases[2].worker = 2;   // South, Ann
  }
  // A chunk of standard `s` over all three cases: `per_case[i]` are case i's requirements.
  EvaluatedChunk chunk(size_t s, const std::vector<std::vector<Requirement>>& per_case) const {
    EvaluatedChunk c;
    c.standard = s;
    c.begin = 0;
    c.end = 3;
    for (const auto& reqs : per_case) {
      c.requirements.insert(c.requirements.end(), reqs.begin(), reqs.end());
      c.case_end.push_back(static_cast<uint32_t>(c.requirements.size()));
    }
    return c;
  }
};

Requirement req(uint16_t rule, Outcome o, Date due, uint8_t episode = kNone) {
  Requirement r;
  r.rule = rule;
  r.outcome = o;
  r.due = due;
  r.anchor = add_days(due, -10);
  r.episode_type = episode;
  if (o == Outcome::met || o == Outcome::late) r.met = due;
  return r;
}

TEST_CASE("per rule: each outcome counted once; owed is met + late + missing; totals add up") {
  Fixture f;
  const ReportStandard ra(f.a, f.vocab), rb(f.b, f.vocab);
  ComplianceTable table({f.a.name, f.b.name}, {GroupBy::rule}, std::nullopt);
  const Date d1 = d(2024, 3, 1);
  table.add(ra, f.data,
            f.chunk(0, {{req(0, Outcome::met, d1), req(0, Outcome::late, d1), req(1, Outcome::missing, d1)},
                        {req(0, Outcome::pending, d1), req(1, Outcome::not_evaluable, d1)},
                        {req(0, Outcome::met, d1), req(0, Outcome::missing, d1)}}));
  table.add(rb, f.data, f.chunk(1, {{req(1, Outcome::met, d1)}, {}, {}}));
  const std::vector<ComplianceRow> rows = table.rows();
  REQUIRE(rows.size() == 6);  // alpha: review, visit, total; beta: review, total; all
  CHECK(rows[0].standard == "alpha");
  CHECK(rows[0].keys[0] == "review");
  CHECK(rows[0].counts.missing == 1);
  CHECK(rows[0].counts.not_evaluable == 1);
  CHECK(rows[0].counts.owed() == 1);
  CHECK(rows[1].keys[0] == "visit");
  CHECK(rows[1].counts.met == 2);
  CHECK(rows[1].counts.late == 1);
  CHECK(rows[1].counts.missing == 1);
  CHECK(rows[1].counts.pending == 1);
  CHECK(rows[1].counts.owed() == 4);
  CHECK(on_time_percent(rows[1].counts) == "50.0");
  CHECK(rows[2].total);
  CHECK(rows[2].keys[0] == kAllCell);
  CHECK(rows[2].counts.owed() == rows[0].counts.owed() + rows[1].counts.owed());
  CHECK(rows[2].counts.pending == 1);
  CHECK(rows[2].counts.not_evaluable == 1);
  CHECK(rows[4].standard == "beta");
  CHECK(rows[4].total);
  CHECK(rows[5].standard.empty());
  CHECK(rows[5].total);
  CHECK(rows[5].counts.owed() == 5 + 1);
  CHECK(rows[5].counts.met == 3);
  CHECK(on_time_percent(rows[5].counts) == "50.0");
}

TEST_CASE("--from leaves out every requirement due before it, of every outcome") {
  Fixture f;
  const ReportStandard ra(f.a, f.vocab);
  ComplianceTable table({f.a.name}, {GroupBy::rule}, d(2024, 3, 1));
  const Date before = d(2024, 2, 29), on = d(2024, 3, 1);
  table.add(ra, f.data,
            f.chunk(0, {{req(0, Outcome::met, before), req(0, Outcome::pending, before),
                         req(0, Outcome::not_evaluable, before), req(0, Outcome::late, on)},
                        {req(0, Outcome::pending, on), req(0, Outcome::not_evaluable, on)},
                        {}}));
  const std::vector<ComplianceRow> rows = table.rows();
  REQUIRE(rows.size() == 2);  // one standard: no total over all
  CHECK(rows[0].counts.met == 0);
  CHECK(rows[0].counts.late == 1);
  CHECK(rows[0].counts.pending == 1);
  CHECK(rows[0].counts.not_evaluable == 1);
}

TEST_CASE("nested groups by team and worker, sorted by bytes, blank first") {
  Fixture f;
  const ReportStandard ra(f.a, f.vocab);
  ComplianceTable table({f.a.name}, {GroupBy::team, GroupBy::worker}, std::nullopt);
  const Date d1 = d(2024, 3, 1);
  table.add(ra, f.data,
            f.chunk(0, {{req(0, Outcome::met, d1)}, {req(0, Outcome::late, d1)}, {req(1, Outcome::missing, d1)}}));
  const std::vector<ComplianceRow> rows = table.rows();
  REQUIRE(rows.size() == 4);
  CHECK(rows[0].keys[0] == "North");
  CHECK(rows[0].keys[1] == "");
  CHECK(rows[0].counts.late == 1);
  CHECK(rows[1].keys[0] == "North");
  CHECK(rows[1].keys[1] == "Ann");
  CHECK(rows[2].keys[0] == "South");
  CHECK(rows[3].total);

  std::string csv;
  write_compliance_csv({d(2024, 4, 1), std::nullopt, table.by(), rows}, csv);
  CHECK(csv ==
        "standard,team,worker,owed,met,late,missing,pending,not_evaluable,on_time_pct\n"
        "alpha,North,,1,0,1,0,0,0,0.0\n"
        "alpha,North,Ann,1,1,0,0,0,0,100.0\n"
        "alpha,South,Ann,1,0,0,1,0,0,0.0\n"
        "alpha,(all),(all),3,1,1,1,0,0,33.3\n");
}

TEST_CASE("episode type and measure keys; JSON nulls; formula-like cells guarded in CSV") {
  Fixture f;
  f.data.names[1] = "=North";
  const ReportStandard ra(f.a, f.vocab);
  const uint8_t cp = *f.vocab.episode_type("cp");
  ComplianceTable table({f.a.name}, {GroupBy::episode_type, GroupBy::measure, GroupBy::team}, std::nullopt);
  const Date d1 = d(2024, 3, 1);
  table.add(ra, f.data, f.chunk(0, {{req(0, Outcome::met, d1, cp), req(1, Outcome::pending, d1)}, {}, {}}));
  const ComplianceReport report{d(2024, 4, 1), d(2024, 1, 1), table.by(), table.rows()};
  std::string csv;
  write_compliance_csv(report, csv);
  CHECK(csv ==
        "standard,episode_type,measure,team,owed,met,late,missing,pending,not_evaluable,on_time_pct\n"
        "alpha,,review,'=North,0,0,0,0,1,0,\n"
        "alpha,cp,visit,'=North,1,1,0,0,0,0,100.0\n"
        "alpha,(all),(all),(all),1,1,0,0,1,0,100.0\n");
  std::string json;
  write_compliance_json(report, json);
  CHECK(json ==
        "{\"as_of\":\"2024-04-01\",\"from\":\"2024-01-01\",\"by\":[\"episode_type\",\"measure\",\"team\"],\"rows\":[\n"
        "{\"standard\":\"alpha\",\"episode_type\":null,\"measure\":\"review\",\"team\":\"=North\",\"owed\":0,"
        "\"met\":0,\"late\":0,\"missing\":0,\"pending\":1,\"not_evaluable\":0,\"on_time_pct\":null},\n"
        "{\"standard\":\"alpha\",\"episode_type\":\"cp\",\"measure\":\"visit\",\"team\":\"=North\",\"owed\":1,"
        "\"met\":1,\"late\":0,\"missing\":0,\"pending\":0,\"not_evaluable\":0,\"on_time_pct\":100.0},\n"
        "{\"standard\":\"alpha\",\"episode_type\":\"(all)\",\"measure\":\"(all)\",\"team\":\"(all)\",\"owed\":1,"
        "\"met\":1,\"late\":0,\"missing\":0,\"pending\":1,\"not_evaluable\":0,\"on_time_pct\":100.0}\n"
        "]}\n");
}

TEST_CASE("on time: one decimal, rounded half up; empty when nothing was owed") {
  ComplianceCounts c;
  CHECK(on_time_percent(c) == "");
  c.pending = 4;
  CHECK(on_time_percent(c) == "");
  c.met = 1, c.late = 2;
  CHECK(on_time_percent(c) == "33.3");
  c.met = 2, c.late = 1;
  CHECK(on_time_percent(c) == "66.7");
  c.met = 1, c.late = 7;  // 12.5 exactly
  CHECK(on_time_percent(c) == "12.5");
  c.met = 1, c.late = 1999;  // 0.05 rounds up to 0.1
  CHECK(on_time_percent(c) == "0.1");
  c.met = 1, c.late = 2001;  // 0.04995 rounds down
  CHECK(on_time_percent(c) == "0.0");
  c.met = 3, c.late = 0, c.missing = 0;
  CHECK(on_time_percent(c) == "100.0");
}

TEST_CASE("text: lines within 100 columns; a label too long for its column gets a line of its own") {
  Fixture f;
  f.data.names[1] = std::string(70, 'T');
  const ReportStandard ra(f.a, f.vocab);
  ComplianceTable table({f.a.name}, {GroupBy::team, GroupBy::rule}, std::nullopt);
  table.add(ra, f.data, f.chunk(0, {{req(0, Outcome::met, d(2024, 3, 1))}, {}, {}}));
  std::string text;
  write_compliance_text({d(2024, 4, 1), std::nullopt, table.by(), table.rows()}, text);
  size_t longest = 0, at = 0;
  for (size_t nl; (nl = text.find('\n', at)) != std::string::npos; at = nl + 1) longest = std::max(longest, nl - at);
  CHECK(longest <= 100);
  CHECK(text.find("\n  " + std::string(70, 'T') + "\n    visit ") != std::string::npos);

  // The innermost key too long for its column: its numbers on the next line, in their columns.
  ComplianceTable inner({f.a.name}, {GroupBy::rule, GroupBy::team}, std::nullopt);
  inner.add(ra, f.data, f.chunk(0, {{req(0, Outcome::met, d(2024, 3, 1))}, {}, {}}));
  text.clear();
  write_compliance_text({d(2024, 4, 1), std::nullopt, inner.by(), inner.rows()}, text);
  const std::string numbers = "        1        1        0        0        0        0   100.0%\n";
  CHECK(text.find("\n    " + std::string(70, 'T') + "\n" + std::string(37, ' ') + numbers) != std::string::npos);
  CHECK(text.find("\n  total" + std::string(30, ' ') + numbers) != std::string::npos);
}

TEST_CASE("by month: each requirement in the month it fell due; the months' keys outlive the chunks") {
  Fixture f;
  const ReportStandard ra(f.a, f.vocab);
  ComplianceTable table({f.a.name}, {GroupBy::month}, d(2024, 1, 15));
  table.add(ra, f.data,
            f.chunk(0, {{req(0, Outcome::met, d(2024, 1, 31)), req(0, Outcome::late, d(2024, 2, 1))},
                        {req(1, Outcome::missing, d(2024, 2, 29)), req(0, Outcome::met, d(2024, 1, 10))},
                        {req(0, Outcome::met, d(2024, 3, 1))}}));
  const std::vector<ComplianceRow> rows = table.rows();
  REQUIRE(rows.size() == 4);  // 2024-01, 2024-02, 2024-03 (the one due 2024-01-10 is before --from), total
  CHECK(rows[0].keys[0] == "2024-01");
  CHECK(rows[0].counts.met == 1);
  CHECK(rows[1].keys[0] == "2024-02");
  CHECK(rows[1].counts.late == 1);
  CHECK(rows[1].counts.missing == 1);
  CHECK(rows[2].keys[0] == "2024-03");
  CHECK(group_by_name(GroupBy::month) == "month");
}

TEST_CASE("html: per standard a sortable table and a bar chart; the month-by-month line over two months or more") {
  Fixture f;
  f.data.names[1] = "<script>alert(1)</script>";
  const ReportStandard ra(f.a, f.vocab);
  ComplianceTable teams({f.a.name}, {GroupBy::team}, d(2024, 1, 1));
  ComplianceTable months({f.a.name}, {GroupBy::month}, d(2024, 1, 1));
  const auto chunk = f.chunk(0, {{req(0, Outcome::met, d(2024, 1, 31)), req(0, Outcome::late, d(2024, 2, 1))},
                                 {req(1, Outcome::missing, d(2024, 2, 29))},
                                 {req(0, Outcome::met, d(2024, 2, 10))}});
  teams.add(ra, f.data, chunk);
  months.add(ra, f.data, chunk);
  const ComplianceReport by_team{d(2024, 3, 1), d(2024, 1, 1), teams.by(), teams.rows()};
  const ComplianceReport by_month{d(2024, 3, 1), d(2024, 1, 1), months.by(), months.rows()};
  std::string html;
  write_compliance_html({by_team}, &by_month, html);
  CHECK(html.starts_with("<!DOCTYPE html>\n"));
  CHECK(html.find("<script>alert(1)</script>") == std::string::npos);
  CHECK(html.find("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td><td class=\"num\" data-v=\"3\">3</td>") !=
        std::string::npos);  // North: met, late, missing owed
  CHECK(html.find("<h2 id=\"section-1\">By team</h2>") != std::string::npos);
  CHECK(html.find("<h2 id=\"months\">Month by month</h2>") != std::string::npos);
  // January: 1 of 1 on time; February: 1 of 3.
  CHECK(html.find("<tr><td class=\"date\">2024-01</td><td class=\"num\" data-v=\"100.0\">100.0% of 1</td></tr>") !=
        std::string::npos);
  CHECK(html.find("<tr><td class=\"date\">2024-02</td><td class=\"num\" data-v=\"33.3\">33.3% of 3</td></tr>") !=
        std::string::npos);
  // One month only (the audit date opens March, so February is the last): no line.
  const ComplianceReport one{d(2024, 2, 1), d(2024, 1, 1), months.by(), months.rows()};
  html.clear();
  write_compliance_html({by_team}, &one, html);
  CHECK(html.find("Month by month") == std::string::npos);
}

}  // namespace
}  // namespace ca
