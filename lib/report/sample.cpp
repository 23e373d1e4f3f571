#include "report/sample.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "report/cells.h"
#include "report/summary.h"

namespace ca {
namespace {

uint64_t mix(uint64_t x) {  // splitmix64's finaliser
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

uint64_t key_of(const SampleCase& c, const SampleDraw& d) {
  const uint64_t w = d.focus_breaches ? 1 + std::min<uint64_t>(c.late + c.missing, 99) : 1;
  uint64_t best = 0;
  for (uint64_t j = 0; j < w; ++j) best = std::max(best, sample_key(d.seed, c.case_id, j));
  return best;
}

}  // namespace

std::string chosen_because(const SampleCase& c, const Stratum& st, const SampleDraw& d, std::string_view by) {
  std::string s = fmt::format("{} {}: {} of {} (share {:.2f})", by, st.name.empty() ? "(none)" : terminal_text(st.name),
                              st.chosen, plural(st.cases, "case", "cases"), st.share);
  if (d.focus_breaches) s += fmt::format("; weight {}", 1 + std::min<uint64_t>(c.late + c.missing, 99));
  return s;
}

uint64_t sample_key(uint64_t seed, std::string_view case_id, uint64_t j) {
  uint64_t h = 0xcbf29ce484222325ULL;  // FNV-1a over the id's bytes
  for (unsigned char ch : case_id) h = (h ^ ch) * 0x100000001b3ULL;
  return mix(mix(h ^ mix(seed)) + j);
}

Sample draw_sample(const std::vector<SampleCase>& population, const SampleDraw& draw) {
  Sample s;
  s.population = population.size();
  if (population.empty()) return s;
  std::map<std::string_view, std::vector<size_t>> members;
  for (size_t i = 0; i < population.size(); ++i) members[population[i].stratum].push_back(i);
  const uint64_t size = std::min<uint64_t>(draw.size, population.size());
  // Largest remainder: floors first, then one more to the largest remainders.
  struct Share {
    uint64_t floor;
    uint64_t remainder;  // of size * cases, mod population
  };
  std::vector<Share> shares;
  uint64_t given = 0;
  for (const auto& [name, cases] : members) {
    const uint64_t exact = size * cases.size();  // size <= population < 2^32 cases: no overflow
    const uint64_t fl = static_cast<uint64_t>(exact / s.population);
    shares.push_back({fl, static_cast<uint64_t>(exact % s.population)});
    s.strata.push_back({name, cases.size(), fl, static_cast<double>(exact) / static_cast<double>(s.population)});
    given += fl;
  }
  std::vector<size_t> order(shares.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  // Equal remainders go to the stratum whose name hashes higher under the
  // seed: which small team gets the last case changes from seed to seed,
  // never always the first by name.
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    if (shares[a].remainder != shares[b].remainder) return shares[a].remainder > shares[b].remainder;
    const uint64_t ka = sample_key(draw.seed, s.strata[a].name, 0), kb = sample_key(draw.seed, s.strata[b].name, 0);
    return ka != kb ? ka > kb : s.strata[a].name < s.strata[b].name;
  });
  for (size_t k = 0; given < size; ++k, ++given) ++s.strata[order[k]].chosen;

  size_t k = 0;
  for (auto& [name, cases] : members) {
    const uint64_t n = s.strata[k++].chosen;
    std::vector<std::pair<uint64_t, size_t>> keyed;
    for (size_t i : cases) keyed.emplace_back(key_of(population[i], draw), i);
    std::sort(keyed.begin(), keyed.end(), [&](const auto& a, const auto& b) {
      if (a.first != b.first) return a.first > b.first;
      return population[a.second].case_id < population[b.second].case_id;
    });
    std::vector<size_t> picked;
    for (uint64_t j = 0; j < n; ++j) picked.push_back(keyed[j].second);
    std::sort(picked.begin(), picked.end(),
              [&](size_t a, size_t b) { return population[a].case_id < population[b].case_id; });
    s.chosen.insert(s.chosen.end(), picked.begin(), picked.end());
  }
  return s;
}

std::string write_sample(const std::vector<SampleCase>& population, const Sample& s, const SampleDraw& draw,
                         const SampleListing& l, SampleFormat format) {
  if (format == SampleFormat::html) return write_sample_html(population, s, draw, l);
  std::map<std::string_view, const Stratum*> strata;
  for (const Stratum& st : s.strata) strata[st.name] = &st;
  std::string out;
  if (format == SampleFormat::csv) {
    out += "case_id,team,worker,stratum,late,missing,breaches,why";
    out += l.explain_files.empty() ? "\n" : ",explain_file\n";
    for (size_t k = 0; k < s.chosen.size(); ++k) {
      const SampleCase& c = population[s.chosen[k]];
      for (std::string_view cell : {c.case_id, c.team, c.worker, c.stratum}) {
        append_csv_cell(out, cell);
        out += ',';
      }
      out += fmt::format("{},{},{},", c.late, c.missing, c.late + c.missing);
      append_csv_cell(out, chosen_because(c, *strata[c.stratum], draw, l.by));
      if (!l.explain_files.empty()) {
        out += ',';
        append_csv_cell(out, l.explain_files[k]);
      }
      out += '\n';
    }
    return out;
  }
  if (format == SampleFormat::json) {
    out += "{\"as_of\":";
    append_json_string(out, l.as_of);
    out += ",\"open_on\":";
    if (l.open_on.empty()) out += "null";
    else append_json_string(out, l.open_on);
    out += fmt::format(",\"size\":{},\"seed\":{},\"by\":", draw.size, draw.seed);
    append_json_string(out, l.by);
    out += fmt::format(",\"focus\":{},\"population\":{},\"standards\":[", draw.focus_breaches ? "\"breaches\"" : "null",
                       s.population);
    for (size_t i = 0; i < l.standards.size(); ++i) {
      if (i) out += ',';
      append_json_string(out, l.standards[i]);
    }
    out += "],\"strata\":[";
    for (size_t i = 0; i < s.strata.size(); ++i) {
      out += i ? ",{\"name\":" : "{\"name\":";
      append_json_string(out, s.strata[i].name);
      out += fmt::format(",\"cases\":{},\"chosen\":{},\"share\":{:.4f}}}", s.strata[i].cases, s.strata[i].chosen,
                         s.strata[i].share);
    }
    out += "],\"cases\":[";
    for (size_t k = 0; k < s.chosen.size(); ++k) {
      const SampleCase& c = population[s.chosen[k]];
      out += k ? ",{" : "{";
      const std::pair<const char*, std::string_view> cells[] = {
          {"case_id", c.case_id}, {"team", c.team}, {"worker", c.worker}, {"stratum", c.stratum}};
      for (const auto& [key, value] : cells) {
        append_json_string(out, key);
        out += ':';
        append_json_string(out, value);
        out += ',';
      }
      out += fmt::format("\"late\":{},\"missing\":{},\"breaches\":{},\"why\":", c.late, c.missing, c.late + c.missing);
      append_json_string(out, chosen_because(c, *strata[c.stratum], draw, l.by));
      if (!l.explain_files.empty()) {
        out += ",\"explain_file\":";
        append_json_string(out, l.explain_files[k]);
      }
      out += '}';
    }
    out += "]}\n";
    return out;
  }
  std::string standards;
  for (const std::string& st : l.standards) standards += (standards.empty() ? "" : ", ") + terminal_text(st);
  out += fmt::format("File-audit sample as of {}: {} of {} drawn from {}{}\n", l.as_of, s.chosen.size(),
                     plural(s.population, "case", "cases"), l.open_on.empty() ? "every case" : "the cases open on ",
                     l.open_on);
  append_wrapped(out, 0,
                 fmt::format("Seed {}; strata by {}; {}; breaches under {}", draw.seed, l.by,
                             draw.focus_breaches ? "weighted towards cases with breaches (weight 1 + breaches)"
                                                 : "every case equally likely",
                             standards));
  if (s.population == 0) out += "No case to draw from.\n";
  else if (draw.size > s.population) out += fmt::format("Asked for {}: the whole population is listed.\n", draw.size);
  out += "\nStrata\n";
  for (const Stratum& st : s.strata)
    out += fmt::format("  {:<40} {:>6} of {:>6} (exact share {:.2f})\n", st.name.empty() ? "(none)" : terminal_text(st.name),
                       st.chosen, plural(st.cases, "case", "cases"), st.share);
  out += fmt::format("\n{:<16} {:<28} {:<28} {:>4} {:>7} {:>8}\n", "case", "team", "worker", "late", "missing",
                     "breaches");
  // At most w code points: longer names end in "~".
  const auto cut = [](std::string s, size_t w) {
    size_t points = 0;
    for (size_t i = 0; i < s.size(); ++i) {
      if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;
      if (++points == w) {
        size_t end = i + 1;
        while (end < s.size() && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) ++end;
        if (end < s.size()) s = s.substr(0, i) + "~";
        break;
      }
    }
    return s;
  };
  for (size_t k = 0; k < s.chosen.size(); ++k) {
    const SampleCase& c = population[s.chosen[k]];
    out += fmt::format("{:<16} {:<28} {:<28} {:>4} {:>7} {:>8}\n", terminal_text(c.case_id), cut(terminal_text(c.team), 28),
                       cut(terminal_text(c.worker), 28), c.late, c.missing, c.late + c.missing);
    out += fmt::format("  chosen: {}\n", chosen_because(c, *strata[c.stratum], draw, l.by));
    if (!l.explain_files.empty()) out += fmt::format("  explained in {}\n", terminal_text(l.explain_files[k]));
  }
  return out;
}

}  // namespace ca
