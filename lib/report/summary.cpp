#include "report/summary.h"

#include <fmt/format.h>

#include <algorithm>

#include "data/summary.h"

namespace ca {

void Counts::add(RowStatus s) {
  switch (s) {
    case RowStatus::late: ++late; break;
    case RowStatus::missing: ++missing; break;
    case RowStatus::met: ++met; break;
  }
}

Counts& Counts::operator+=(const Counts& o) {
  late += o.late;
  missing += o.missing;
  met += o.met;
  return *this;
}

void StandardSummary::add(const Row& row) {
  reported.add(row.status);
  if (row.rule >= per_rule.size()) per_rule.resize(size_t{row.rule} + 1);
  RuleCounts& r = per_rule[row.rule];
  if (r.rule_id.empty()) {
    r.rule_id = row.rule_id;
    r.measure = row.measure;
  }
  r.counts.add(row.status);
}

std::map<std::string_view, Counts> StandardSummary::by_measure() const {
  std::map<std::string_view, Counts> out;
  for (const RuleCounts& r : per_rule)
    if (!r.rule_id.empty()) out[r.measure] += r.counts;
  return out;
}

std::map<std::string_view, Counts> StandardSummary::by_rule() const {
  std::map<std::string_view, Counts> out;
  for (const RuleCounts& r : per_rule)
    if (!r.rule_id.empty()) out[r.rule_id] += r.counts;
  return out;
}

Counts AuditSummary::reported() const {
  Counts c;
  for (const auto& s : standards) c += s.reported;
  return c;
}

uint64_t AuditSummary::requirements() const {
  uint64_t n = 0;
  for (const auto& s : standards) n += s.requirements;
  return n;
}

std::vector<std::string> rule_notes(const Standard& standard, std::span<const RuleStatus> status,
                                    const BlankCounts& blanks) {
  std::vector<std::string> out;
  for (size_t i = 0; i < standard.rules.size(); ++i) {
    const Rule& r = standard.rules[i];
    if (!status[i].evaluable) {
      out.push_back(fmt::format("caseaudit: {}/{}: not evaluable from this export ({})", standard.name, r.id,
                                status[i].why));
      continue;
    }
    const bool visits = std::all_of(r.records.types.begin(), r.records.types.end(),
                                    [](TypeId t) { return t == Vocabulary::kVisit; });
    for (size_t k = 0; k < kBlankSlots; ++k) {
      const size_t at = i * kBlankSlots + k;
      if (at >= blanks.size() || blanks[at] == 0) continue;
      const bool lag = k == kBlankSlots - 1;
      const std::string field = lag                               ? r.lag_field
                                : k < r.records.filters.size() ? r.records.filters[k].field
                                                               : "filtered field";
      const uint64_t n = blanks[at];
      out.push_back(fmt::format("caseaudit: {}/{}: {} with a blank {} {} not {}", standard.name, r.id,
                                plural(n, visits ? "visit" : "record", visits ? "visits" : "records"), field,
                                n == 1 ? "was" : "were", lag ? "checked" : "counted"));
    }
  }
  return out;
}

std::string plural(uint64_t n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", with_commas(n), n == 1 ? one : many);
}

std::string run_summary_line(const AuditSummary& s) {
  std::string against;
  for (const auto& st : s.standards) {
    if (!against.empty()) against += ", ";
    against += fmt::format("{} ({})", st.name, plural(st.rules, "rule", "rules"));
  }
  const Counts c = s.reported();
  std::string line = fmt::format("caseaudit: audited {} against {} as of {}: {}", plural(s.cases, "case", "cases"),
                                 against.empty() ? "no standard" : against, s.as_of.iso(),
                                 plural(c.breaches(), "breach", "breaches"));
  if (s.from) line += fmt::format(" due on or after {}", s.from->iso());
  line += fmt::format(" ({} late, {} missing", with_commas(c.late), with_commas(c.missing));
  if (s.standards.size() > 1) {
    const char* sep = "; ";
    for (const auto& st : s.standards) {
      line += fmt::format("{}{} {}", sep, st.name, with_commas(st.reported.breaches()));
      sep = ", ";
    }
  }
  line += ')';
  if (s.include_met) line += fmt::format("; {} met on time", with_commas(c.met));
  if (s.baseline)
    line += fmt::format("; against the baseline: {} new, {} continuing, {} resolved", with_commas(s.new_breaches),
                        with_commas(s.continuing), with_commas(s.resolved));
  return line;
}

}  // namespace ca
