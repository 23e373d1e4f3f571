#pragma once
// A practice standard as the engine sees it: rules, each one kind of
// requirement from ../shared/docs/timescale-semantics.md with its
// parameters, its scope, the records that qualify, and its quoted source. Parsed from YAML by
// standard/parse.h; the format is documented in standards/README.md.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "vocab/vocabulary.h"

namespace ca {

enum class Unit : uint8_t { working_days, days, weeks, months };

// "10 working days", "6 weeks", "3 months", "48 hours" (= 2 days),
// "72 working hours" (= 3 working days), "1 year" (= 12 months),
// "15 years 9 months" (= 189 months). `text` keeps the words as written.
struct Duration {
  int32_t count = 0;
  Unit unit = Unit::days;
  std::string text;
};

inline constexpr uint8_t kNoSlot = 0xFF;

// A condition on a field the vocabulary declares for the record files
// (vocabulary.yaml `fields`). The record qualifies when its value is one of
// the listed ones (or, with `negate`, is not one of them); a date field
// qualifies when it is given (`present`). A blank field never qualifies,
// negated or not.
struct Filter {
  std::string field;              // the field's name, as vocabulary.yaml declares it
  FieldKind kind = FieldKind::yes_no;
  RecordFile file = RecordFile::visits;  // a file that declares it (for its value names)
  size_t decl = 0;                       // its index in Vocabulary::fields(file)
  std::array<uint8_t, kRecordFiles> slot{kNoSlot, kNoSlot, kNoSlot};  // its slot in each record file
  std::vector<uint8_t> values;    // the codes listed (yes_no: kCodeNo/kCodeYes; enum: value index + 1)
  uint64_t codes = 0;             // bit c set: code c passes (negation applied; never bit 0, blank)
  bool negate = false;
};

// Which records count: any of `types`, passing every filter.
struct Selector {
  std::vector<TypeId> types;
  std::vector<Filter> filters;
  bool first = false;  // a trigger only: just the first qualifying record in the scope window counts
  // The record file of each type, by position in `types` (set by the parser,
  // or by Selector::files_from).
  std::vector<RecordFile> files;
  void files_from(const Vocabulary& vocab) {
    files.clear();
    for (TypeId t : types) files.push_back(vocab.file_of(t));
  }
};

enum class Kind : uint8_t { recurring, deadline, lead_time, recording_lag, age };

enum class Level : uint8_t {
  case_open,  // while the case is open (open date to close date); with while_types, only while one is open
  episode,    // each episode row of the type (for cla: each placement)
  period,     // each period of care: rows of the type that follow on without a gap
};

struct Scope {
  Level level = Level::case_open;
  EpisodeTypeId episode_type = 0;  // for episode and period
  TagMask tags_all = 0;            // every one of these tags must be present
  TagMask tags_none = 0;           // none of these may be present
  TagMask tags_any = 0;            // when not 0, at least one of these must be present
  // case_open only: when not 0, the case counts only while an episode of one of
  // these types is open: each span during which one is, spans that follow on
  // without a gap merged, clipped to the case's open and close dates.
  EpisodeTypeMask while_types = 0;
  // with while_types: the time between two spans counts too (they make one
  // window) while the case stays open and no episode of another type is open
  // in between (`gaps: count`); otherwise each span is its own window.
  bool count_gaps = false;
  // case_open only: when not 0, the case does not count while the only
  // episodes open are of these types (another service has the child: early
  // help, youth justice); `unless_only: [...]`.
  EpisodeTypeMask unless_only = 0;

  bool operator==(const Scope&) const = default;
};

// One phase of a recurring rule: `every` is in force while the previous
// record's date is before the phase's end, that is before anchor + `until`,
// or before the first `until_record` on or after the start of the period of
// care holding the episode. The last phase has no end.
struct Phase {
  Duration every;
  std::optional<Duration> until;
  std::optional<Selector> until_record;
};

enum class TriggerKind : uint8_t { start, end, record };

struct Trigger {
  TriggerKind kind = TriggerKind::start;
  Selector record;  // for TriggerKind::record
};

struct LimitWhenOpen {
  EpisodeTypeId episode_type = 0;
  Duration limit;
};

// One entry of a recurring rule's `every_while_open`: while an episode of
// `episode_type` is open, the records are due at least `every`.
struct EveryWhileOpen {
  EpisodeTypeId episode_type = 0;
  Duration every;
};

struct Source {
  std::string section;  // e.g. "3. Visits"
  std::string quote;    // the sentence, verbatim
};

struct Rule {
  std::string id;
  std::string title;
  uint8_t measure = 0;  // vocabulary measure id
  Kind kind = Kind::recurring;
  Scope scope;
  Selector records;  // the qualifying records
  Source source;
  std::string note;  // ambiguity, the other reading and why not (may be empty)

  // recurring: the first requirement is due anchor + first (if given) or
  // schedule[0] / the phase in force; then each from the previous record.
  std::optional<Selector> anchor;  // recurring, deadline: count from the first such record in the scope window
  std::optional<Duration> first;
  std::vector<Duration> schedule;  // "every" is a one-element schedule; the last repeats
  std::vector<Phase> phases;       // instead of a schedule
  // Instead of a schedule or phases, on a case scope whose `while` lists the
  // same types, in the file's order: the interval follows the episodes open.
  // Each requirement is due at the earliest of: prev + the interval of each
  // listed episode open on prev's date (start <= prev <= end), and start + the
  // interval of each listed episode starting after prev (in the window, by the
  // audit date). Its anchor is the date the winner was counted from (prev or
  // that start), its episode_type the winner's type; on a tie, the earlier
  // anchor, then the type listed first.
  std::vector<EveryWhileOpen> every_while_open;

  // deadline (within) and lead_time (before)
  Trigger trigger;
  Duration within;
  Duration before;
  // deadline: a qualifying record up to this long before the trigger counts
  // too (a placement plan made before the placement started)
  std::optional<Duration> look_back;
  // deadline with `records: end`: met by the scope window's end (the episode
  // ending, the case closing), not by a record; `records` is then empty
  bool met_by_end = false;
  // deadline: when no `records` record follows a trigger by the audit date,
  // the first of these counts instead (an assessment with no authorisation
  // record is taken as done when completed)
  std::optional<Selector> otherwise;

  // recording_lag: `field` (a date field, default recorded_date) minus the
  // record's own date must not exceed the limit
  std::string lag_field = "recorded_date";
  std::array<uint8_t, kRecordFiles> lag_slot{kNoSlot, kNoSlot, kNoSlot};
  Duration limit;
  std::vector<LimitWhenOpen> limit_when_open;

  // age: due at dob + at_age, owed while the scope's episode is open then
  Duration at_age;

  uint32_t line = 0;  // where the rule starts in its YAML file
};

struct Standard {
  std::string name;       // "camden": what --standard takes
  std::string authority;  // "London Borough of Camden"
  std::string document;   // the document's title
  std::string origin;     // "builtin:camden" for a built-in; else the YAML file's path as given
  std::vector<Rule> rules;
};

}  // namespace ca
