// caseaudit standards list | show NAME | check FILE...
#include <fmt/format.h>

#include <ostream>

#include "app/commands.h"
#include "app/output.h"
#include "app/vocabulary_file.h"
#include "core/status.h"
#include "standard/describe.h"
#include "standard/parse.h"
#include "standard/registry.h"

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

int show_standard(const std::string& name, std::ostream& out, std::ostream& err) {
  const Vocabulary& vocab = Vocabulary::builtin();
  const Standard s = is_standard_path(name) ? load_standard_file(name, vocab) : builtin_standard(name, vocab);
  describe_standard(s, vocab, out);
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
      out << fmt::format("{}: ok, {} rule{}\n", file, r.standard.rules.size(), r.standard.rules.size() == 1 ? "" : "s");
    failed = failed || !r.ok();
  }
  return finish_output(out, err, failed ? kExitFailure : kExitOk);
}

}  // namespace ca
