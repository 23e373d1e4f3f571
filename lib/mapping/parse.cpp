// parse_mapping: a mapping file's YAML into a Mapping, every mistake
// reported with its line and column (standard/diagnostics.h, shared with the
// standards' parser). The canonical values a mapping writes (fixed values
// and codes' targets) are checked here against the vocabulary, so a typo is
// an error of the mapping, not a bad row of every export it reads.
#include <algorithm>
#include <filesystem>
#include <optional>

#include <fmt/format.h>

#include "vocab/yaml_problem.h"

#include "core/ascii.h"
#include "core/date.h"
#include "csv/header.h"
#include "data/values.h"
#include "mapping/mapping.h"
#include "standard/diagnostics.h"

namespace ca {
namespace {

constexpr std::string_view kTopKeys[] = {"mapping", "title", "blank", "lookups", "files"};
constexpr std::string_view kLookupKeys[] = {"file", "optional", "key", "value", "take", "by", "missing", "exclude"};
constexpr std::string_view kSourceKeys[] = {"file", "optional", "exclude", "columns", "records"};
constexpr std::string_view kRecordKeys[] = {"exclude", "columns"};
constexpr std::string_view kValueKeys[] = {"column", "value", "codes", "lookup"};
constexpr std::string_view kConditionKeys[] = {"column", "blank", "in", "keep", "not_in"};
constexpr std::string_view kFiles[] = {"cases", "episodes", "visits", "reviews", "contacts"};

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

bool valid_name(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  });
}

// The file name's stem: "local.yaml" -> "local"; nullopt for builtin: origins
// and names without a YAML extension.
std::optional<std::string> stem_of(const std::string& origin) {
  std::string base = origin.substr(origin.find_last_of('/') == std::string::npos ? 0 : origin.find_last_of('/') + 1);
  if (base.starts_with("builtin:")) base = base.substr(8);
  for (std::string_view ext : {".yaml", ".yml"})
    if (base.size() > ext.size() && base.ends_with(ext)) return base.substr(0, base.size() - ext.size());
  return std::nullopt;
}

class Parser {
 public:
  Parser(const std::string& origin, const Vocabulary& vocab, Mapping& out)
      : origin_(origin), vocab_(vocab), schema_(vocab), diag_(origin), m_(out) {}

  std::vector<std::string> run(std::string_view yaml) {
    m_ = Mapping{};
    m_.origin = origin_;
    int line = 0, column = 0;
    if (std::string why = text_problem(yaml, line, column); !why.empty())
      return {fmt::format("{}:{}:{}: {} (a mapping holds UTF-8 text without control characters)", origin_, line, column, why)};
    try {
      const YAML::Node root = YAML::Load(std::string(yaml));
      read(root);
    } catch (const YAML::Exception& e) {
      diag_.error(e.mark, yaml_problem(e));
    }
    return diag_.messages();
  }

 private:
  void read(const YAML::Node& root) {
    if (root.IsNull()) {
      diag_.error(YAML::Mark(), "the file is empty: a mapping needs mapping, title and files");
      return;
    }
    if (!root.IsMap()) {
      diag_.error(root, "a mapping must be a map with mapping, title and files");
      return;
    }
    MapReader top(root, kTopKeys, diag_);
    if (const Entry* e = top.find("mapping")) {
      if (auto name = word_value(*e, diag_)) {
        m_.name = *name;
        const auto stem = stem_of(m_.origin);
        if (!valid_name(*name))
          diag_.error(e->value, fmt::format("mapping '{}' must be lower case letters, digits, '-' and '_'", *name));
        else if (stem && *stem != *name)
          diag_.error(e->value, valid_name(*stem)
                                    ? fmt::format("mapping '{}' does not match the file name (write 'mapping: {}')",
                                                  *name, *stem)
                                    : fmt::format("mapping '{}' does not match the file name (name the file {}.yaml)",
                                                  *name, *name));
      }
    } else {
      diag_.error(root, "missing 'mapping' (its name)");
    }
    if (const Entry* e = top.find("title")) {
      if (auto t = word_value(*e, diag_)) m_.title = *t;
    } else {
      diag_.error(root, "missing 'title'");
    }
    if (const Entry* e = top.find("blank")) {
      if (e->value.IsSequence()) {
        for (const YAML::Node& item : e->value)
          if (item.IsNull()) diag_.error(item, "write 'NULL' in quotes: unquoted, YAML reads it as no value");
        for (const YAML::Node& item : e->value)
          if (item.IsScalar()) m_.blank.push_back(lower(item.Scalar()));
          else if (!item.IsNull()) diag_.error(item, "'blank' lists values (text), not maps or lists");
      } else {
        diag_.error(e->value, "'blank' must be a list of values that mean blank, e.g. ['NULL']");
      }
    }
    if (const Entry* e = top.find("lookups")) read_lookups(*e);
    if (const Entry* e = top.find("files")) read_files(*e);
    else diag_.error(root, "missing 'files' (the canonical files and their sources)");
  }

  // --- lookups ---

  void read_lookups(const Entry& e) {
    if (!e.value.IsMap()) {
      diag_.error(e.value, "'lookups' must be a map of lookup names to their definitions");
      return;
    }
    for (auto it = e.value.begin(); it != e.value.end(); ++it) {
      const std::string name = it->first.IsScalar() ? it->first.Scalar() : "";
      if (!valid_name(name)) {
        diag_.error(it->first, "a lookup's name must be lower case letters, digits, '-' and '_'");
        continue;
      }
      if (find_lookup(name)) {
        diag_.error(it->first, fmt::format("lookup '{}' is defined twice", name));
        continue;
      }
      if (!it->second.IsMap()) {
        diag_.error(it->second, fmt::format("lookup '{}' must be a map with file, key and value", name));
        continue;
      }
      LookupSpec l;
      l.name = name;
      MapReader map(it->second, kLookupKeys, diag_);
      l.file = file_name(map, it->second, "lookup '" + name + "'");
      l.optional = flag(map, "optional");
      l.key = column_key(map, it->second, "key", name);
      l.value = column_key(map, it->second, "value", name);
      if (const Entry* t = map.find("take")) {
        if (auto w = word_value(*t, diag_)) {
          if (*w == "only") l.take = Take::only;
          else if (*w == "earliest") l.take = Take::earliest;
          else if (*w == "latest") l.take = Take::latest;
          else if (*w == "latest_end") l.take = Take::latest_end;
          else diag_.error(t->value, fmt::format("take '{}' is not one of only, earliest, latest, latest_end", *w));
        }
      }
      if (const Entry* b = map.find("by")) {
        if (auto w = word_value(*b, diag_)) l.by = lower(*w);
        if (l.take != Take::earliest && l.take != Take::latest)
          diag_.error(b->key_node, "'by' needs take: earliest or latest (the row it picks by that column's date)");
      }
      if (const Entry* x = map.find("missing")) {
        if (auto w = word_value(*x, diag_)) {
          if (*w == "error") l.missing = Missing::error;
          else if (*w == "blank") l.missing = Missing::blank;
          else if (*w == "keep") l.missing = Missing::keep;
          else diag_.error(x->value, fmt::format("missing '{}' is not one of error, blank, keep", *w));
        }
      }
      if (const Entry* x = map.find("exclude")) l.exclude = conditions(*x);
      m_.lookups.push_back(std::move(l));
    }
  }

  std::optional<uint16_t> find_lookup(std::string_view name) const {
    for (size_t i = 0; i < m_.lookups.size(); ++i)
      if (m_.lookups[i].name == name) return static_cast<uint16_t>(i);
    return std::nullopt;
  }

  std::string column_key(const MapReader& map, const YAML::Node& at, std::string_view key, std::string_view lookup) {
    const Entry* e = map.find(key);
    if (!e) {
      diag_.error(at, fmt::format("lookup '{}': missing '{}' (a column of its file)", lookup, key));
      return "";
    }
    auto w = word_value(*e, diag_);
    return w ? lower(*w) : "";
  }

  // A source or lookup file: a name relative to DATA_DIR, never outside it.
  std::string file_name(const MapReader& map, const YAML::Node& at, const std::string& what) {
    const Entry* e = map.find("file");
    if (!e) {
      diag_.error(at, fmt::format("{}: missing 'file' (a CSV file in DATA_DIR)", what));
      return "";
    }
    auto w = word_value(*e, diag_);
    if (!w) return "";
    const std::string name = std::filesystem::path(*w).lexically_normal().string();  // ./a.csv is a.csv
    if (w->starts_with("/") || name == ".." || name.starts_with("../") || name == ".")
      diag_.error(e->value, fmt::format("file '{}' must be a name inside DATA_DIR", *w));
    return name;
  }

  bool flag(const MapReader& map, std::string_view key) {
    const Entry* e = map.find(key);
    if (!e) return false;
    const auto w = word_value(*e, diag_);
    if (!w) return false;
    if (*w == "true") return true;
    if (*w != "false") diag_.error(e->value, fmt::format("'{}' must be true or false", key));
    return false;
  }

  // --- conditions ---

  std::vector<Condition> conditions(const Entry& e) {
    std::vector<Condition> out;
    if (!e.value.IsSequence()) {
      diag_.error(e.value, "'exclude' must be a list of conditions ({column: C, blank: true} or {column: C, in: [..]})");
      return out;
    }
    for (const YAML::Node& item : e.value) {
      if (!item.IsMap()) {
        diag_.error(item, "a condition must be a map: {column: C, blank: true} or {column: C, in: [..]}");
        continue;
      }
      MapReader map(item, kConditionKeys, diag_);
      Condition c;
      const Entry* col = map.find("column");
      if (!col) {
        diag_.error(item, "a condition needs 'column'");
        continue;
      }
      if (auto w = word_value(*col, diag_)) c.column = lower(*w);
      const Entry* blank = map.find("blank");
      const Entry* in = map.find("in");
      const Entry* keep = map.find("keep");
      const Entry* not_in = map.find("not_in");
      if ((blank != nullptr) + (in != nullptr) + (not_in != nullptr) != 1) {
        diag_.error(item, "a condition needs one of 'blank' (true or false), 'in' (values that exclude) and "
                          "'not_in' (the only values that keep)");
        continue;
      }
      if (not_in) {
        c.test = Condition::Test::not_in;
        for (auto& [text, node] : text_list(*not_in, diag_)) c.in.push_back(text);
        if (keep) diag_.error(keep->key_node, "'keep' goes with 'in', not 'not_in'");
        out.push_back(std::move(c));
        continue;
      }
      if (blank) {
        const auto w = word_value(*blank, diag_);
        if (w && *w != "true" && *w != "false") diag_.error(blank->value, "'blank' must be true or false");
        c.test = w && *w == "false" ? Condition::Test::not_blank : Condition::Test::blank;
        if (keep) diag_.error(keep->key_node, "'keep' goes with 'in', not 'blank'");
      } else {
        c.test = Condition::Test::in;
        for (auto& [text, node] : text_list(*in, diag_)) c.in.push_back(text);
        if (keep)
          for (auto& [text, node] : text_list(*keep, diag_)) {
            const std::string kept = lower(text);  // a structured binding: not capturable by clang 14
            if (std::any_of(c.in.begin(), c.in.end(), [&](const std::string& x) { return lower(x) == kept; }))
              diag_.error(node, fmt::format("'{}' is in both 'in' and 'keep'", text));
            c.keep.push_back(text);
          }
      }
      out.push_back(std::move(c));
    }
    return out;
  }

  // --- files and sources ---

  void read_files(const Entry& e) {
    if (!e.value.IsMap()) {
      diag_.error(e.value, "'files' must be a map: cases, episodes, visits, reviews, contacts, each a list of sources");
      return;
    }
    MapReader files(e.value, kFiles, diag_);
    if (!files.find("cases")) diag_.error(e.key_node, "'files' needs 'cases' (every export has its cases)");
    for (size_t f = 0; f < std::size(kFiles); ++f) {
      const Entry* list = files.find(kFiles[f]);
      if (!list) continue;
      if (!list->value.IsSequence() || list->value.size() == 0) {
        diag_.error(list->value, fmt::format("'{}' must be a list of sources ({{file: F, columns: {{...}}}})", list->key));
        continue;
      }
      for (const YAML::Node& item : list->value) read_source(static_cast<InputFile>(f), item);
    }
  }

  void read_source(InputFile target, const YAML::Node& node) {
    if (!node.IsMap()) {
      diag_.error(node, "a source must be a map with file and columns");
      return;
    }
    SourceSpec s;
    s.target = target;
    MapReader map(node, kSourceKeys, diag_);
    s.file = file_name(map, node, fmt::format("a source of {}", kInputFileNames[static_cast<size_t>(target)]));
    s.optional = flag(map, "optional");
    if (const Entry* x = map.find("exclude")) s.exclude = conditions(*x);
    const Entry* columns = map.find("columns");
    const Entry* records = map.find("records");
    if ((columns != nullptr) == (records != nullptr)) {
      diag_.error(node, "a source needs one of 'columns' (one record per row) and 'records' (a list, several per row)");
      return;
    }
    if (columns) {
      s.records.push_back(record(target, *columns, {}));
    } else if (!records->value.IsSequence() || records->value.size() == 0) {
      diag_.error(records->value, "'records' must be a list of {columns: {...}, exclude: [...]}");
    } else {
      for (const YAML::Node& r : records->value) {
        if (!r.IsMap()) {
          diag_.error(r, "a record must be a map with columns (and exclude)");
          continue;
        }
        MapReader rmap(r, kRecordKeys, diag_);
        const Entry* c = rmap.find("columns");
        if (!c) {
          diag_.error(r, "a record needs 'columns'");
          continue;
        }
        std::vector<Condition> x;
        if (const Entry* ex = rmap.find("exclude")) x = conditions(*ex);
        s.records.push_back(record(target, *c, std::move(x)));
      }
    }
    m_.sources.push_back(std::move(s));
  }

  RecordSpec record(InputFile target, const Entry& columns, std::vector<Condition> exclude) {
    RecordSpec r;
    r.exclude = std::move(exclude);
    const auto cols = schema_.columns(target);
    std::vector<std::string_view> names;
    for (const ColumnSpec& c : cols) names.push_back(c.name);
    if (!columns.value.IsMap()) {
      diag_.error(columns.value, "'columns' must be a map of canonical columns to their values");
      return r;
    }
    const std::string file = kInputFileNames[static_cast<size_t>(target)];
    for (auto it = columns.value.begin(); it != columns.value.end(); ++it) {
      const std::string name = it->first.IsScalar() ? lower(it->first.Scalar()) : "";
      const auto at = std::find(names.begin(), names.end(), name);
      if (at == names.end()) {
        diag_.error(it->first, fmt::format("'{}' is not a column caseaudit reads from {} (expected {})", name, file,
                                           fmt::join(names, ", ")));
        continue;
      }
      const auto col = static_cast<size_t>(at - names.begin());
      if (!r.columns[col].empty()) {
        diag_.error(it->first, fmt::format("'{}' is given twice", name));
        continue;
      }
      const bool tags = target == InputFile::episodes && col == episodes_col::tags;
      // A copy: `it->second` lives in a proxy that dies with the expression
      // (a range-for over it read freed stack: AddressSanitizer).
      const YAML::Node given = it->second;
      if (given.IsSequence()) {
        if (!tags) {
          diag_.error(given, fmt::format("'{}' takes one value; only tags may list several parts", name));
          continue;
        }
        for (const YAML::Node& part : given)
          if (auto v = value(target, col, part)) r.columns[col].push_back(std::move(*v));
      } else if (auto v = value(target, col, given)) {
        r.columns[col].push_back(std::move(*v));
      }
    }
    for (size_t c = 0; c < cols.size(); ++c)
      if (cols[c].required && r.columns[c].empty())
        diag_.error(columns.value, fmt::format("{} needs '{}'", file, cols[c].name));
    return r;
  }

  std::optional<ValueSpec> value(InputFile target, size_t col, const YAML::Node& node) {
    ValueSpec v;
    if (node.IsScalar()) {
      if (node.Scalar().empty()) {
        diag_.error(node, "a column's value needs a source column name, or {value: TEXT}");
        return std::nullopt;
      }
      v.column = lower(node.Scalar());
      v.label = v.column;
      return v;
    }
    if (!node.IsMap()) {
      diag_.error(node, "a column's value is a source column's name, or a map with column or value");
      return std::nullopt;
    }
    MapReader map(node, kValueKeys, diag_);
    const Entry* column = map.find("column");
    const Entry* fixed = map.find("value");
    if ((column != nullptr) == (fixed != nullptr)) {
      diag_.error(node, "a column's value needs one of 'column' (a source column) and 'value' (fixed text)");
      return std::nullopt;
    }
    if (fixed) {
      v.fixed = true;
      if (auto t = scalar_text(*fixed, diag_)) v.value = *t;
      check_canonical(target, col, v.value, fixed->value);
      for (std::string_view key : {"codes", "lookup"})
        if (const Entry* e = map.find(key)) diag_.error(e->key_node, fmt::format("'{}' goes with 'column', not 'value'", key));
      return v;
    }
    if (auto w = word_value(*column, diag_)) v.column = lower(*w);
    if (const Entry* codes = map.find("codes")) {
      v.has_codes = true;
      if (!codes->value.IsMap()) {
        diag_.error(codes->value, "'codes' must be a map of local codes to canonical values");
      } else {
        for (auto it = codes->value.begin(); it != codes->value.end(); ++it) {
          if (!it->first.IsScalar() || !(it->second.IsScalar() || it->second.IsNull())) {
            diag_.error(it->first, "a code maps one local value to one canonical value (\"\" for blank)");
            continue;
          }
          const std::string local = it->first.Scalar();
          const std::string canonical = it->second.IsNull() ? "" : it->second.Scalar();
          if (local.empty()) {
            diag_.error(it->first, "a blank code never reaches 'codes' (a blank value stays blank)");
            continue;
          }
          if (std::any_of(v.codes.begin(), v.codes.end(), [&](const auto& c) { return lower(c.first) == lower(local); })) {
            diag_.error(it->first, fmt::format("code '{}' is given twice", local));
            continue;
          }
          check_canonical(target, col, canonical, it->second);
          v.codes.emplace_back(local, canonical);
        }
      }
    }
    v.label = v.column;
    if (const Entry* lookup = map.find("lookup")) {
      const char* sep = " via ";
      for (auto& [name, at] : text_list(*lookup, diag_)) {
        if (auto ix = find_lookup(name)) v.lookups.push_back(*ix);
        else diag_.error(at, fmt::format("no lookup named '{}' (define it under 'lookups')", name));
        v.label += sep + name;
        sep = " then ";
      }
    }
    return v;
  }

  // A canonical value the mapping writes itself: it must be one the
  // canonical column takes ("" is blank, allowed where the column may be).
  void check_canonical(InputFile target, size_t col, const std::string& text, const YAML::Node& at) {
    const ColumnSpec& spec = schema_.columns(target)[col];
    if (text.empty()) {
      if (spec.required) diag_.error(at, fmt::format("{} cannot be blank", spec.name));
      return;
    }
    const auto bad = [&](std::string why) { diag_.error(at, fmt::format("{}: {}", spec.name, why)); };
    if (target == InputFile::episodes && col == episodes_col::episode_type) {
      if (!vocab_.episode_type(text)) bad(fmt::format("'{}' is not an episode type of the vocabulary", text));
      return;
    }
    if (target == InputFile::episodes && col == episodes_col::tags) {
      size_t from = 0;
      while (from <= text.size()) {
        size_t to = text.find(';', from);
        if (to == std::string::npos) to = text.size();
        const std::string tag(trim(std::string_view(text).substr(from, to - from)));
        if (!tag.empty() && !vocab_.tag(tag)) bad(fmt::format("'{}' is not a tag of the vocabulary", tag));
        from = to + 1;
      }
      return;
    }
    if ((target == InputFile::reviews || target == InputFile::contacts) && col == records_col::type) {
      if (!vocab_.record_type(text, record_file_of(target)))
        bad(fmt::format("'{}' is not a {} type of the vocabulary", text,
                        target == InputFile::reviews ? "review" : "contact"));
      return;
    }
    if (spec.field >= 0) {
      const FieldDecl& f = vocab_.fields(record_file_of(target))[static_cast<size_t>(spec.field)];
      if (f.kind == FieldKind::yes_no && !parse_yes_no(text)) bad(fmt::format("'{}' is not Y or N", text));
      if (f.kind == FieldKind::choice && !NameTable(f.values).find(text))
        bad(fmt::format("'{}' is not one of its values in the vocabulary", text));
      if (f.kind == FieldKind::date && !parse_date(text, nullptr)) bad(fmt::format("'{}' is not a date", text));
      return;
    }
    const bool date = spec.name.ends_with("_date") || spec.name == "dob";
    if (date && !parse_date(text, nullptr)) bad(fmt::format("'{}' is not a date", text));
  }

  std::string origin_;
  const Vocabulary& vocab_;
  Schema schema_;
  Diagnostics diag_;
  Mapping& m_;
};

}  // namespace

std::vector<std::string> parse_mapping(std::string_view yaml, const std::string& origin, const Vocabulary& vocab,
                                       Mapping& out) {
  std::vector<std::string> errors = Parser(origin, vocab, out).run(yaml);
  // Sources in the canonical files' order (cases first: the builder needs them before any other row).
  std::stable_sort(out.sources.begin(), out.sources.end(),
                   [](const SourceSpec& a, const SourceSpec& b) { return a.target < b.target; });
  return errors;
}

}  // namespace ca
