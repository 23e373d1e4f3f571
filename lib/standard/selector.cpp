// Record selectors: which record types count, and filters on the fields the
// vocabulary declares for their files (vocabulary.yaml `fields`).
#include <fmt/format.h>

#include <algorithm>

#include "standard/parse_parts.h"

namespace ca {
namespace {

constexpr std::string_view kSelectorKeys[] = {"type", "where", "first"};
constexpr std::string_view kNegation[] = {"not"};

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

// The record files the types come from, each once, in file order.
std::vector<RecordFile> files_of(const std::vector<TypeId>& types, const Vocabulary& vocab) {
  std::vector<RecordFile> files;
  for (size_t f = 0; f < kRecordFiles; ++f)
    for (TypeId t : types)
      if (vocab.file_of(t) == static_cast<RecordFile>(f)) {
        files.push_back(static_cast<RecordFile>(f));
        break;
      }
  return files;
}

// The fields a `where` may name: any non-text field of the files the types
// come from, then of the other record files (parse_filter then says which
// file lacks it), in file order.
std::vector<std::string_view> filterable(const std::vector<RecordFile>& files, const Vocabulary& vocab) {
  std::vector<std::string_view> names;
  std::vector<RecordFile> order = files;
  for (size_t f = 0; f < kRecordFiles; ++f)
    if (std::find(order.begin(), order.end(), static_cast<RecordFile>(f)) == order.end())
      order.push_back(static_cast<RecordFile>(f));
  for (RecordFile file : order)
    for (const FieldDecl& f : vocab.fields(file))
      if (f.kind != FieldKind::text && std::find(names.begin(), names.end(), f.name) == names.end())
        names.push_back(f.name);
  return names;
}

std::string declared_in(const std::vector<RecordFile>& files) {
  std::string out;
  for (size_t i = 0; i < files.size(); ++i)
    out += fmt::format("{}{}.csv", i == 0 ? "" : i + 1 == files.size() ? " and " : ", ", record_file_name(files[i]));
  return out;
}

std::optional<Filter> parse_filter(const Entry& e, const std::vector<TypeId>& types,
                                   const std::vector<RecordFile>& files, const Vocabulary& vocab, Diagnostics& diag) {
  // The field must be the same (name and kind) in every file the types come from.
  std::optional<RecordFile> with;
  for (RecordFile file : files) {
    const auto i = vocab.field(file, e.key);
    if (i && vocab.fields(file)[*i].kind != FieldKind::text) {
      if (!with) with = file;
      if (vocab.fields(file)[*i].kind == vocab.fields(*with)[*vocab.field(*with, e.key)].kind) continue;
    }
    for (TypeId t : types)
      if (vocab.file_of(t) == file) {
        diag.error(e.key_node, fmt::format("'{}' is not a field of {}.csv, where '{}' records come from", e.key,
                                           record_file_name(file), vocab.record_types()[t].name));
        return std::nullopt;
      }
  }
  Filter f;
  f.file = *with;
  f.decl = *vocab.field(*with, e.key);
  const FieldDecl& decl = vocab.fields(*with)[f.decl];
  f.field = decl.name;
  f.kind = decl.kind;
  for (RecordFile file : files) f.slot[static_cast<size_t>(file)] = vocab.fields(file)[*vocab.field(file, e.key)].slot;

  Entry values = e;
  if (e.value.IsMap()) {
    MapReader negated(e.value, kNegation, diag);
    const Entry* n = negated.find("not");
    if (!n) {
      if (negated.entries().empty() && e.value.size() == 0)
        diag.error(e.value, fmt::format("'{}' has no value", e.key));
      return std::nullopt;
    }
    if (decl.kind == FieldKind::date) {
      diag.error(n->key_node, fmt::format("'{}' is a date: it takes only 'present' (a blank date never counts)", e.key));
      return std::nullopt;
    }
    f.negate = true;
    values = Entry{e.key, n->key_node, n->value};
  }
  bool ok = true;
  const auto list = text_list(values, diag);
  if (list.empty()) return std::nullopt;
  for (const auto& [v, node] : list) {
    switch (decl.kind) {
      case FieldKind::yes_no:
        if (v == "Y") f.values.push_back(kCodeYes);
        else if (v == "N") f.values.push_back(kCodeNo);
        else {
          diag.error(node, fmt::format("{}: '{}' must be Y or N", e.key, v));
          ok = false;
        }
        break;
      case FieldKind::choice: {
        const std::string& name = v;  // a structured binding: not capturable by clang 14
        const auto it =
            std::find_if(decl.values.begin(), decl.values.end(), [&](const Term& t) { return t.name == name; });
        // Every file must spell the value the same way: it is one field.
        bool same = it != decl.values.end();
        for (RecordFile file : files) {
          const auto& other = vocab.fields(file)[*vocab.field(file, e.key)].values;
          same = same && other.size() > static_cast<size_t>(it - decl.values.begin()) &&
                 other[static_cast<size_t>(it - decl.values.begin())].name == v;
        }
        if (it == decl.values.end()) {
          diag.error(node, not_in_vocabulary(e.key, v));
          ok = false;
        } else if (!same) {
          diag.error(node, fmt::format("{}: '{}' is not the same value in {}", e.key, v, declared_in(files)));
          ok = false;
        } else {
          f.values.push_back(static_cast<uint8_t>(it - decl.values.begin() + 1));
        }
        break;
      }
      case FieldKind::date:
        if (v == "present") {
          f.values.push_back(1);
        } else {
          diag.error(node, fmt::format("'{}' is a date: it takes only 'present' (a blank date never counts)", e.key));
          ok = false;
        }
        break;
      case FieldKind::text: break;
    }
  }
  if (!ok) return std::nullopt;
  uint64_t listed = 0;
  for (uint8_t c : f.values) listed |= uint64_t{1} << c;
  f.codes = (f.negate ? ~listed : listed) & ~uint64_t{1};  // bit 0 is blank: never passes
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
    s.files_from(vocab);
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
  if (const Entry* first = map.find("first")) {
    const auto v = word_value(*first, diag);
    if (v && (*v == "true" || *v == "false")) {
      s.first = *v == "true";
    } else {
      if (v) diag.error(first->value, fmt::format("first: '{}' must be true or false", *v));
      ok = false;
    }
  }
  if (const Entry* where = map.find("where")) {
    if (!where->value.IsMap()) {
      diag.error(where->value.IsNull() ? where->key_node : where->value,
                 "'where' must be a map of filters, e.g. {seen: Y, location: [home, placement]}");
      ok = false;
    } else if (!s.types.empty()) {
      const std::vector<RecordFile> files = files_of(s.types, vocab);
      const std::vector<std::string_view> known = filterable(files, vocab);
      if (known.empty()) {
        diag.error(where->key_node, fmt::format("'where' has no field to filter: {} declares none (fields in {})",
                                                declared_in(files), kVocabularyFile));
        ok = false;
      } else {
        MapReader fields(where->value, known, diag);
        if (fields.entries().empty() && where->value.size() == 0) {
          diag.error(where->value, "'where' is empty");
          ok = false;
        }
        for (const Entry& field : fields.entries()) {
          if (auto f = parse_filter(field, s.types, files, vocab, diag))
            s.filters.push_back(std::move(*f));
          else
            ok = false;
        }
      }
    }
  }
  if (!ok) return std::nullopt;
  s.files_from(vocab);
  return s;
}

}  // namespace ca
