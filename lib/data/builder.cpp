#include "data/builder.h"

#include <algorithm>
#include <bit>
#include <atomic>
#include <iterator>
#include <memory>
#include <numeric>
#include <type_traits>

#include <fmt/format.h>

#include "core/ascii.h"
#include "core/threads.h"
#include "csv/header.h"

namespace ca {
namespace {

// Grouping by case. The order inside a case is settled afterwards by a sort
// on a total order, so grouping need not be stable; what matters is time and
// memory at tens of millions of records:
// - Exports usually list each file's rows grouped by case, in case order, so
//   the records arrive as a few runs ascending by case (visits, reviews,
//   contacts). Those are merged: sequential passes.
// - Otherwise (rows in date order, say) an in-place American flag sort: each
//   swap puts one item in its case's bucket; no extra memory, but a cache
//   miss per item.
constexpr size_t kMaxRuns = 32;

// Each case's first item in the grouped order (and the end), from a count of
// the items per case.
template <typename Items>
std::vector<uint32_t> case_begins(const Items& items, size_t cases) {
  std::vector<uint32_t> begin(cases + 1, 0);
  for (size_t i = 0; i < items.size(); ++i) ++begin[items[i].case_ix + 1];
  std::partial_sum(begin.begin(), begin.end(), begin.begin());
  return begin;
}

// The starts of the runs ascending by case, with the end after them; empty
// when there are more than kMaxRuns runs.
template <typename Items>
std::vector<size_t> case_runs(const Items& items) {
  std::vector<size_t> runs = {0};
  for (size_t i = 1; i < items.size(); ++i) {
    if (items[i].case_ix >= items[i - 1].case_ix) continue;
    if (runs.size() == kMaxRuns) return {};
    runs.push_back(i);
  }
  runs.push_back(items.size());
  return runs;
}

template <typename T>
void flag_sort_by_case(std::vector<T>& items, const std::vector<uint32_t>& begin) {
  std::vector<uint32_t> next(begin.begin(), begin.end() - 1);
  for (CaseIx c = 0; c + 1 < begin.size(); ++c) {
    while (next[c] < begin[c + 1]) {
      T& x = items[next[c]];
      if (x.case_ix == c) {
        ++next[c];
      } else {
        const CaseIx home = x.case_ix;
        std::swap(x, items[next[home]++]);
      }
    }
  }
}

// Puts the items in case order (runs merged in place with std::inplace_merge,
// whose buffer is the smaller run) and returns each case's first item (and
// the end). For the episodes, which are few.
template <typename T>
std::vector<uint32_t> group_by_case(std::vector<T>& items, size_t cases) {
  std::vector<uint32_t> begin = case_begins(items, cases);
  std::vector<size_t> runs = case_runs(items);
  if (runs.empty()) {
    flag_sort_by_case(items, begin);
    return begin;
  }
  const auto by_case = [](const T& a, const T& b) { return a.case_ix < b.case_ix; };
  while (runs.size() > 2) {  // merge neighbouring runs pairwise
    std::vector<size_t> merged = {0};
    for (size_t r = 0; r + 1 < runs.size(); r += 2) {
      if (r + 2 < runs.size()) {
        const auto first = items.begin();
        std::inplace_merge(first + runs[r], first + runs[r + 1], first + runs[r + 2], by_case);
        merged.push_back(runs[r + 2]);
      } else {
        merged.push_back(runs[r + 1]);
      }
    }
    runs.swap(merged);
  }
  return begin;
}

// Sorts the items of each case in [lo, hi) (grouped by case: case c's are
// [begin[c], begin[c + 1])) with `less`. A case's items usually come as a
// few ascending runs (one from each file, each listed by date): those are
// merged, each run in turn into the ones before it, through a buffer that
// stays in cache; a case of many runs is sorted.
template <typename Items, typename Less>
void sort_each_case(Items& items, const std::vector<uint32_t>& begin, size_t lo, size_t hi, Less less) {
  constexpr size_t kMaxMerged = 8;
  using Item = std::remove_pointer_t<decltype(items.data())>;
  std::vector<Item> merged;
  for (size_t c = lo; c < hi; ++c) {
    Item* const first = items.data() + begin[c];
    Item* const last = items.data() + begin[c + 1];
    Item* run_ends[kMaxMerged];
    size_t runs = 0;
    for (Item* p = first; p != last && runs < kMaxMerged;) {
      p = std::is_sorted_until(p, last, less);
      run_ends[runs++] = p;
    }
    if (runs <= 1) continue;
    if (run_ends[runs - 1] != last) {
      std::sort(first, last, less);
      continue;
    }
    for (size_t r = 1; r < runs; ++r) {
      merged.clear();
      std::merge(first, run_ends[r - 1], run_ends[r - 1], run_ends[r], std::back_inserter(merged), less);
      std::copy(merged.begin(), merged.end(), first);
    }
  }
}

// Moves the records out of their chunks into `out` in case order, sorting
// each case's with `less`, and returns each case's first record (and the
// end). `parts` are the builders' records (one builder's, or a fork's per
// file). Their blocks (records of one case) usually come as a few runs
// ascending by case (each file listed by case): those are merged as they are
// copied, for each case its block from each run in turn. Otherwise each
// block is copied straight to its case's place.
// Up to `jobs` threads each take a range of cases holding about as many
// records, so each page of `out` is written by one thread, once. Every chunk
// goes back as soon as all its records are copied, so the peak is about one
// copy of the records, plus the chunks the runs are part-way through.
template <typename Less>
std::vector<uint32_t> move_grouped_by_case(std::vector<RecordChunks>& parts, size_t cases, unsigned jobs, Less less,
                                           Records& out) {
  struct Run {
    size_t part, block, end;  // blocks [block, end) of parts[part]
  };
  std::vector<uint32_t> begin(cases + 1, 0);
  std::vector<Run> runs;
  size_t total = 0;
  for (size_t p = 0; p < parts.size(); ++p) {
    const auto& blocks = parts[p].blocks();
    size_t start = 0;
    for (size_t b = 0; b < blocks.size(); ++b) {
      begin[blocks[b].case_ix + 1] += static_cast<uint32_t>(parts[p].block_end(b) - blocks[b].first);
      if (b > 0 && blocks[b].case_ix < blocks[b - 1].case_ix) {
        if (runs.size() <= kMaxRuns) runs.push_back({p, start, b});
        start = b;
      }
    }
    if (!blocks.empty() && runs.size() <= kMaxRuns) runs.push_back({p, start, blocks.size()});
    total += parts[p].size();
  }
  std::partial_sum(begin.begin(), begin.end(), begin.begin());
  const bool merge = runs.size() <= kMaxRuns;

  constexpr size_t kShift = RecordChunks::kShift;
  // Records not yet copied, per part and chunk.
  std::vector<std::unique_ptr<std::atomic<size_t>[]>> left(parts.size());
  for (size_t p = 0; p < parts.size(); ++p) {
    const size_t chunks = parts[p].chunks();
    left[p].reset(new std::atomic<size_t>[chunks]);
    for (size_t c = 0; c < chunks; ++c)
      left[p][c].store(c + 1 < chunks ? RecordChunks::kChunkRecords : parts[p].size() - (c << kShift));
  }
  // Copies block b of part p to `at` (advanced past it), a stretch within one
  // chunk at a time, and hands each chunk back once all of it is copied.
  const auto copy_block = [&](size_t p, size_t b, Record*& at) {
    RecordChunks& part = parts[p];
    for (size_t j = part.blocks()[b].first, end = part.block_end(b); j < end;) {
      const size_t chunk = j >> kShift;
      const size_t stop = std::min(end, (chunk + 1) << kShift);
      const Record* first = &part[j];
      at = std::copy(first, first + (stop - j), at);
      if (left[p][chunk].fetch_sub(stop - j, std::memory_order_acq_rel) == stop - j) part.release(chunk);
      j = stop;
    }
  };
  out = Records(total);
  const auto copy_cases = [&](CaseIx lo, CaseIx hi) {
    if (merge) {
      std::vector<Run> mine = runs;  // each from its first block of a case in [lo, hi)
      for (Run& r : mine) {
        const auto& blocks = parts[r.part].blocks();
        r.block = static_cast<size_t>(
            std::partition_point(blocks.begin() + static_cast<std::ptrdiff_t>(r.block),
                                 blocks.begin() + static_cast<std::ptrdiff_t>(r.end),
                                 [lo](const RecordChunks::Block& x) { return x.case_ix < lo; }) -
            blocks.begin());
      }
      Record* at = out.data() + begin[lo];
      for (CaseIx c = lo; c < hi; ++c)
        for (Run& r : mine)
          for (; r.block < r.end && parts[r.part].blocks()[r.block].case_ix == c; ++r.block)
            copy_block(r.part, r.block, at);
    } else {
      std::vector<uint32_t> next(begin.begin() + lo, begin.begin() + hi);
      for (size_t p = 0; p < parts.size(); ++p)
        for (size_t b = 0; b < parts[p].blocks().size(); ++b) {
          const CaseIx c = parts[p].blocks()[b].case_ix;
          if (c < lo || c >= hi) continue;
          Record* at = out.data() + next[c - lo];
          copy_block(p, b, at);
          next[c - lo] = static_cast<uint32_t>(at - out.data());
        }
    }
    sort_each_case(out, begin, lo, hi, less);
  };
  // The ranges: a thread only where it has kGroupingPerThread records to copy.
  const size_t ranges = std::clamp<size_t>(total / DatasetBuilder::kGroupingPerThread, 1, std::max(1u, jobs));
  std::vector<CaseIx> bound = {0};
  for (size_t k = 1; k < ranges; ++k) {
    const auto at = std::lower_bound(begin.begin(), begin.end() - 1, static_cast<uint32_t>(total * k / ranges));
    bound.push_back(std::max(bound.back(), static_cast<CaseIx>(at - begin.begin())));
  }
  bound.push_back(static_cast<CaseIx>(cases));
  run_parts(ranges, [&](size_t k) { copy_cases(bound[k], bound[k + 1]); });
  parts.clear();
  return begin;
}

bool episode_less(const Episode& a, const Episode& b) {
  if (a.type != b.type) return a.type < b.type;
  if (a.start != b.start) return a.start < b.start;
  if (a.end != b.end) return a.end < b.end;
  return a.line < b.line;
}

bool record_less(const Record& a, const Record& b) {
  if (a.order() != b.order()) return a.order() < b.order();  // date, then type
  return a.line < b.line;
}

}  // namespace

DatasetBuilder::DatasetBuilder(const Vocabulary& vocab)
    : vocab_(vocab), schema_(vocab), episode_types_(vocab.episode_types()), tags_(vocab.tags()) {
  // Record type ids: 0 is visit, then the review types, then the contact types.
  const size_t n = vocab.record_types().size();
  const size_t first_contact = vocab.first_contact_type();
  review_types_ = NameTable(vocab.record_types(), 1, first_contact);
  contact_types_ = NameTable(vocab.record_types(), first_contact, n);
  for (size_t f = 0; f < kRecordFiles; ++f) {
    const auto file = static_cast<RecordFile>(f);
    for (const FieldDecl& field : vocab.fields(file)) {
      field_tables_[f].push_back(field.kind == FieldKind::choice ? NameTable(field.values) : NameTable());
      field_categories_[f].push_back("unknown " + field.name);
    }
    const auto columns = schema_.columns(input_file_of(file));
    FieldSteps& steps = steps_[f];
    steps.first = static_cast<uint8_t>(Schema::keys(input_file_of(file)));
    steps.end = static_cast<uint8_t>(columns.size());
    for (size_t col = steps.first; col < columns.size(); ++col) {
      const FieldDecl& d = vocab.fields(file)[static_cast<size_t>(columns[col].field)];
      steps.step[col] = {d.kind, d.slot, d.blank, d.required, d.not_before_date,
                         static_cast<uint8_t>(columns[col].field)};
    }
  }
  data_.facts.type_counts.assign(n, 0);
}

std::string_view DatasetBuilder::column_name(const CanonicalRow& row, int col) const {
  const std::string_view own = row.names[static_cast<size_t>(col)];
  return own.empty() ? std::string_view(schema_.columns(row.file)[static_cast<size_t>(col)].name) : own;
}

bool DatasetBuilder::error(const CanonicalRow& row, int col, const char* category, std::string message) {
  issues_.push_back({*row.source, row.line, col >= 0 ? row.columns[static_cast<size_t>(col)] : 0, Severity::error,
                     category, printable(message)});
  return false;
}

void DatasetBuilder::warning(const CanonicalRow& row, int col, const char* category, std::string message) {
  issues_.push_back({*row.source, row.line, row.columns[static_cast<size_t>(col)], Severity::warning, category,
                     printable(message)});
}

void DatasetBuilder::warn(const std::string& source, uint32_t line, uint32_t column, std::string category,
                          std::string message) {
  issues_.push_back({source, line, column, Severity::warning, std::move(category), printable(message)});
}

void DatasetBuilder::reject(const std::string& source, uint32_t line, uint32_t column, std::string category,
                            std::string message) {
  issues_.push_back({source, line, column, Severity::error, std::move(category), printable(message)});
}

bool DatasetBuilder::required(const CanonicalRow& row, int col, std::string_view& value) {
  value = trim(row.values[static_cast<size_t>(col)]);
  return !value.empty() || blank_required(row, col);
}

// Out of line, so that `required` inlines and its value stays in registers.
bool DatasetBuilder::blank_required(const CanonicalRow& row, int col) {
  return error(row, col, "missing value", fmt::format("{}: required value is blank", column_name(row, col)));
}

bool DatasetBuilder::date_value(const CanonicalRow& row, int col, bool is_required, Date& out) {
  const std::string_view v = trim(row.values[static_cast<size_t>(col)]);
  if (v.empty()) {
    std::string_view ignored;
    return is_required ? required(row, col, ignored) : true;
  }
  return parsed_date(row, col, v, out);
}

bool DatasetBuilder::parsed_date(const CanonicalRow& row, int col, std::string_view v, Date& out) {
  return parse_date(v, out, &reason_) || bad_date(row, col);
}

// Out of line, as blank_required is, so that parsed_date inlines.
bool DatasetBuilder::bad_date(const CanonicalRow& row, int col) {
  return error(row, col, "bad date", fmt::format("{}: {}", column_name(row, col), reason_));
}

std::optional<CaseIx> DatasetBuilder::find_case(std::string_view id) const {
  const DatasetBuilder& o = owner();
  if (!o.cases_in_order_) {
    const auto it = o.case_ix_.find(id);
    return it == o.case_ix_.end() ? std::nullopt : std::optional<CaseIx>(it->second);
  }
  const auto& cases = o.data_.cases;
  // The other files usually list the cases in the same order: try the one
  // after the last found before searching.
  const size_t next = last_case_id_.empty() ? 0 : size_t{last_case_ix_} + 1;
  if (next < cases.size() && same_text(cases[next].id, id)) return static_cast<CaseIx>(next);
  const auto it =
      std::lower_bound(cases.begin(), cases.end(), id, [](const Case& c, std::string_view v) { return c.id < v; });
  if (it == cases.end() || it->id != id) return std::nullopt;
  return static_cast<CaseIx>(it - cases.begin());
}

void DatasetBuilder::index_cases() {
  cases_in_order_ = false;
  case_ix_.reserve(data_.cases.size());
  for (size_t i = 0; i < data_.cases.size(); ++i) case_ix_.emplace(data_.cases[i].id, static_cast<CaseIx>(i));
}

bool DatasetBuilder::case_of(const CanonicalRow& row, CaseIx& out) {
  std::string_view id;
  if (!required(row, 0, id)) return false;
  if (!last_case_id_.empty() && same_text(id, last_case_id_)) {  // rows usually come grouped by case
    out = last_case_ix_;
    return true;
  }
  const auto ix = find_case(id);
  if (!ix) {
    const auto skipped = owner().skipped_cases_.find(id);
    if (skipped != owner().skipped_cases_.end())
      return error(row, 0, "unknown case_id",
                   fmt::format("{}: {} has no usable row in the cases file (line {} was skipped)", column_name(row, 0), quoted(id),
                               skipped->second));
    return error(row, 0, "unknown case_id", fmt::format("{}: {} is not in the cases file", column_name(row, 0), quoted(id)));
  }
  last_case_id_ = owner().data_.cases[*ix].id;  // cases do not move once the cases file is read
  last_case_ix_ = out = *ix;
  return true;
}

bool DatasetBuilder::name(const CanonicalRow& row, int col, const NameTable& table, const char* category,
                          uint16_t& out) {
  const std::string_view v = trim(row.values[static_cast<size_t>(col)]);
  if (const auto id = table.find(v)) {
    out = *id;
    return true;
  }
  const std::string_view column = column_name(row, col);
  const std::string section = column == "episode_type" || column == "review_type" || column == "contact_type"
                                  ? std::string(column) + "s"
                                  : fmt::format("the values of {}", column);
  return error(row, col, category,
               fmt::format("{}: unknown value {} ({})", column, quoted(v), table.expected(section)));
}

uint32_t DatasetBuilder::intern(std::string_view text) {
  if (text.empty()) return 0;
  const auto it = name_ix_.find(text);
  if (it != name_ix_.end()) return it->second;
  const auto ix = static_cast<uint32_t>(data_.names.size());
  data_.names.emplace_back(text);
  name_ix_.emplace(std::string(text), ix);
  return ix;
}

bool DatasetBuilder::add(const CanonicalRow& row) {
  switch (row.file) {
    case InputFile::cases: return add_case(row);
    case InputFile::episodes: return add_episode(row);
    case InputFile::visits: return add_record(row, RecordFile::visits);
    case InputFile::reviews: return add_record(row, RecordFile::reviews);
    case InputFile::contacts: return add_record(row, RecordFile::contacts);
  }
  return false;
}

bool DatasetBuilder::add_case(const CanonicalRow& row) {
  using namespace cases_col;
  last_case_id_ = {};
  std::string_view id;
  if (!required(row, case_id, id)) return false;
  // While the ids come in increasing order (the usual export), a repeat can
  // only be of the last one and no index is needed.
  std::optional<CaseIx> first;
  if (cases_in_order_ && !data_.cases.empty() && id <= data_.cases.back().id) {
    if (id == data_.cases.back().id) first = static_cast<CaseIx>(data_.cases.size() - 1);
    else index_cases();
  }
  if (!cases_in_order_) first = find_case(id);
  if (first)
    return error(row, case_id, "duplicate case_id",
                 fmt::format("{}: {} appears again (first on {}, which is kept)", column_name(row, case_id), quoted(id),
                             line_name(data_, InputFile::cases, data_.cases[*first].line)));
  Case c;
  c.line = ref_of(row);
  bool ok = date_value(row, dob, false, c.dob) && date_value(row, open_date, false, c.open) &&
            date_value(row, close_date, false, c.close);
  if (ok && c.open != kNoDate && c.close != kOpenEnd && c.close < c.open)
    ok = error(row, close_date, "end before start",
               fmt::format("close_date: {} is before open_date {}", c.close.iso(), c.open.iso()));
  if (!ok) {
    skipped_cases_.try_emplace(std::string(id), row.line);
    return false;
  }
  c.id = std::string(id);
  c.team = intern(trim(row.values[team]));
  c.worker = intern(trim(row.values[worker]));
  if (!cases_in_order_) case_ix_.emplace(c.id, static_cast<CaseIx>(data_.cases.size()));
  data_.cases.push_back(std::move(c));
  return true;
}

bool DatasetBuilder::add_episode(const CanonicalRow& row) {
  using namespace episodes_col;
  Episode e;
  e.line = ref_of(row);
  uint16_t type = 0;
  std::string_view ignored;
  if (!case_of(row, e.case_ix) || !required(row, episode_type, ignored) ||
      !name(row, episode_type, episode_types_, "unknown episode_type", type) ||
      !date_value(row, start_date, true, e.start) || !date_value(row, end_date, false, e.end))
    return false;
  e.type = static_cast<EpisodeTypeId>(type);
  if (e.end < e.start)
    return error(row, end_date, "end before start",
                 fmt::format("end_date: {} is before start_date {}", e.end.iso(), e.start.iso()));
  std::string_view rest = row.values[tags];
  while (!rest.empty()) {
    const size_t semi = rest.find(';');
    const std::string_view tag = trim(rest.substr(0, semi));
    rest = semi == std::string_view::npos ? std::string_view() : rest.substr(semi + 1);
    if (tag.empty()) continue;
    if (const auto bit = tags_.find(tag)) e.tags |= TagMask{1} << *bit;
    else warning(row, tags, "unknown tag", fmt::format("tags: unknown tag {} (ignored)", quoted(tag)));
  }
  data_.episodes.push_back(e);
  return true;
}

bool DatasetBuilder::add_record(const CanonicalRow& row, RecordFile file) {
  Record r;
  r.line = ref_of(row);
  CaseIx case_ix = 0;
  if (!case_of(row, case_ix)) return false;
  int date_col = visits_col::visit_date;
  if (file == RecordFile::visits) {
    r.set_type(Vocabulary::kVisit);
  } else {
    using namespace records_col;
    const bool review = file == RecordFile::reviews;
    std::string_view ignored;
    date_col = date;
    TypeId t = 0;
    if (!required(row, type, ignored) ||
        !name(row, type, review ? review_types_ : contact_types_, review ? "unknown review_type" : "unknown contact_type",
              t))
      return false;
    r.set_type(t);
  }
  Date record_date;
  if (!date_value(row, date_col, true, record_date)) return false;
  r.set_date(record_date);

  // Each field in one pass over the file's steps; a recorded date before the
  // record's own is warned of once the whole row is known to be kept.
  const FieldSteps& steps = steps_[static_cast<size_t>(file)];
  unsigned early = 0;  // bit c: column c's date is before the record's
  for (size_t col = steps.first; col < steps.end; ++col) {
    const FieldStep& f = steps.step[col];
    const int c = static_cast<int>(col);
    const std::string_view v = trim(row.values[col]);
    if (v.empty() && f.required && f.kind != FieldKind::text) return blank_required(row, c);
    switch (f.kind) {
      case FieldKind::date: {
        Date d = kNoDate;
        if (!v.empty() && !parsed_date(row, c, v, d)) return false;
        r.set_slot_date(f.slot, d);
        if (f.not_before_date && d != kNoDate && d < record_date) early |= 1u << col;
        break;
      }
      case FieldKind::yes_no: {
        const auto yn = parse_yes_no(v);
        if (!yn)
          return error(row, c, "bad yes/no",
                       fmt::format("{}: {} is not Y or N (nor yes/no, true/false, 1/0)", column_name(row, c), quoted(v)));
        r.set_code(f.slot, static_cast<uint8_t>(*yn));
        break;
      }
      case FieldKind::choice: {
        if (v.empty()) {
          r.set_code(f.slot, f.blank);
          break;
        }
        uint16_t id = 0;
        if (!name(row, c, field_tables_[static_cast<size_t>(file)][f.field],
                  field_categories_[static_cast<size_t>(file)][f.field].c_str(), id))
          return false;
        r.set_code(f.slot, static_cast<uint8_t>(id + 1));
        break;
      }
      case FieldKind::text: break;
    }
  }
  for (; early != 0; early &= early - 1) {
    const auto col = static_cast<size_t>(std::countr_zero(early));
    const FieldDecl& f = vocab_.fields(file)[steps.step[col].field];
    warning(row, static_cast<int>(col), "recorded before date",
            fmt::format("{}: {} is before {} {}", f.name, r.slot_date(f.slot).iso(), column_name(row, date_col),
                        record_date.iso()));
  }
  ++data_.facts.type_counts[r.type()];
  records_.push_back(case_ix, r);
  return true;
}

DatasetBuilder DatasetBuilder::fork() const {
  DatasetBuilder part(vocab_);
  part.parent_ = this;
  part.ref_base_ = ref_base_;
  return part;
}

void DatasetBuilder::absorb(DatasetBuilder&& part) {
  issues_.insert(issues_.end(), std::make_move_iterator(part.issues_.begin()),
                 std::make_move_iterator(part.issues_.end()));
  auto& counts = data_.facts.type_counts;
  for (size_t t = 0; t < counts.size(); ++t) counts[t] += part.data_.facts.type_counts[t];
  for (size_t f = 0; f < next_ref_.size(); ++f) next_ref_[f] = std::max(next_ref_[f], part.next_ref_[f]);
  if (data_.episodes.empty()) data_.episodes.swap(part.data_.episodes);
  else data_.episodes.insert(data_.episodes.end(), part.data_.episodes.begin(), part.data_.episodes.end());
  absorbed_.push_back(std::move(part.records_));
  for (RecordChunks& r : part.absorbed_) absorbed_.push_back(std::move(r));
}

void DatasetBuilder::set_layout(std::string name) { data_.facts.layout = std::move(name); }

void DatasetBuilder::begin_source(InputFile file, const std::string& path, const SourceShape& shape) {
  const auto fi = static_cast<size_t>(file);
  ref_base_ = next_ref_[fi];
  data_.sources[fi].push_back({ref_base_, path});
  ExportFacts& facts = data_.facts;
  const auto columns = schema_.columns(file);
  const auto kinds = [&](std::vector<bool>& can, size_t first, size_t last) {
    if (can.empty()) can.assign(file == InputFile::episodes ? vocab_.episode_types().size()
                                                            : vocab_.record_types().size(), false);
    if (shape.any_type)
      for (size_t t = first; t < last; ++t) can[t] = true;
    for (uint16_t t : shape.types)
      if (!shape.any_type && t < can.size()) can[t] = true;
  };
  switch (file) {
    case InputFile::cases: facts.dob_column |= shape.columns[cases_col::dob]; return;
    case InputFile::episodes:
      facts.episodes_file = true;
      if (shape.columns[episodes_col::tags]) {
        facts.episode_tags = true;
        facts.tags |= shape.tags;
      }
      kinds(facts.episode_types, 0, vocab_.episode_types().size());
      return;
    default: break;
  }
  const RecordFile rf = record_file_of(file);
  const auto f = static_cast<size_t>(rf);
  facts.files[f] = true;
  auto& codes = facts.field_codes[f];
  if (codes.empty()) codes.assign(vocab_.fields(rf).size(), 0);
  for (size_t col = Schema::keys(file); col < columns.size(); ++col) {
    if (!shape.columns[col]) continue;
    const auto field = static_cast<size_t>(columns[col].field);
    facts.columns[f] |= uint64_t{1} << field;
    codes[field] |= shape.codes[col];
  }
  const size_t first = rf == RecordFile::visits ? 0 : rf == RecordFile::reviews ? 1 : vocab_.first_contact_type();
  const size_t last = rf == RecordFile::visits ? 1 : rf == RecordFile::reviews ? vocab_.first_contact_type()
                                                                                 : vocab_.record_types().size();
  kinds(facts.record_types, first, last);
}

Dataset DatasetBuilder::finish(unsigned jobs) {
  Dataset& d = data_;
  const size_t n = d.cases.size();

  // Case ids are unique, so cases already in id order (the usual export) stay
  // where they are.
  if (!std::is_sorted(d.cases.begin(), d.cases.end(), [](const Case& a, const Case& b) { return a.id < b.id; })) {
    std::vector<CaseIx> order(n);
    std::iota(order.begin(), order.end(), CaseIx{0});
    std::sort(order.begin(), order.end(), [&](CaseIx a, CaseIx b) { return d.cases[a].id < d.cases[b].id; });
    std::vector<CaseIx> rank(n);
    for (size_t i = 0; i < n; ++i) rank[order[i]] = static_cast<CaseIx>(i);
    std::vector<Case> sorted;
    sorted.reserve(n);
    for (CaseIx i : order) sorted.push_back(std::move(d.cases[i]));
    d.cases.swap(sorted);
    for (Episode& e : d.episodes) e.case_ix = rank[e.case_ix];
    for (RecordChunks::Block& b : records_.blocks()) b.case_ix = rank[b.case_ix];
    for (RecordChunks& part : absorbed_)
      for (RecordChunks::Block& b : part.blocks()) b.case_ix = rank[b.case_ix];
  }

  d.episode_begin = group_by_case(d.episodes, n);
  std::vector<RecordChunks> parts;
  parts.push_back(std::move(records_));
  for (RecordChunks& part : absorbed_) parts.push_back(std::move(part));
  absorbed_.clear();
  d.record_begin = move_grouped_by_case(
      parts, n, jobs, [](const Record& a, const Record& b) { return record_less(a, b); }, d.records);
  sort_each_case(d.episodes, d.episode_begin, 0, n, episode_less);

  for (size_t c = 0; c < n; ++c) {
    if (d.cases[c].open != kNoDate) continue;
    for (uint32_t i = d.episode_begin[c]; i < d.episode_begin[c + 1]; ++i)
      if (d.cases[c].open == kNoDate || d.episodes[i].start < d.cases[c].open) d.cases[c].open = d.episodes[i].start;
  }

  case_ix_.clear();
  last_case_id_ = {};
  return std::move(data_);
}

}  // namespace ca
