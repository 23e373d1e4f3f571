#include "report/html_page.h"

#include <fmt/format.h>

#include "report/cells.h"
#include "report/sha256.h"

namespace ca::html {

void append_escaped(std::string& out, std::string_view s) {
  for (const char c : terminal_text(s)) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
}

std::string escaped(std::string_view s) {
  std::string out;
  append_escaped(out, s);
  return out;
}

std::string url_segment(std::string_view name) {
  std::string out;
  for (const unsigned char c : name) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
        c == '.' || c == '~')
      out += static_cast<char>(c);
    else
      out += fmt::format("%{:02X}", c);
  }
  return out;
}

static std::string hash_source(std::string_view text) {
  const auto digest = sha256(text);
  return "'sha256-" + base64(digest.data(), digest.size()) + "'";
}

const std::string& content_security_policy() {
  // default-src 'none' forbids every fetch (scripts, styles, images, fonts,
  // frames, connections); only the page's own <style> and <script> may apply.
  static const std::string csp = "default-src 'none'; style-src " + hash_source(style()) + "; script-src " +
                                 hash_source(script()) + "; base-uri 'none'; form-action 'none'";
  return csp;
}

void begin_page(std::string& out, std::string_view title) {
  out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta http-equiv=\"Content-Security-Policy\" content=\"" + content_security_policy() + "\">\n";
  out += "<meta name=\"referrer\" content=\"no-referrer\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<meta name=\"generator\" content=\"caseaudit\">\n<title>";
  append_escaped(out, title);
  out += "</title>\n<style>";
  out += style();
  out += "</style>\n</head>\n<body>\n";
  // The hatching that marks "missing" in bar charts, so that it is told from
  // "late" without colour (printed in grey, too).
  out += "<svg class=\"defs\" aria-hidden=\"true\" focusable=\"false\"><defs>"
         "<pattern id=\"ca-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
         "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#d55e00\"/>"
         "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#fff\" stroke-width=\"2\"/></pattern>"
         "</defs></svg>\n<h1>";
  append_escaped(out, title);
  out += "</h1>\n";
}

void end_page(std::string& out) {
  out += "<script>";
  out += script();
  out += "</script>\n</body>\n</html>\n";
}

}  // namespace ca::html
