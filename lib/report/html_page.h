#pragma once
// What every HTML page of caseaudit shares (summary, audit, explain, the
// sample's index): one self-contained file, its CSS and its one script inline
// and its charts inline SVG, under a Content-Security-Policy that lets
// nothing else load or run (default-src 'none'; the page's own style and
// script allowed by their SHA-256), laid out to print on A4. Every value from
// the export or a standard goes through escaped(): a team named
// <script>alert(1)</script> is shown, never run.
#include <string>
#include <string_view>

namespace ca::html {

// Text for HTML (element content and quoted attribute values alike): first
// made visible as the text report makes it (append_text: control characters
// as \xNN, bidirectional controls as \u202e), then & < > " ' as entities.
void append_escaped(std::string& out, std::string_view s);
std::string escaped(std::string_view s);

// A file name as one segment of a relative URL: every byte other than
// letters, digits, '-', '_', '.' and '~' as %XX, so that "A%2FB.html" (a case
// id holding a '/') is linked as "A%252FB.html".
std::string url_segment(std::string_view name);

// The CSP of every page, with the hashes of style() and script().
const std::string& content_security_policy();
// The pages' CSS (screen and print) and their one script (sortable tables:
// a click on a column heading of a table.sortable sorts its body by that
// column, by each cell's data-v when it has one).
std::string_view style();
std::string_view script();

// The page up to and including its <h1>: doctype, the CSP, the title (plain
// text, escaped here), the style, and the SVG patterns the charts use.
void begin_page(std::string& out, std::string_view title);
// The script and the page's end.
void end_page(std::string& out);

}  // namespace ca::html
