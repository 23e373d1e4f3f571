#pragma once
// SHA-256 (FIPS 180-4), for the hashes an HTML page's Content-Security-Policy
// allows its own inline style and script by (report/html_page.h).
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace ca {

std::array<uint8_t, 32> sha256(std::string_view data);

// Standard base64 (RFC 4648, with padding) of bytes.
std::string base64(const uint8_t* bytes, size_t n);

}  // namespace ca
