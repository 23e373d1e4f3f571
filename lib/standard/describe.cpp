#include "standard/describe.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <ostream>
#include <sstream>

#include "standard/registry.h"

namespace ca {
namespace {

constexpr uint8_t kNo = kCodeNo, kYes = kCodeYes;
constexpr size_t kWidth = 80;

std::string trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return std::string(s);
}

std::string capitalised(std::string s) {
  if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
  return s;
}

std::string with_article(const std::string& noun) {
  // "the IRO spoke to the child" has its own article.
  if (noun.starts_with("the ") || noun.starts_with("a ") || noun.starts_with("an ")) return noun;
  const bool vowel = !noun.empty() && std::string_view("aeiouAEIOU").find(noun[0]) != std::string_view::npos;
  return (vowel ? "an " : "a ") + noun;
}

// "a", "a or b", "a, b or c"
std::string join_or(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? " or " : ", ";
    out += items[i];
  }
  return out;
}

// A term's description up to its first ',', ';' or '(' ("looked after, one row per ..." -> "looked after").
std::string short_description(const Term& t) {
  if (t.description.empty()) {
    std::string name = t.name;
    for (char& c : name)
      if (c == '_') c = ' ';
    return name;
  }
  // An aside in brackets is left out ("mental health (CAMHS) screening of a
  // young person" -> "mental health screening of a young person").
  std::string d;
  int depth = 0;
  for (char ch : t.description) {
    if (ch == '(') ++depth;
    if (depth == 0) d += ch;
    if (ch == ')' && depth > 0) --depth;
  }
  std::string out;
  for (size_t i = 0; i < d.size(); ++i)
    if (!(d[i] == ' ' && (i + 1 == d.size() || d[i + 1] == ' '))) out += d[i];  // the aside's space
  return trim(std::string_view(out).substr(0, out.find_first_of(",;")));
}

}  // namespace

std::string episode_noun(EpisodeTypeId type, Level level, const Vocabulary& vocab) {
  const Term& t = vocab.episode_types()[type];
  std::string noun = vocab.episode_noun(type).empty() ? short_description(t) : vocab.episode_noun(type);
  if (level == Level::period)
    return vocab.periods_of_care() == type ? "period of care" : fmt::format("unbroken run of {}s", noun);
  return noun;
}

namespace {

std::string tag_names(TagMask mask, const Vocabulary& vocab) {
  std::vector<std::string> names;
  for (size_t bit = 0; bit < vocab.tags().size(); ++bit)
    if (mask & (TagMask{1} << bit)) names.push_back(vocab.tags()[bit].name);
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) out += (i == 0 ? "" : i + 1 == names.size() ? " and " : ", ") + names[i];
  return out;
}

}  // namespace

std::string scope_noun(const Scope& s, const Vocabulary& vocab) {
  std::string noun = episode_noun(s.episode_type, s.level, vocab);
  std::vector<std::string> tags;
  if (s.tags_all) tags.push_back("tagged " + tag_names(s.tags_all, vocab));
  if (s.tags_none) tags.push_back("not tagged " + tag_names(s.tags_none, vocab));
  for (size_t i = 0; i < tags.size(); ++i) noun += (i == 0 ? " " : " and ") + tags[i];
  return noun;
}

namespace {

// A case scope's `while` types: "a child in need plan, a child protection plan or a looked-after placement".
// The episode types of a mask as nouns: "a child in need plan or a child protection plan".
std::string episode_nouns(EpisodeTypeMask mask, bool article, const Vocabulary& vocab) {
  std::vector<std::string> nouns;
  for (size_t t = 0; t < vocab.episode_types().size(); ++t)
    if (mask & (EpisodeTypeMask{1} << t)) {
      const std::string noun = episode_noun(static_cast<EpisodeTypeId>(t), Level::episode, vocab);
      nouns.push_back(article ? with_article(noun) : noun);
    }
  return join_or(nouns);
}

std::string while_types(const Scope& s, const Vocabulary& vocab) { return episode_nouns(s.while_types, true, vocab); }

// " (not while the child is open only to early help episode or youth justice ...)"
std::string unless_only(const Scope& s, const Vocabulary& vocab) {
  if (!s.unless_only) return "";
  return " (not while the child is open only to " + episode_nouns(s.unless_only, false, vocab) + ")";
}

}  // namespace

std::string scope_start(const Scope& s, const Vocabulary& vocab, bool one) {
  if (s.level == Level::case_open)
    return s.while_types ? "the date the child became open to " + while_types(s, vocab)
                         : "the date the case opened" + unless_only(s, vocab);
  return (one ? "the start of the " : "the start of each ") + scope_noun(s, vocab);
}

std::string scope_end(const Scope& s, const Vocabulary& vocab, bool one) {
  if (s.level == Level::case_open)
    return s.while_types ? "the date the child stopped being open to " + while_types(s, vocab)
                         : "the date the case closed";
  return (one ? "the end of the " : "the end of each ") + scope_noun(s, vocab);
}

std::string during(const Scope& s, const Vocabulary& vocab) {
  if (s.level == Level::case_open)
    return s.while_types ? "while the child is open to " + while_types(s, vocab)
                         : "while the case is open" + unless_only(s, vocab);
  return "during each " + scope_noun(s, vocab);
}

namespace {

const Filter* find_filter(const Selector& s, std::string_view field) {
  for (const Filter& filter : s.filters)
    if (filter.field == field) return &filter;
  return nullptr;
}

// The Y/N values a seen filter lets through: bit 1 = N, bit 2 = Y.
int yes_no(const Filter* f) {
  if (!f) return 0;
  int set = 0;
  for (uint8_t v : f->values) set |= v == kYes ? 2 : v == kNo ? 1 : 0;
  return f->negate ? (~set & 3) : set;
}

std::string seen_clause(const Selector& s) {
  const int seen = yes_no(find_filter(s, "seen"));
  const int alone = yes_no(find_filter(s, "seen_alone"));
  std::vector<std::string> parts;
  if (seen == 2 && alone == 2) {
    parts.push_back("the child was seen alone");
  } else if (seen == 2 && alone == 1) {
    parts.push_back("the child was seen, but not alone");
  } else {
    if (seen == 2) parts.push_back("the child was seen");
    if (seen == 1) parts.push_back("the child was not seen");
    if (seen == 3) parts.push_back("whether the child was seen is recorded");
    if (alone == 2) parts.push_back("the child was seen alone");
    if (alone == 1) parts.push_back("the child was not seen alone");
    if (alone == 3) parts.push_back("whether the child was seen alone is recorded");
  }
  if (parts.empty()) return "";
  std::string out = " where " + parts[0];
  for (size_t i = 1; i < parts.size(); ++i) out += " and " + parts[i];
  return out;
}

// The names of the values a filter lists (as written, before negation).
std::vector<std::string> value_names(const Filter& f, const Vocabulary& vocab) {
  const FieldDecl& decl = vocab.fields(f.file)[f.decl];
  std::vector<std::string> names;
  for (uint8_t v : f.values) {
    if (f.kind == FieldKind::yes_no) names.push_back(v == kYes ? "Y" : "N");
    else if (f.kind == FieldKind::choice) names.push_back(v >= 1 && v <= decl.values.size() ? decl.values[v - 1].name : "?");
  }
  return names;
}

// The filters a phrase has not put in words already: " with outcome icpc_required",
// " with location not virtual", " with report_received given".
std::string other_filters(const Selector& s, const Vocabulary& vocab, std::initializer_list<std::string_view> said) {
  std::string out;
  for (const Filter& f : s.filters) {
    if (std::find(said.begin(), said.end(), f.field) != said.end()) continue;
    out += out.empty() ? " with " : " and ";
    if (f.kind == FieldKind::date) out += f.field + " given";
    else out += fmt::format("{} {}{}", f.field, f.negate ? "not " : "", join_or(value_names(f, vocab)));
  }
  return out;
}

std::string visit_phrase(const Selector& s, const Vocabulary& vocab, bool article) {
  std::string noun = "visit";
  if (const Filter* f = find_filter(s, "visit_type")) {
    const std::string types = join_or(value_names(*f, vocab));
    noun = f->negate ? fmt::format("visit (any type but {})", types) : fmt::format("{} visit", types);
  }
  std::string out = (article ? with_article(noun) : noun) + seen_clause(s);
  if (const Filter* f = find_filter(s, "location")) {
    const std::string places = join_or(value_names(*f, vocab));
    out += f->negate ? " (not " + places + ")" : " at " + places;
  }
  return out + other_filters(s, vocab, {"visit_type", "seen", "seen_alone", "location"});
}

// "a statutory visit where ...", "an initial child protection conference or a review child protection conference";
// without the article: "statutory visit where ...".
std::string records_phrase(const Selector& s, const Vocabulary& vocab, bool article) {
  if (s.types.size() == 1 && s.types[0] == Vocabulary::kVisit) return visit_phrase(s, vocab, article);
  std::vector<std::string> nouns;
  for (TypeId t : s.types) {
    if (t == Vocabulary::kVisit)
      nouns.push_back(article ? "a visit" : "visit");
    else {
      const std::string noun = short_description(vocab.record_types()[t]);
      nouns.push_back(article ? with_article(noun) : noun);
    }
  }
  return join_or(nouns) + other_filters(s, vocab, {});
}

// "every month", not "every 1 month": an interval after "every", as a person says it.
std::string every_text(const Duration& d) {
  const std::string& t = d.text;
  if (t.starts_with("1 ")) return t.substr(2);
  return t;
}

std::string ordinal(size_t n) {
  static const char* names[] = {"first", "second",  "third",  "fourth", "fifth",
                                "sixth", "seventh", "eighth", "ninth",  "tenth"};
  return n >= 1 && n <= 10 ? names[n - 1] : fmt::format("{}th", n);
}

// every_while_open: "A case discussed in supervision, at least every month while a child protection plan is
// open and every 2 months while a child in need plan is open, counted from ...; the interval is ...".
std::string recurring_while_open(const Rule& r, const Vocabulary& vocab) {
  std::vector<std::string> steps;
  for (const EveryWhileOpen& e : r.every_while_open)
    steps.push_back(fmt::format("every {} while {} is open", every_text(e.every),
                                with_article(episode_noun(e.episode_type, Level::episode, vocab))));
  std::string list = steps[0];
  for (size_t i = 1; i < steps.size(); ++i) list += (i + 1 == steps.size() ? " and " : ", ") + steps[i];
  const std::string them = steps.size() == 1 ? "it" : "one of them";
  const std::string from = r.anchor ? fmt::format("counted from the first {} while {} is open",
                                                  records_phrase(*r.anchor, vocab, false), them)
                                    : "counted from the date the child became open to " + them;
  return fmt::format(
      "{}, at least {}, {}{}; each interval counts from the previous one, at the interval of the episode open then "
      "(the one due first, when several are open) and only while that episode lasts, and an episode that starts "
      "brings its own first deadline.",
      capitalised(records_phrase(r.records, vocab, true)), list, from,
      r.scope.count_gaps ? ", the time between them counting too" : "");
}

std::string recurring(const Rule& r, const Vocabulary& vocab) {
  if (!r.every_while_open.empty()) return recurring_while_open(r, vocab);
  const std::string recs = capitalised(records_phrase(r.records, vocab, true));
  const std::string from =
      r.anchor ? fmt::format("counted from the first {} {}", records_phrase(*r.anchor, vocab, false),
                             r.scope.level == Level::case_open ? during(r.scope, vocab)
                                                               : "in each " + scope_noun(r.scope, vocab))
      : r.scope.while_types ? "counted from " + scope_start(r.scope, vocab) +
                                  (r.scope.count_gaps ? ", while the case stays open to them (the time between them counts)"
                                                      : ", while one is open")
                            : "counted from " + scope_start(r.scope, vocab);
  const std::string first = r.first ? fmt::format("; the first within {}", r.first->text) : "";
  if (!r.phases.empty()) {
    const std::string origin = r.anchor ? "the first " + records_phrase(*r.anchor, vocab, false) : "the start";
    std::string steps;
    for (size_t i = 0; i < r.phases.size(); ++i) {
      const Phase& p = r.phases[i];
      steps += fmt::format("{}at least every {}", i == 0 ? "" : ", then ", every_text(p.every));
      if (p.until) steps += fmt::format(" until {} after {}", p.until->text, origin);
      if (p.until_record) steps += " until the first " + records_phrase(*p.until_record, vocab, false);
    }
    return fmt::format("{}, {}: {}{}.", recs, from, steps, first);
  }
  if (r.schedule.size() == 1) return fmt::format("{}, at least every {}, {}{}.", recs, every_text(r.schedule[0]), from, first);
  std::string steps;
  for (size_t i = 0; i + 1 < r.schedule.size(); ++i) {
    steps += i == 0 ? fmt::format("the first within {}", r.schedule[0].text)
                    : fmt::format(", the {} within {} of the {}", ordinal(i + 1), r.schedule[i].text, ordinal(i));
  }
  if (!r.schedule.empty()) steps += fmt::format(", then at least every {}", every_text(r.schedule.back()));
  return fmt::format("{}, {}: {}.", recs, from, steps);
}

std::string trigger_phrase(const Rule& r, const Vocabulary& vocab) {
  switch (r.trigger.kind) {
    case TriggerKind::start:
      return scope_start(r.scope, vocab);
    case TriggerKind::end:
      return scope_end(r.scope, vocab);
    case TriggerKind::record:
      break;
  }
  std::string out = fmt::format("{} {}, {}", r.trigger.record.first ? "the first" : "each",
                                records_phrase(r.trigger.record, vocab, false), during(r.scope, vocab));
  if (r.anchor) out += fmt::format(", from the first {} on", records_phrase(*r.anchor, vocab, false));
  return out;
}

std::string recording_lag(const Rule& r, const Vocabulary& vocab) {
  std::string out = "Every " + records_phrase(r.records, vocab, false);
  if (r.scope.level != Level::case_open || r.scope.while_types) out += " " + during(r.scope, vocab);
  if (r.lag_field == "recorded_date")
    out += fmt::format(" written up within {} of its date", r.limit.text);
  else
    out += fmt::format(" with its {} within {} of its date", r.lag_field, r.limit.text);
  for (const LimitWhenOpen& l : r.limit_when_open)
    out += fmt::format("; within {} while {} is open", l.limit.text,
                       with_article(episode_noun(l.episode_type, Level::episode, vocab)));
  return out + ".";
}

// Word-wraps `text` to kWidth columns: the first line after `first`, the rest indented by `indent` spaces.
// Line breaks in the text start new paragraphs.
void wrap(std::ostream& out, const std::string& first, size_t indent, const std::string& text) {
  std::string line = first;
  bool fresh = true;  // nothing after the prefix yet
  std::istringstream paragraphs(text);
  std::string paragraph;
  bool first_paragraph = true;
  while (std::getline(paragraphs, paragraph)) {
    if (trim(paragraph).empty()) continue;
    if (!first_paragraph) {
      out << line << "\n";
      line = std::string(indent, ' ');
      fresh = true;
    }
    first_paragraph = false;
    std::istringstream words(paragraph);
    std::string word;
    while (words >> word) {
      if (!fresh && line.size() + 1 + word.size() > kWidth) {
        out << line << "\n";
        line = std::string(indent, ' ');
        fresh = true;
      }
      line += (fresh ? "" : " ") + word;
      fresh = false;
    }
  }
  out << line << "\n";
}

}  // namespace

std::string describe_records(const Selector& records, const Vocabulary& vocab) {
  return records_phrase(records, vocab, true);
}

std::string describe_requirement(const Rule& r, const Vocabulary& vocab) {
  const std::string recs = capitalised(records_phrase(r.records, vocab, true));
  switch (r.kind) {
    case Kind::recurring:
      return recurring(r, vocab);
    case Kind::deadline:
      if (r.met_by_end)
        return fmt::format("{} ended within {} of {}.",
                           capitalised(r.scope.level == Level::case_open ? std::string("the case")
                                                                         : "the " + scope_noun(r.scope, vocab)),
                           r.within.text, trigger_phrase(r, vocab));
      // "A visit where the child was seen, within 48 hours of ...": the comma keeps the filter apart from the time.
      return fmt::format("{}{} within {} of {}{}{}.", recs, r.records.filters.empty() ? "" : ",", r.within.text,
                         trigger_phrase(r, vocab),
                         r.look_back ? fmt::format(" (one up to {} before it counts too)", r.look_back->text) : "",
                         r.otherwise ? fmt::format("; where there is none, {} counts instead",
                                                   records_phrase(*r.otherwise, vocab, true))
                                     : "");
    case Kind::lead_time:
      return fmt::format("{} at least {} before each {}, {}.", recs, r.before.text,
                         records_phrase(r.trigger.record, vocab, false), during(r.scope, vocab));
    case Kind::recording_lag:
      return recording_lag(r, vocab);
    case Kind::age:
      return fmt::format("{} by the age of {}, owed only if {} is open on that date.", recs, r.at_age.text,
                         with_article(scope_noun(r.scope, vocab)));
  }
  return recs + ".";
}

void describe_standard(const Standard& s, const Vocabulary& vocab, std::ostream& out) {
  out << s.name << ": " << s.authority << "\n";
  wrap(out, "", 0, s.document);
  out << fmt::format("{} rule{}, {}\n", s.rules.size(), s.rules.size() == 1 ? "" : "s", describe_origin(s));
  for (const Rule& r : s.rules) {
    out << "\n";
    out << r.id << ": " << r.title << "\n";
    wrap(out, "  ", 2, describe_requirement(r, vocab));
    const Term& measure = vocab.measures()[r.measure];
    wrap(out, "  Measure: ", 11,
         measure.description.empty() ? measure.name : measure.name + " - " + measure.description);
    wrap(out, "  Source:  ", 11, s.document + ", section " + r.source.section);
    wrap(out, std::string(11, ' '), 12, "\"" + trim(r.source.quote) + "\"");
    if (!trim(r.note).empty()) wrap(out, "  Note:    ", 11, trim(r.note));
  }
}

}  // namespace ca
