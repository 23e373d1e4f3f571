#pragma once
// The export held in memory in canonical form: compact records (dates as day
// counts, types and names as small ids) grouped by case. Cases are sorted by
// case_id (byte order), so iterating cases in index order gives the report's
// order; each case's episodes and records are contiguous.
#include <algorithm>
#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "vocab/vocabulary.h"

namespace ca {

inline constexpr Date kNoDate = Date::min();    // an optional date left blank
inline constexpr Date kOpenEnd = Date::max();   // an end date left blank
inline constexpr uint8_t kNone = 0xFF;          // an optional enum left blank

enum class YesNo : uint8_t { unknown, no, yes };

using CaseIx = uint32_t;

struct Case {
  std::string id;
  Date dob = kNoDate;
  Date open = kNoDate;   // after loading: open_date, else the earliest episode start, else kNoDate
  Date close = kOpenEnd;
  uint32_t team = 0;     // index into Dataset::names (0 = blank)
  uint32_t worker = 0;
  uint32_t line = 0;     // line in cases.csv where the row starts
};

struct Episode {
  CaseIx case_ix = 0;
  Date start;
  Date end = kOpenEnd;
  TagMask tags = 0;
  EpisodeTypeId type = 0;
  uint32_t line = 0;
};

// A visit, review or contact: `type` says which (Vocabulary::file_of). The
// fields its file declares (vocabulary.yaml `fields`) are in its slots, as
// the vocabulary assigns them (FieldDecl::slot): dates in `dates` (kNoDate
// when blank), yes/no and enum fields in `codes` (kCodeBlank when blank; an
// enum's `blank:` value when the vocabulary gives one).
struct Record {
  CaseIx case_ix = 0;
  Date date;
  uint32_t line = 0;
  TypeId type = 0;
  std::array<uint8_t, kCodeSlots> codes{};
  std::array<Date, kDateSlots> dates{kNoDate, kNoDate};
};

// What the export holds, beyond its rows: which files and columns it had
// and which record types occur anywhere in it. A rule that needs a file, a
// column or a record type the export lacks is not evaluable from it.
struct ExportFacts {
  bool episodes_file = false;                  // episodes.csv was read
  bool episode_tags = false;                   // ... and had a tags column
  bool dob_column = false;                     // cases.csv had a dob column
  std::array<bool, kRecordFiles> files{};      // visits, reviews, contacts: the file was read
  std::array<uint64_t, kRecordFiles> columns{};  // bit i: the file had the column of its i-th declared field
  std::vector<uint64_t> type_counts;           // records of each record type (TypeId), dated any time
};

// One case with its episodes (sorted by type, then start, then end) and its
// records (sorted by date, then type, then line).
struct CaseView {
  const Case& info;
  std::span<const Episode> episodes;
  std::span<const Record> records;
};

// A case's episodes in start order (they are stored by type, then start),
// for a reader's timeline.
inline std::vector<const Episode*> by_start(std::span<const Episode> episodes) {
  std::vector<const Episode*> out;
  out.reserve(episodes.size());
  for (const Episode& e : episodes) out.push_back(&e);
  std::stable_sort(out.begin(), out.end(), [](const Episode* a, const Episode* b) { return a->start < b->start; });
  return out;
}

struct Dataset {
  std::vector<Case> cases;          // sorted by id
  std::vector<Episode> episodes;    // grouped by case, in case order
  std::vector<Record> records;      // grouped by case, in case order
  std::vector<uint32_t> episode_begin;  // size cases+1: episodes of case i are [episode_begin[i], episode_begin[i+1])
  std::vector<uint32_t> record_begin;   // likewise for records
  std::vector<std::string> names = {""};  // team and worker names; 0 is blank
  ExportFacts facts;                        // what the export carries, for rules to know what they can check

  size_t size() const { return cases.size(); }
  // A team's or worker's name ("" for blank, or an index out of range).
  std::string_view name(uint32_t ix) const { return ix < names.size() ? std::string_view(names[ix]) : std::string_view(); }
  CaseView view(CaseIx i) const {
    return {cases[i],
            std::span<const Episode>(episodes.data() + episode_begin[i], episode_begin[i + 1] - episode_begin[i]),
            std::span<const Record>(records.data() + record_begin[i], record_begin[i + 1] - record_begin[i])};
  }
};

}  // namespace ca
