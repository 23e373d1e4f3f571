#include "standard/duration.h"

#include <fmt/format.h>

#include <cctype>
#include <string>
#include <vector>

namespace ca {
namespace {

enum class Word : uint8_t { working_days, days, weeks, months, years, hours, working_hours };

struct Part {
  int64_t count;
  Word word;
};

// The longest duration a rule may name: 10 years' worth in its own unit (a
// year taken as 261 working days, 366 days, 52 weeks). No practice timescale
// comes near it, and counting absurd ones (999999 working days) made a run crawl.
constexpr int64_t kMostYears = 10;
int64_t most(Word w) {
  switch (w) {
    case Word::working_days: return 261 * kMostYears;  // 2610
    case Word::days: return 366 * kMostYears;          // 3660
    case Word::weeks: return 52 * kMostYears;          // 520
    case Word::months: return 12 * kMostYears;         // 120
    case Word::years: return kMostYears;
    case Word::hours: return 24 * 366 * kMostYears;          // 87840
    case Word::working_hours: return 24 * 261 * kMostYears;  // 62640
  }
  return 0;
}

// An age is at most 25 years: care leavers are supported up to 25.
constexpr int64_t kMostAgeYears = 25;

std::optional<Word> unit_word(const std::string& unit) {
  struct Name {
    std::string_view singular, plural;
    Word word;
  };
  static constexpr Name names[] = {
      {"working day", "working days", Word::working_days},
      {"day", "days", Word::days},
      {"week", "weeks", Word::weeks},
      {"month", "months", Word::months},
      {"year", "years", Word::years},
      {"hour", "hours", Word::hours},
      {"working hour", "working hours", Word::working_hours},
  };
  for (const Name& n : names)
    if (unit == n.singular || unit == n.plural) return n.word;
  return std::nullopt;
}

std::string_view plural(Word w) {
  switch (w) {
    case Word::working_days: return "working days";
    case Word::days: return "days";
    case Word::weeks: return "weeks";
    case Word::months: return "months";
    case Word::years: return "years";
    case Word::hours: return "hours";
    case Word::working_hours: return "working hours";
  }
  return "";
}

std::vector<std::string> split_words(std::string_view text) {
  std::vector<std::string> words;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    size_t j = i;
    while (j < text.size() && !std::isspace(static_cast<unsigned char>(text[j]))) ++j;
    if (j > i) words.emplace_back(text.substr(i, j - i));
    i = j;
  }
  return words;
}

bool is_number(const std::string& w) {
  if (w.empty() || w.size() > 6) return false;
  for (char c : w)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

}  // namespace

Status parse_duration(std::string_view raw, DurationUse use, Duration& out) {
  const std::string_view text = trim(raw);
  if (text.empty()) return Status::error("a duration is empty (write a number and a unit, e.g. '10 working days')");
  auto fail = [&](std::string_view why) { return Status::error(fmt::format("'{}': {}", text, why)); };

  // number unit-words [number unit-words ...]
  const std::vector<std::string> words = split_words(text);
  std::vector<Part> parts;
  for (size_t i = 0; i < words.size();) {
    if (!is_number(words[i])) {
      if (words[i].find_first_not_of("0123456789") == std::string::npos) return fail("the number is too large");
      return fail("expected a number and a unit, e.g. '10 working days'");
    }
    const int64_t count = std::stoll(words[i]);
    std::string unit;
    size_t j = i + 1;
    for (; j < words.size() && !is_number(words[j]); ++j) unit += (unit.empty() ? "" : " ") + words[j];
    if (unit.empty()) return fail(fmt::format("missing a unit (use {})", kDurationUnits));
    std::string lower;
    for (char c : unit) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const auto word = unit_word(lower);
    if (!word) return fail(fmt::format("unknown unit '{}' (use {})", unit, kDurationUnits));
    parts.push_back({count, *word});
    i = j;
  }

  out = Duration{};
  out.text = std::string(text);
  if (use == DurationUse::age) {
    int64_t months = 0;
    for (size_t k = 0; k < parts.size(); ++k) {
      const Part& p = parts[k];
      if (p.word != Word::years && p.word != Word::months)
        return fail("at_age is in years and months, e.g. '15 years 9 months'");
      if (k > 0 && !(parts[k - 1].word == Word::years && p.word == Word::months))
        return fail("write the years, then the months, e.g. '15 years 9 months'");
      months += p.word == Word::years ? p.count * 12 : p.count;
    }
    if (months == 0) return fail("an age must be more than 0");
    if (months > kMostAgeYears * 12) return fail(fmt::format("an age must be at most {} years", kMostAgeYears));
    out.count = static_cast<int32_t>(months);
    out.unit = Unit::months;
    return Status::ok();
  }

  if (parts.size() > 1) return fail("give one number and one unit (only at_age may combine them)");
  const Part& p = parts[0];
  if ((p.word == Word::hours || p.word == Word::working_hours) && p.count % 24 != 0)
    return fail("hours must be whole days (24, 48, 72, ...)");
  if (use == DurationUse::interval && p.count == 0) return fail("an interval must be at least 1");
  if (p.count > most(p.word)) {
    if (p.word == Word::years) return fail(fmt::format("too long: at most {} years", kMostYears));
    return fail(fmt::format("too long: at most {} years ({} {})", kMostYears, most(p.word), plural(p.word)));
  }
  switch (p.word) {
    case Word::working_days:
      out.unit = Unit::working_days;
      out.count = static_cast<int32_t>(p.count);
      break;
    case Word::working_hours:
      out.unit = Unit::working_days;
      out.count = static_cast<int32_t>(p.count / 24);
      break;
    case Word::days:
      out.unit = Unit::days;
      out.count = static_cast<int32_t>(p.count);
      break;
    case Word::hours:
      out.unit = Unit::days;
      out.count = static_cast<int32_t>(p.count / 24);
      break;
    case Word::weeks:
      out.unit = Unit::weeks;
      out.count = static_cast<int32_t>(p.count);
      break;
    case Word::months:
      out.unit = Unit::months;
      out.count = static_cast<int32_t>(p.count);
      break;
    case Word::years:
      out.unit = Unit::months;
      out.count = static_cast<int32_t>(p.count * 12);
      break;
  }
  return Status::ok();
}

}  // namespace ca
