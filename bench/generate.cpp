// Writes a realistic synthetic export for benchmarks:
//   caseaudit-generate OUT_DIR CHILDREN [SEED]
// About 60 rows and 3.1 KB per child across the five files (500,000 children
// give about 30 million rows and 1.5 GB), with the mix of episodes, visit
// rhythms, reviews, supervision and case notes of a large authority working
// to the statutory timescales: where the five built-in standards differ, to
// the strictest of them (visits written up the next day, supervision every 6
// weeks, a CIN review every 3 months, looked-after visits weekly for the
// first 4 weeks), so every standard finds mostly work on time and some late
// or missing, and the audit does realistic work and reports a realistic
// number of breaches (bench/run.sh prints the rate per rule per child).
// Deterministic for a given seed. Not part of caseaudit; built only for the
// benchmark (and the tests' larger exports).
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"

namespace {

using ca::Date;
const Date kOpen = Date::max();  // an open case

struct Out {
  FILE* f;
  explicit Out(const std::string& path) : f(std::fopen(path.c_str(), "w")) {
    if (!f) {
      std::perror(path.c_str());
      std::exit(2);
    }
  }
  ~Out() { std::fclose(f); }
};

class Gen {
 public:
  Gen(const std::string& dir, uint64_t seed)
      : rng_(seed), cases_(dir + "/cases.csv"), episodes_(dir + "/episodes.csv"), visits_(dir + "/visits.csv"),
        reviews_(dir + "/reviews.csv"), contacts_(dir + "/contacts.csv") {
    std::fputs("case_id,dob,open_date,close_date,team,worker\n", cases_.f);
    std::fputs("case_id,episode_type,start_date,end_date,tags\n", episodes_.f);
    std::fputs("case_id,visit_date,seen,seen_alone,location,visit_type,recorded_date\n", visits_.f);
    std::fputs("case_id,review_type,review_date,recorded_date\n", reviews_.f);
    std::fputs("case_id,contact_type,contact_date,recorded_date,note\n", contacts_.f);
  }

  void child(int n) {
    const std::string id = "C" + std::to_string(1000000 + n);
    const Date as_of = Date::from_ymd(2026, 11, 23);
    const Date open = add(Date::from_ymd(2023, 1, 1), uniform(0, 3 * 365 + 300));
    const bool closed = chance(0.5);
    Date close = closed ? add(open, uniform(60, 720)) : kOpen;
    if (close != kOpen && close > as_of) close = kOpen;
    const Date dob = add(open, -uniform(30, 17 * 365));
    std::fprintf(cases_.f, "%s,%s,%s,%s,Team %d,Worker %d\n", id.c_str(), dob.iso().c_str(), open.iso().c_str(),
                 close == kOpen ? "" : close.iso().c_str(), uniform(1, 24), uniform(1, 400));
    const Date end = close == kOpen ? as_of : close;

    // Case-level records: referral, assessment (due within 45 working days),
    // chronology and summary (every 90 days), case notes.
    contact(id, "referral", open);
    const Date assessment = add(open, uniform(0, 5));
    contact(id, "assessment_start", assessment);
    // The child seen alone early in the assessment (within 5 working days).
    if (chance(0.93)) visit(id, add(assessment, uniform(0, 4)), "Y", "Y", "home", 1);
    contact(id, "assessment_completed", add(open, chance(0.9) ? uniform(20, 60) : uniform(66, 100)));
    every(id, open, end, 90, "chronology_update");
    every(id, open, end, 90, "case_summary");
    every(id, open, end, 120, "case_note");

    // One plan: child in need, child protection, or looked after with moves;
    // each with its visits, reviews and supervision.
    const double r = unit();
    if (r < 0.45) {
      plan(id, "cin", open, end, close == kOpen, 28, 2, "cin_review", {91}, 42);
    } else if (r < 0.7) {
      review(id, "strategy", open);
      review(id, "icpc", add(open, uniform(5, 15)));
      plan(id, "cp", add(open, 10), end, close == kOpen, 10, 1, "rcpc", {91, 182}, 28);
    } else if (r < 0.9) {
      Date s = open;
      const int moves = uniform(1, 4);
      for (int i = 0; i < moves && s < end; ++i) {
        Date e = i + 1 == moves ? end : add(s, uniform(60, 500));
        if (e > end) e = end;
        std::fprintf(episodes_.f, "%s,cla,%s,%s,%s\n", id.c_str(), s.iso().c_str(),
                     (e == end && close == kOpen) ? "" : e.iso().c_str(), chance(0.2) ? "settled" : "");
        // Within 3 days of each placement, weekly for its first 4 weeks, then six-weekly.
        visits(id, s, std::min(e, add(s, 27)), 3, 7, 2);
        visits(id, add(s, 28), e, 1, 42, 2);
        s = add(e, 1);
      }
      schedule(id, open, end, {26, 91, 182}, "cla_review");
      every(id, open, end, 42, "supervision");
    } else {
      std::fprintf(episodes_.f, "%s,early_help,%s,%s,\n", id.c_str(), open.iso().c_str(),
                   close == kOpen ? "" : end.iso().c_str());
      every(id, open, end, 28, "taf_review", true);
    }
  }

 private:
  static Date add(Date d, int n) { return ca::add_days(d, n); }
  int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }
  double unit() { return std::uniform_real_distribution<double>(0, 1)(rng_); }
  bool chance(double p) { return unit() < p; }
  // The days to the next record of a rhythm: mostly on time, done in the last
  // quarter of the interval, as practitioners work to the due date; sometimes
  // late (5-50% over).
  int gap(int interval) {
    return chance(0.93) ? uniform(interval * 3 / 4, interval) : interval + uniform(1, interval / 2 + 1);
  }
  // Days from a record to its write-up: mostly within the limit, sometimes well after.
  int lag(int limit) { return chance(0.93) ? uniform(0, limit) : uniform(limit + 3, limit + 10); }
  // Written up the same day or the next (the strictest standards: a day).
  int lag() { return lag(1); }

  void contact(const std::string& id, const char* type, Date d) {
    // One note in five carries free text with a comma, quotes and a line break.
    const char* note = chance(0.2) ? "\"Spoke to mum, \"\"all well\"\";\nnext visit booked\"" : "";
    std::fprintf(contacts_.f, "%s,%s,%s,%s,%s\n", id.c_str(), type, d.iso().c_str(),
                 add(d, lag()).iso().c_str(), note);
  }
  void review(const std::string& id, const char* type, Date d) {
    // A TAF review's notes are due on its day, other reviews' decisions within a day.
    const int limit = std::string_view(type) == "taf_review" ? 0 : 1;
    std::fprintf(reviews_.f, "%s,%s,%s,%s\n", id.c_str(), type, d.iso().c_str(), add(d, lag(limit)).iso().c_str());
  }
  void every(const std::string& id, Date from, Date to, int interval, const char* type, bool is_review = false) {
    for (Date d = add(from, gap(interval)); d <= to; d = add(d, gap(interval)))
      is_review ? review(id, type, d) : contact(id, type, d);
  }
  // Reviews on a schedule of intervals, the last repeating.
  void schedule(const std::string& id, Date from, Date to, std::vector<int> intervals, const char* type) {
    Date d = from;
    for (size_t k = 0;; ++k) {
      d = add(d, gap(intervals[std::min(k, intervals.size() - 1)]));
      if (d > to) return;
      review(id, type, d);
    }
  }
  // Visits every `interval` days (the first within `first`), each written up
  // after lag(recording_limit) days.
  void visits(const std::string& id, Date from, Date to, int first, int interval, int recording_limit) {
    for (Date d = add(from, gap(first)); d <= to; d = add(d, gap(interval))) {
      const bool seen = chance(0.95);
      visit(id, d, seen ? "Y" : "N", chance(0.8) ? "Y" : "N",
            chance(0.85) ? "home" : (chance(0.5) ? "school" : "virtual"), recording_limit);
      // A child not seen is visited again within two days, mostly.
      if (!seen && chance(0.9)) visit(id, add(d, uniform(1, 2)), "Y", "Y", "home", recording_limit);
    }
  }
  void visit(const std::string& id, Date d, const char* seen, const char* alone, const char* location,
             int recording_limit) {
    std::fprintf(visits_.f, "%s,%s,%s,%s,%s,statutory,%s\n", id.c_str(), d.iso().c_str(), seen, alone, location,
                 add(d, lag(recording_limit)).iso().c_str());
  }
  void plan(const std::string& id, const char* type, Date start, Date end, bool open_end, int visit_days,
            int recording_limit, const char* review_type, std::vector<int> review_days, int supervision_days) {
    if (start > end) return;
    std::fprintf(episodes_.f, "%s,%s,%s,%s,\n", id.c_str(), type, start.iso().c_str(),
                 open_end ? "" : end.iso().c_str());
    visits(id, start, end, visit_days, visit_days, recording_limit);
    schedule(id, start, end, std::move(review_days), review_type);
    every(id, start, end, supervision_days, "supervision");
  }

  std::mt19937_64 rng_;
  Out cases_, episodes_, visits_, reviews_, contacts_;
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: caseaudit-generate OUT_DIR CHILDREN [SEED]\n");
    return 2;
  }
  const int children = std::atoi(argv[2]);
  Gen gen(argv[1], argc > 3 ? std::strtoull(argv[3], nullptr, 10) : 1);
  for (int i = 0; i < children; ++i) gen.child(i);
  return 0;
}
