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
#include "core/pages.h"
#include "vocab/vocabulary.h"

namespace ca {

inline constexpr Date kNoDate = Date::min();    // an optional date left blank
inline constexpr Date kOpenEnd = Date::max();   // an end date left blank
inline constexpr uint8_t kNone = 0xFF;          // an optional enum left blank

enum class YesNo : uint8_t { unknown, no, yes };

using CaseIx = uint32_t;

// The canonical files (../shared/docs/data-contract.md section 1).
enum class InputFile : uint8_t { cases, episodes, visits, reviews, contacts };
inline constexpr std::array<const char*, 5> kInputFileNames = {"cases.csv", "episodes.csv", "visits.csv",
                                                             "reviews.csv", "contacts.csv"};
// The canonical file a record file is.
inline InputFile input_file_of(RecordFile f) { return static_cast<InputFile>(static_cast<size_t>(f) + 2); }

struct Case {
  std::string id;
  Date dob = kNoDate;
  Date open = kNoDate;   // after loading: open_date, else the earliest episode start, else kNoDate
  Date close = kOpenEnd;
  uint32_t team = 0;     // index into Dataset::names (0 = blank)
  uint32_t worker = 0;
  uint32_t line = 0;     // where its row starts: a row reference (Dataset::locate)
};

struct Episode {
  CaseIx case_ix = 0;
  Date start;
  Date end = kOpenEnd;
  TagMask tags = 0;
  EpisodeTypeId type = 0;
  uint32_t line = 0;  // a row reference (Dataset::locate)
};

// A visit, review or contact: type() says which (Vocabulary::file_of). The
// fields its file declares (vocabulary.yaml `fields`) are in its slots, as
// the vocabulary assigns them (FieldDecl::slot): dates in date slots
// (kNoDate when blank), yes/no and enum fields in code slots (kCodeBlank
// when blank; an enum's `blank:` value when the vocabulary gives one). Its
// case is where it is: Dataset::records holds each case's records together.
//
// 16 bytes, for a record's size is most of the memory a run takes. Every
// date the loader accepts is within kFirstDay..kLastDay (1900-2199,
// core/date.h parse_date), so a date is 17 bits of days from kFirstDay; one
// 64-bit key holds, from the top, the date, the type (13 bits) and the two
// date slots, so that key >> 34 orders records by date, then type. The six
// codes are 5 bits each (an enum has at most 31 values: vocabulary.cpp).
class Record {
 public:
  static constexpr Date kFirstDay = Date::from_ymd(1900, 1, 1);
  static constexpr Date kLastDay = Date::from_ymd(2199, 12, 31);
  static constexpr size_t kTypeBits = 13, kCodeBits = 5;

  uint32_t line = 0;  // a row reference (Dataset::locate); two records made from one source row share it

  Date date() const { return Date(static_cast<int32_t>(key_ >> kDateShift) + kFirstDay.days()); }
  TypeId type() const { return static_cast<TypeId>(key_ >> kTypeShift & kTypeMask); }
  Date slot_date(size_t s) const {
    const uint64_t v = key_ >> slot_shift(s) & kDayMask;
    return v == kDayMask ? kNoDate : Date(static_cast<int32_t>(v) + kFirstDay.days());
  }
  uint8_t code(size_t s) const { return static_cast<uint8_t>(codes_ >> (kCodeBits * s) & kCodeMask); }
  // Date, then type, as one number: records sort by it, then by line.
  uint64_t order() const { return key_ >> kTypeShift; }
  // The same codes and date slots.
  bool same_details(const Record& o) const {
    return codes_ == o.codes_ && (key_ & kSlotsMask) == (o.key_ & kSlotsMask);
  }
  // The codes and date slots as two numbers, for a checksum.
  uint32_t packed_codes() const { return codes_; }
  uint64_t packed_slots() const { return key_ & kSlotsMask; }

  // `d` within kFirstDay..kLastDay; a type below 2^13; a code below 32.
  void set_date(Date d) { key_ = (key_ & ~(kDayMask << kDateShift)) | day_bits(d) << kDateShift; }
  void set_type(TypeId t) { key_ = (key_ & ~(kTypeMask << kTypeShift)) | (uint64_t{t} & kTypeMask) << kTypeShift; }
  void set_slot_date(size_t s, Date d) {
    key_ = (key_ & ~(kDayMask << slot_shift(s))) | (d == kNoDate ? kDayMask : day_bits(d)) << slot_shift(s);
  }
  void set_code(size_t s, uint8_t c) {
    codes_ = (codes_ & ~(kCodeMask << (kCodeBits * s))) | (uint32_t{c} & kCodeMask) << (kCodeBits * s);
  }

 private:
  static constexpr size_t kDayBits = 17;
  static constexpr uint64_t kDayMask = (uint64_t{1} << kDayBits) - 1;  // also a blank slot
  static constexpr uint64_t kTypeMask = (uint64_t{1} << kTypeBits) - 1;
  static constexpr uint32_t kCodeMask = (1u << kCodeBits) - 1;
  static constexpr size_t kTypeShift = 2 * kDayBits, kDateShift = kTypeShift + kTypeBits;
  static constexpr uint64_t kSlotsMask = (uint64_t{1} << kTypeShift) - 1;
  static_assert(kDateShift + kDayBits == 64, "the key's bits are all used");
  static_assert((kLastDay.days() - kFirstDay.days()) < static_cast<int32_t>(kDayMask), "a date fits in 17 bits");
  static_assert(kCodeBits * kCodeSlots <= 32 && kDateSlots == 2, "the slots fit");
  static_assert(kMaxRecordTypes <= kTypeMask && kMaxEnumValues <= kCodeMask, "the vocabulary's limits fit");
  static constexpr size_t slot_shift(size_t s) { return kDayBits * (1 - s); }
  static uint64_t day_bits(Date d) { return static_cast<uint64_t>(d.days() - kFirstDay.days()) & kDayMask; }

  uint32_t codes_ = 0;
  uint64_t key_ = static_cast<uint64_t>(Date().days() - kFirstDay.days()) << kDateShift | kSlotsMask;
};
static_assert(sizeof(Record) == 16, "a record's size is most of the memory a run takes: keep it small");
// The dataset's records: tens of millions, so in huge pages (core/pages.h).
using Records = PageArray<Record>;

// What the export holds, beyond its rows: which files and columns it had,
// which kinds of record, episode and tag its layout can hold at all, and
// which record types occur anywhere in it. A rule that needs a file, a
// column or a kind of record the export lacks is not evaluable from it.
struct ExportFacts {
  std::string layout;                          // "" for the contract's files; else the mapping's name (--map)
  bool episodes_file = false;                  // episodes.csv was read
  bool episode_tags = false;                   // ... and had a tags column
  bool dob_column = false;                     // cases.csv had a dob column
  std::array<bool, kRecordFiles> files{};      // visits, reviews, contacts: the file was read
  std::array<uint64_t, kRecordFiles> columns{};  // bit i: the file had the column of its i-th declared field
  std::vector<uint64_t> type_counts;           // records of each record type (TypeId), dated any time
  // What the layout can hold: the contract's files any kind their file takes;
  // a mapping only the kinds its fixed values and codes give.
  std::vector<bool> record_types;              // by TypeId
  std::vector<bool> episode_types;             // by EpisodeTypeId
  TagMask tags = 0;                            // the tags an episode can carry
  // Per record file and declared field: bit c set when the layout can give
  // code c (yes/no and enum fields; kCodeBlank for a blank). The contract's
  // files can give any code of a column they have.
  std::array<std::vector<uint64_t>, kRecordFiles> field_codes;
};

// Where a canonical file's rows came from: the file itself, or, through a
// mapping, each source file feeding it, in the order read. The `line` a Case,
// Episode or Record keeps is a row reference: its source's first_ref plus
// its line there, so references are unique within a canonical file.
struct RowSource {
  uint32_t first_ref = 0;
  std::string path;  // as messages name it
};
struct Located {
  std::string_view path;  // "" when unknown
  uint32_t line = 0;
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
  Records records;                  // grouped by case, in case order
  std::vector<uint32_t> episode_begin;  // size cases+1: episodes of case i are [episode_begin[i], episode_begin[i+1])
  std::vector<uint32_t> record_begin;   // likewise for records
  std::vector<std::string> names = {""};  // team and worker names; 0 is blank
  ExportFacts facts;                        // what the export carries, for rules to know what they can check
  std::array<std::vector<RowSource>, 5> sources;  // by InputFile

  // The file and line of a row reference of canonical file `f`.
  Located locate(InputFile f, uint32_t ref) const {
    const auto& s = sources[static_cast<size_t>(f)];
    for (size_t i = s.size(); i-- > 0;)
      if (ref >= s[i].first_ref) return {s[i].path, ref - s[i].first_ref};
    return {"", ref};
  }

  size_t size() const { return cases.size(); }
  // A team's or worker's name ("" for blank, or an index out of range).
  std::string_view name(uint32_t ix) const { return ix < names.size() ? std::string_view(names[ix]) : std::string_view(); }
  CaseView view(CaseIx i) const {
    return {cases[i],
            std::span<const Episode>(episodes.data() + episode_begin[i], episode_begin[i + 1] - episode_begin[i]),
            std::span<const Record>(records.data() + record_begin[i], record_begin[i + 1] - record_begin[i])};
  }
};

// A row reference as a message names another row: "line 12", or
// "ssd_cp_visits.csv line 12" when its canonical file had several sources.
std::string line_name(const Dataset& d, InputFile f, uint32_t ref);

}  // namespace ca
