// summary --format html (report/compliance.h): the compliance figures as one
// page, for QA leads and team managers. Each table sorts by any column (the
// page's one script, report/html_page.h); each chart is drawn in SVG and has
// that table as its text equivalent.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "data/summary.h"
#include "report/compliance.h"
#include "report/html_chart.h"
#include "report/html_page.h"

namespace ca {

using html::escaped;
using html::num;

namespace {

constexpr size_t kMostBars = 30;  // a bar chart draws at most this many groups, those least on time

// A group's value as the page shows it (not yet escaped): a blank one as the text report names it.
std::string_view key_text(GroupBy g, std::string_view value) { return value.empty() ? blank_label(g) : value; }

std::string key_heading(GroupBy g) { return g == GroupBy::episode_type ? "episode type" : std::string(group_by_name(g)); }

double on_time(const ComplianceCounts& c) {
  return c.owed() ? 100.0 * static_cast<double>(c.met) / static_cast<double>(c.owed()) : -1;
}

std::string pct_text(const ComplianceCounts& c) {
  const std::string p = on_time_percent(c);
  return p.empty() ? "-" : p + "%";
}

// "402 owed; 315 met on time (78.4%), 66 late, 21 missing"
std::string counts_words(const ComplianceCounts& c) {
  return fmt::format("{} owed; {} met on time ({}), {} late, {} missing", with_commas(c.owed()), with_commas(c.met),
                     pct_text(c), with_commas(c.late), with_commas(c.missing));
}

// The counts' cells, each with its number as data-v for sorting.
void count_cells(std::string& out, const ComplianceCounts& c, bool header = false) {
  const char* cell = header ? "th" : "td";
  for (const uint64_t n : {c.owed(), c.met, c.late, c.missing, c.pending, c.not_evaluable})
    out += fmt::format("<{0} class=\"num\" data-v=\"{1}\">{2}</{0}>", cell, n, with_commas(n));
  const std::string p = on_time_percent(c);
  out += fmt::format("<{0} class=\"num\" data-v=\"{1}\">{2}</{0}>", cell, p.empty() ? "-1" : p, pct_text(c));
}

void count_heads(std::string& out) {
  for (const char* h : {"owed", "met on time", "late", "missing", "not yet due", "not evaluable", "on time"})
    out += fmt::format("<th class=\"num\">{}</th>", h);
}

// Standard s's marker on the month-by-month line, in its colour (class
// c0..c6) and one of five shapes, so that lines are told apart without colour.
void series_marker(std::string& out, size_t s, double x, double y, std::string_view title, bool mark) {
  const std::string cls = mark ? "mark" : "", t = title.empty() ? "" : fmt::format("<title>{}</title>", title);
  switch (s % 5) {
    case 0:
      out += fmt::format("<circle class=\"{}\" cx=\"{}\" cy=\"{}\" r=\"4.5\">{}</circle>", cls, num(x), num(y), t);
      break;
    case 1:
      out += fmt::format("<rect class=\"{}\" x=\"{}\" y=\"{}\" width=\"8\" height=\"8\">{}</rect>", cls, num(x - 4),
                         num(y - 4), t);
      break;
    case 2:
      out += fmt::format("<path class=\"{}\" d=\"M{} {}L{} {}L{} {}Z\">{}</path>", cls, num(x), num(y - 5.5),
                         num(x + 5), num(y + 4), num(x - 5), num(y + 4), t);
      break;
    case 3:
      out += fmt::format("<path class=\"{}\" d=\"M{} {}L{} {}L{} {}L{} {}Z\">{}</path>", cls, num(x), num(y - 5.5),
                         num(x + 5.5), num(y), num(x), num(y + 5.5), num(x - 5.5), num(y), t);
      break;
    default:
      out += fmt::format("<path class=\"{}\" d=\"M{} {}L{} {}L{} {}Z\">{}</path>", cls, num(x), num(y + 5.5),
                         num(x + 5), num(y - 4), num(x - 5), num(y - 4), t);
  }
}

struct Bar {
  std::string label;  // not escaped
  const ComplianceCounts* counts;
};

// Horizontal bars, one per group: met on time, late and missing as shares of
// what was owed, the least on time first. Groups that owed nothing are not drawn.
void bar_chart(std::string& out, std::string_view id, std::string_view what, std::vector<Bar> bars) {
  std::erase_if(bars, [](const Bar& b) { return b.counts->owed() == 0; });
  if (bars.empty()) {
    out += "<p class=\"note\">Nothing was owed, so there is no chart.</p>\n";
    return;
  }
  const size_t all = bars.size();
  std::stable_sort(bars.begin(), bars.end(), [](const Bar& a, const Bar& b) {
    return a.counts->met * b.counts->owed() < b.counts->met * a.counts->owed();  // a less on time than b
  });
  if (bars.size() > kMostBars) bars.resize(kMostBars);
  constexpr double kWidth = 960, kLabel = 300, kBar = 570, kRow = 20, kTop = 6, kAxis = 24;
  const double height = kTop + kRow * static_cast<double>(bars.size()) + kAxis;
  const double bottom = kTop + kRow * static_cast<double>(bars.size());
  const std::string shown = all > bars.size() ? fmt::format("the {} of {} least on time", bars.size(), all)
                                              : fmt::format("all {}, the least on time first", all);
  out += "<figure>\n";
  out += fmt::format(
      "<svg class=\"chart\" viewBox=\"0 0 {0} {1}\" width=\"{0}\" height=\"{1}\" role=\"img\" "
      "aria-labelledby=\"{2}-t\"><title id=\"{2}-t\">Met on time, late and missing as shares of what was owed, "
      "{3}: {4}. The table gives every figure.</title>\n",
      num(kWidth), num(height), id, what, shown);
  for (const int p : {0, 25, 50, 75, 100}) {
    const double x = kLabel + kBar * p / 100.0;
    out += fmt::format("<line class=\"grid\" x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\"/><text class=\"small\" "
                       "x=\"{0}\" y=\"{3}\" text-anchor=\"middle\">{4}%</text>\n",
                       num(x), num(kTop), num(bottom), num(bottom + 16), p);
  }
  for (size_t i = 0; i < bars.size(); ++i) {
    const Bar& b = bars[i];
    const ComplianceCounts& c = *b.counts;
    const double y = kTop + kRow * static_cast<double>(i);
    const double owed = static_cast<double>(c.owed());
    out += fmt::format("<g><title>{}: {}</title><text class=\"small\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
                       escaped(b.label), counts_words(c), num(kLabel - 8), num(y + 14), html::clipped(b.label, 40));
    double x = kLabel;
    for (const auto& [n, cls] : {std::pair{c.met, "b-met"}, {c.late, "b-late"}, {c.missing, "b-missing"}}) {
      if (n == 0) continue;
      const double w = kBar * static_cast<double>(n) / owed;
      out += fmt::format("<rect class=\"mark {}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"14\"/>", cls, num(x),
                         num(y + 3), num(w));
      x += w;
    }
    out += fmt::format("<text class=\"small\" x=\"{}\" y=\"{}\">{}</text></g>\n", num(kLabel + kBar + 8), num(y + 14),
                       pct_text(c));
  }
  out += "</svg>\n";
  out += fmt::format("<figcaption>{}: blue met on time, orange late, hatched red missing; {}.</figcaption>\n"
                     "</figure>\n",
                     what, shown);
}

// The month-by-month line: the share on time per standard, per month of the
// period (from the month of --from to the audit date's; a month the audit
// date opens is left out, as nothing in it could be missing yet). Nothing
// when the period spans less than two months.
void month_section(std::string& out, const ComplianceReport& months) {
  if (!months.from) return;
  const Date last = add_days(months.as_of, -1);
  std::vector<std::string> keys;
  for (Date m = Date::from_ymd(months.from->ymd().year, months.from->ymd().month, 1); m <= last; m = add_months(m, 1))
    keys.push_back(m.iso().substr(0, 7));
  if (keys.size() < 2) return;
  std::vector<std::string_view> standards;
  for (const ComplianceRow& r : months.rows)
    if (r.total && !r.standard.empty()) standards.push_back(r.standard);
  // counts[s][m]: standard s's requirements due in month m.
  std::vector<std::vector<ComplianceCounts>> counts(standards.size(), std::vector<ComplianceCounts>(keys.size()));
  for (const ComplianceRow& r : months.rows) {
    if (r.total) continue;
    const auto s = std::find(standards.begin(), standards.end(), r.standard);
    const auto m = std::find(keys.begin(), keys.end(), r.keys[0]);
    if (s != standards.end() && m != keys.end())
      counts[static_cast<size_t>(s - standards.begin())][static_cast<size_t>(m - keys.begin())] = r.counts;
  }
  double lowest = 100;
  bool any = false;
  for (const auto& row : counts)
    for (const ComplianceCounts& c : row)
      if (c.owed()) lowest = std::min(lowest, on_time(c)), any = true;
  out += "<h2 id=\"months\">Month by month</h2>\n";
  out += fmt::format("<p>The share on time of the requirements due in each month, from {} to the audit date {} "
                     "(each month's own: a requirement counts in the month it fell due).</p>\n",
                     months.from->iso(), months.as_of.iso());
  if (!any) {
    out += "<p class=\"note\">Nothing was owed in these months, so there is no chart.</p>\n";
  } else {
    const double floor = std::max(0.0, std::floor((lowest - 5) / 10) * 10);
    constexpr double kWidth = 960, kLeft = 56, kRight = 170, kTop = 14, kPlot = 260, kAxis = 40;
    const double step = (kWidth - kLeft - kRight) / static_cast<double>(keys.size());
    const auto x = [&](size_t m) { return kLeft + step * (static_cast<double>(m) + 0.5); };
    const auto y = [&](double p) { return kTop + kPlot * (1 - (p - floor) / (100 - floor)); };
    out += "<figure>\n";
    out += fmt::format(
        "<svg class=\"chart\" viewBox=\"0 0 {0} {1}\" width=\"{0}\" height=\"{1}\" role=\"img\" "
        "aria-labelledby=\"months-t\"><title id=\"months-t\">The share on time per standard, month by month, {2} to "
        "{3}; the table below gives every figure.</title>\n",
        num(kWidth), num(kTop + kPlot + kAxis), keys.front(), keys.back());
    for (double p = floor; p <= 100.001; p += floor >= 60 ? 5 : 10)
      out += fmt::format("<line class=\"grid\" x1=\"{0}\" y1=\"{1}\" x2=\"{2}\" y2=\"{1}\"/><text class=\"small\" "
                         "x=\"{3}\" y=\"{4}\" text-anchor=\"end\">{5}%</text>\n",
                         num(kLeft), num(y(p)), num(kWidth - kRight), num(kLeft - 6), num(y(p) + 4), p);
    const size_t every = (keys.size() + 11) / 12;  // at most about twelve month labels
    for (size_t m = 0; m < keys.size(); ++m)
      if (m % every == 0)
        out += fmt::format("<text class=\"small\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n", num(x(m)),
                           num(kTop + kPlot + 18),
                           html::month_label(Date::from_ymd(std::stoi(keys[m].substr(0, 4)), std::stoi(keys[m].substr(5)), 1)));
    // End labels, moved apart where two lines end close together.
    std::vector<std::pair<double, size_t>> ends;
    for (size_t s = 0; s < standards.size(); ++s) {
      std::string path;
      bool pen = false;
      const size_t cls = s % 7;
      std::string marks;
      double end_y = -1;
      for (size_t m = 0; m < keys.size(); ++m) {
        const ComplianceCounts& c = counts[s][m];
        if (!c.owed()) {
          pen = false;
          continue;
        }
        const double px = x(m), py = y(on_time(c));
        path += fmt::format("{}{} {}", pen ? "L" : "M", num(px), num(py));
        pen = true;
        end_y = py;
        const std::string title = escaped(standards[s]) + ", " + keys[m] + ": " + counts_words(c);
        series_marker(marks, s, px, py, title, true);
      }
      if (path.empty()) continue;
      out += fmt::format("<g class=\"series c{}\"><path class=\"line\" d=\"{}\"/>{}</g>\n", cls, path, marks);
      ends.emplace_back(end_y, s);
    }
    std::sort(ends.begin(), ends.end());
    double previous = -1e9;
    for (auto& [ey, s] : ends) {
      ey = std::max(ey + 4, previous + 13);
      previous = ey;
      out += fmt::format("<text class=\"small\" x=\"{}\" y=\"{}\">{}</text>\n", num(kWidth - kRight + 10), num(ey),
                         escaped(standards[s]));
    }
    out += "</svg>\n<figcaption><ul class=\"legend\">";
    for (size_t s = 0; s < standards.size(); ++s) {
      out += fmt::format("<li><svg width=\"30\" height=\"14\" viewBox=\"0 0 30 14\" aria-hidden=\"true\"><g class=\"series "
                         "c{}\"><path class=\"line\" d=\"M2 7L28 7\"/>",
                         s % 7);
      series_marker(out, s, 15, 7, "", false);
      out += fmt::format("</g></svg>{}</li>", escaped(standards[s]));
    }
    out += "</ul>Each standard a line of its own colour and marker; a month that owed nothing leaves a gap."
           "</figcaption>\n</figure>\n";
  }
  out += "<table class=\"sortable\">\n<thead><tr><th>month</th>";
  for (const std::string_view s : standards) out += fmt::format("<th class=\"num\">{} on time</th>", escaped(s));
  out += "</tr></thead>\n<tbody>\n";
  for (size_t m = 0; m < keys.size(); ++m) {
    out += fmt::format("<tr><td class=\"date\">{}</td>", keys[m]);
    for (size_t s = 0; s < standards.size(); ++s) {
      const ComplianceCounts& c = counts[s][m];
      const std::string p = on_time_percent(c);
      out += fmt::format("<td class=\"num\" data-v=\"{}\">{}{}</td>", p.empty() ? "-1" : p, pct_text(c),
                         c.owed() ? fmt::format(" of {}", with_commas(c.owed())) : "");
    }
    out += "</tr>\n";
  }
  out += "</tbody>\n</table>\n";
}

}  // namespace

void write_compliance_html(const std::vector<ComplianceReport>& sections, const ComplianceReport* months,
                           std::string& out) {
  if (sections.empty()) return;
  const ComplianceReport& first = sections.front();
  html::begin_page(out, fmt::format("caseaudit summary as of {}", first.as_of.iso()));
  out += first.from ? fmt::format("<p class=\"meta\">Period: requirements due on or after {}.</p>\n", first.from->iso())
                    : "<p class=\"meta\">Period: every requirement, whatever its due date.</p>\n";
  out += "<p class=\"note\"><b>owed</b>: due before the audit date, or met (met on time + late + missing); "
         "<b>late</b>: met after the due date; <b>missing</b>: not met and overdue; <b>not yet due</b>: not met "
         "and not owed yet; <b>not evaluable</b>: the export cannot show it (why: on standard error), never owed; "
         "<b>on time</b>: met on time as a share of owed. A column heading sorts its table.</p>\n";

  // The sections' names, for the contents and the headings.
  std::vector<std::string> names;
  for (const ComplianceReport& s : sections) {
    std::string name = "By ";
    for (size_t k = 0; k < s.by.size(); ++k) name += (k ? " / " : "") + key_heading(s.by[k]);
    names.push_back(name);
  }
  std::string by_month;
  if (months) month_section(by_month, *months);
  out += "<nav class=\"toc\"><ul><li><a href=\"#standards\">By standard</a></li>";
  if (!by_month.empty()) out += "<li><a href=\"#months\">Month by month</a></li>";
  for (size_t i = 0; i < sections.size(); ++i)
    out += fmt::format("<li><a href=\"#section-{}\">{}</a></li>", i + 1, names[i]);
  out += "</ul></nav>\n";

  // By standard: each standard's total (the same in every section).
  size_t chart = 0;
  out += "<h2 id=\"standards\">By standard</h2>\n";
  std::vector<Bar> bars;
  const ComplianceRow* overall = nullptr;
  for (const ComplianceRow& r : first.rows) {
    if (!r.total) continue;
    if (r.standard.empty()) overall = &r;
    else bars.push_back({std::string(r.standard), &r.counts});
  }
  bar_chart(out, fmt::format("chart{}", ++chart), "by standard", bars);
  out += "<table class=\"sortable\">\n<thead><tr><th>standard</th>";
  count_heads(out);
  out += "</tr></thead>\n<tbody>\n";
  for (const Bar& b : bars) {
    out += fmt::format("<tr><td>{}</td>", escaped(b.label));
    count_cells(out, *b.counts);
    out += "</tr>\n";
  }
  out += "</tbody>\n";
  if (overall) {
    out += "<tfoot><tr><th>all standards</th>";
    count_cells(out, overall->counts, true);
    out += "</tr></tfoot>\n";
  }
  out += "</table>\n";
  out += by_month;

  for (size_t i = 0; i < sections.size(); ++i) {
    const ComplianceReport& s = sections[i];
    out += fmt::format("<h2 id=\"section-{}\">{}</h2>\n", i + 1, names[i]);
    for (size_t at = 0; at < s.rows.size();) {
      const std::string_view standard = s.rows[at].standard;
      if (standard.empty()) break;  // the total over all standards: in "By standard"
      size_t end = at;
      while (end < s.rows.size() && !s.rows[end].total) ++end;  // the groups, then the standard's total
      out += fmt::format("<h3>{}</h3>\n", escaped(standard));
      std::vector<Bar> groups;
      for (size_t r = at; r < end; ++r) {
        std::string label;
        for (size_t k = 0; k < s.by.size(); ++k) {
          if (k) label += " / ";
          label += key_text(s.by[k], s.rows[r].keys[k]);
        }
        groups.push_back({label, &s.rows[r].counts});
      }
      bar_chart(out, fmt::format("chart{}", ++chart), fmt::format("{}, b{}", escaped(standard), names[i].substr(1)),
                groups);
      out += "<table class=\"sortable\">\n<thead><tr>";
      for (const GroupBy g : s.by) out += fmt::format("<th>{}</th>", key_heading(g));
      count_heads(out);
      out += "</tr></thead>\n<tbody>\n";
      for (size_t r = at; r < end; ++r) {
        out += "<tr>";
        for (size_t k = 0; k < s.by.size(); ++k)
          out += fmt::format("<td>{}</td>", escaped(key_text(s.by[k], s.rows[r].keys[k])));
        count_cells(out, s.rows[r].counts);
        out += "</tr>\n";
      }
      out += "</tbody>\n";
      if (end < s.rows.size()) {
        out += fmt::format("<tfoot><tr><th colspan=\"{}\">total</th>", s.by.size());
        count_cells(out, s.rows[end].counts, true);
        out += "</tr></tfoot>\n";
      }
      out += "</table>\n";
      at = end + 1;
    }
  }
  html::end_page(out);
}

}  // namespace ca
