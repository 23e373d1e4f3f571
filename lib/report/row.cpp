#include "report/row.h"

#include "report/cells.h"

#include <tuple>

namespace ca {

std::string_view status_name(RowStatus s) {
  switch (s) {
    case RowStatus::met: return "met";
    case RowStatus::late: return "late";
    case RowStatus::missing: return "missing";
  }
  return "";
}

int32_t days_overdue(Outcome outcome, Date due, Date met, Date as_of) {
  int32_t days = 0;
  if (outcome == Outcome::late) days = days_between(due, met);
  if (outcome == Outcome::missing) days = days_between(due, as_of);
  return days > 0 ? days : 0;
}

std::string source_text(std::string_view document, std::string_view section) {
  std::string s(document);
  if (!s.empty() && !section.empty()) s += ", ";
  s += section;
  return s;
}

ReportStandard::ReportStandard(const Standard& standard, const Vocabulary& vocab)
    : standard_(&standard), vocab_(&vocab) {
  measures_.reserve(standard.rules.size());
  sources_.reserve(standard.rules.size());
  for (const Rule& rule : standard.rules) {
    const auto& names = vocab.measures();
    measures_.push_back(rule.measure < names.size() ? std::string_view(names[rule.measure].name) : std::string_view());
    sources_.push_back(source_text(standard.document, rule.source.section));
  }
  for (size_t i = 0; i < standard.rules.size(); ++i) {
    std::string& head = csv_rule_cells_.emplace_back();
    append_csv_cell(head, standard.rules[i].id);
    head += ',';
    append_csv_cell(head, measures_[i]);
    std::string& tail = csv_text_cells_.emplace_back();
    append_csv_cell(tail, standard.rules[i].title);
    tail += ',';
    append_csv_cell(tail, sources_[i]);
  }
}

std::string_view ReportStandard::episode_type(uint8_t id) const {
  const auto& types = vocab_->episode_types();
  return id < types.size() ? std::string_view(types[id].name) : std::string_view();
}

Row make_row(const ReportStandard& rs, const Dataset& data, const Case& c, const Requirement& r, Date as_of) {
  const Rule& rule = rs.standard().rules[r.rule];
  Row row;
  row.standard = rs.standard().name;
  row.case_id = c.id;
  row.team = data.name(c.team);
  row.worker = data.name(c.worker);
  row.rule_id = rule.id;
  row.rule = r.rule;
  row.csv_rule_cells = rs.csv_rule_cells(r.rule);
  row.csv_text_cells = rs.csv_text_cells(r.rule);
  row.measure = rs.measure(r.rule);
  row.title = rule.title;
  row.source = rs.source(r.rule);
  row.episode_type = rs.episode_type(r.episode_type);
  row.anchor = r.anchor;
  row.due = r.due;
  row.status = r.outcome == Outcome::met ? RowStatus::met : r.outcome == Outcome::late ? RowStatus::late : RowStatus::missing;
  row.met = row.status == RowStatus::missing ? kNoDate : r.met;
  row.days_overdue = days_overdue(r.outcome, r.due, r.met, as_of);
  if (c.close < as_of) row.closed = c.close;
  return row;
}

// engine/engine.h's ReportOrder, which puts each case's requirements in this
// order so that report/collect.cpp need not sort, must follow any change to
// these keys.
bool row_before(const Row& a, const Row& b) {
  return std::tie(a.standard, a.case_id, a.due, a.rule_id, a.anchor, a.met, a.episode_type, a.status) <
         std::tie(b.standard, b.case_id, b.due, b.rule_id, b.anchor, b.met, b.episode_type, b.status);
}

}  // namespace ca
