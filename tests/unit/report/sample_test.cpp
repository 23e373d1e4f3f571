// draw_sample: reproducible, stratified in proportion, weighted with --focus.
#include "report/sample.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace ca {
namespace {

struct Population {
  std::vector<std::string> ids, teams;
  std::vector<SampleCase> cases;
  // n cases in team i for each n of `sizes`; case k of a team has k % 4 breaches.
  explicit Population(const std::vector<int>& sizes) {
    for (size_t t = 0; t < sizes.size(); ++t)
      for (int k = 0; k < sizes[t]; ++k) {
        ids.push_back("T" + std::to_string(t) + "-" + std::to_string(k));
        teams.push_back("team " + std::to_string(t));
      }
    for (size_t i = 0; i < ids.size(); ++i) {
      const auto k = static_cast<uint64_t>(std::stoi(ids[i].substr(ids[i].find('-') + 1)));
      cases.push_back({ids[i], teams[i], "", teams[i], 0, k % 4});
    }
  }
};

std::vector<std::string_view> ids(const Population& p, const Sample& s) {
  std::vector<std::string_view> out;
  for (size_t i : s.chosen) out.push_back(p.cases[i].case_id);
  return out;
}

TEST_CASE("each stratum's share is within one case of exact proportion, and they add up to the size") {
  const Population p({17, 3, 40, 1, 9, 30});  // 100 cases
  for (uint64_t size : {1, 7, 13, 50, 99}) {
    const Sample s = draw_sample(p.cases, {size, 42, false});
    uint64_t total = 0;
    for (const Stratum& st : s.strata) {
      const double exact = static_cast<double>(size) * static_cast<double>(st.cases) / 100.0;
      CHECK(std::fabs(static_cast<double>(st.chosen) - exact) < 1.0);
      CHECK(st.share == doctest::Approx(exact));
      total += st.chosen;
    }
    CHECK(total == size);
    CHECK(s.chosen.size() == size);
  }
  // 13 of 100: shares 2.21, 0.39, 5.2, 0.13, 1.17, 3.9 -> floors 2,0,5,0,1,3 (11), then the two
  // largest remainders: 3.9 (team 5) and 0.39 (team 1).
  const Sample s = draw_sample(p.cases, {13, 42, false});
  std::vector<uint64_t> chosen;
  for (const Stratum& st : s.strata) chosen.push_back(st.chosen);
  CHECK(chosen == std::vector<uint64_t>{2, 1, 5, 0, 1, 4});
}

TEST_CASE("the same seed gives the same cases whatever the population's order; another seed others") {
  const Population p({17, 3, 40, 1, 9, 30});
  const Sample a = draw_sample(p.cases, {12, 7, false});
  std::vector<SampleCase> reversed(p.cases.rbegin(), p.cases.rend());
  const Sample b = draw_sample(reversed, {12, 7, false});
  std::vector<std::string_view> ra;
  for (size_t i : b.chosen) ra.push_back(reversed[i].case_id);
  CHECK(ids(p, a) == ra);
  const Sample c = draw_sample(p.cases, {12, 8, false});
  CHECK(ids(p, a) != ids(p, c));
}

TEST_CASE("the keys are fixed integers: the draw is the same on any machine") {
  CHECK(sample_key(42, "CAM100101", 0) == sample_key(42, "CAM100101", 0));
  CHECK(sample_key(42, "CAM100101", 0) != sample_key(43, "CAM100101", 0));
  CHECK(sample_key(42, "CAM100101", 0) != sample_key(42, "CAM100101", 1));
  // Pinned (computed by an independent Python version of the hash): a change of hash changes every sample.
  CHECK(sample_key(0, "", 0) == 0xa6bbc8dcbe30928cULL);
  CHECK(sample_key(42, "CAM100101", 0) == 0x4d17c268abb46f4bULL);
}

TEST_CASE("--focus breaches draws cases with breaches more often") {
  const Population p({400});  // one stratum; k % 4 breaches: a quarter each with 0, 1, 2, 3
  uint64_t with = 0, without = 0;
  for (uint64_t seed = 0; seed < 20; ++seed) {
    for (size_t i : draw_sample(p.cases, {40, seed, true}).chosen) (p.cases[i].missing ? with : without)++;
  }
  // Weights 1, 2, 3, 4: without breaches about 1/10 of the draw (80 of 800), well under a quarter.
  CHECK(without < 140);
  CHECK(with + without == 800);
  uint64_t plain_without = 0;
  for (uint64_t seed = 0; seed < 20; ++seed)
    for (size_t i : draw_sample(p.cases, {40, seed, false}).chosen) plain_without += p.cases[i].missing == 0;
  CHECK(plain_without > 140);  // about a quarter (200) without --focus
}

TEST_CASE("asking for more than the population takes it all; an empty population gives nothing") {
  const Population p({2, 3});
  CHECK(draw_sample(p.cases, {10, 1, false}).chosen.size() == 5);
  CHECK(draw_sample({}, {10, 1, false}).chosen.empty());
}

}  // namespace
}  // namespace ca
