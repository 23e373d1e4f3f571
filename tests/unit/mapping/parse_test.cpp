// parse_mapping: every mistake a mapping file can hold, with its exact
// message and position; and what a valid one reads into.
#include "mapping/mapping.h"

#include <doctest/doctest.h>

#include <memory>
#include <string>

#include "print.h"

namespace ca {
namespace {

const Vocabulary& vocab() { return Vocabulary::builtin(); }

// The errors of `yaml` read as local.yaml.
std::vector<std::string> errors(const std::string& yaml) {
  Mapping m;
  return parse_mapping(yaml, "local.yaml", vocab(), m);
}

// A valid head for the cases-only mappings below.
const std::string kHead = "mapping: local\ntitle: A local layout\n";
const std::string kCases = "files:\n  cases:\n    - file: people.csv\n      columns: {case_id: ref}\n";

using Lines = std::vector<std::string>;

TEST_CASE("a valid mapping reads into its sources, in the canonical files' order") {
  Mapping m;
  const auto e = parse_mapping(kHead + "blank: ['NULL', n/a]\n"
                               "lookups:\n"
                               "  plan_child: {file: plans.csv, key: Plan Ref, value: Person Ref}\n"
                               "files:\n"
                               "  visits:\n"
                               "    - file: v.csv\n"
                               "      exclude: [{column: Date, blank: true}]\n"
                               "      columns:\n"
                               "        case_id: {column: Plan, lookup: plan_child}\n"
                               "        visit_date: Date\n"
                               "        seen: {column: Seen, codes: {Seen: Y, 'Not seen': N}}\n"
                               "        visit_type: {value: statutory}\n"
                               "  cases:\n"
                               "    - file: people.csv\n"
                               "      columns: {case_id: ref}\n",
                               "local.yaml", vocab(), m);
  CHECK(e == Lines{});
  CHECK(m.name == "local");
  CHECK(m.blank == Lines{"null", "n/a"});
  REQUIRE(m.lookups.size() == 1);
  CHECK(m.lookups[0].key == "plan ref");
  CHECK(m.lookups[0].value == "person ref");
  REQUIRE(m.sources.size() == 2);
  CHECK(m.sources[0].target == InputFile::cases);
  CHECK(m.sources[1].target == InputFile::visits);
  const RecordSpec& r = m.sources[1].records.at(0);
  CHECK(r.columns[visits_col::case_id].at(0).lookups == std::vector<uint16_t>{0});
  CHECK(r.columns[visits_col::visit_date].at(0).column == "date");
  CHECK(m.sources[1].exclude.at(0).test == Condition::Test::blank);
}

TEST_CASE("the file as a whole") {
  CHECK(errors("") == Lines{"local.yaml:1:1: the file is empty: a mapping needs mapping, title and files"});
  CHECK(errors("- a\n") == Lines{"local.yaml:1:1: a mapping must be a map with mapping, title and files"});
  CHECK(errors("mapping: local\ntitle: \"\x1b]0;owned\x07\"\n" + kCases) ==
        Lines{"local.yaml:2:9: control character U+001B (a mapping holds UTF-8 text without control characters)"});
  CHECK(errors("mapping: [\n") == Lines{"local.yaml:2:1: invalid YAML: end of sequence flow not found"});
  CHECK(errors(kHead + "files: " + std::string(600, '[') + std::string(600, ']') + "\n") ==
        Lines{"local.yaml:3:1208: nesting deeper than 499 levels"});
  CHECK(errors(kHead + "blank: [NULL]\n" + kCases) ==
        Lines{"local.yaml:3:9: write 'NULL' in quotes: unquoted, YAML reads it as no value"});
  CHECK(errors("title: t\n" + kCases) == Lines{"local.yaml:1:1: missing 'mapping' (its name)"});
  CHECK(errors("mapping: local\n" + kCases) == Lines{"local.yaml:1:1: missing 'title'"});
  CHECK(errors(kHead) == Lines{"local.yaml:1:1: missing 'files' (the canonical files and their sources)"});
  CHECK(errors("mapping: other\ntitle: t\n" + kCases) ==
        Lines{"local.yaml:1:10: mapping 'other' does not match the file name (write 'mapping: local')"});
  CHECK(parse_mapping("mapping: p4\ntitle: t\n" + kCases, "P4.yaml", vocab(), *std::make_unique<Mapping>()) ==
        Lines{"P4.yaml:1:10: mapping 'p4' does not match the file name (name the file p4.yaml)"});
  CHECK(errors("mapping: Local\ntitle: t\n" + kCases) ==
        Lines{"local.yaml:1:10: mapping 'Local' must be lower case letters, digits, '-' and '_'"});
  CHECK(errors(kHead + "colour: red\n" + kCases) ==
        Lines{"local.yaml:3:1: unknown key 'colour' (expected mapping, title, blank, lookups, files)"});
}

TEST_CASE("files and sources") {
  CHECK(errors(kHead + "files: []\n") ==
        Lines{"local.yaml:3:8: 'files' must be a map: cases, episodes, visits, reviews, contacts, each a list of "
              "sources"});
  CHECK(errors(kHead + "files:\n  visits:\n    - {file: v.csv, columns: {case_id: a, visit_date: b}}\n") ==
        Lines{"local.yaml:3:1: 'files' needs 'cases' (every export has its cases)"});
  CHECK(errors(kHead + "files:\n  cases: people.csv\n") ==
        Lines{"local.yaml:4:10: 'cases' must be a list of sources ({file: F, columns: {...}})"});
  CHECK(errors(kHead + "files:\n  case:\n    - {file: p.csv, columns: {case_id: a}}\n") ==
        Lines{"local.yaml:3:1: 'files' needs 'cases' (every export has its cases)",
              "local.yaml:4:3: unknown key 'case' (did you mean 'cases'?)"});
  CHECK(errors(kHead + "files:\n  cases:\n    - {columns: {case_id: a}}\n") ==
        Lines{"local.yaml:5:7: a source of cases.csv: missing 'file' (a CSV file in DATA_DIR)"});
  CHECK(errors(kHead + "files:\n  cases:\n    - {file: ../p.csv, columns: {case_id: a}}\n") ==
        Lines{"local.yaml:5:14: file '../p.csv' must be a name inside DATA_DIR"});
  CHECK(errors(kHead + "files:\n  cases:\n    - {file: p.csv}\n") ==
        Lines{"local.yaml:5:7: a source needs one of 'columns' (one record per row) and 'records' (a list, several "
              "per row)"});
  CHECK(errors(kHead + "files:\n  cases:\n    - {file: p.csv, optional: yes, columns: {case_id: a}}\n") ==
        Lines{"local.yaml:5:31: 'optional' must be true or false"});
}

TEST_CASE("columns and values") {
  const auto visits = [](const std::string& columns) {
    return errors(kHead + kCases + "  visits:\n    - file: v.csv\n      columns: " + columns + "\n");
  };
  CHECK(visits("{case_id: a}") == Lines{"local.yaml:9:16: visits.csv needs 'visit_date'"});
  CHECK(visits("{case_id: a, visit_date: b, place: c}") ==
        Lines{"local.yaml:9:44: 'place' is not a column caseaudit reads from visits.csv (expected case_id, "
              "visit_date, seen, seen_alone, location, visit_type, recorded_date, service)"});
  CHECK(visits("{case_id: a, visit_date: b, seen: [c, d]}") ==
        Lines{"local.yaml:9:50: 'seen' takes one value; only tags may list several parts"});
  CHECK(visits("{case_id: a, visit_date: b, seen: {value: maybe}}") ==
        Lines{"local.yaml:9:58: seen: 'maybe' is not Y or N"});
  CHECK(visits("{case_id: a, visit_date: b, location: {column: c, codes: {V: video}}}") ==
        Lines{"local.yaml:9:77: location: 'video' is not one of its values in the vocabulary"});
  CHECK(visits("{case_id: a, visit_date: b, seen: {column: c, value: Y}}") ==
        Lines{"local.yaml:9:50: a column's value needs one of 'column' (a source column) and 'value' (fixed "
              "text)"});
  CHECK(visits("{case_id: {column: a, lookup: nowhere}, visit_date: b}") ==
        Lines{"local.yaml:9:46: no lookup named 'nowhere' (define it under 'lookups')"});
  CHECK(visits("{case_id: a, visit_date: b, seen: {column: c, codes: {y: Y, Y: N}}}") ==
        Lines{"local.yaml:9:76: code 'Y' is given twice"});
  CHECK(visits("{case_id: a, visit_date: b, seen: {column: c, codes: {'': Y}}}") ==
        Lines{"local.yaml:9:70: a blank code never reaches 'codes' (a blank value stays blank)"});
  CHECK(visits("{case_id: a, visit_date: {value: 'not a date'}}") ==
        Lines{"local.yaml:9:49: visit_date: 'not a date' is not a date"});
  CHECK(visits("{case_id: {value: ''}, visit_date: b}") == Lines{"local.yaml:9:34: case_id cannot be blank"});
  const auto reviews = [](const std::string& columns) {
    return errors(kHead + kCases + "  reviews:\n    - file: r.csv\n      columns: " + columns + "\n");
  };
  CHECK(reviews("{case_id: a, review_type: {value: rcpc_meeting}, review_date: b}") ==
        Lines{"local.yaml:9:50: review_type: 'rcpc_meeting' is not a review type of the vocabulary"});
  CHECK(errors(kHead + kCases +
               "  episodes:\n    - file: e.csv\n      columns: {case_id: a, episode_type: {value: cp}, start_date: "
               "b, tags: {value: 'settled;setled'}}\n") ==
        Lines{"local.yaml:9:85: tags: 'setled' is not a tag of the vocabulary"});
  CHECK(errors(kHead + kCases +
               "  episodes:\n    - file: e.csv\n      columns: {case_id: a, episode_type: {value: plan}, start_date: "
               "b}\n") ==
        Lines{"local.yaml:9:51: episode_type: 'plan' is not an episode type of the vocabulary"});
}

TEST_CASE("records, conditions and lookups") {
  const auto contacts = [](const std::string& source) {
    return errors(kHead + kCases + "  contacts:\n    - file: c.csv\n      " + source + "\n");
  };
  CHECK(contacts("records: []") == Lines{"local.yaml:9:16: 'records' must be a list of {columns: {...}, exclude: [...]}"});
  CHECK(contacts("records: [{exclude: []}]") == Lines{"local.yaml:9:17: a record needs 'columns'"});
  const std::string cols = "columns: {case_id: a, contact_type: {value: referral}, contact_date: b}";
  CHECK(contacts("exclude: {column: x, blank: true}\n      " + cols) ==
        Lines{"local.yaml:9:16: 'exclude' must be a list of conditions ({column: C, blank: true} or {column: C, in: "
              "[..]})"});
  CHECK(contacts("exclude: [{blank: true}]\n      " + cols) == Lines{"local.yaml:9:17: a condition needs 'column'"});
  CHECK(contacts("exclude: [{column: x}]\n      " + cols) ==
        Lines{"local.yaml:9:17: a condition needs one of 'blank' (true or false), 'in' (values that exclude) and "
              "'not_in' (the only values that keep)"});
  CHECK(contacts("exclude: [{column: x, in: [Y], keep: [N, y]}]\n      " + cols) ==
        Lines{"local.yaml:9:48: 'y' is in both 'in' and 'keep'"});
  CHECK(contacts("exclude: [{column: x, blank: maybe}]\n      " + cols) ==
        Lines{"local.yaml:9:36: 'blank' must be true or false"});
  CHECK(contacts("exclude: [{column: x, blank: true, keep: [N]}]\n      " + cols) ==
        Lines{"local.yaml:9:42: 'keep' goes with 'in', not 'blank'"});

  const auto lookup = [](const std::string& body) {
    return errors(kHead + "lookups:\n  l: " + body + "\n" + kCases);
  };
  CHECK(lookup("{key: a, value: b}") == Lines{"local.yaml:4:6: lookup 'l': missing 'file' (a CSV file in DATA_DIR)"});
  CHECK(lookup("{file: f.csv, value: b}") == Lines{"local.yaml:4:6: lookup 'l': missing 'key' (a column of its file)"});
  CHECK(lookup("{file: f.csv, key: a, value: b, take: first}") ==
        Lines{"local.yaml:4:44: take 'first' is not one of only, earliest, latest, latest_end"});
  CHECK(lookup("{file: f.csv, key: a, value: b, by: c}") ==
        Lines{"local.yaml:4:38: 'by' needs take: earliest or latest (the row it picks by that column's date)"});
  CHECK(lookup("{file: f.csv, key: a, value: b, take: latest_end, by: c}") ==
        Lines{"local.yaml:4:56: 'by' needs take: earliest or latest (the row it picks by that column's date)"});
  CHECK(lookup("{file: f.csv, key: a, value: b, missing: skip}") ==
        Lines{"local.yaml:4:47: missing 'skip' is not one of error, blank, keep"});
  CHECK(lookup("[a]") == Lines{"local.yaml:4:6: lookup 'l' must be a map with file, key and value"});
  CHECK(errors(kHead + "lookups:\n  l: {file: f.csv, key: a, value: b}\n  l: {file: g.csv, key: a, value: b}\n" +
               kCases) == Lines{"local.yaml:5:3: lookup 'l' is defined twice"});
}

TEST_CASE("the built-in ssd mapping is valid and gives what its tables hold") {
  const Mapping m = find_mapping("ssd", vocab());
  CHECK(m.origin == "builtin:ssd.yaml");
  CHECK(builtin_mapping_names() == Lines{"ssd"});
  const ExportFacts f = mapping_facts(m, vocab());
  CHECK(f.layout == "ssd");
  CHECK(f.record_types[*vocab().record_type("rcpc")]);
  CHECK(f.record_types[*vocab().record_type("assessment_authorised")]);
  CHECK(!f.record_types[*vocab().record_type("supervision")]);
  CHECK(!f.record_types[*vocab().record_type("assessment_completed")]);
  CHECK(f.episode_types[*vocab().episode_type("cla")]);
  CHECK(!f.episode_types[*vocab().episode_type("care_leaver")]);
  CHECK(f.tags == ((TagMask{1} << *vocab().tag("placed_with_parents")) | (TagMask{1} << *vocab().tag("long_term_match")) |
                   (TagMask{1} << *vocab().tag("external"))));
  const auto visits = static_cast<size_t>(RecordFile::visits);
  CHECK((f.columns[visits] >> *vocab().field(RecordFile::visits, "seen") & 1));
  CHECK(!(f.columns[visits] >> *vocab().field(RecordFile::visits, "location") & 1));
}

TEST_CASE("find_mapping: an unknown name, an unreadable file, an invalid file") {
  const auto fatal = [](const std::string& name) {
    try {
      find_mapping(name, vocab());
    } catch (const FatalError& e) {
      return e.message;
    }
    return std::string();
  };
  CHECK(fatal("sdd") == "unknown mapping 'sdd' (built-in: ssd; a mapping file's name ends in .yaml)");
  CHECK(fatal("/no/such/local.yaml") == "cannot read mapping '/no/such/local.yaml': No such file or directory");
}

}  // namespace
}  // namespace ca
