// evaluate_case: every rule of a standard over one case's scope windows;
// rule_status: what the export lets each rule check; ReportOrder.
#include <algorithm>
#include <array>
#include <numeric>

#include <fmt/format.h>

#include "engine/case_index.h"
#include "engine/kinds.h"

namespace ca {
namespace {

// The selectors of a rule whose fields must be in the export.
template <class F>
void for_each_selector(const Rule& r, F&& f) {
  f(r.records);
  if (r.anchor) f(*r.anchor);
  if (r.otherwise) f(*r.otherwise);
  if (r.kind == Kind::deadline || r.kind == Kind::lead_time)
    if (r.trigger.kind == TriggerKind::record) f(r.trigger.record);
  for (const Phase& p : r.phases)
    if (p.until_record) f(*p.until_record);
}

// The words of "not evaluable": the contract's files name the file and the
// column; a mapping names itself ("the ssd layout has no recorded_date for visits").
std::string missing_file(const ExportFacts& facts, RecordFile f) {
  if (!facts.layout.empty()) return fmt::format("the {} layout has no {}", facts.layout, record_file_name(f));
  return fmt::format("no {}.csv", record_file_name(f));
}
std::string missing_column(const ExportFacts& facts, RecordFile f, std::string_view field) {
  if (!facts.layout.empty()) return fmt::format("the {} layout has no {} for {}", facts.layout, field, record_file_name(f));
  return fmt::format("{}.csv has no {} column", record_file_name(f), field);
}

template <class Names>
std::string listed(const Names& names);

// What a filter lets through, in words: "Y", "home or placement", "anything but virtual".
std::string filter_values(const Vocabulary& vocab, const Filter& f) {
  std::vector<std::string> names;
  for (uint8_t c : f.values) {
    if (f.kind == FieldKind::yes_no) names.push_back(c == kCodeYes ? "Y" : "N");
    else if (c >= 1 && c <= vocab.fields(f.file)[f.decl].values.size()) names.push_back(vocab.fields(f.file)[f.decl].values[c - 1].name);
  }
  return (f.negate ? "other than " : "") + listed(names);
}

template <class Names>
std::string listed(const Names& names) {
  std::string out;
  for (size_t k = 0; k < names.size(); ++k)
    out += fmt::format("{}{}", k == 0 ? "" : k + 1 == names.size() ? " or " : ", ", names[k]);
  return out;
}

// What a layout cannot hold at all (a mapping's): a kind of episode, a tag
// or a kind of record the rule reads. The contract's files can hold any.
std::vector<std::string> beyond_layout(const Rule& r, const Vocabulary& vocab, const ExportFacts& facts) {
  const Scope& s = r.scope;
  std::vector<std::string> episodes, tags, records;
  const auto episode = [&](EpisodeTypeId t) {
    if (t < facts.episode_types.size() && !facts.episode_types[t]) {
      const std::string& name = vocab.episode_types()[t].name;
      if (std::find(episodes.begin(), episodes.end(), name) == episodes.end()) episodes.push_back(name);
    }
  };
  if (s.level != Level::case_open) episode(s.episode_type);
  // Each kind of episode the rule's time depends on: one it cannot see would
  // leave out time the rule applies (a `while` list) or change what is owed.
  for (size_t t = 0; t < vocab.episode_types().size(); ++t)
    if ((s.while_types | s.unless_only) >> t & 1) episode(static_cast<EpisodeTypeId>(t));
  for (const EveryWhileOpen& e : r.every_while_open) episode(e.episode_type);
  for (const LimitWhenOpen& l : r.limit_when_open) episode(l.episode_type);
  if (facts.episode_tags)
    for (size_t bit = 0; bit < vocab.tags().size(); ++bit)
      if (((s.tags_all | s.tags_none | s.tags_any) & ~facts.tags) >> bit & 1) tags.push_back(vocab.tags()[bit].name);
  // Every kind a selector names, `otherwise` too: without its fallback a rule
  // reports as missing what the full record shows was done (an assessment
  // completed but not authorised).
  const auto kinds = [&](const Selector& sel) {
    for (TypeId t : sel.types)
      if (t < facts.record_types.size() && !facts.record_types[t] &&
          facts.files[static_cast<size_t>(vocab.file_of(t))]) {  // (an absent file is said already)
        const std::string& name = vocab.record_types()[t].name;
        if (std::find(records.begin(), records.end(), name) == records.end()) records.push_back(name);
      }
  };
  for_each_selector(r, kinds);
  const std::string layout = facts.layout.empty() ? "export" : facts.layout + " layout";
  std::vector<std::string> why;
  if (!records.empty()) why.push_back(fmt::format("the {} has no {} records", layout, listed(records)));
  if (!tags.empty()) why.push_back(fmt::format("the {} has no {} tag{}", layout, listed(tags), tags.size() == 1 ? "" : "s"));
  if (!episodes.empty()) why.push_back(fmt::format("the {} has no {} episodes", layout, listed(episodes)));
  return why;
}

RuleStatus status_of(const Rule& r, const Vocabulary& vocab, const ExportFacts& facts, bool complete) {
  const auto not_evaluable = [](std::string why) { return RuleStatus{false, std::move(why)}; };
  const Scope& s = r.scope;
  const bool uses_episodes = s.level != Level::case_open || s.while_types != 0 || !r.every_while_open.empty() ||
                             !r.limit_when_open.empty();
  const bool mapped = !facts.layout.empty();
  if (uses_episodes && !facts.episodes_file)
    return not_evaluable(mapped ? fmt::format("the {} layout has no episodes", facts.layout) : "no episodes.csv");
  if ((s.tags_all | s.tags_none | s.tags_any) != 0 && !facts.episode_tags)
    return not_evaluable(mapped ? fmt::format("the {} layout has no tags", facts.layout)
                                : "episodes.csv has no tags column");
  if (r.kind == Kind::age && !facts.dob_column)
    return not_evaluable(mapped ? fmt::format("the {} layout has no dob", facts.layout)
                                : "cases.csv has no dob column");

  // Every reason, once each: an analyst who mends one should not meet the next.
  std::vector<std::string> whys;
  const auto add = [&](std::string why) {
    if (std::find(whys.begin(), whys.end(), why) == whys.end()) whys.push_back(std::move(why));
  };
  for_each_selector(r, [&](const Selector& sel) {
    for (size_t k = 0; k < sel.types.size(); ++k) {
      const RecordFile file = sel.files[k];
      const auto f = static_cast<size_t>(file);
      if (!facts.files[f]) {
        add(missing_file(facts, file));
        continue;
      }
      for (const Filter& filter : sel.filters) {
        const auto decl = vocab.field(file, filter.field);
        // A field whose blank means a value (visit_type: statutory) means it
        // in every row of a file without the column too, so a filter that
        // names that value (visit_type: statutory) needs no column. A filter
        // that turns values away (location: {not: [virtual]}) does: without
        // the column a video call cannot be told from a visit, and counting
        // every record would hide the breach the rule is there to find.
        // (The contract gives blanks these meanings; a mapping states them as
        // fixed values when its layout implies them, or the rule cannot tell.)
        if (decl && !filter.negate && facts.layout.empty()) {
          const uint8_t blank = vocab.fields(file)[*decl].blank;
          if (blank != kCodeBlank && (filter.codes >> blank & 1)) continue;
        }
        if (decl && !(facts.columns[f] >> *decl & 1)) {
          add(missing_column(facts, file, filter.field));
          continue;
        }
        // A layout that gives the field only some values (a mapping's fixed
        // value or codes) may never give one the filter lets through.
        if (decl && filter.kind != FieldKind::date && *decl < facts.field_codes[f].size()) {
          uint64_t can = facts.field_codes[f][*decl];
          if (can != ~uint64_t{0} && (filter.codes & can) == 0)
            add(fmt::format("the {} layout never gives {} {}", facts.layout.empty() ? "export's" : facts.layout,
                            filter.field, filter_values(vocab, filter)));
        }
      }
    }
  });
  if (r.kind == Kind::recording_lag) {
    for (RecordFile file : r.records.files) {
      const auto decl = vocab.field(file, r.lag_field);
      if (decl && !(facts.columns[static_cast<size_t>(file)] >> *decl & 1)) add(missing_column(facts, file, r.lag_field));
    }
  }
  for (std::string& why : beyond_layout(r, vocab, facts)) add(std::move(why));
  if (!whys.empty()) {
    // Every reason, the layout named once: "the ssd layout has no location
    // for visits; no settled tag".
    const std::string lead = mapped ? fmt::format("the {} layout has ", facts.layout) : "the export has ";
    std::string text = whys[0];
    for (size_t i = 1; i < whys.size(); ++i)
      text += "; " + (whys[i].starts_with(lead) && text.starts_with(lead) ? whys[i].substr(lead.size()) : whys[i]);
    return not_evaluable(text);
  }
  if (!complete) {
    // The records that meet the rule, and those it counts from: a kind the
    // export never holds would make every case's requirement missing, or
    // none owed, without a word.
    const auto absent = [&](const Selector& sel) -> std::string {
      uint64_t n = 0;
      for (TypeId t : sel.types) n += t < facts.type_counts.size() ? facts.type_counts[t] : 0;
      if (n != 0 || sel.types.empty()) return "";
      std::vector<std::string> names;
      for (TypeId t : sel.types) names.push_back(vocab.record_types()[t].name);
      return fmt::format("no {} records anywhere in the export", listed(names));
    };
    if (!r.met_by_end) {
      Selector meets = r.records;  // with `otherwise`, either kind will do
      if (r.otherwise) meets.types.insert(meets.types.end(), r.otherwise->types.begin(), r.otherwise->types.end());
      if (std::string why = absent(meets); !why.empty()) return not_evaluable(why);
    }
    if (r.anchor)
      if (std::string why = absent(*r.anchor); !why.empty()) return not_evaluable(why);
    if ((r.kind == Kind::deadline || r.kind == Kind::lead_time) && r.trigger.kind == TriggerKind::record)
      if (std::string why = absent(r.trigger.record); !why.empty()) return not_evaluable(why);
  }
  return {};
}

// Whether the case has a record of the rule's types with a blank in a slot
// the rule reads (a filtered field, a recording lag's date): else there is
// nothing for count_blanks to count.
bool may_have_blanks(const RuleRun& run) {
  const Rule& rule = run.rule;
  const bool lag = rule.kind == Kind::recording_lag;
  if (rule.records.filters.empty() && !lag) return false;
  // The slots read, by file: worked out once for the file's first type.
  std::array<unsigned, kRecordFiles> reads;
  reads.fill(~0u);
  for (size_t k = 0; k < rule.records.types.size(); ++k) {
    const auto file = static_cast<size_t>(rule.records.files[k]);
    if (reads[file] == ~0u) {
      reads[file] = 0;
      for (const Filter& f : rule.records.filters)
        if (f.slot[file] != kNoSlot)
          reads[file] |= 1u << (f.kind == FieldKind::date ? kCodeSlots + f.slot[file] : f.slot[file]);
      if (lag && rule.lag_slot[file] != kNoSlot) reads[file] |= 1u << (kCodeSlots + rule.lag_slot[file]);
    }
    if (reads[file] != 0 && run.index.count(rule.records.types[k]) != 0 &&
        (run.index.blanks(rule.records.types[k]) & reads[file]) != 0)
      return true;
  }
  return false;
}

// Counts, in one window, the records the rule would have checked but for a
// blank value it needs: a filtered field (when no filter excludes the record
// anyway) or, for a recording lag, the date it measures.
void count_blanks(const RuleRun& run, const Window& w, BlankCounts& blanks) {
  const Rule& rule = run.rule;
  const bool lag = rule.kind == Kind::recording_lag;
  const Candidates records = run.index.of(rule.records);
  const Date last = std::min(w.end, run.ctx.as_of);
  const size_t base = size_t{run.ix} * kBlankSlots;
  for (size_t i = first_on_or_after(records, w.start); i < records.size() && records[i].date() <= last; ++i) {
    const Check c = check(records[i], rule.records);
    if (c.miss == Miss::blank) ++blanks[base + std::min<size_t>(c.filter, kBlankSlots - 2)];
    else if (lag && c.ok() && lag_date(records[i], rule) == kNoDate) ++blanks[base + kBlankSlots - 1];
  }
}

void run_rule(const RuleRun& run, BlankCounts* blanks, std::vector<Requirement>& out) {
  const Rule& rule = run.rule;
  if (rule.kind == Kind::age) {
    eval_age(run, out);
    return;
  }
  const auto windows = run.index.windows(run.ix, run.ctx.as_of, run.ctx.vocab.periods_of_care().value_or(kNone));
  if (windows.empty()) return;
  if (blanks && !may_have_blanks(run)) blanks = nullptr;  // once per case, not per window
  for (const Window& w : windows) {
    switch (rule.kind) {
      case Kind::recurring: eval_recurring(run, w, out); break;
      case Kind::deadline: eval_deadline(run, w, out); break;
      case Kind::lead_time: eval_lead_time(run, w, out); break;
      case Kind::recording_lag: eval_recording_lag(run, w, out); break;
      case Kind::age: break;
    }
    if (blanks) count_blanks(run, w, *blanks);
  }
}

}  // namespace

std::string_view outcome_name(Outcome o) {
  switch (o) {
    case Outcome::met: return "met";
    case Outcome::late: return "late";
    case Outcome::missing: return "missing";
    case Outcome::pending: return "pending";
    case Outcome::not_evaluable: return "not_evaluable";
  }
  return "?";
}

std::vector<RuleStatus> rule_status(const Standard& standard, const Vocabulary& vocab, const ExportFacts& facts,
                                    bool complete_export) {
  std::vector<RuleStatus> out;
  out.reserve(standard.rules.size());
  for (const Rule& r : standard.rules) out.push_back(status_of(r, vocab, facts, complete_export));
  return out;
}

ReportOrder::ReportOrder(const Standard& standard, const Vocabulary& vocab) {
  const size_t n = standard.rules.size();
  std::vector<uint16_t> by_id(n);
  std::iota(by_id.begin(), by_id.end(), uint16_t{0});
  std::stable_sort(by_id.begin(), by_id.end(),
                   [&](uint16_t a, uint16_t b) { return standard.rules[a].id < standard.rules[b].id; });
  rule_rank_.resize(n);
  for (size_t i = 0; i < n; ++i) rule_rank_[by_id[i]] = static_cast<uint16_t>(i);
  const auto& types = vocab.episode_types();
  std::vector<uint8_t> by_name(types.size());
  std::iota(by_name.begin(), by_name.end(), uint8_t{0});
  std::sort(by_name.begin(), by_name.end(), [&](uint8_t a, uint8_t b) { return types[a].name < types[b].name; });
  episode_rank_.assign(256, 0);  // kNone (a blank episode_type) sorts first
  for (size_t i = 0; i < by_name.size(); ++i) episode_rank_[by_name[i]] = static_cast<uint8_t>(i + 1);
}

bool ReportOrder::operator()(const Requirement& a, const Requirement& b) const {
  // The report shows a met date only for met and late rows, and its status
  // column orders met < late < missing.
  const auto shown_met = [](const Requirement& r) {
    return r.outcome == Outcome::met || r.outcome == Outcome::late ? r.met : kNoDate;
  };
  const auto status = [](const Requirement& r) {
    return r.outcome == Outcome::met ? 0 : r.outcome == Outcome::late ? 1 : 2;
  };
  if (a.due != b.due) return a.due < b.due;
  if (a.rule != b.rule) return rule_rank_[a.rule] < rule_rank_[b.rule];
  if (a.anchor != b.anchor) return a.anchor < b.anchor;
  if (shown_met(a) != shown_met(b)) return shown_met(a) < shown_met(b);
  if (a.episode_type != b.episode_type) return episode_rank_[a.episode_type] < episode_rank_[b.episode_type];
  if (status(a) != status(b)) return status(a) < status(b);
  // The rest only makes the order total, so that the output never depends on the sort.
  if (a.outcome != b.outcome) return a.outcome < b.outcome;
  if (a.met != b.met) return a.met < b.met;
  return a.record_line < b.record_line;
}

void evaluate_case(const Standard& standard, std::span<const RuleStatus> status, const ReportOrder& order,
                   const CaseView& c, const EvalContext& ctx, CaseIndex& index, std::vector<Requirement>& out,
                   BlankCounts& blanks, OutcomeCounts& unkept, const Reading& reading) {
  const size_t begin = out.size();
  const bool keep_all = reading.kept == kAllOutcomes && reading.from == kNoDate;
  index.build(c, standard);
  for (size_t n = 0; n < standard.rules.size(); ++n) {
    if (!index.may_have_windows(n)) continue;  // most rules are for services the child is not in
    const size_t first = out.size();
    run_rule(RuleRun{standard.rules[n], static_cast<uint16_t>(n), c, ctx, index}, &blanks, out);
    if (!status[n].evaluable)
      for (size_t i = first; i < out.size(); ++i) out[i].outcome = Outcome::not_evaluable;
    if (keep_all) continue;
    // Dropped while the rule's output is in cache: it never grows the case's.
    size_t kept = first;
    for (size_t i = first; i < out.size(); ++i) {
      if (reading.keeps(out[i])) out[kept++] = out[i];
      else ++unkept[static_cast<size_t>(out[i].outcome)];
    }
    out.resize(kept);
  }
  // By reference: std::sort copies its comparator at every level of recursion, and this one holds vectors.
  const auto less = [&order](const Requirement& x, const Requirement& y) { return order(x, y); };
  const auto first = out.begin() + static_cast<std::ptrdiff_t>(begin);
  if ((reading.kept & ~reading.ordered) == 0) {
    std::sort(first, out.end(), less);
    return;
  }
  // Only what the reader will read in order is sorted: the rest goes after it.
  const auto rest =
      std::partition(first, out.end(), [&](const Requirement& r) { return in(reading.ordered, r.outcome); });
  std::sort(first, rest, less);
}

void evaluate_case(const Standard& standard, const CaseView& c, const EvalContext& ctx, std::vector<Requirement>& out) {
  const std::vector<RuleStatus> status(standard.rules.size());
  const ReportOrder order(standard, ctx.vocab);
  CaseIndex index(ctx.vocab.record_types().size());
  BlankCounts blanks = blank_counts(standard);
  OutcomeCounts unkept{};
  evaluate_case(standard, status, order, c, ctx, index, out, blanks, unkept);
}

}  // namespace ca
