// Counting requirements into compliance groups (report/compliance.h).
#include "report/compliance.h"

#include "report/collect.h"

namespace ca {

std::string_view group_by_name(GroupBy g) {
  switch (g) {
    case GroupBy::team: return "team";
    case GroupBy::worker: return "worker";
    case GroupBy::rule: return "rule";
    case GroupBy::measure: return "measure";
    case GroupBy::episode_type: return "episode_type";
    case GroupBy::month: return "month";
  }
  return "";
}

std::string_view group_by_column(GroupBy g) { return g == GroupBy::rule ? "rule_id" : group_by_name(g); }

std::string_view blank_label(GroupBy g) { return g == GroupBy::episode_type ? "(case level)" : "(blank)"; }

std::string_view ComplianceTable::month_key(Date due) {
  if (month_start_ != kNoDate && month_start_ <= due && due < month_end_) return month_;
  const Ymd ymd = due.ymd();
  month_start_ = Date::from_ymd(ymd.year, ymd.month, 1);
  month_end_ = add_months(month_start_, 1);
  month_ = *months_.insert(month_start_.iso().substr(0, 7)).first;
  return month_;
}

ComplianceCounts& ComplianceCounts::operator+=(const ComplianceCounts& o) {
  met += o.met;
  late += o.late;
  missing += o.missing;
  pending += o.pending;
  not_evaluable += o.not_evaluable;
  return *this;
}

std::string on_time_percent(const ComplianceCounts& c) {
  const uint64_t owed = c.owed();
  if (owed == 0) return {};
  const uint64_t tenths = (c.met * 2000 + owed) / (2 * owed);  // 1000 * met / owed, rounded half up
  return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10);
}

ComplianceTable::ComplianceTable(std::vector<std::string_view> standards, std::vector<GroupBy> by,
                                 std::optional<Date> from)
    : standards_(std::move(standards)), by_(std::move(by)), from_(from), groups_(standards_.size()) {
  if (by_.empty()) by_.push_back(GroupBy::rule);
  if (by_.size() > kMaxGroupKeys) by_.resize(kMaxGroupKeys);
}

void ComplianceTable::add(const ReportStandard& rs, const Dataset& data, const EvaluatedChunk& chunk) {
  const RowFilter filter{true, from_};  // the rows of audit --include-met --from
  auto& groups = groups_[chunk.standard];
  for (CaseIx i = chunk.begin; i < chunk.end; ++i) {
    const Case& c = data.cases[i];
    for (const Requirement& r : chunk.of_case(i)) {
      if (from_ && r.due < *from_) continue;
      Key key{};
      for (size_t k = 0; k < by_.size(); ++k) {
        switch (by_[k]) {
          case GroupBy::team: key[k] = data.name(c.team); break;
          case GroupBy::worker: key[k] = data.name(c.worker); break;
          case GroupBy::rule: key[k] = rs.standard().rules[r.rule].id; break;
          case GroupBy::measure: key[k] = rs.measure(r.rule); break;
          case GroupBy::episode_type: key[k] = rs.episode_type(r.episode_type); break;
          case GroupBy::month: key[k] = month_key(r.due); break;
        }
      }
      ComplianceCounts& n = groups[key];
      if (reported(r, filter)) {
        if (r.outcome == Outcome::met) ++n.met;
        else if (r.outcome == Outcome::late) ++n.late;
        else ++n.missing;
      } else if (r.outcome == Outcome::pending) {
        ++n.pending;
      } else if (r.outcome == Outcome::not_evaluable) {
        ++n.not_evaluable;
      }
    }
  }
}

std::vector<ComplianceRow> ComplianceTable::rows() const {
  std::vector<ComplianceRow> out;
  Key all{};
  for (size_t k = 0; k < by_.size(); ++k) all[k] = kAllCell;
  ComplianceCounts overall;
  for (size_t s = 0; s < standards_.size(); ++s) {
    ComplianceCounts total;
    for (const auto& [key, counts] : groups_[s]) {  // std::map: by key, bytes (char_traits compares unsigned)
      out.push_back({standards_[s], key, false, counts});
      total += counts;
    }
    out.push_back({standards_[s], all, true, total});
    overall += total;
  }
  if (standards_.size() > 1) out.push_back({"", all, true, overall});
  return out;
}

}  // namespace ca
