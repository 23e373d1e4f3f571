#pragma once
// The pieces of SVG the HTML pages' charts share (report/html_page.h): the
// marks of a requirement's outcome, each a shape of its own as well as a
// colour (circle, diamond, crossed square), their legend, a time axis, and
// numbers written the same way on every run. Every element a chart draws for
// a fact carries class "mark" (the browser test counts them) and a <title>,
// shown on hover.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"

namespace ca::html {

enum class Mark : uint8_t { met, late, missing, pending, not_evaluable, not_counted };

// A coordinate with one decimal ("12.5", "-3.0").
std::string num(double v);

// The mark centred at (x, y) with its hover text (`title`, already escaped).
void append_mark(std::string& out, Mark m, double x, double y, std::string_view title);

// The timeline's legend, as a list (each entry a small drawing and its words).
void append_timeline_legend(std::string& out);

// Where a time axis from `lo` to `hi` has its ticks and what each says:
// weekly ("12 Jan") over 100 days or less, else every 1, 2, 3, 6 or 12
// months ("Jan 2026", or "2026" for yearly ticks), at most about ten.
struct Tick {
  Date at;
  std::string label;
};
std::vector<Tick> time_ticks(Date lo, Date hi);

// At most `most` code points of `s`, escaped; a longer one ends in "…" (a
// chart's label, whose whole text is in its <title>).
std::string clipped(std::string_view s, size_t most);

// "Jan 2026": the month of a date.
std::string month_label(Date d);

}  // namespace ca::html
