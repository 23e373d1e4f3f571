// Record selectors: which record types count, and the filters on visit fields.
#include <fmt/format.h>

#include "standard/parse_parts.h"

namespace ca {
namespace {

constexpr std::string_view kSelectorKeys[] = {"type", "where"};
constexpr std::string_view kFilterFields[] = {"seen", "seen_alone", "location", "visit_type"};
constexpr std::string_view kNegation[] = {"not"};

// YesNo values of data/dataset.h, as Filter::values holds them for seen and seen_alone.
constexpr uint8_t kNo = 1, kYes = 2;

std::vector<TypeId> parse_types(const Entry& e, const Vocabulary& vocab, Diagnostics& diag, bool& ok) {
  std::vector<TypeId> types;
  for (const auto& [name, node] : text_list(e, diag)) {
    if (auto t = vocab.record_type(name)) {
      types.push_back(*t);
    } else {
      diag.error(node, not_in_vocabulary("record type", name));
      ok = false;
    }
  }
  if (types.empty()) ok = false;
  return types;
}

std::optional<Filter> parse_filter(const Entry& e, const Vocabulary& vocab, Diagnostics& diag) {
  Filter f;
  Entry values = e;
  if (e.value.IsMap()) {
    MapReader negated(e.value, kNegation, diag);
    const Entry* n = negated.find("not");
    if (!n) {
      if (negated.entries().empty() && e.value.size() == 0)
        diag.error(e.value, fmt::format("'{}' has no value", e.key));
      return std::nullopt;
    }
    f.negate = true;
    values = Entry{e.key, n->key_node, n->value};
  }
  bool ok = true;
  const auto list = text_list(values, diag);
  if (list.empty()) return std::nullopt;
  if (e.key == "seen" || e.key == "seen_alone") {
    f.field = e.key == "seen" ? Field::seen : Field::seen_alone;
    for (const auto& [v, node] : list) {
      if (v == "Y")
        f.values.push_back(kYes);
      else if (v == "N")
        f.values.push_back(kNo);
      else {
        diag.error(node, fmt::format("{}: '{}' must be Y or N", e.key, v));
        ok = false;
      }
    }
  } else if (e.key == "location") {
    f.field = Field::location;
    for (const auto& [v, node] : list) {
      if (auto id = vocab.location(v))
        f.values.push_back(*id);
      else {
        diag.error(node, not_in_vocabulary("location", v));
        ok = false;
      }
    }
  } else {
    f.field = Field::visit_type;
    for (const auto& [v, node] : list) {
      if (auto id = vocab.visit_type(v))
        f.values.push_back(*id);
      else {
        diag.error(node, not_in_vocabulary("visit type", v));
        ok = false;
      }
    }
  }
  if (!ok) return std::nullopt;
  return f;
}

}  // namespace

std::optional<Selector> parse_selector(const Entry& e, const Vocabulary& vocab, Diagnostics& diag) {
  Selector s;
  bool ok = true;
  if (e.value.IsNull()) {
    diag.error(e.key_node, fmt::format("'{}' has no value (write a record type, e.g. '{}: visit')", e.key, e.key));
    return std::nullopt;
  }
  if (!e.value.IsMap()) {
    s.types = parse_types(e, vocab, diag, ok);
    return ok ? std::optional<Selector>(std::move(s)) : std::nullopt;
  }

  MapReader map(e.value, kSelectorKeys, diag);
  const Entry* type = map.find("type");
  if (!type) {
    diag.error(e.value, fmt::format("'{}' is missing 'type'", e.key));
    ok = false;
  } else {
    s.types = parse_types(*type, vocab, diag, ok);
  }
  if (const Entry* where = map.find("where")) {
    if (!where->value.IsMap()) {
      diag.error(where->value.IsNull() ? where->key_node : where->value,
                 "'where' must be a map of filters, e.g. {seen: Y, location: [home, placement]}");
      ok = false;
    } else {
      MapReader fields(where->value, kFilterFields, diag);
      if (fields.entries().empty() && where->value.size() == 0) {
        diag.error(where->value, "'where' is empty");
        ok = false;
      }
      for (const Entry& field : fields.entries()) {
        if (auto f = parse_filter(field, vocab, diag))
          s.filters.push_back(std::move(*f));
        else
          ok = false;
      }
      for (TypeId t : s.types) {
        if (t != Vocabulary::kVisit) {
          diag.error(where->key_node,
                     fmt::format("'where' filters visits, and '{}' is not a visit", vocab.record_types()[t].name));
          ok = false;
          break;
        }
      }
    }
  }
  if (!ok) return std::nullopt;
  return s;
}

}  // namespace ca
