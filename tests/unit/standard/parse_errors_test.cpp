// Each class of mistake in a standards file, with its exact message. Every
// document is kHead (lines 1-4) and rules from line 5; `R"(` adds a blank
// line 5, so the first rule in a raw string starts on line 6.
#include <doctest/doctest.h>

#include "helpers.h"

namespace ca {
namespace {

using Errors = std::vector<std::string>;
using test::errors;

// A valid rule: lines 6-11, then `kind_lines` from line 12, then `extra`.
std::string rule(std::string_view kind_lines, std::string_view extra = "") {
  return std::string(R"(
  - id: cp-visit
    title: CP visit
    measure: visit
    scope: {episode: cp}
    records: visit
    source: {section: "3. Visits", quote: "every 10 working days"}
)") + std::string(kind_lines) +
         std::string(extra);
}

TEST_CASE("a valid rule has no errors") {
  CHECK(errors(rule("    kind: recurring\n    every: 10 working days\n")) == Errors{});
}

TEST_CASE("YAML syntax") {
  CHECK(test::parse("standard: t\nrules: [\n").errors ==
        Errors{"t.yaml:3:1: invalid YAML: end of sequence flow not found"});
  CHECK(test::parse("standard: t\n  authority: x\n").errors == Errors{"t.yaml:2:12: invalid YAML: illegal map value"});
  // Control characters and bytes that are not UTF-8 would reach a terminal or a spreadsheet.
  CHECK(test::parse("standard: t\nauthority: \"Evil\x1b[31m\"\n").errors ==
        Errors{"t.yaml:2:17: control character U+001B (a standard holds UTF-8 text without control characters)"});
  CHECK(test::parse("standard: t\n\nauthority: x\xff\n").errors ==
        Errors{"t.yaml:3:13: bytes that are not UTF-8 (a standard holds UTF-8 text without control characters)"});
  CHECK(test::parse(std::string("standard: t\nnote: a\0b\n", 22)).errors ==
        Errors{"t.yaml:2:8: control character U+0000 (a standard holds UTF-8 text without control characters)"});
  CHECK(test::parse("standard: t\nauthority: \xc2\x9b\n").errors ==
        Errors{"t.yaml:2:12: control character U+009B (a standard holds UTF-8 text without control characters)"});
  // Nested past yaml-cpp's limit: said so, not "bad file".
  CHECK(test::parse("standard: t\nrules: " + std::string(600, '[') + std::string(600, ']') + "\n").errors ==
        Errors{"t.yaml:2:1208: nesting deeper than 499 levels"});
}

TEST_CASE("the file as a whole") {
  CHECK(test::parse("").errors ==
        Errors{"t.yaml:1:1: the file is empty: a standard needs standard, authority, document and rules"});
  CHECK(test::parse("- a\n").errors ==
        Errors{"t.yaml:1:1: a standard must be a map with standard, authority, document and rules"});
  CHECK(test::parse("standard: t\n").errors ==
        Errors{"t.yaml:1:1: missing 'authority'", "t.yaml:1:1: missing 'document'", "t.yaml:1:1: missing 'rules'"});
  CHECK(test::parse("standrd: t\nauthority: A\ndocument: D\nrules: []\n").errors ==
        Errors{"t.yaml:1:1: unknown key 'standrd' (did you mean 'standard'?)", "t.yaml:1:1: missing 'standard'",
               "t.yaml:4:1: 'rules' is empty: a standard needs at least one rule"});
  CHECK(test::parse("standard: t\nauthority: A\ndocument: D\nrules:\nversion: 2\n").errors ==
        Errors{"t.yaml:4:1: 'rules' is empty: a standard needs at least one rule",
               "t.yaml:5:1: unknown key 'version' (expected standard, authority, document, rules)"});
  CHECK(test::parse("standard: t\nauthority: A\ndocument: D\nrules: {id: x}\n").errors ==
        Errors{"t.yaml:4:8: 'rules' must be a list of rules, each starting '- id: ...'"});
  CHECK(test::parse("standard: t\nauthority: \"\"\ndocument: [a]\nrules: [x]\n").errors ==
        Errors{"t.yaml:2:1: 'authority' is empty", "t.yaml:3:11: 'document' must be text, not a list",
               "t.yaml:4:9: rule 1 must be a map of keys (id, title, measure, kind, ...)"});
}

TEST_CASE("the standard's name must match the file's") {
  CHECK(test::parse("standard: camden\nauthority: A\ndocument: D\nrules: []\n").errors ==
        Errors{"t.yaml:1:11: standard 'camden' does not match the file name 't.yaml' (write 'standard: t')",
               "t.yaml:4:1: 'rules' is empty: a standard needs at least one rule"});
  CHECK(parse_standard("standard: t\nauthority: A\ndocument: D\nrules: []\n", "dir/mine.yml", Vocabulary::builtin())
            .errors == Errors{"dir/mine.yml:1:11: standard 't' does not match the file name 'mine.yml' (write "
                              "'standard: mine')",
                              "dir/mine.yml:4:1: 'rules' is empty: a standard needs at least one rule"});
  CHECK(parse_standard("standard: Camden\nauthority: A\ndocument: D\nrules: []\n", "-", Vocabulary::builtin()).errors ==
        Errors{"-:1:11: standard 'Camden' must be lower case letters, digits and '-'",
               "-:4:1: 'rules' is empty: a standard needs at least one rule"});
}

TEST_CASE("unknown keys in a rule, with the nearest valid key") {
  CHECK(errors(rule("    kind: recurring\n    evrey: 10 working days\n")) ==
        Errors{"t.yaml:6:5: rule 'cp-visit': a recurring rule needs one of 'every', 'schedule', 'phases' or "
               "'every_while_open'",
               "t.yaml:13:5: unknown key 'evrey' (did you mean 'every'?)"});
  CHECK(errors(rule("    kind: recurring\n    every: 10 working days\n", "    sorce: x\n    colour: red\n")) ==
        Errors{"t.yaml:14:5: unknown key 'sorce' (did you mean 'source'?)", "t.yaml:15:5: unknown key 'colour'"});
}

TEST_CASE("unknown keys in scope, source, records, where and phases") {
  CHECK(errors(R"(
  - id: x
    title: X
    measure: visit
    kind: recurring
    scope: {episode: cla, tag: settled}
    records: {type: visit, were: {seen: Y}}
    phases:
      - every: 1 week
        untill_record: cla_review
      - every: 6 weeks
    source: {section: S, qoute: Q}
  - id: y
    title: Y
    measure: visit
    kind: recurring
    scope: {episode: cp}
    records: {type: visit, where: {sen: Y, colour: red, location: {no: [home]}}}
    every: 1 week
    source: {section: S, quote: Q}
)") == Errors{
           "t.yaml:10:27: unknown key 'tag' (did you mean 'tags'?)",
           "t.yaml:11:28: unknown key 'were' (did you mean 'where'?)",
           "t.yaml:13:9: phase 1 needs 'until' or 'until_record' (only the last phase has no end)",
           "t.yaml:14:9: unknown key 'untill_record' (did you mean 'until_record'?)",
           "t.yaml:16:13: rule 'x': source is missing 'quote'",
           "t.yaml:16:26: unknown key 'qoute' (did you mean 'quote'?)",
           "t.yaml:22:36: unknown key 'sen' (did you mean 'seen'?)",
           "t.yaml:22:44: unknown key 'colour'",
           "t.yaml:22:68: unknown key 'no' (did you mean 'not'?)",
       });
}

TEST_CASE("missing required keys name the rule, or its number when it has no id") {
  CHECK(errors(R"(
  - id: cp-visit
    title: CP visit
    kind: recurring
    every: 10 working days
  - title: Second
    measure: visit
    kind: deadline
    scope: {case: open}
    records: visit
    source: {section: S}
)") == Errors{
           "t.yaml:6:5: rule 'cp-visit': missing 'measure'",
           "t.yaml:6:5: rule 'cp-visit': missing 'scope'",
           "t.yaml:6:5: rule 'cp-visit': missing 'records'",
           "t.yaml:6:5: rule 'cp-visit': missing 'source'",
           "t.yaml:10:5: rule 2: missing 'id'",
           "t.yaml:10:5: rule 2: missing 'trigger'",
           "t.yaml:10:5: rule 2: missing 'within'",
           "t.yaml:15:13: rule 2: source is missing 'quote'",
       });
}

TEST_CASE("empty texts and a source that is not a map") {
  CHECK(errors(R"(
  - id: x
    title: ""
    measure: visit
    kind: recurring
    scope: {episode: cp}
    records: visit
    every: 1 week
    source: "3. Visits"
  - id: y
    title: Y
    measure: visit
    kind: recurring
    scope: {episode: cp}
    records: visit
    every: 1 week
    source: {section: "", quote: Q}
)") == Errors{
           "t.yaml:7:5: 'title' is empty",
           "t.yaml:13:13: 'source' must be a map with 'section' and 'quote' (the sentence as the document has it)",
           "t.yaml:21:14: 'section' is empty",
       });
}

TEST_CASE("keys with no value") {
  CHECK(errors(R"(
  - id:
    title: X
    measure:
    kind: ""
    scope: {episode: cp}
    records: visit
    source: {section: S, quote: Q}
)") == Errors{
           "t.yaml:6:5: 'id' has no value",
           "t.yaml:8:5: 'measure' has no value",
           "t.yaml:9:5: 'kind' has no value",
       });
}

TEST_CASE("words outside the vocabulary") {
  CHECK(errors(R"(
  - id: x
    title: X
    measure: visits
    kind: recurring
    scope: {episode: cpp, tags: [setled]}
    records: {type: [visit, vist], where: {seen: yes, seen_alone: N, location: house, visit_type: {not: [social]}}}
    every: 1 week
    source: {section: S, quote: Q}
  - id: y
    title: Y
    measure: recording
    kind: recording_lag
    scope: {case: open}
    records: visit
    limit: 5 days
    limit_when_open: {child_protection: 2 days}
)") == Errors{
           "t.yaml:8:14: measure 'visits' is not in the vocabulary (standards/vocabulary.yaml)",
           "t.yaml:10:22: episode type 'cpp' is not in the vocabulary (standards/vocabulary.yaml)",
           "t.yaml:10:34: tag 'setled' is not in the vocabulary (standards/vocabulary.yaml)",
           "t.yaml:11:29: record type 'vist' is not in the vocabulary (standards/vocabulary.yaml)",
           "t.yaml:11:50: seen: 'yes' must be Y or N",
           "t.yaml:11:80: location 'house' is not in the vocabulary (standards/vocabulary.yaml)",
           "t.yaml:11:106: visit_type 'social' is not in the vocabulary (standards/vocabulary.yaml)",
           "t.yaml:14:5: rule 'y': missing 'source'",
           "t.yaml:21:23: episode type 'child_protection' is not in the vocabulary (standards/vocabulary.yaml)",
       });
}

TEST_CASE("an unknown kind, with the nearest") {
  CHECK(errors(rule("    kind: recuring\n")) ==
        Errors{"t.yaml:12:11: kind 'recuring' is not one of recurring, deadline, lead_time, recording_lag, age "
               "(did you mean 'recurring'?)"});
  CHECK(errors(rule("    kind: weekly\n")) ==
        Errors{"t.yaml:12:11: kind 'weekly' is not one of recurring, deadline, lead_time, recording_lag, age"});
}

TEST_CASE("keys that do not belong to the rule's kind") {
  CHECK(errors(rule("    kind: deadline\n    trigger: start\n    within: 5 days\n", "    every: 10 working days\n")) ==
        Errors{"t.yaml:15:5: 'every' does not apply to a deadline rule"});
  CHECK(errors(rule("    kind: recurring\n    every: 1 week\n", "    within: 5 days\n    limit: 5 days\n")) ==
        Errors{"t.yaml:14:5: 'within' does not apply to a recurring rule",
               "t.yaml:15:5: 'limit' does not apply to a recurring rule"});
  CHECK(errors(R"(
  - id: x
    title: X
    measure: leaving_care
    kind: age
    scope: {episode: cla}
    records: pathway_plan
    at_age: 16 years
    first: 1 week
    source: {section: S, quote: Q}
)") == Errors{"t.yaml:13:5: 'first' does not apply to an age rule"});
}

TEST_CASE("a recurring rule takes exactly one of every, schedule, phases and every_while_open") {
  CHECK(errors(rule("    kind: recurring\n")) ==
        Errors{"t.yaml:6:5: rule 'cp-visit': a recurring rule needs one of 'every', 'schedule', 'phases' or "
               "'every_while_open'"});
  CHECK(errors(rule("    kind: recurring\n    every: 1 week\n    schedule: [1 week, 2 weeks]\n")) ==
        Errors{"t.yaml:14:5: 'schedule' cannot be combined with 'every': a recurring rule takes one of 'every', "
               "'schedule', 'phases' or 'every_while_open'"});
  CHECK(errors(rule("    kind: recurring\n    schedule: [1 week, 2 weeks]\n    first: 3 days\n")) ==
        Errors{"t.yaml:14:5: 'first' cannot be combined with 'schedule': make it the schedule's first entry"});
  CHECK(errors(rule("    kind: recurring\n    schedule: []\n")) ==
        Errors{"t.yaml:13:15: 'schedule' must be a list of intervals, e.g. [20 working days, 3 months, 6 months]"});
}

TEST_CASE("phases: every one but the last ends, the last does not") {
  CHECK(errors(rule("    kind: recurring\n", R"(    phases:
      - every: 1 week
      - every: 6 weeks
        until: 1 year
      - until_record: cla_review
        until: 2 years
)")) == Errors{
            "t.yaml:14:9: phase 1 needs 'until' or 'until_record' (only the last phase has no end)",
            "t.yaml:17:9: phase 3 is missing 'every'",
            "t.yaml:17:9: a phase ends with 'until' or 'until_record', not both",
        });
  CHECK(errors(rule("    kind: recurring\n",
                    "    phases:\n      - every: 1 week\n        until: 1 year\n"
                    "      - every: 6 weeks\n        until_record: cla_review\n")) ==
        Errors{"t.yaml:17:9: the last phase has no end: remove 'until_record'"});
  CHECK(errors(rule("    kind: recurring\n", "    phases:\n      - every: 1 week\n")) ==
        Errors{"t.yaml:14:7: 'phases' must be a list of two or more phases (for one interval, use 'every')"});
}

// A recurring rule with every_while_open: `scope` on line 12 (its value at column 12), then `lines` from line 13.
Errors while_open(std::string_view scope, std::string_view lines) {
  return errors(std::string(R"(
  - id: supervision
    title: Supervision
    measure: supervision
    kind: recurring
    records: supervision
    source: {section: S, quote: Q}
    scope: )") + std::string(scope) +
                "\n" + std::string(lines));
}

TEST_CASE("every_while_open: a map of episode type to interval, on a case scope listing the same types") {
  const std::string_view scope = "{case: open, while: [cp, cin]}";
  CHECK(while_open(scope, "    every_while_open: {cp: 1 month, cin: 2 months}\n") == Errors{});
  CHECK(while_open("{case: open, while: [cin, cp]}",
                   "    every_while_open:\n      cp: 1 month\n      cin: 2 months\n") == Errors{});
  // Not a map, or an empty one.
  CHECK(while_open(scope, "    every_while_open: [cp, cin]\n") ==
        Errors{"t.yaml:13:23: 'every_while_open' must be a map of episode type to interval, e.g. {cp: 1 month, cin: 2 "
               "months}"});
  CHECK(while_open(scope, "    every_while_open: {}\n") ==
        Errors{"t.yaml:13:23: 'every_while_open' must be a map of episode type to interval, e.g. {cp: 1 month, cin: 2 "
               "months}"});
  CHECK(while_open(scope, "    every_while_open:\n") ==
        Errors{"t.yaml:13:5: 'every_while_open' must be a map of episode type to interval, e.g. {cp: 1 month, cin: 2 "
               "months}"});
  // Types outside the vocabulary, a type given twice, intervals that are not durations or are 0.
  CHECK(while_open(scope, "    every_while_open: {cp: 1 month, cn: 2 months}\n") ==
        Errors{"t.yaml:13:37: episode type 'cn' is not in the vocabulary (standards/vocabulary.yaml)"});
  CHECK(while_open(scope, "    every_while_open: {cp: 1 month, cin: 2 months, cp: 2 weeks}\n") ==
        Errors{"t.yaml:13:52: 'cp' is given twice"});
  CHECK(while_open(scope, "    every_while_open: {cp: 0 months, cin: [2 months]}\n") ==
        Errors{"t.yaml:13:28: '0 months': an interval must be at least 1",
               "t.yaml:13:43: 'cin' must be a duration such as '10 working days', not a list"});
  CHECK(while_open(scope, "    every_while_open: {cp: monthly, cin: 2 months}\n") ==
        Errors{"t.yaml:13:28: 'monthly': expected a number and a unit, e.g. '10 working days'"});
}

TEST_CASE("every_while_open: not with every, schedule, phases or first") {
  const std::string_view scope = "{case: open, while: [cp, cin]}";
  CHECK(while_open(scope, "    every: 1 month\n    every_while_open: {cp: 1 month, cin: 2 months}\n") ==
        Errors{"t.yaml:14:5: 'every_while_open' cannot be combined with 'every': a recurring rule takes one of "
               "'every', 'schedule', 'phases' or 'every_while_open'"});
  CHECK(while_open(scope, "    every_while_open: {cp: 1 month, cin: 2 months}\n    schedule: [1 month, 2 months]\n") ==
        Errors{"t.yaml:14:5: 'schedule' cannot be combined with 'every_while_open': a recurring rule takes one of "
               "'every', 'schedule', 'phases' or 'every_while_open'"});
  CHECK(while_open(scope, "    every_while_open: {cp: 1 month, cin: 2 months}\n    first: 1 week\n") ==
        Errors{"t.yaml:14:5: 'first' cannot be combined with 'every_while_open': each episode type's interval gives "
               "its own first deadline"});
  CHECK(errors(rule("    kind: deadline\n    trigger: start\n    within: 5 days\n",
                    "    every_while_open: {cp: 1 month}\n")) ==
        Errors{"t.yaml:15:5: 'every_while_open' does not apply to a deadline rule"});
  CHECK(while_open(scope, "    every_while_opn: {cp: 1 month, cin: 2 months}\n") ==
        Errors{"t.yaml:6:5: rule 'supervision': a recurring rule needs one of 'every', 'schedule', 'phases' or "
               "'every_while_open'",
               "t.yaml:13:5: unknown key 'every_while_opn' (did you mean 'every_while_open'?)"});
}

TEST_CASE("every_while_open: the scope's 'while' lists exactly the same episode types") {
  const std::string_view every = "    every_while_open: {cp: 1 month, cin: 2 months}\n";
  CHECK(while_open("{episode: cp}", every) ==
        Errors{"t.yaml:13:5: 'every_while_open' needs a case scope listing the same episode types: scope: {case: "
               "open, while: [cp, cin]}"});
  CHECK(while_open("{case: open}", every) ==
        Errors{"t.yaml:13:5: 'every_while_open' needs a case scope listing the same episode types: scope: {case: "
               "open, while: [cp, cin]}"});
  CHECK(while_open("{case: open, while: [cp]}", every) ==
        Errors{"t.yaml:13:37: 'cin' is in 'every_while_open' but not in the scope's 'while' (they must list the same "
               "episode types)"});
  CHECK(while_open("{case: open, while: [cp, cin, cla]}", every) ==
        Errors{"t.yaml:12:12: 'cla' is in the scope's 'while' but not in 'every_while_open' (they must list the same "
               "episode types)"});
  CHECK(while_open("{case: open, while: [cla, cin]}", every) ==
        Errors{"t.yaml:12:12: 'cla' is in the scope's 'while' but not in 'every_while_open' (they must list the same "
               "episode types)",
               "t.yaml:13:24: 'cp' is in 'every_while_open' but not in the scope's 'while' (they must list the same "
               "episode types)"});
  // A scope with its own mistake is not compared.
  CHECK(while_open("{case: open, while: [cpp]}", every) ==
        Errors{"t.yaml:12:33: episode type 'cpp' is not in the vocabulary (standards/vocabulary.yaml)"});
}

TEST_CASE("bad durations, at the duration") {
  CHECK(errors(rule("    kind: recurring\n    every: 10 workdays\n")) ==
        Errors{"t.yaml:13:12: '10 workdays': unknown unit 'workdays' (use working days, days, weeks, months, years, "
               "hours, working hours)"});
  CHECK(errors(rule("    kind: deadline\n    trigger: start\n    within: 36 hours\n")) ==
        Errors{"t.yaml:14:13: '36 hours': hours must be whole days (24, 48, 72, ...)"});
  CHECK(errors(rule("    kind: recurring\n    every: 1 year 6 months\n")) ==
        Errors{"t.yaml:13:12: '1 year 6 months': give one number and one unit (only at_age may combine them)"});
  CHECK(errors(rule("    kind: recurring\n    every: 10\n")) ==
        Errors{
            "t.yaml:13:12: '10': missing a unit (use working days, days, weeks, months, years, hours, working hours)"});
  CHECK(errors(rule("    kind: recurring\n    every:\n")) ==
        Errors{"t.yaml:13:5: 'every' has no value (write a duration such as '10 working days')"});
  CHECK(errors(rule("    kind: recurring\n    every: [1 week]\n")) ==
        Errors{"t.yaml:13:12: 'every' must be a duration such as '10 working days', not a list"});
}

TEST_CASE("durations longer than 10 years, ages over 25, at the duration") {
  CHECK(errors(rule("    kind: recurring\n    every: 999999 working days\n")) ==
        Errors{"t.yaml:13:12: '999999 working days': too long: at most 10 years (2610 working days)"});
  CHECK(errors(rule("    kind: recurring\n    schedule: [28 days, 121 months]\n")) ==
        Errors{"t.yaml:13:25: '121 months': too long: at most 10 years (120 months)"});
  CHECK(errors(rule("    kind: deadline\n    trigger: start\n    within: 3661 days\n")) ==
        Errors{"t.yaml:14:13: '3661 days': too long: at most 10 years (3660 days)"});
  CHECK(errors(rule("    kind: recurring\n    every: 2 weeks\n    first: 11 years\n")) ==
        Errors{"t.yaml:14:12: '11 years': too long: at most 10 years"});
  CHECK(errors(R"(
  - id: x
    title: X
    measure: leaving_care
    kind: age
    scope: {episode: care_leaver}
    records: pathway_plan
    at_age: 25 years 1 month
    source: {section: S, quote: Q}
)") == Errors{"t.yaml:12:13: '25 years 1 month': an age must be at most 25 years"});
}

TEST_CASE("duplicate rule ids and ids that are not lower case, digits and '-'") {
  CHECK(errors(rule("    kind: recurring\n    every: 1 week\n") + rule("    kind: recurring\n    every: 2 weeks\n")) ==
        Errors{"t.yaml:15:9: rule id 'cp-visit' is used twice (first at line 6)"});
  CHECK(errors(R"(
  - id: CP_visit
    title: X
    measure: visit
    kind: recurring
    scope: {episode: cp}
    records: visit
    every: 1 week
    source: {section: S, quote: Q}
  - id: -x
    title: X
    measure: visit
    kind: recurring
    scope: {episode: cp}
    records: visit
    every: 1 week
    source: {section: S, quote: Q}
)") == Errors{
           "t.yaml:6:9: rule id 'CP_visit' must be lower case letters, digits and '-', starting with a letter or digit",
           "t.yaml:14:9: rule id '-x' must be lower case letters, digits and '-', starting with a letter or digit",
       });
}

TEST_CASE("scopes") {
  auto with_scope = [](std::string_view scope) {
    return errors(std::string(R"(
  - id: x
    title: X
    measure: chronology
    kind: recurring
    records: chronology_update
    every: 3 months
    source: {section: S, quote: Q}
    scope: )") + std::string(scope) +
                  "\n");
  };
  CHECK(with_scope("{case: open, per: period}") == Errors{"t.yaml:13:25: 'per: period' needs an episode scope"});
  CHECK(with_scope("{case: open, tags: [settled], not_tags: [reg24]}") ==
        Errors{"t.yaml:13:25: 'tags' needs an episode scope (a case has no tags)",
               "t.yaml:13:42: 'not_tags' needs an episode scope (a case has no tags)"});
  CHECK(with_scope("{case: closed}") ==
        Errors{"t.yaml:13:19: case: 'closed' must be 'open' (the rule runs while the case is open)"});
  CHECK(with_scope("{case: open, episode: cp}") ==
        Errors{"t.yaml:13:25: a scope is either 'case' or 'episode', not both"});
  CHECK(with_scope("{tags: [settled]}") == Errors{"t.yaml:13:12: 'scope' needs 'episode: TYPE' or 'case: open'"});
  CHECK(with_scope("cp") == Errors{"t.yaml:13:12: 'scope' must be a map: {episode: TYPE} or {case: open}"});
  CHECK(with_scope("{episode: cla, per: placement}") ==
        Errors{"t.yaml:13:32: per: 'placement' must be 'period' (leave 'per' out to count each episode row)"});
  CHECK(with_scope("{episode: cla, tags: [settled], not_tags: [settled]}") ==
        Errors{"t.yaml:13:54: tag 'settled' is in both 'tags' and 'not_tags'"});
}

TEST_CASE("scopes: while") {
  auto with_scope = [](std::string_view scope) {
    return errors(std::string(R"(
  - id: x
    title: X
    measure: case_summary
    kind: recurring
    records: case_summary
    every: 90 days
    source: {section: S, quote: Q}
    scope: )") + std::string(scope) +
                  "\n");
  };
  CHECK(with_scope("{case: open, while: [cin, cp]}") == Errors{});
  CHECK(with_scope("{case: open, while: [cin, cpp, early_hlp]}") ==
        Errors{"t.yaml:13:38: episode type 'cpp' is not in the vocabulary (standards/vocabulary.yaml)",
               "t.yaml:13:43: episode type 'early_hlp' is not in the vocabulary (standards/vocabulary.yaml)"});
  CHECK(with_scope("{episode: cp, while: [cin]}") ==
        Errors{"t.yaml:13:26: 'while' needs 'case: open' (an episode scope already runs only while its episode is "
               "open)"});
  CHECK(with_scope("{case: open, while: []}") == Errors{"t.yaml:13:32: 'while' is an empty list"});
  CHECK(with_scope("{case: open, while: }") == Errors{"t.yaml:13:25: 'while' has no value"});
  CHECK(with_scope("{case: open, while: {cin: Y}}") ==
        Errors{"t.yaml:13:32: 'while' must be a word or a list of words, not a map"});
  CHECK(with_scope("{case: open, whilst: [cin]}") ==
        Errors{"t.yaml:13:25: unknown key 'whilst' (did you mean 'while'?)"});
  CHECK(with_scope("{case: closed, while: [cpp]}") ==
        Errors{"t.yaml:13:19: case: 'closed' must be 'open' (the rule runs while the case is open)",
               "t.yaml:13:35: episode type 'cpp' is not in the vocabulary (standards/vocabulary.yaml)"});
}

TEST_CASE("records and filters") {
  auto with_records = [](std::string_view records) {
    return errors(std::string(R"(
  - id: x
    title: X
    measure: visit
    kind: recurring
    scope: {episode: cp}
    every: 1 week
    source: {section: S, quote: Q}
    records: )") + std::string(records) +
                  "\n");
  };
  CHECK(with_records("{type: icpc, where: {seen: Y}}") ==
        Errors{"t.yaml:13:35: 'seen' is not a field of reviews.csv, where 'icpc' records come from"});
  CHECK(with_records("{where: {seen: Y}}") == Errors{"t.yaml:13:14: 'records' is missing 'type'"});
  CHECK(with_records("[]") == Errors{"t.yaml:13:14: 'records' is an empty list"});
  CHECK(with_records("") == Errors{"t.yaml:13:5: 'records' has no value (write a record type, e.g. 'records: visit')"});
  CHECK(with_records("{type: visit, where: {seen: [Y, maybe]}}") ==
        Errors{"t.yaml:13:46: seen: 'maybe' must be Y or N"});
  CHECK(with_records("{type: visit, where: {location: []}}") == Errors{"t.yaml:13:46: 'location' is an empty list"});
  CHECK(with_records("{type: visit, where: {}}") == Errors{"t.yaml:13:35: 'where' is empty"});
  CHECK(with_records("{type: visit, where: seen}") ==
        Errors{"t.yaml:13:35: 'where' must be a map of filters, e.g. {seen: Y, location: [home, placement]}"});
}

TEST_CASE("a lead time counts back from a record, not the scope's start or end") {
  CHECK(errors(rule("    kind: lead_time\n    trigger: start\n    before: 2 working days\n")) ==
        Errors{"t.yaml:13:14: a lead_time trigger must be a record (the meeting), not 'start'"});
}

TEST_CASE("an age rule needs an episode scope") {
  CHECK(errors(R"(
  - id: x
    title: X
    measure: leaving_care
    kind: age
    scope: {case: open}
    records: pathway_plan
    at_age: 15 years 9 months
    source: {section: S, quote: Q}
  - id: y
    title: Y
    measure: leaving_care
    kind: age
    scope: {episode: care_leaver}
    records: pathway_plan
    at_age: 6 weeks
    source: {section: S, quote: Q}
)") == Errors{
           "t.yaml:10:12: an age rule needs an episode scope: it is owed only while that episode is open",
           "t.yaml:20:13: '6 weeks': at_age is in years and months, e.g. '15 years 9 months'",
       });
}

TEST_CASE("a key given twice") {
  CHECK(errors(rule("    kind: recurring\n    every: 1 week\n", "    every: 2 weeks\n")) ==
        Errors{"t.yaml:14:5: 'every' is given twice"});
}

TEST_CASE("every mistake in the file is reported, in file order") {
  const Errors e = errors(R"(
  - id: a
    title: A
    measure: visits
    kind: recurring
    scope: {episode: cp}
    records: visit
    every: 10 workdays
    source: {section: S, quote: Q}
  - id: a
    title: B
    measure: visit
    kind: deadline
    scope: {episode: cp}
    records: visit
    trigger: start
    within: 5 days
    every: 1 week
)");
  CHECK(
      e ==
      Errors{
          "t.yaml:8:14: measure 'visits' is not in the vocabulary (standards/vocabulary.yaml)",
          "t.yaml:12:12: '10 workdays': unknown unit 'workdays' (use working days, days, weeks, months, years, hours, "
          "working hours)",
          "t.yaml:14:5: rule 'a': missing 'source'",
          "t.yaml:14:9: rule id 'a' is used twice (first at line 6)",
          "t.yaml:22:5: 'every' does not apply to a deadline rule",
      });
}

}  // namespace
}  // namespace ca
