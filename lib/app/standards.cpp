// caseaudit standards list | show NAME | check FILE...
#include <fmt/format.h>

#include <ostream>

#include "app/commands.h"
#include "app/output.h"
#include "app/vocabulary_file.h"
#include "core/status.h"
#include "engine/engine.h"
#include "mapping/mapping.h"
#include "standard/describe.h"
#include "standard/parse.h"
#include "standard/registry.h"
#include "standard/variants.h"

namespace ca {

int list_standards(std::ostream& out, std::ostream& err) {
  std::vector<Standard> standards;
  for (const std::string& name : builtin_standard_names())
    standards.push_back(builtin_standard(name, Vocabulary::builtin()));
  if (standards.empty()) {
    out << "no built-in standards\n";
    return finish_output(out, err, kExitOk);
  }
  size_t name_width = 4, authority_width = 9;
  for (const Standard& s : standards) {
    name_width = std::max(name_width, s.name.size());
    authority_width = std::max(authority_width, s.authority.size());
  }
  out << fmt::format("{:<{}}  {:<{}}  {:>5}  {}\n", "NAME", name_width, "AUTHORITY", authority_width, "RULES",
                     "DOCUMENT");
  for (const Standard& s : standards)
    out << fmt::format("{:<{}}  {:<{}}  {:>5}  {}\n", s.name, name_width, s.authority, authority_width, s.rules.size(),
                       s.document);
  return finish_output(out, err, kExitOk);
}

int show_standard(const std::string& name, const std::optional<std::string>& map, std::ostream& out,
                  std::ostream& err) {
  const Vocabulary& vocab = Vocabulary::builtin();
  const Standard s = is_standard_path(name) ? load_standard_file(name, vocab) : builtin_standard(name, vocab);
  describe_standard(s, vocab, out);
  if (map) {
    // What the layout itself cannot hold, whatever an export in it contains
    // (so --complete-export: no judging by which records occur).
    const Mapping m = find_mapping(*map, vocab);
    const std::vector<RuleStatus> status = rule_status(s, vocab, mapping_facts(m, vocab), true);
    size_t n = 0;
    for (const RuleStatus& st : status) n += st.evaluable;
    out << fmt::format("\nFrom the {} layout ({}): {} of {} rules can be evaluated.\n", m.name, m.title, n,
                       s.rules.size());
    if (n < s.rules.size()) out << "Not evaluable, said once per rule in the run summary:\n";
    for (size_t i = 0; i < s.rules.size(); ++i)
      if (!status[i].evaluable) out << fmt::format("  {}: {}\n", s.rules[i].id, status[i].why);
  }
  return finish_output(out, err, kExitOk);
}

int check_standards(const std::vector<std::string>& files, const std::optional<std::string>& vocabulary,
                    std::ostream& out, std::ostream& err) {
  std::optional<Vocabulary> own_vocabulary;
  const Vocabulary* vocab = &vocabulary_for(vocabulary, own_vocabulary);
  if (files.empty()) {
    err << "caseaudit: standards check needs at least one file\n";
    return kExitFailure;
  }
  bool failed = false;
  for (const std::string& file : files) {
    std::string text;
    if (Status s = read_whole_file(file, text); !s) {
      err << fmt::format("caseaudit: cannot read '{}': {}\n", file, s.message());
      failed = true;
      continue;
    }
    const ParseResult r = parse_standard(text, file, *vocab);
    for (const std::string& e : r.errors) err << e << "\n";
    if (r.ok())
      for (const std::string& w : variant_warnings(r.standard, *vocab, file)) err << w << "\n";
    if (r.ok())
      out << fmt::format("{}: ok, {} rule{}\n", file, r.standard.rules.size(), r.standard.rules.size() == 1 ? "" : "s");
    failed = failed || !r.ok();
  }
  return finish_output(out, err, failed ? kExitFailure : kExitOk);
}

}  // namespace ca

namespace ca {

int print_vocabulary(const std::optional<std::string>& vocabulary, std::ostream& out, std::ostream& err) {
  std::optional<Vocabulary> own;
  const Vocabulary& v = vocabulary_for(vocabulary, own);
  const auto section = [&](const char* title, const std::vector<Term>& terms, size_t first = 0, size_t last = SIZE_MAX) {
    out << title << "\n";
    for (size_t i = first; i < terms.size() && i < last; ++i)
      out << (terms[i].description.empty() ? fmt::format("  {}\n", terms[i].name)
                                           : fmt::format("  {:<32} {}\n", terms[i].name, terms[i].description));
    out << "\n";
  };
  section("episode types (episodes.csv episode_type)", v.episode_types());
  section("tags (episodes.csv tags)", v.tags());
  const size_t first_contact = v.first_contact_type();
  section("review types (reviews.csv review_type)", v.record_types(), 1, first_contact);
  section("contact types (contacts.csv contact_type)", v.record_types(), first_contact);
  for (size_t f = 0; f < kRecordFiles; ++f) {
    const auto file = static_cast<RecordFile>(f);
    out << fmt::format("fields of {}.csv\n", record_file_name(file));
    for (const FieldDecl& d : v.fields(file)) {
      std::string kind(field_kind_name(d.kind));
      if (d.kind == FieldKind::choice) {
        kind += ": ";
        for (size_t i = 0; i < d.values.size(); ++i) kind += (i ? ", " : "") + d.values[i].name;
        if (d.blank) kind += fmt::format(" (blank: {})", d.values[d.blank - 1].name);
      }
      out << fmt::format("  {:<32} {}{}\n", d.name, kind, d.description.empty() ? "" : "; " + d.description);
    }
    out << "\n";
  }
  section("measures (the report's measure column)", v.measures());
  return finish_output(out, err, kExitOk);
}

}  // namespace ca
