// The vocabulary's limits: episode types and tags are carried as 64-bit masks;
// a record packs its type and codes.
#include "vocab/vocabulary.h"

#include <doctest/doctest.h>

#include <string>

#include "core/status.h"

namespace ca {
namespace {

// A vocabulary document with `episode_types` and `tags` lists of n and m names.
std::string document(int episode_types, int tags) {
  std::string out = "episode_types:\n";
  for (int i = 0; i < episode_types; ++i) out += "  - e" + std::to_string(i) + "\n";
  out += "tags:\n";
  for (int i = 0; i < tags; ++i) out += "  - t" + std::to_string(i) + "\n";
  out += "review_types: [r]\ncontact_types: [c]\nlocations: [home]\nvisit_types: [statutory]\nmeasures: [visit]\n";
  return out;
}

std::string error(const std::string& yaml) {
  try {
    Vocabulary::parse(yaml, "v.yaml");
  } catch (const FatalError& e) {
    return e.message;
  }
  return "";
}

TEST_CASE("at most 64 episode types and 64 tags") {
  CHECK(error(document(64, 64)) == "");
  CHECK(Vocabulary::parse(document(64, 1), "v.yaml").episode_type("e63") == EpisodeTypeId{63});
  CHECK(error(document(65, 1)) == "v.yaml:2:3: at most 64 episode types are supported");
  CHECK(error(document(1, 65)) == "v.yaml:4:3: at most 64 tags are supported");
}

// A vocabulary with n contact types and an enum field of m values.
std::string packed(size_t contact_types, size_t values) {
  std::string out = "episode_types: [cin]\ntags: [t]\nreview_types: [r]\ncontact_types:\n";
  for (size_t i = 0; i < contact_types; ++i) out += "  - c" + std::to_string(i) + "\n";
  out += "measures: [visit]\nfields:\n  visits:\n    place:\n      kind: enum\n      values:\n";
  for (size_t i = 0; i < values; ++i) out += "        v" + std::to_string(i) + ": a place\n";
  return out;
}

TEST_CASE("a record packs its type and codes: at most 8191 record types, 31 values in an enum") {
  CHECK(error(packed(kMaxRecordTypes - 2, kMaxEnumValues)) == "");
  const Vocabulary v = Vocabulary::parse(packed(kMaxRecordTypes - 2, kMaxEnumValues), "v.yaml");
  CHECK(v.record_types().size() == kMaxRecordTypes);
  CHECK(v.fields(RecordFile::visits)[0].values.size() == 31);
  CHECK(error(packed(kMaxRecordTypes - 1, 1)) == "v.yaml:1:1: at most 8191 record types are supported");
  CHECK(error(packed(1, kMaxEnumValues + 1)) == "v.yaml:12:9: enum field 'place' has more than 31 values");
}

TEST_CASE("the built-in vocabulary fits") {
  CHECK(Vocabulary::builtin().episode_types().size() <= 64);
  CHECK(Vocabulary::builtin().episode_type("cin").has_value());
  CHECK(Vocabulary::builtin().record_types().size() <= kMaxRecordTypes);
}

}  // namespace
TEST_CASE("YAML that cannot be read names the file, the place and the problem") {
  CHECK(error("episode_types: [\n") == "v.yaml:2:1: invalid YAML: end of sequence flow not found");
  CHECK(error("episode_types: [a\x07]\n") ==
        "v.yaml:1:18: control character U+0007 (a vocabulary holds UTF-8 text without control characters)");
  CHECK(error("episode_types: " + std::string(600, '[') + std::string(600, ']') + "\n") ==
        "v.yaml:1:1216: nesting deeper than 499 levels");
}

}  // namespace ca
