// The HTML pages' shell (report/html_page.h): escaping, URLs, the CSP and
// its hashes; SHA-256 and base64 (report/sha256.h); the charts' axis and
// numbers (report/html_chart.h).
#include "report/html_page.h"

#include <doctest/doctest.h>

#include "report/html_chart.h"
#include "report/sha256.h"
#include "rows.h"

namespace ca {
namespace {

using namespace test;

std::string b64(std::string_view text) {
  const auto h = sha256(text);
  return base64(h.data(), h.size());
}

TEST_CASE("sha256 and base64: the standard's test vectors") {
  CHECK(b64("") == "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
  CHECK(b64("abc") == "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=");
  // 56 bytes: the padding spills into a second block.
  CHECK(b64("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "JI1qYdIGOLjlwCaTDD5gOaM85Flk/yFn9uzt1BnbBsE=");
  const std::string million(1000000, 'a');
  CHECK(b64(million) == "zcduXJkU+5KBocfihNc+Z/GAmkiklyAOBG05zMcRLNA=");
  const uint8_t bytes[] = {0xff, 0xee};
  CHECK(base64(bytes, 1) == "/w==");
  CHECK(base64(bytes, 2) == "/+4=");
}

TEST_CASE("escaped: markup shown as text; control and bidirectional characters made visible") {
  CHECK(html::escaped("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;");
  CHECK(html::escaped("Q\"1 & 2 'x'") == "Q&quot;1 &amp; 2 &#39;x&#39;");
  CHECK(html::escaped("a\x1b[31mb") == "a\\x1b[31mb");
  CHECK(html::escaped("abc\xE2\x80\xAE" "def") == "abc\\u202edef");
  CHECK(html::escaped("Zoë") == "Zoë");
}

TEST_CASE("url_segment: a file name as a relative link, % and every other reserved byte encoded") {
  CHECK(html::url_segment("CAM100101.html") == "CAM100101.html");
  CHECK(html::url_segment("A%2FB%3F%231.html") == "A%252FB%253F%25231.html");
  CHECK(html::url_segment("a b\"<") == "a%20b%22%3C");
}

TEST_CASE("the page: its CSP forbids every fetch and allows exactly its own style and script") {
  const std::string& csp = html::content_security_policy();
  CHECK(csp.starts_with("default-src 'none'; style-src 'sha256-"));
  CHECK(csp.find("'sha256-" + b64(html::style()) + "'") != std::string::npos);
  CHECK(csp.find("script-src 'sha256-" + b64(html::script()) + "'") != std::string::npos);
  CHECK(csp.find("unsafe") == std::string::npos);
  std::string page;
  html::begin_page(page, "Case <b>&");
  html::end_page(page);
  CHECK(page.find("<meta http-equiv=\"Content-Security-Policy\" content=\"" + csp + "\">") != std::string::npos);
  CHECK(page.find("<title>Case &lt;b&gt;&amp;</title>") != std::string::npos);
  CHECK(page.find("<h1>Case &lt;b&gt;&amp;</h1>") != std::string::npos);
  // The bytes between the tags are the ones hashed.
  CHECK(page.find("<style>" + std::string(html::style()) + "</style>") != std::string::npos);
  CHECK(page.find("<script>" + std::string(html::script()) + "</script>") != std::string::npos);
  CHECK(page.find("http:") == std::string::npos);
  CHECK(page.find("https:") == std::string::npos);
  CHECK(page.find("@import") == std::string::npos);
  CHECK(page.ends_with("</html>\n"));
}

TEST_CASE("time_ticks: Mondays over 100 days or less, else months at a step that keeps about ten") {
  auto ticks = html::time_ticks(d(2026, 1, 1), d(2026, 1, 31));  // 2026-01-05 is a Monday
  REQUIRE(ticks.size() == 4);
  CHECK(ticks[0].at == d(2026, 1, 5));
  CHECK(ticks[0].label == "5 Jan");
  CHECK(ticks[3].label == "26 Jan");
  ticks = html::time_ticks(d(2025, 7, 10), d(2026, 3, 1));
  REQUIRE(ticks.size() == 8);  // Aug 2025 to Mar 2026
  CHECK(ticks[0].label == "Aug 2025");
  CHECK(ticks[7].label == "Mar 2026");
  ticks = html::time_ticks(d(2015, 6, 1), d(2026, 3, 1));  // 129 months: every January
  REQUIRE(ticks.size() == 11);
  CHECK(ticks[0].label == "2016");
  CHECK(ticks[10].label == "2026");
  ticks = html::time_ticks(d(2001, 6, 1), d(2026, 3, 1));  // 24 years: every fifth January
  REQUIRE(ticks.size() == 5);
  CHECK(ticks[0].label == "2005");
  CHECK(html::num(-0.04) == "0.0");
  CHECK(html::num(12.25) == "12.3");
  CHECK(html::clipped("abcdef", 4) == "abc\xE2\x80\xA6");
  CHECK(html::clipped("a<b", 4) == "a&lt;b");
}

}  // namespace
}  // namespace ca
