// sample --format html: the listing as the index page of the case pages
// (report/sample.h), each chosen case linking to its explain page.
#include <fmt/format.h>

#include <map>

#include "report/html_page.h"
#include "report/sample.h"
#include "report/summary.h"

namespace ca {

using html::escaped;

std::string write_sample_html(const std::vector<SampleCase>& population, const Sample& s, const SampleDraw& draw,
                              const SampleListing& l) {
  std::map<std::string_view, const Stratum*> strata;
  for (const Stratum& st : s.strata) strata[st.name] = &st;
  std::string out;
  html::begin_page(out, fmt::format("File-audit sample as of {}", l.as_of));
  std::string standards;
  for (const std::string& st : l.standards) standards += (standards.empty() ? "" : ", ") + escaped(st);
  out += fmt::format("<p class=\"meta\">{} of {} drawn from {}{}.<br>Seed {}; strata by {}; {}; breaches under "
                     "{}.</p>\n",
                     s.chosen.size(), plural(s.population, "case", "cases"),
                     l.open_on.empty() ? "every case" : "the cases open on ", l.open_on, draw.seed, l.by,
                     draw.focus_breaches ? "weighted towards cases with breaches (weight 1 + breaches)"
                                         : "every case equally likely",
                     standards);
  if (s.population == 0) out += "<p>No case to draw from.</p>\n";
  else if (draw.size > s.population)
    out += fmt::format("<p>Asked for {}: the whole population is listed.</p>\n", draw.size);
  out += "<h2>The cases chosen</h2>\n";
  if (!l.explain_files.empty()) out += "<p>Each case links to its page: its timeline and every requirement.</p>\n";
  out += "<table class=\"sortable\">\n<thead><tr><th>case</th><th>team</th><th>worker</th><th class=\"num\">late</th>"
         "<th class=\"num\">missing</th><th class=\"num\">breaches</th><th>why chosen</th></tr></thead>\n<tbody>\n";
  for (size_t k = 0; k < s.chosen.size(); ++k) {
    const SampleCase& c = population[s.chosen[k]];
    const std::string id = escaped(c.case_id);
    out += k < l.explain_files.size()
               ? fmt::format("<tr><td><a href=\"{}\">{}</a></td>", html::url_segment(l.explain_files[k]), id)
               : fmt::format("<tr><td>{}</td>", id);
    out += fmt::format("<td>{}</td><td>{}</td>", escaped(c.team), escaped(c.worker));
    for (const uint64_t n : {c.late, c.missing, c.late + c.missing})
      out += fmt::format("<td class=\"num\" data-v=\"{0}\">{0}</td>", n);
    out += fmt::format("<td>{}</td></tr>\n", escaped(chosen_because(c, *strata[c.stratum], draw, l.by)));
  }
  out += "</tbody>\n</table>\n<h2>Strata</h2>\n<table class=\"sortable\">\n<thead><tr><th>" + std::string(l.by) +
         "</th><th class=\"num\">cases</th><th class=\"num\">chosen</th><th class=\"num\">exact share</th></tr>"
         "</thead>\n<tbody>\n";
  for (const Stratum& st : s.strata)
    out += fmt::format("<tr><td>{}</td><td class=\"num\" data-v=\"{}\">{}</td><td class=\"num\" data-v=\"{}\">{}</td>"
                       "<td class=\"num\" data-v=\"{:.4f}\">{:.2f}</td></tr>\n",
                       st.name.empty() ? "(none)" : escaped(st.name), st.cases, st.cases, st.chosen, st.chosen,
                       st.share, st.share);
  out += "</tbody>\n</table>\n";
  html::end_page(out);
  return out;
}

}  // namespace ca
