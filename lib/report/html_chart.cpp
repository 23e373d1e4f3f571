#include "report/html_chart.h"

#include <fmt/format.h>

#include <cmath>

#include "report/html_page.h"

namespace ca::html {
namespace {

constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

void shape(std::string& out, Mark m, double x, double y, std::string_view cls, std::string_view title) {
  const std::string t = title.empty() ? std::string() : fmt::format("<title>{}</title>", title);
  const std::string X = num(x), Y = num(y);
  switch (m) {
    case Mark::met:
      out += fmt::format("<circle class=\"{}m-met\" cx=\"{}\" cy=\"{}\" r=\"5\">{}</circle>", cls, X, Y, t);
      break;
    case Mark::late:
      out += fmt::format("<path class=\"{}m-late\" d=\"M{} {}L{} {}L{} {}L{} {}Z\">{}</path>", cls, X, num(y - 6.5),
                         num(x + 6.5), Y, X, num(y + 6.5), num(x - 6.5), Y, t);
      break;
    case Mark::missing:
      out += fmt::format(
          "<g class=\"{}m-missing\"><rect x=\"{}\" y=\"{}\" width=\"11\" height=\"11\"/>"
          "<path class=\"m-missing-x\" d=\"M{} {}L{} {}M{} {}L{} {}\"/>{}</g>",
          cls, num(x - 5.5), num(y - 5.5), num(x - 3), num(y - 3), num(x + 3), num(y + 3), num(x - 3), num(y + 3),
          num(x + 3), num(y - 3), t);
      break;
    case Mark::pending:
      out += fmt::format("<circle class=\"{}m-pending\" cx=\"{}\" cy=\"{}\" r=\"4.5\">{}</circle>", cls, X, Y, t);
      break;
    case Mark::not_evaluable:
      out += fmt::format("<rect class=\"{}m-not_evaluable\" x=\"{}\" y=\"{}\" width=\"9\" height=\"9\">{}</rect>", cls,
                         num(x - 4.5), num(y - 4.5), t);
      break;
    case Mark::not_counted:
      out += fmt::format("<path class=\"{}m-notcounted\" d=\"M{} {}L{} {}L{} {}Z\">{}</path>", cls, X, num(y - 4),
                         num(x + 4), num(y + 3.5), num(x - 4), num(y + 3.5), t);
      break;
  }
}

}  // namespace

std::string clipped(std::string_view s, size_t most) {
  size_t points = 0, cut = s.size();
  for (size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;
    if (points == most - 1) cut = i;
    if (++points > most) return escaped(s.substr(0, cut)) + "\xE2\x80\xA6";
  }
  return escaped(s);
}

std::string num(double v) {
  const double r = std::round(v * 10) / 10;
  return fmt::format("{:.1f}", r == 0 ? 0.0 : r);  // never "-0.0"
}

void append_mark(std::string& out, Mark m, double x, double y, std::string_view title) {
  shape(out, m, x, y, "mark ", title);
}

void append_timeline_legend(std::string& out) {
  static constexpr std::pair<Mark, const char*> kEntries[] = {
      {Mark::met, "met on time"},
      {Mark::late, "late: a line runs to the record that met it"},
      {Mark::missing, "missing: a dashed line runs to the audit date (or the case's closure)"},
      {Mark::pending, "not yet due"},
      {Mark::not_evaluable, "not evaluable from this export"},
      {Mark::not_counted, "a record that did not count (hover for why; listed below)"},
  };
  out += "<ul class=\"legend\">";
  for (const auto& [m, words] : kEntries) {
    out += "<li><svg width=\"16\" height=\"16\" viewBox=\"0 0 16 16\" aria-hidden=\"true\">";
    shape(out, m, 8, 8, "", "");
    out += fmt::format("</svg>{}</li>", words);
  }
  out += "</ul>\n";
}

std::string month_label(Date d) {
  const Ymd ymd = d.ymd();
  return fmt::format("{} {}", kMonths[ymd.month - 1], ymd.year);
}

std::vector<Tick> time_ticks(Date lo, Date hi) {
  std::vector<Tick> ticks;
  if (hi < lo) return ticks;
  if (days_between(lo, hi) <= 100) {
    Date t = lo;
    while (t.weekday() != 0) t = add_days(t, 1);  // Mondays
    for (; t <= hi; t = add_days(t, 7)) {
      const Ymd ymd = t.ymd();
      ticks.push_back({t, fmt::format("{} {}", ymd.day, kMonths[ymd.month - 1])});
    }
    return ticks;
  }
  const Ymd a = lo.ymd(), b = hi.ymd();
  const int months = (b.year - a.year) * 12 + (b.month - a.month);
  int step = 1;
  for (const int s : {1, 2, 3, 6, 12, 24, 60, 120}) {
    step = s;
    if (months / s <= 10) break;
  }
  for (int m = a.year * 12 + (a.month - 1) + 1; m <= b.year * 12 + (b.month - 1); ++m) {
    const int year = m / 12, month = m % 12 + 1;
    if (step < 12 ? (month - 1) % step != 0 : (month != 1 || year % (step / 12) != 0)) continue;
    const Date t = Date::from_ymd(year, month, 1);
    ticks.push_back({t, step < 12 ? month_label(t) : std::to_string(year)});
  }
  return ticks;
}

}  // namespace ca::html
