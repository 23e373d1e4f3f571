// The built-in mappings, finding the one --map names, and what a mapping can
// give (shape_of, mapping_facts).
#include "mapping/mapping.h"

#include <fmt/format.h>

#include "data/builder.h"
#include "data/values.h"
#include "mapping/embedded.h"
#include "vocab/embedded.h"

namespace ca {
namespace {

std::string read_text(const std::string& path, bool& ok) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  ok = f != nullptr;
  std::string text;
  if (!f) return text;
  char buf[65536];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) text.append(buf, n);
  ok = !std::ferror(f);
  std::fclose(f);
  return text;
}

// The codes each yes/no or enum field of a record file can take from this
// source: a fixed value's, a codes map's targets (and a blank: a blank source
// value stays blank), anything for a column passed through.
void field_codes(const SourceSpec& source, const Vocabulary& vocab, SourceShape& shape) {
  const RecordFile file = record_file_of(source.target);
  const Schema schema(vocab);
  const auto columns = schema.columns(source.target);
  for (size_t c = Schema::keys(source.target); c < columns.size(); ++c) {
    const FieldDecl& f = vocab.fields(file)[static_cast<size_t>(columns[c].field)];
    if (f.kind != FieldKind::yes_no && f.kind != FieldKind::choice) continue;
    const uint64_t blank = uint64_t{1} << f.blank;  // a blank enum reads as its blank: value
    const auto code_of = [&](const std::string& text) -> uint64_t {
      if (text.empty()) return blank;
      if (f.kind == FieldKind::yes_no) {
        const auto yn = parse_yes_no(text);
        return !yn || *yn == YesNo::unknown ? blank : uint64_t{1} << (*yn == YesNo::yes ? kCodeYes : kCodeNo);
      }
      const auto id = NameTable(f.values).find(text);
      return id ? uint64_t{1} << (*id + 1) : blank;
    };
    uint64_t codes = 0;
    for (const RecordSpec& r : source.records) {
      if (r.columns[c].empty()) {
        codes |= blank;
        continue;
      }
      const ValueSpec& v = r.columns[c][0];
      if (v.fixed) {
        codes |= code_of(v.value);
      } else if (!v.has_codes || !v.lookups.empty()) {
        codes = ~uint64_t{0};
      } else {
        codes |= blank;
        for (const auto& code : v.codes) codes |= code_of(code.second);
      }
    }
    shape.codes[c] = codes;
  }
}

}  // namespace

std::vector<std::string> builtin_mapping_names() {
  std::vector<std::string> names;
  for (const EmbeddedFile& f : embedded_mappings()) {
    std::string n(f.name);
    if (n.ends_with(".yaml")) names.push_back(n.substr(0, n.size() - 5));
  }
  return names;
}

Mapping find_mapping(const std::string& name_or_path, const Vocabulary& vocab) {
  std::string text, origin;
  const bool path = name_or_path.find('/') != std::string::npos || name_or_path.ends_with(".yaml") ||
                    name_or_path.ends_with(".yml");
  if (!path) {
    for (const EmbeddedFile& f : embedded_mappings())
      if (f.name == name_or_path + ".yaml") {
        text = std::string(f.contents);
        origin = "builtin:" + std::string(f.name);
      }
    if (origin.empty())
      throw FatalError{fmt::format("unknown mapping '{}' (built-in: {}; a mapping file's name ends in .yaml)",
                                   name_or_path, fmt::join(builtin_mapping_names(), ", "))};
  } else {
    bool ok = false;
    text = read_text(name_or_path, ok);
    if (!ok) throw FatalError{fmt::format("cannot read mapping '{}': {}", name_or_path, std::strerror(errno))};
    origin = name_or_path;
  }
  Mapping m;
  const std::vector<std::string> errors = parse_mapping(text, origin, vocab, m);
  if (!errors.empty())
    throw FatalError{fmt::format("mapping '{}' has {} error{}:\n{}", origin, errors.size(),
                                 errors.size() == 1 ? "" : "s", fmt::join(errors, "\n"))};
  return m;
}

SourceShape shape_of(const SourceSpec& source, const Vocabulary& vocab) {
  SourceShape shape;
  shape.any_type = false;
  shape.tags = 0;
  const bool episodes = source.target == InputFile::episodes;
  const bool typed = source.target != InputFile::cases && source.target != InputFile::visits;
  const size_t type_col = episodes ? size_t{episodes_col::episode_type} : size_t{records_col::type};
  const auto type_of = [&](const std::string& name) -> std::optional<uint16_t> {
    if (episodes) return vocab.episode_type(name);
    return vocab.record_type(name, record_file_of(source.target));
  };
  const auto add_tags = [&](const std::string& text) {
    size_t from = 0;
    while (from <= text.size()) {
      size_t to = text.find(';', from);
      if (to == std::string::npos) to = text.size();
      if (const auto bit = vocab.tag(text.substr(from, to - from))) shape.tags |= TagMask{1} << *bit;
      from = to + 1;
    }
  };
  for (const RecordSpec& r : source.records) {
    for (size_t c = 0; c < kMaxColumns; ++c) {
      if (r.columns[c].empty()) continue;
      shape.columns[c] = true;
      const bool is_type = typed && c == type_col;
      const bool is_tags = episodes && c == episodes_col::tags;
      if (!is_type && !is_tags) continue;
      for (const ValueSpec& v : r.columns[c]) {
        // A column passed through as it is (or looked up) can hold any value.
        if (!v.fixed && (!v.has_codes || !v.lookups.empty())) {
          if (is_type) shape.any_type = true;
          else shape.tags = ~TagMask{0};
          continue;
        }
        std::vector<std::string> values;
        if (v.fixed) values.push_back(v.value);
        for (const auto& code : v.codes) values.push_back(code.second);
        for (const std::string& value : values) {
          if (is_tags) add_tags(value);
          else if (const auto t = type_of(value)) shape.types.push_back(*t);
        }
      }
    }
  }
  if (source.target == InputFile::visits) {
    shape.any_type = false;
    shape.types = {Vocabulary::kVisit};
  }
  if (source.target == InputFile::visits || source.target == InputFile::reviews ||
      source.target == InputFile::contacts)
    field_codes(source, vocab, shape);
  return shape;
}

ExportFacts mapping_facts(const Mapping& m, const Vocabulary& vocab) {
  DatasetBuilder b(vocab);
  b.set_layout(m.name);
  for (const SourceSpec& s : m.sources) b.begin_source(s.target, s.file, shape_of(s, vocab));
  return b.finish().facts;
}

}  // namespace ca
