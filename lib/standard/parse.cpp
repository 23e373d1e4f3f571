#include "standard/parse.h"

#include <fmt/format.h>

#include "vocab/yaml_problem.h"

#include <algorithm>
#include <map>

#include "standard/nearest.h"
#include "standard/parse_parts.h"

namespace ca {
namespace {

constexpr std::string_view kTopKeys[] = {"standard", "authority", "document", "rules"};
constexpr std::string_view kRuleKeys[] = {"id",     "title",    "measure",         "kind",
                                          "scope",  "records",  "source",          "note",
                                          "every",  "schedule", "phases",          "every_while_open",
                                          "first",  "anchor",   "trigger",         "within",
                                          "before", "limit",    "limit_when_open", "at_age",
                                          "field",  "look_back", "otherwise"};
constexpr std::string_view kRequiredRuleKeys[] = {"id", "title", "measure", "kind", "scope", "records", "source"};
constexpr std::string_view kSourceKeys[] = {"section", "quote"};
constexpr std::string_view kPhaseKeys[] = {"every", "until", "until_record"};
constexpr std::string_view kKindNames[] = {"recurring", "deadline", "lead_time", "recording_lag", "age"};

// The keys each kind takes beyond the common ones, and those it requires.
struct KindKeys {
  std::vector<std::string_view> takes, required;
};
const KindKeys& kind_keys(Kind k) {
  static const KindKeys keys[] = {
      {{"every", "schedule", "phases", "every_while_open", "first", "anchor"}, {}},
      {{"trigger", "within", "look_back", "anchor", "otherwise"}, {"trigger", "within"}},
      {{"trigger", "before"}, {"trigger", "before"}},
      {{"limit", "limit_when_open", "field"}, {"limit"}},
      {{"at_age"}, {"at_age"}},
  };
  return keys[static_cast<int>(k)];
}

bool is_common_key(std::string_view key) {
  return std::find(std::begin(kRequiredRuleKeys), std::end(kRequiredRuleKeys), key) != std::end(kRequiredRuleKeys) ||
         key == "note";
}

// [a-z0-9][a-z0-9-]*
bool valid_id(std::string_view id) {
  auto lower_or_digit = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
  return !id.empty() && lower_or_digit(id[0]) &&
         std::all_of(id.begin(), id.end(), [&](char c) { return lower_or_digit(c) || c == '-'; });
}

// The file's name and its NAME when origin ends in NAME.yaml or NAME.yml.
struct FileName {
  std::string base, stem;
};
std::optional<FileName> file_name(const std::string& origin) {
  const size_t slash = origin.find_last_of('/');
  std::string base = slash == std::string::npos ? origin : origin.substr(slash + 1);
  for (std::string_view ext : {".yaml", ".yml"})
    if (base.size() > ext.size() && base.ends_with(ext)) {
      std::string stem = base.substr(0, base.size() - ext.size());
      return FileName{std::move(base), std::move(stem)};
    }
  return std::nullopt;
}

class Parser {
 public:
  Parser(const std::string& origin, const Vocabulary& vocab) : origin_(origin), vocab_(vocab), diag_(origin) {}

  ParseResult run(std::string_view yaml) {
    ParseResult result;
    result.standard.origin = origin_;
    YAML::Node root;
    int line = 0, column = 0;
    if (std::string why = text_problem(yaml, line, column); !why.empty()) {
      result.errors = {fmt::format("{}:{}:{}: {} (a standard holds UTF-8 text without control characters)", origin_, line, column, why)};
      return result;
    }
    try {
      root = YAML::Load(std::string(yaml));
      read_standard(root, result.standard);
    } catch (const YAML::Exception& e) {
      diag_.error(e.mark, yaml_problem(e));
    }
    result.errors = diag_.messages();
    return result;
  }

 private:
  // A required text value of a map; reports it missing (at `where`) or empty.
  std::optional<std::string> required_text(const MapReader& map, std::string_view key, const std::string& label) {
    const Entry* e = map.find(key);
    if (!e) {
      diag_.error(map.node(), fmt::format("{}missing '{}'", label, key));
      return std::nullopt;
    }
    auto text = scalar_text(*e, diag_);
    if (text && text->empty()) {
      diag_.error(e->key_node, fmt::format("'{}' is empty", key));
      return std::nullopt;
    }
    return text;
  }

  void read_standard(const YAML::Node& root, Standard& s) {
    if (root.IsNull()) {
      YAML::Mark start;  // 1:1
      diag_.error(start, "the file is empty: a standard needs standard, authority, document and rules");
      return;
    }
    if (!root.IsMap()) {
      diag_.error(root, "a standard must be a map with standard, authority, document and rules");
      return;
    }
    MapReader top(root, kTopKeys, diag_);
    if (auto name = required_text(top, "standard", "")) {
      s.name = *name;
      const Entry* e = top.find("standard");
      if (auto file = file_name(origin_); file && file->stem != s.name) {
        diag_.error(e->value, fmt::format("standard '{}' does not match the file name '{}' (write 'standard: {}')",
                                          s.name, file->base, file->stem));
      } else if (!valid_id(s.name)) {
        diag_.error(e->value, fmt::format("standard '{}' must be lower case letters, digits and '-'", s.name));
      }
    }
    if (auto a = required_text(top, "authority", "")) s.authority = *a;
    if (auto d = required_text(top, "document", "")) s.document = *d;

    const Entry* rules = top.find("rules");
    if (!rules) {
      diag_.error(root, "missing 'rules'");
      return;
    }
    if (rules->value.IsNull() || (rules->value.IsSequence() && rules->value.size() == 0)) {
      diag_.error(rules->key_node, "'rules' is empty: a standard needs at least one rule");
      return;
    }
    if (!rules->value.IsSequence()) {
      diag_.error(rules->value, "'rules' must be a list of rules, each starting '- id: ...'");
      return;
    }
    size_t index = 0;
    for (const auto& node : rules->value) {
      ++index;
      if (auto rule = read_rule(node, index)) s.rules.push_back(std::move(*rule));
    }
  }

  std::optional<Rule> read_rule(const YAML::Node& node, size_t index) {
    if (!node.IsMap()) {
      diag_.error(node, fmt::format("rule {} must be a map of keys (id, title, measure, kind, ...)", index));
      return std::nullopt;
    }
    const size_t errors_before = diag_.count();
    Rule r;
    r.line = static_cast<uint32_t>(node.Mark().line + 1);
    MapReader map(node, kRuleKeys, diag_);

    // The id first: the other messages name the rule by it.
    std::string label = fmt::format("rule {}: ", index);
    if (const Entry* id = map.find("id")) {
      if (auto text = word_value(*id, diag_)) {
        r.id = *text;
        if (!valid_id(r.id)) {
          diag_.error(id->value, fmt::format("rule id '{}' must be lower case letters, digits and '-', starting with a "
                                             "letter or digit",
                                             r.id));
        } else {
          label = fmt::format("rule '{}': ", r.id);
          if (auto [it, fresh] = ids_.emplace(r.id, r.line); !fresh)
            diag_.error(id->value, fmt::format("rule id '{}' is used twice (first at line {})", r.id, it->second));
        }
      }
    }
    for (std::string_view key : kRequiredRuleKeys)
      if (!map.find(key)) diag_.error(node, fmt::format("{}missing '{}'", label, key));

    if (const Entry* e = map.find("title")) {
      if (auto t = scalar_text(*e, diag_)) {
        if (t->empty()) diag_.error(e->key_node, "'title' is empty");
        r.title = *t;
      }
    }
    if (const Entry* e = map.find("measure")) {
      if (auto m = word_value(*e, diag_)) {
        if (auto id = vocab_.measure(*m))
          r.measure = *id;
        else
          diag_.error(e->value, not_in_vocabulary("measure", *m));
      }
    }
    if (const Entry* e = map.find("note")) {
      if (auto t = scalar_text(*e, diag_)) r.note = *t;
    }
    if (const Entry* e = map.find("source")) read_source(*e, label, r.source);
    std::optional<Scope> scope;
    if (const Entry* e = map.find("scope")) {
      scope = parse_scope(*e, vocab_, diag_);
      if (scope) r.scope = *scope;
    }
    if (const Entry* e = map.find("records")) {
      if (e->value.IsScalar() && e->value.Scalar() == "end") {
        r.met_by_end = true;  // checked against the kind below
      } else if (auto s = parse_selector(*e, vocab_, diag_)) {
        r.records = std::move(*s);
        no_first(*e, r.records);
      }
    }

    const Entry* kind_entry = map.find("kind");
    std::optional<Kind> kind;
    if (kind_entry) kind = read_kind(*kind_entry);
    if (kind) {
      r.kind = *kind;
      const KindKeys& keys = kind_keys(*kind);
      for (const Entry& e : map.entries()) {
        if (!is_common_key(e.key) && std::find(keys.takes.begin(), keys.takes.end(), e.key) == keys.takes.end())
          diag_.error(e.key_node, fmt::format("'{}' does not apply to a{} {} rule", e.key,
                                              *kind == Kind::age ? "n" : "", kKindNames[static_cast<int>(*kind)]));
      }
      for (std::string_view key : keys.required)
        if (!map.find(key)) diag_.error(node, fmt::format("{}missing '{}'", label, key));
      if (r.met_by_end && *kind != Kind::deadline)
        diag_.error(map.find("records")->value, "'records: end' goes only with a deadline rule");
      switch (*kind) {
        case Kind::recurring:
          read_recurring(map, label, scope, r);
          break;
        case Kind::deadline:
        case Kind::lead_time:
          read_triggered(map, r);
          if (r.met_by_end && r.trigger.kind == TriggerKind::end)
            diag_.error(map.find("records")->value, "'records: end' needs a trigger other than 'end'");
          break;
        case Kind::recording_lag:
          read_recording_lag(map, r);
          break;
        case Kind::age:
          read_age(map, scope, r);
          break;
      }
    }
    if (diag_.count() != errors_before) return std::nullopt;
    return r;
  }

  std::optional<Kind> read_kind(const Entry& e) {
    auto text = word_value(e, diag_);
    if (!text) return std::nullopt;
    for (size_t i = 0; i < std::size(kKindNames); ++i)
      if (*text == kKindNames[i]) return static_cast<Kind>(i);
    std::string message = fmt::format("kind '{}' is not one of {}", *text, fmt::join(kKindNames, ", "));
    if (auto near = nearest(*text, kKindNames)) message += fmt::format(" (did you mean '{}'?)", *near);
    diag_.error(e.value, message);
    return std::nullopt;
  }

  void read_source(const Entry& e, const std::string& label, Source& source) {
    if (!e.value.IsMap()) {
      diag_.error(e.value.IsNull() ? e.key_node : e.value,
                  "'source' must be a map with 'section' and 'quote' (the sentence as the document has it)");
      return;
    }
    MapReader map(e.value, kSourceKeys, diag_);
    for (std::string_view key : kSourceKeys) {
      const Entry* part = map.find(key);
      if (!part) {
        diag_.error(e.value, fmt::format("{}source is missing '{}'", label, key));
        continue;
      }
      auto text = scalar_text(*part, diag_);
      if (!text) continue;
      if (text->empty()) diag_.error(part->key_node, fmt::format("'{}' is empty", key));
      (key == "section" ? source.section : source.quote) = *text;
    }
  }

  void read_recurring(const MapReader& map, const std::string& label, const std::optional<Scope>& scope, Rule& r) {
    std::vector<const Entry*> given;
    for (const Entry& e : map.entries())
      if (e.key == "every" || e.key == "schedule" || e.key == "phases" || e.key == "every_while_open")
        given.push_back(&e);
    if (given.empty())
      diag_.error(map.node(), fmt::format("{}a recurring rule needs one of 'every', 'schedule', 'phases' or "
                                          "'every_while_open'",
                                          label));
    for (size_t i = 1; i < given.size(); ++i)
      diag_.error(given[i]->key_node, fmt::format("'{}' cannot be combined with '{}': a recurring rule takes one of "
                                                  "'every', 'schedule', 'phases' or 'every_while_open'",
                                                  given[i]->key, given[0]->key));
    if (const Entry* e = map.find("every")) {
      if (auto d = parse_duration_entry(*e, DurationUse::interval, diag_)) r.schedule = {*d};
    }
    if (const Entry* e = map.find("schedule")) {
      if (!e->value.IsSequence() || e->value.size() == 0) {
        diag_.error(e->value.IsNull() ? e->key_node : e->value,
                    "'schedule' must be a list of intervals, e.g. [20 working days, 3 months, 6 months]");
      } else {
        for (const auto& item : e->value)
          if (auto d = parse_duration_node(item, "schedule", DurationUse::interval, diag_)) r.schedule.push_back(*d);
      }
      if (const Entry* first = map.find("first"))
        diag_.error(first->key_node, "'first' cannot be combined with 'schedule': make it the schedule's first entry");
    }
    if (const Entry* e = map.find("phases")) read_phases(*e, r);
    if (const Entry* e = map.find("every_while_open")) {
      read_every_while_open(*e, map, scope, r);
      if (const Entry* first = map.find("first"))
        diag_.error(first->key_node,
                    "'first' cannot be combined with 'every_while_open': each episode type's "
                    "interval gives its own first deadline");
    }
    if (const Entry* e = map.find("first")) r.first = parse_duration_entry(*e, DurationUse::span, diag_);
    if (const Entry* e = map.find("anchor")) {
      r.anchor = parse_selector(*e, vocab_, diag_);
      if (r.anchor) no_first(*e, *r.anchor);
    }
  }

  // `every_while_open: {cp: 1 month, cin: 2 months}`, on a case scope whose `while` lists the same types.
  void read_every_while_open(const Entry& e, const MapReader& map, const std::optional<Scope>& scope, Rule& r) {
    if (!e.value.IsMap() || e.value.size() == 0) {
      diag_.error(e.value.IsNull() ? e.key_node : e.value,
                  "'every_while_open' must be a map of episode type to interval, e.g. {cp: 1 month, cin: 2 months}");
      return;
    }
    EpisodeTypeMask given = 0;
    std::vector<std::pair<EpisodeTypeId, YAML::Node>> keys;  // each type given, where
    bool types_ok = true;
    for (auto it = e.value.begin(); it != e.value.end(); ++it) {
      const std::string name = it->first.IsScalar() ? it->first.Scalar() : std::string();
      auto type = vocab_.episode_type(name);
      if (!type) {
        diag_.error(it->first, not_in_vocabulary("episode type", name));
        types_ok = false;
        continue;
      }
      const EpisodeTypeMask bit = EpisodeTypeMask{1} << *type;
      if (given & bit) {
        diag_.error(it->first, fmt::format("'{}' is given twice", name));
        continue;
      }
      given |= bit;
      keys.emplace_back(*type, it->first);
      if (auto d = parse_duration_node(it->second, name, DurationUse::interval, diag_))
        r.every_while_open.push_back({*type, *d});
    }
    if (!scope || !types_ok) return;  // the scope's or the types' own mistakes are reported already
    const auto name = [&](EpisodeTypeId t) { return vocab_.episode_types()[t].name; };
    if (scope->level != Level::case_open || scope->while_types == 0) {
      std::vector<std::string> names;
      for (const auto& [type, node] : keys) names.push_back(name(type));
      diag_.error(e.key_node, fmt::format("'every_while_open' needs a case scope listing the same episode types: "
                                          "scope: {{case: open, while: [{}]}}",
                                          fmt::join(names, ", ")));
      return;
    }
    for (const auto& [type, node] : keys)
      if (!(scope->while_types & (EpisodeTypeMask{1} << type)))
        diag_.error(node, fmt::format("'{}' is in 'every_while_open' but not in the scope's 'while' (they must list "
                                      "the same episode types)",
                                      name(type)));
    for (size_t t = 0; t < vocab_.episode_types().size(); ++t)
      if ((scope->while_types & (EpisodeTypeMask{1} << t)) && !(given & (EpisodeTypeMask{1} << t)))
        diag_.error(map.find("scope")->value,
                    fmt::format("'{}' is in the scope's 'while' but not in 'every_while_open' (they must list the "
                                "same episode types)",
                                name(static_cast<EpisodeTypeId>(t))));
  }

  void read_phases(const Entry& e, Rule& r) {
    if (!e.value.IsSequence() || e.value.size() < 2) {
      diag_.error(e.value.IsNull() ? e.key_node : e.value,
                  "'phases' must be a list of two or more phases (for one interval, use 'every')");
      return;
    }
    const size_t n = e.value.size();
    size_t i = 0;
    for (const auto& node : e.value) {
      ++i;
      if (!node.IsMap()) {
        diag_.error(node, fmt::format("phase {} must be a map: {{every: ..., until: ...}}", i));
        continue;
      }
      MapReader map(node, kPhaseKeys, diag_);
      Phase phase;
      if (const Entry* every = map.find("every")) {
        if (auto d = parse_duration_entry(*every, DurationUse::interval, diag_)) phase.every = *d;
      } else {
        diag_.error(node, fmt::format("phase {} is missing 'every'", i));
      }
      const Entry* until = map.find("until");
      const Entry* until_record = map.find("until_record");
      if (until && until_record) {
        diag_.error(until_record->key_node, "a phase ends with 'until' or 'until_record', not both");
      } else if (i < n && !until && !until_record) {
        diag_.error(node, fmt::format("phase {} needs 'until' or 'until_record' (only the last phase has no end)", i));
      } else if (i == n && (until || until_record)) {
        diag_.error((until ? until : until_record)->key_node,
                    fmt::format("the last phase has no end: remove '{}'", until ? "until" : "until_record"));
      }
      if (until) phase.until = parse_duration_entry(*until, DurationUse::interval, diag_);
      if (until_record) {
        phase.until_record = parse_selector(*until_record, vocab_, diag_);
        if (phase.until_record) no_first(*until_record, *phase.until_record);
      }
      r.phases.push_back(std::move(phase));
    }
  }

  // `first: true` means something only in a trigger.
  void no_first(const Entry& e, const Selector& s) {
    if (s.first) diag_.error(e.value, fmt::format("'first' goes only in a trigger, not in '{}'", e.key));
  }

  void read_triggered(const MapReader& map, Rule& r) {
    if (const Entry* e = map.find("trigger")) {
      const bool word = e->value.IsScalar() && (e->value.Scalar() == "start" || e->value.Scalar() == "end");
      if (word && r.kind == Kind::lead_time) {
        diag_.error(e->value,
                    fmt::format("a lead_time trigger must be a record (the meeting), not '{}'", e->value.Scalar()));
      } else if (word) {
        r.trigger.kind = e->value.Scalar() == "start" ? TriggerKind::start : TriggerKind::end;
      } else if (auto s = parse_selector(*e, vocab_, diag_)) {
        r.trigger.kind = TriggerKind::record;
        r.trigger.record = std::move(*s);
      }
    }
    if (const Entry* e = map.find("within")) {
      if (auto d = parse_duration_entry(*e, DurationUse::span, diag_)) r.within = *d;
    }
    if (const Entry* e = map.find("anchor")) {
      r.anchor = parse_selector(*e, vocab_, diag_);
      if (r.anchor) no_first(*e, *r.anchor);
    }
    if (const Entry* e = map.find("otherwise")) {
      r.otherwise = parse_selector(*e, vocab_, diag_);
      if (r.otherwise) no_first(*e, *r.otherwise);
      if (r.met_by_end) diag_.error(e->key_node, "'otherwise' needs records, not 'records: end'");
    }
    if (const Entry* e = map.find("look_back")) {
      if (auto d = parse_duration_entry(*e, DurationUse::span, diag_)) r.look_back = *d;
    }
    if (const Entry* e = map.find("before")) {
      if (auto d = parse_duration_entry(*e, DurationUse::span, diag_)) r.before = *d;
    }
  }

  void read_recording_lag(const MapReader& map, Rule& r) {
    if (const Entry* e = map.find("limit")) {
      if (auto d = parse_duration_entry(*e, DurationUse::span, diag_)) r.limit = *d;
    }
    read_lag_field(map, r);
    const Entry* e = map.find("limit_when_open");
    if (!e) return;
    if (!e->value.IsMap() || e->value.size() == 0) {
      diag_.error(e->value.IsNull() ? e->key_node : e->value,
                  "'limit_when_open' must be a map of episode type to limit, e.g. {cp: 2 days}");
      return;
    }
    std::vector<std::string_view> types;
    for (const Term& t : vocab_.episode_types()) types.push_back(t.name);
    for (auto it = e->value.begin(); it != e->value.end(); ++it) {
      const std::string name = it->first.IsScalar() ? it->first.Scalar() : std::string();
      auto type = vocab_.episode_type(name);
      if (!type) {
        diag_.error(it->first, not_in_vocabulary("episode type", name));
        continue;
      }
      const bool repeated = std::any_of(r.limit_when_open.begin(), r.limit_when_open.end(),
                                        [&](const LimitWhenOpen& l) { return l.episode_type == *type; });
      if (repeated) {
        diag_.error(it->first, fmt::format("'{}' is given twice", name));
        continue;
      }
      if (auto d = parse_duration_node(it->second, name, DurationUse::span, diag_))
        r.limit_when_open.push_back({*type, *d});
    }
  }

  // `field`: the date field measured against the record's own date, which
  // every file the records come from must declare as a date.
  void read_lag_field(const MapReader& map, Rule& r) {
    const Entry* e = map.find("field");
    const YAML::Node& at = e ? e->value : map.find("records") ? map.find("records")->value : map.node();
    if (e) {
      auto name = word_value(*e, diag_);
      if (!name) return;
      r.lag_field = *name;
    }
    for (TypeId t : r.records.types) {
      const RecordFile file = vocab_.file_of(t);
      const auto i = vocab_.field(file, r.lag_field);
      if (!i || vocab_.fields(file)[*i].kind != FieldKind::date) {
        diag_.error(at, fmt::format("'{}' is not a date field of {}.csv, where '{}' records come from ({})", r.lag_field,
                                    record_file_name(file), vocab_.record_types()[t].name, kVocabularyFile));
        return;
      }
      r.lag_slot[static_cast<size_t>(file)] = vocab_.fields(file)[*i].slot;
    }
  }

  void read_age(const MapReader& map, const std::optional<Scope>& scope, Rule& r) {
    if (const Entry* e = map.find("at_age")) {
      if (auto d = parse_duration_entry(*e, DurationUse::age, diag_)) r.at_age = *d;
    }
    if (scope && scope->level == Level::case_open)
      diag_.error(map.find("scope")->value,
                  "an age rule needs an episode scope: it is owed only while that episode is open");
  }

  const std::string& origin_;
  const Vocabulary& vocab_;
  Diagnostics diag_;
  std::map<std::string, uint32_t> ids_;  // rule id -> its line
};

}  // namespace

ParseResult parse_standard(std::string_view yaml, const std::string& origin, const Vocabulary& vocab) {
  return Parser(origin, vocab).run(yaml);
}

}  // namespace ca
