// Writes a realistic synthetic export for benchmarks:
//   caseaudit-generate OUT_DIR CHILDREN [SEED]
// About 60 rows per child across the five files (500,000 children give about
// 30 million rows), with the mix of episodes, visit rhythms, reviews,
// supervision and case notes of a large authority, mostly on time with some
// late or missing records, so the audit does realistic work. Deterministic
// for a given seed. Not part of caseaudit; built only for bench/run.sh.
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
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
    const bool closed = chance(0.3);
    Date close = closed ? add(open, uniform(60, 900)) : kOpen;
    if (close != kOpen && close > as_of) close = kOpen;
    const Date dob = add(open, -uniform(30, 17 * 365));
    std::fprintf(cases_.f, "%s,%s,%s,%s,Team %d,Worker %d\n", id.c_str(), dob.iso().c_str(), open.iso().c_str(),
                 close == kOpen ? "" : close.iso().c_str(), uniform(1, 24), uniform(1, 400));
    const Date end = close == kOpen ? as_of : close;

    // Case-level records: referral, assessment, chronology, summary, supervision, notes.
    contact(id, "referral", open);
    contact(id, "assessment_start", add(open, uniform(0, 5)));
    contact(id, "assessment_completed", add(open, uniform(20, 75)));
    every(id, open, end, 90, "chronology_update");
    every(id, open, end, 90, "case_summary");
    every(id, open, end, 60, "supervision");
    every(id, open, end, 120, "case_note");

    // One plan: child in need, child protection, or looked after with moves.
    const double r = unit();
    if (r < 0.45) {
      plan(id, "cin", open, end, close == kOpen, 28, "cin_review", 6 * 30);
    } else if (r < 0.7) {
      review(id, "strategy", open);
      review(id, "icpc", add(open, uniform(5, 20)));
      plan(id, "cp", add(open, 10), end, close == kOpen, 14, "rcpc", 6 * 30);
    } else if (r < 0.9) {
      Date s = open;
      const int moves = uniform(1, 4);
      for (int i = 0; i < moves && s < end; ++i) {
        Date e = i + 1 == moves ? end : add(s, uniform(60, 500));
        if (e > end) e = end;
        std::fprintf(episodes_.f, "%s,cla,%s,%s,%s\n", id.c_str(), s.iso().c_str(),
                     (e == end && close == kOpen) ? "" : e.iso().c_str(), chance(0.2) ? "settled" : "");
        visits(id, s, e, 42);
        s = add(e, 1);
      }
      every(id, open, end, 180, "cla_review", true);
    } else {
      std::fprintf(episodes_.f, "%s,early_help,%s,%s,\n", id.c_str(), open.iso().c_str(),
                   close == kOpen ? "" : end.iso().c_str());
      every(id, open, end, 60, "taf_review", true);
    }
  }

 private:
  static Date add(Date d, int n) { return ca::add_days(d, n); }
  int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }
  double unit() { return std::uniform_real_distribution<double>(0, 1)(rng_); }
  bool chance(double p) { return unit() < p; }
  // Mostly on time, sometimes late (a gap 5-40% longer than the interval).
  int gap(int interval) { return chance(0.9) ? uniform(interval / 2, interval) : interval + uniform(1, interval / 2 + 1); }

  void contact(const std::string& id, const char* type, Date d) {
    // One note in five carries free text with a comma, quotes and a line break.
    const char* note = chance(0.2) ? "\"Spoke to mum, \"\"all well\"\";\nnext visit booked\"" : "";
    std::fprintf(contacts_.f, "%s,%s,%s,%s,%s\n", id.c_str(), type, d.iso().c_str(), add(d, uniform(0, 6)).iso().c_str(),
                 note);
  }
  void review(const std::string& id, const char* type, Date d) {
    std::fprintf(reviews_.f, "%s,%s,%s,%s\n", id.c_str(), type, d.iso().c_str(), add(d, uniform(0, 10)).iso().c_str());
  }
  void every(const std::string& id, Date from, Date to, int interval, const char* type, bool is_review = false) {
    for (Date d = add(from, gap(interval)); d <= to; d = add(d, gap(interval)))
      is_review ? review(id, type, d) : contact(id, type, d);
  }
  void visits(const std::string& id, Date from, Date to, int interval) {
    for (Date d = add(from, uniform(1, 9)); d <= to; d = add(d, gap(interval))) {
      const char* seen = chance(0.93) ? "Y" : "N";
      const char* loc = chance(0.8) ? "home" : (chance(0.5) ? "school" : "virtual");
      std::fprintf(visits_.f, "%s,%s,%s,%s,%s,statutory,%s\n", id.c_str(), d.iso().c_str(), seen,
                   chance(0.7) ? "Y" : "N", loc, add(d, uniform(0, 7)).iso().c_str());
    }
  }
  void plan(const std::string& id, const char* type, Date start, Date end, bool open_end, int visit_days,
            const char* review_type, int review_days) {
    if (start > end) return;
    std::fprintf(episodes_.f, "%s,%s,%s,%s,\n", id.c_str(), type, start.iso().c_str(), open_end ? "" : end.iso().c_str());
    visits(id, start, end, visit_days);
    every(id, start, end, review_days, review_type, true);
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
