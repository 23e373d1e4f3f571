#pragma once
// The record builder: canonical rows in, a Dataset and its Issues out.
//
// Each row is checked in its file's column order (schema.h) and the first
// problem rejects it: an error Issue (file:line:column, the column being the
// field's 1-based position in the source) and the row is skipped. Errors, by
// category:
//   missing value       a required value is blank
//   bad date            not one of the contract's date forms ("visit_date: <parse_date's reason>")
//   unknown case_id     not in the cases file, or its cases row was skipped (rows other than cases)
//   duplicate case_id   a case_id seen before in the cases file (the first row is kept)
//   unknown episode_type / review_type / contact_type / <enum field>
//                       not in the vocabulary (matched ignoring ASCII case)
//   bad yes/no          a yes_no field not Y/N, yes/no, true/false, 1/0 (any case; blank = unknown)
//   end before start    an episode's end_date before its start_date; a case's close_date before its open_date
// Warnings (the row is kept):
//   unknown tag           a tag that is not in the vocabulary (the tag is ignored, the rest kept)
//   recorded before date  a date field declared not_before_date (recorded_date)
//                         earlier than the record's own date
// Values are read with surrounding spaces and tabs trimmed. A blank enum field
// takes the value its declaration names as `blank:` (visit_type: statutory).
// The record files' fields are those standards/vocabulary.yaml declares.
//
// finish() sorts and groups as dataset.h says: cases by case_id (byte order),
// each case's episodes by type, start, end (then line) and its records by
// date, type, line; a blank open_date becomes the earliest episode start.
#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "data/dataset.h"
#include "data/issue.h"
#include "data/record_chunks.h"
#include "data/schema.h"
#include "data/values.h"
#include "vocab/vocabulary.h"

namespace ca {

class DatasetBuilder {
 public:
  explicit DatasetBuilder(const Vocabulary& vocab);

  // Adds one row; false when it was skipped (its error Issue is added). All
  // the cases rows must come before the first row of any other file.
  bool add(const CanonicalRow& row);
  // Says that the rows to come are of `file`, read from `path` (a source of
  // it: the file itself, or one a mapping reads), and what that source can
  // give, so the Dataset's facts say which files, columns and kinds of
  // record the export had. Rows' references (Dataset::locate) are counted
  // from here.
  void begin_source(InputFile file, const std::string& path, const SourceShape& shape);
  // A layout's name for the facts ("" for the contract's; a mapping's name).
  void set_layout(std::string name);
  const Schema& schema() const { return schema_; }
  // Reports a source row that never became a canonical row (wrong field
  // count, stray quote) as an error Issue.
  void reject(const std::string& source, uint32_t line, uint32_t column, std::string category, std::string message);
  // Warns of a source row that was used, or of a value that could not be (a
  // mapping's lookup that ignored one of its rows).
  void warn(const std::string& source, uint32_t line, uint32_t column, std::string category, std::string message);

  // Issues so far, in the order the rows came.
  std::vector<Issue>& issues() { return issues_; }

  // A builder for the rows of the source begun last (episodes or a record
  // file: visits, reviews or contacts), to be read on another thread once
  // the cases are in: it checks rows against this builder's cases, which
  // must not change until it is absorbed, and keeps its own episodes,
  // records, issues and counts.
  DatasetBuilder fork() const;
  // Takes in a fork's episodes, records, issues and counts, after what this builder
  // holds: forks absorbed in file order keep the issues in file order, and
  // finish() makes the same Dataset as one builder reading every row.
  void absorb(DatasetBuilder&& part);

  // Sorts and groups the dataset, the records on up to `jobs` threads, each
  // with kGroupingPerThread records or more to move; the same Dataset
  // whatever `jobs`. The builder is spent.
  Dataset finish(unsigned jobs = 1);
  static constexpr size_t kGroupingPerThread = size_t{1} << 16;

 private:
  bool add_case(const CanonicalRow& row);
  bool add_episode(const CanonicalRow& row);
  bool add_record(const CanonicalRow& row, RecordFile file);

  bool error(const CanonicalRow& row, int col, const char* category, std::string message);
  void warning(const CanonicalRow& row, int col, const char* category, std::string message);
  bool required(const CanonicalRow& row, int col, std::string_view& value);
  [[gnu::noinline, gnu::cold]] bool blank_required(const CanonicalRow& row, int col);
  bool date_value(const CanonicalRow& row, int col, bool is_required, Date& out);
  // `v`, the column's trimmed and not blank value, as a date; else a bad date error.
  bool parsed_date(const CanonicalRow& row, int col, std::string_view v, Date& out);
  [[gnu::noinline, gnu::cold]] bool bad_date(const CanonicalRow& row, int col);
  bool case_of(const CanonicalRow& row, CaseIx& out);
  std::optional<CaseIx> find_case(std::string_view id) const;
  // The builder holding the cases: this one, or a fork's parent.
  const DatasetBuilder& owner() const { return parent_ ? *parent_ : *this; }
  void index_cases();
  bool name(const CanonicalRow& row, int col, const NameTable& table, const char* category, uint16_t& out);
  uint32_t intern(std::string_view name);
  // The row's reference (Dataset::locate), noted so the next source starts after it.
  uint32_t ref_of(const CanonicalRow& row) {
    const uint32_t ref = ref_base_ + row.line;
    uint32_t& next = next_ref_[static_cast<size_t>(row.file)];
    if (ref >= next) next = ref + 1;
    return ref;
  }
  std::string_view column_name(const CanonicalRow& row, int col) const;

  const Vocabulary& vocab_;
  Schema schema_;
  const DatasetBuilder* parent_ = nullptr;  // a fork's: whose cases it checks rows against
  Dataset data_;          // all but the records until finish()
  RecordChunks records_;  // the records until finish()
  std::vector<RecordChunks> absorbed_;  // forks' records, in the order absorbed
  std::vector<Issue> issues_;
  bool cases_in_order_ = true;  // every case_id so far after the one before: found by search, not case_ix_
  StringMap<CaseIx> case_ix_;   // case_id -> index, built only once ids come out of order
  StringMap<uint32_t> skipped_cases_;  // case_id -> line of a cases row that was skipped
  StringMap<uint32_t> name_ix_;
  std::string_view last_case_id_;  // the last case_id looked up, in data_.cases (stable once cases are done)
  CaseIx last_case_ix_ = 0;
  NameTable episode_types_, tags_, review_types_, contact_types_;
  std::array<std::vector<NameTable>, kRecordFiles> field_tables_;       // per declared field (enums only filled)
  std::array<std::vector<std::string>, kRecordFiles> field_categories_;  // "unknown location", ...
  // How add_record reads each field column of a record file: its FieldDecl's
  // flags, by column, for the columns [first, end).
  struct FieldStep {
    FieldKind kind = FieldKind::text;
    uint8_t slot = 0, blank = 0;
    bool required = false, not_before_date = false;
    uint8_t field = 0;  // index into Vocabulary::fields(file)
  };
  struct FieldSteps {
    uint8_t first = 0, end = 0;
    std::array<FieldStep, kMaxColumns> step{};
  };
  std::array<FieldSteps, kRecordFiles> steps_;
  std::string reason_;
  std::array<uint32_t, 5> next_ref_{};  // per canonical file: the first reference the next source's rows take
  uint32_t ref_base_ = 0;               // the current source's first reference
};

}  // namespace ca
