#include "report/html_timeline.h"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

#include "engine/explain.h"
#include "report/explain_words.h"
#include "report/html_chart.h"
#include "report/html_page.h"
#include "report/summary.h"
#include "standard/describe.h"

namespace ca::html {

using namespace explain_words;

namespace {

constexpr double kWidth = 960;
constexpr double kLabel = 178;   // the lanes' names, at the left
constexpr double kRight = 14;
constexpr double kTop = 22;      // room for the audit date's label
constexpr double kEpisodeLane = 20;
constexpr double kRuleLane = 24;
constexpr double kGap = 10;
constexpr double kAxis = 28;

// One rule's lane: its requirements, and the records that did not count for
// it (each once, however many of its requirements list it).
struct Lane {
  uint16_t rule = 0;
  std::vector<const ExplainedRequirement*> requirements;
  std::vector<RecordNote> notes;
};

struct Scale {
  Date lo, hi;
  double x(Date d) const {
    const double span = std::max(1, days_between(lo, hi));
    const Date c = std::clamp(d, lo, hi);
    return kLabel + (kWidth - kLabel - kRight) * days_between(lo, c) / span;
  }
};

Mark mark_of(Outcome o) {
  switch (o) {
    case Outcome::met: return Mark::met;
    case Outcome::late: return Mark::late;
    case Outcome::missing: return Mark::missing;
    case Outcome::pending: return Mark::pending;
    case Outcome::not_evaluable: return Mark::not_evaluable;
  }
  return Mark::met;
}

std::vector<Lane> lanes_of(const ExplainedStandard& s) {
  std::vector<Lane> lanes;
  std::vector<int> lane_of(s.standard.rules.size(), -1);
  const auto lane = [&](uint16_t rule) -> Lane& {
    if (lane_of[rule] < 0) {
      lane_of[rule] = static_cast<int>(lanes.size());
      lanes.push_back({rule, {}, {}});
    }
    return lanes[static_cast<size_t>(lane_of[rule])];
  };
  const auto note = [](Lane& l, const RecordNote& n) {
    if (n.why == Why::met) return;
    for (const RecordNote& m : l.notes)
      if (m.record == n.record) return;
    l.notes.push_back(n);
  };
  for (const ExplainedRequirement& e : s.explanation.requirements) {
    Lane& l = lane(e.req.rule);
    l.requirements.push_back(&e);
    for (const RecordNote& n : e.records) note(l, n);
  }
  for (const ExplainedRule& r : s.explanation.rules) {
    if (r.windows.empty() || r.others.empty()) continue;
    Lane& l = lane(r.rule);
    for (const RecordNote& n : r.others) note(l, n);
  }
  return lanes;
}

}  // namespace

void append_timeline(std::string& out, const ExplainedStandard& s, const Dataset& data, CaseIx ix,
                     const Vocabulary& vocab, Date as_of, std::string_view id) {
  if (s.explanation.requirements.empty()) return;
  const CaseView c = data.view(ix);
  const Standard& st = s.standard;
  const std::vector<Lane> lanes = lanes_of(s);
  const std::vector<const Episode*> episodes = by_start(c.episodes);

  // The episode types, one lane each, in the order they first start.
  std::vector<EpisodeTypeId> types;
  for (const Episode* e : episodes)
    if (std::find(types.begin(), types.end(), e->type) == types.end()) types.push_back(e->type);

  // The span drawn: every date a band, mark or line stands at, and the audit date.
  Date lo = as_of, hi = as_of;
  const auto take = [&](Date d) {
    if (d == kNoDate || d == kOpenEnd) return;
    lo = std::min(lo, d);
    hi = std::max(hi, d);
  };
  for (const Episode* e : episodes) take(e->start), take(e->end);
  if (c.info.close < as_of) take(c.info.close);
  for (const Lane& l : lanes) {
    for (const ExplainedRequirement* e : l.requirements) take(e->req.due), take(e->req.met);
    for (const RecordNote& n : l.notes) take(c.records[n.record].date());
  }
  const int32_t pad = std::max(4, days_between(lo, hi) / 40);
  const Scale scale{add_days(lo, -pad), add_days(hi, pad)};

  const double episodes_top = kTop;
  const double rules_top = episodes_top + kEpisodeLane * static_cast<double>(types.size()) + (types.empty() ? 0 : kGap);
  const double bottom = rules_top + kRuleLane * static_cast<double>(lanes.size());
  const double height = bottom + kAxis;
  const double left = kLabel, right = kWidth - kRight;

  uint64_t counts[5] = {};
  for (const ExplainedRequirement& e : s.explanation.requirements) ++counts[static_cast<int>(e.req.outcome)];
  size_t not_counted = 0;
  for (const Lane& l : lanes) not_counted += l.notes.size();
  const std::string summary = fmt::format(
      "{}: {} met on time, {} late, {} missing, {} not yet due, {} not evaluable; {} that did not count.",
      plural(s.explanation.requirements.size(), "requirement", "requirements"), counts[0], counts[1], counts[2],
      counts[3], counts[4], plural(not_counted, "record", "records"));

  out += "<figure class=\"timeline\">\n";
  out += fmt::format(
      "<svg class=\"chart\" viewBox=\"0 0 {0} {1}\" width=\"{0}\" height=\"{1}\" role=\"img\" "
      "aria-labelledby=\"{2}-t {2}-d\">\n<title id=\"{2}-t\">Timeline of case {3} under {4}</title>\n"
      "<desc id=\"{2}-d\">Episodes as bands; each requirement a mark at its due date. {5} The table below gives "
      "each one in words.</desc>\n",
      num(kWidth), num(height), id, escaped(c.info.id), escaped(st.name), summary);

  // Lanes, grid, the time after the audit date.
  for (size_t i = 0; i < lanes.size(); ++i)
    if (i % 2 == 0)
      out += fmt::format("<rect class=\"lane\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/>\n", num(left),
                         num(rules_top + kRuleLane * static_cast<double>(i)), num(right - left), num(kRuleLane));
  const std::vector<Tick> ticks = time_ticks(scale.lo, scale.hi);
  for (const Tick& t : ticks)
    out += fmt::format("<line class=\"grid\" x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\"/>\n", num(scale.x(t.at)),
                       num(episodes_top), num(bottom));
  if (as_of < scale.hi)
    out += fmt::format("<rect class=\"after\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"><title>after the audit "
                       "date</title></rect>\n",
                       num(scale.x(as_of)), num(episodes_top), num(right - scale.x(as_of)), num(bottom - episodes_top));

  // The episodes: one lane per type, a band per episode (placements alternate
  // in shade, so that a move shows).
  for (size_t t = 0; t < types.size(); ++t) {
    const double y = episodes_top + kEpisodeLane * static_cast<double>(t);
    const std::string noun = episode_noun(types[t], Level::episode, vocab);
    out += fmt::format("<text class=\"small\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{}<title>{}</title></text>\n",
                       num(left - 6), num(y + 14), clipped(noun, 28), escaped(noun));
    size_t n = 0;
    for (const Episode* e : episodes) {
      if (e->type != types[t]) continue;
      const double x0 = scale.x(e->start), x1 = std::max(x0 + 2, scale.x(e->end == kOpenEnd ? scale.hi : e->end));
      std::string tags;
      for (size_t bit = 0; bit < vocab.tags().size(); ++bit)
        if (e->tags & (TagMask{1} << bit)) tags += (tags.empty() ? "; tags: " : ", ") + vocab.tags()[bit].name;
      out += fmt::format(
          "<rect class=\"mark band{}{}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"3\"><title>{} {} to {} "
          "({}){}</title></rect>\n",
          n++ % 2 ? " alt" : "", e->end == kOpenEnd ? " open" : "", num(x0), num(y + 3), num(x1 - x0),
          num(kEpisodeLane - 6), escaped(noun), e->start.iso(), date_or_open(e->end),
          escaped(place(data, InputFile::episodes, e->line)), escaped(tags));
      const std::string& name = vocab.episode_types()[e->type].name;
      if (x1 - x0 > 8.0 * static_cast<double>(name.size()) + 8)
        out += fmt::format("<text class=\"small\" x=\"{}\" y=\"{}\">{}</text>\n", num(x0 + 4), num(y + 14),
                           escaped(name));
    }
  }

  // The rules' lanes.
  for (size_t i = 0; i < lanes.size(); ++i) {
    const Lane& l = lanes[i];
    const Rule& rule = st.rules[l.rule];
    const double y = rules_top + kRuleLane * static_cast<double>(i) + kRuleLane / 2;
    out += fmt::format("<text class=\"small\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{}<title>{} ({})</title></text>\n",
                       num(left - 6), num(y + 4), clipped(rule.id, 26), escaped(rule.title), escaped(rule.id));
    for (const RecordNote& n : l.notes) {
      const Record& r = c.records[n.record];
      append_mark(out, Mark::not_counted, scale.x(r.date()), y + 7,
                  "not counted: " + escaped(record_text(data, vocab, r)) + ": " + escaped(reason(vocab, rule, r, n)));
      out += '\n';
    }
    for (const ExplainedRequirement* e : l.requirements) {
      const Requirement& q = e->req;
      const double x = scale.x(q.due);
      if (q.outcome == Outcome::late)
        out += fmt::format("<line class=\"l-late\" x1=\"{0}\" y1=\"{2}\" x2=\"{1}\" y2=\"{2}\"/><circle class=\"m-late\" "
                           "cx=\"{1}\" cy=\"{2}\" r=\"3\"/>\n",
                           num(x), num(scale.x(q.met)), num(y));
      if (q.outcome == Outcome::missing)
        out += fmt::format("<line class=\"l-missing\" x1=\"{0}\" y1=\"{2}\" x2=\"{1}\" y2=\"{2}\"/>\n", num(x),
                           num(scale.x(late_until(c.info, q, as_of))), num(y));
      append_mark(out, mark_of(q.outcome), x, y,
                  fmt::format("due {}: {} ({})\n{}", q.due.iso(), escaped(rule.title), escaped(rule.id),
                              escaped(outcome_text(data, rule, *e, c, vocab, as_of, s.status[q.rule]))));
      out += '\n';
    }
  }

  // The audit date, the case's closure, the axis.
  const double xa = scale.x(as_of);
  out += fmt::format("<line class=\"asof\" x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\"/>\n", num(xa), num(kTop - 4),
                     num(bottom));
  out += fmt::format("<text class=\"small\" x=\"{}\" y=\"{}\" text-anchor=\"{}\">audit date {}</text>\n", num(xa),
                     num(kTop - 8), xa > right - 60 ? "end" : xa < left + 60 ? "start" : "middle", as_of.iso());
  if (c.info.close < as_of) {
    const double xc = scale.x(c.info.close);
    out += fmt::format("<line class=\"closed\" x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\"><title>the case closed "
                       "{3}</title></line>\n",
                       num(xc), num(episodes_top), num(bottom), c.info.close.iso());
  }
  out += fmt::format("<line class=\"axis\" x1=\"{0}\" y1=\"{2}\" x2=\"{1}\" y2=\"{2}\"/>\n", num(left), num(right),
                     num(bottom));
  double last = -1e9;
  for (const Tick& t : ticks) {
    const double x = scale.x(t.at);
    out += fmt::format("<line class=\"axis\" x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\"/>", num(x), num(bottom),
                       num(bottom + 4));
    if (x - last >= 56 && x <= right - 20) {
      out += fmt::format("<text class=\"small\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>", num(x),
                         num(bottom + 17), t.label);
      last = x;
    }
    out += '\n';
  }
  out += "</svg>\n";
  out += fmt::format("<figcaption>{} Hover over a mark for its details.</figcaption>\n</figure>\n", summary);
}

}  // namespace ca::html
