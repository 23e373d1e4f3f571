#pragma once
// The QA lead's monthly file-audit sample (`caseaudit sample`): drawn
// reproducibly (the same seed and export give the same cases, whatever the
// row order, on any machine: every draw is an integer hash of the seed and
// the case id), stratified in proportion by team or worker, and, with
// --focus breaches, weighted towards cases with breaches.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ca {

struct SampleCase {
  std::string_view case_id;
  std::string_view team;
  std::string_view worker;
  std::string_view stratum;  // the team's or worker's name ("" when blank)
  uint64_t late = 0;         // breaches, over the standards audited
  uint64_t missing = 0;
};

struct SampleDraw {
  uint64_t size = 0;
  uint64_t seed = 0;
  bool focus_breaches = false;
};

struct Stratum {
  std::string_view name;
  uint64_t cases = 0;    // in the population
  uint64_t chosen = 0;   // its share, rounded (largest remainder)
  double share = 0;      // its exact proportional share of the sample
};

struct Sample {
  std::vector<Stratum> strata;         // by name
  std::vector<size_t> chosen;          // indexes into the population, by stratum then case id
  uint64_t population = 0;
};

// Draws `draw.size` cases from `population` (all of them when it has no
// more). Each stratum's share is size * its cases / population, rounded by
// largest remainder (ties to the stratum whose name hashes higher under the
// seed, so which small stratum gets a case varies by seed), so every share is
// within one case of exact proportion. Within a stratum the cases with the
// largest keys are chosen: a case's key is a hash of (seed, case id); with
// focus_breaches, the largest of 1 + breaches such hashes (capped at 100),
// which is weighted sampling without replacement in proportion to
// 1 + breaches (Efraimidis and Spirakis: the largest of w uniform draws is
// distributed as u^(1/w)).
Sample draw_sample(const std::vector<SampleCase>& population, const SampleDraw& draw);

// The key of a case under a seed for draw j (exposed for tests).
uint64_t sample_key(uint64_t seed, std::string_view case_id, uint64_t j);

// The listing: text (aligned, ≤ 100 columns), csv, json, or an HTML page
// (report/html_sample.cpp: the index of the case pages, `explain_files`
// holding their names relative to it).
enum class SampleFormat : uint8_t { text, csv, json, html };
struct SampleListing {
  std::string_view by;  // "team" or "worker"
  std::string as_of;
  std::string open_on;  // "" when every case was in the population
  std::vector<std::string> standards;
  std::vector<std::string> explain_files;  // per chosen case, when --explain-dir was given
};
// Why a case was chosen: "team North: 2 of 9 cases (share 1.64); weight 4".
std::string chosen_because(const SampleCase& c, const Stratum& stratum, const SampleDraw& draw, std::string_view by);
std::string write_sample_html(const std::vector<SampleCase>& population, const Sample& s, const SampleDraw& draw,
                              const SampleListing& listing);
std::string write_sample(const std::vector<SampleCase>& population, const Sample& s, const SampleDraw& draw,
                         const SampleListing& listing, SampleFormat format);

}  // namespace ca
