// Variants of one rule told apart by tags: standards check warns of an
// episode two variants both apply to, and of one none applies to.
#include "standard/variants.h"

#include <doctest/doctest.h>

#include "helpers.h"

namespace ca {
namespace {

using test::kHead;

std::vector<std::string> warnings(const std::string& rules) {
  const ParseResult r = test::parse(std::string(kHead) + rules);
  REQUIRE_MESSAGE(r.ok(), (r.errors.empty() ? "" : r.errors[0]));
  return variant_warnings(r.standard, Vocabulary::builtin(), "t.yaml");
}

std::string visit(const char* id, const char* scope) {
  return std::string("  - id: ") + id + "\n    title: T\n    measure: visit\n    kind: recurring\n    scope: " + scope +
         "\n    records: {type: visit, where: {seen: Y}}\n    every: 6 weeks\n    source: {section: S, quote: Q}\n";
}

TEST_CASE("variants that split the tags cleanly: no warning") {
  CHECK(warnings(visit("a", "{episode: cla, not_tags: [settled]}") + visit("b", "{episode: cla, tags: [settled]}"))
            .empty());
}

TEST_CASE("two variants for one episode: it would owe the requirement twice") {
  // a: every placement not settled; b: every external placement. An external placement not settled gets
  // both, and a settled one that is not external gets none.
  CHECK(warnings(visit("a", "{episode: cla, not_tags: [settled]}") + visit("b", "{episode: cla, tags: [external]}")) ==
        std::vector<std::string>{
            "t.yaml:5:1: warning: none of the variants 'a', 'b' applies to a cla episode tagged settled",
            "t.yaml:13:1: warning: variants 'a' and 'b' both apply to a cla episode tagged external: it would owe the "
            "requirement twice"});
}

TEST_CASE("an episode no variant applies to") {
  // a: not settled, not external; b: settled. An external placement not settled is owed by none.
  CHECK(warnings(visit("a", "{episode: cla, not_tags: [settled, external]}") + visit("b", "{episode: cla, tags: [settled]}")) ==
        std::vector<std::string>{
            "t.yaml:5:1: warning: none of the variants 'a', 'b' applies to a cla episode tagged external"});
}

TEST_CASE("a tag every variant turns away, and variants for tagged episodes only, are on purpose") {
  CHECK(warnings(visit("a", "{episode: cla, not_tags: [settled, short_break]}") +
                 visit("b", "{episode: cla, tags: [settled], not_tags: [short_break]}"))
            .empty());
  // Only the episode tagged both is a problem: an untagged placement owes neither, on purpose.
  CHECK(warnings(visit("a", "{episode: cla, tags: [reg24]}") + visit("b", "{episode: cla, tags: [placed_with_parents]}")) ==
        std::vector<std::string>{"t.yaml:13:1: warning: variants 'a' and 'b' both apply to a cla episode tagged reg24, "
                                 "placed_with_parents: it would owe the requirement twice"});
}

TEST_CASE("rules measuring different things, or with no tags, are not variants") {
  CHECK(warnings(visit("a", "{episode: cp}") + visit("b", "{episode: cp}")).empty());
}

}  // namespace
}  // namespace ca
