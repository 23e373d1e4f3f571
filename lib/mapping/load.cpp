// load_mapped: DATA_DIR read through a mapping. The lookups' files first
// (each into its table), then every source in the canonical files' order,
// each row turned into its records' CanonicalRows for the DatasetBuilder.
#include <algorithm>
#include <map>
#include <tuple>

#include <fmt/format.h>

#include "core/ascii.h"
#include "mapping/lookup.h"
#include "mapping/mapping.h"
#include "mapping/source_file.h"

namespace ca {
namespace {

// A source, ready to read: the source columns it uses (each once) and, per
// record and canonical column, where its parts read from.
struct Plan {
  std::vector<std::string> names;  // source columns, lower case; the source's exclude columns first, in order
  std::vector<std::vector<int>> record_conditions;  // per record: its exclude columns' indexes in names
  // per record, canonical column, part: index into names (-1 for a fixed value)
  std::vector<std::array<std::vector<int>, kMaxColumns>> parts;
};

size_t name_index(std::vector<std::string>& names, const std::string& n) {
  const auto it = std::find(names.begin(), names.end(), n);
  if (it != names.end()) return static_cast<size_t>(it - names.begin());
  names.push_back(n);
  return names.size() - 1;
}

Plan plan_of(const SourceSpec& s) {
  Plan p;
  // The source's own conditions come first, in order, so excluded_by can read them by position.
  for (const Condition& c : s.exclude) p.names.push_back(c.column);
  for (const RecordSpec& r : s.records) {
    std::vector<int> conds;
    for (const Condition& c : r.exclude) conds.push_back(static_cast<int>(name_index(p.names, c.column)));
    p.record_conditions.push_back(std::move(conds));
    std::array<std::vector<int>, kMaxColumns> cols;
    for (size_t c = 0; c < kMaxColumns; ++c)
      for (const ValueSpec& v : r.columns[c])
        cols[c].push_back(v.fixed ? -1 : static_cast<int>(name_index(p.names, v.column)));
    p.parts.push_back(std::move(cols));
  }
  return p;
}

class MappedLoad {
 public:
  MappedLoad(const std::string& dir, const Mapping& m, const Vocabulary& vocab, LoadResult& out,
             const LoadProgress& progress, unsigned jobs)
      : m_(m), vocab_(vocab), builder_(vocab), files_(dir, out, builder_, progress), out_(out), jobs_(jobs) {}

  Status run() {
    builder_.set_layout(m_.name);
    tables_.reserve(m_.lookups.size());
    for (const LookupSpec& l : m_.lookups) tables_.emplace_back(l);
    for (LookupTable& t : tables_)
      if (Status s = t.load(files_, m_, builder_); !s) return s;
    for (const SourceSpec& s : m_.sources) ++read_by_[s.file];
    for (const SourceSpec& s : m_.sources) {
      if (s.optional) {
        bool there = false;
        if (Status st = files_.exists(s.file, there); !st)
          return mapping_reads_it(st, m_.name);
        if (!there) continue;
      }
      if (Status st = read_source(s); !st) return st;
    }
    count_shared_exclusions();
    out_.issues = std::move(builder_.issues());
    dedupe(out_.issues);
    out_.data = builder_.finish(jobs_);
    return Status::ok();
  }

 private:
  // A file read twice (a lookup's and a source's) reports a broken row twice:
  // once is enough, as an error if either read could not use it.
  static void dedupe(std::vector<Issue>& issues) {
    std::map<std::tuple<std::string, uint32_t, uint32_t, std::string>, size_t> seen;
    std::vector<Issue> kept;
    kept.reserve(issues.size());
    for (Issue& i : issues) {
      const auto [it, fresh] = seen.try_emplace({i.file, i.line, i.column, i.message}, kept.size());
      if (fresh) kept.push_back(std::move(i));
      else if (i.severity == Severity::error) kept[it->second] = std::move(i);
    }
    issues.swap(kept);
  }

  // What became of a source row: some record of it used, none used because
  // of a problem (reported), or every record excluded by the mapping.
  enum class Fate : uint8_t { unseen, excluded, bad, used };

  // One record of a source, ready for its rows: its canonical row with the
  // fixed values, column positions and names already set, and the columns
  // whose values each row gives (a plain column: one trim; anything else
  // through value_of).
  struct Prepared {
    CanonicalRow row;
    std::vector<std::pair<uint8_t, int>> plain;    // (canonical column, field position)
    std::vector<uint8_t> complex;                  // canonical columns with codes, lookups or parts
    std::vector<int> conditions;                   // the record's exclude columns' positions
  };

  Status read_source(const SourceSpec& s) {
    const Plan plan = plan_of(s);
    const SourceShape shape = shape_of(s, vocab_);
    SourceFiles::Columns cols;
    std::string shown;
    std::vector<Prepared> records(s.records.size());
    std::array<std::string, kMaxColumns> joined;  // tags made of several parts
    bool there = false;
    if (Status st = files_.exists(s.file, there); !st)  // finds the file's own spelling first
      return mapping_reads_it(st, m_.name);
    std::vector<Fate>* shared = read_by_[s.file] > 1 ? &fates_[files_.path(s.file)].by_line : nullptr;
    return files_.read(
        s.file, m_.name, plan.names, cols,
        [&](const std::string& path) {
          shown = path;
          builder_.begin_source(s.target, shown, shape);
          for (size_t k = 0; k < s.records.size(); ++k) {
            Prepared& p = records[k];
            p.row.file = s.target;
            p.row.source = &shown;
            for (int c : plan.record_conditions[k]) p.conditions.push_back(cols.at[static_cast<size_t>(c)]);
            for (size_t c = 0; c < kMaxColumns; ++c) {
              const auto& parts = s.records[k].columns[c];
              if (parts.empty()) continue;
              const ValueSpec& v = parts[0];
              if (parts.size() == 1 && v.fixed) {
                p.row.values[c] = v.value;
              } else if (parts.size() == 1 && !v.has_codes && v.lookups.empty()) {
                const int at = cols.at[static_cast<size_t>(plan.parts[k][c][0])];
                p.row.columns[c] = static_cast<uint32_t>(at + 1);
                p.row.names[c] = v.label;
                p.plain.emplace_back(static_cast<uint8_t>(c), at);
              } else {
                p.complex.push_back(static_cast<uint8_t>(c));
              }
            }
          }
        },
        [&](const CsvReader& r, FileStats& stats) {
          const Fate fate = read_row(s, plan, cols, r, records, joined);
          if (!shared) {
            stats.rows_excluded += fate == Fate::excluded;
          } else {
            const uint32_t line = r.line();
            if (line >= shared->size()) shared->resize(line + 1, Fate::unseen);
            (*shared)[line] = std::max((*shared)[line], fate);
          }
        });
  }

  Fate read_row(const SourceSpec& s, const Plan& plan, const SourceFiles::Columns& cols, const CsvReader& r,
                std::vector<Prepared>& records, std::array<std::string, kMaxColumns>& joined) {
    const uint32_t line = r.line();
    if (!s.exclude.empty()) {
      std::string bad;
      size_t which = 0;
      if (excluded_by(s.exclude, cols.at, 0, r, m_.blank, &bad, &which)) return Fate::excluded;
      if (!bad.empty()) {
        unmapped(records[0].row, line, cols.at[which], s.exclude[which].column, bad);
        return Fate::bad;
      }
    }
    Fate fate = Fate::excluded;
    for (size_t k = 0; k < s.records.size(); ++k) {
      const RecordSpec& rec = s.records[k];
      Prepared& p = records[k];
      CanonicalRow& row = p.row;
      row.line = line;
      const Fate skipped = skip_record(rec, p.conditions, r, row);
      if (skipped != Fate::unseen) {
        fate = std::max(fate, skipped);
        continue;
      }
      for (const auto& [c, at] : p.plain) {
        const std::string_view v = trim(r[static_cast<size_t>(at)]);
        row.values[c] = is_blank(v, m_.blank) ? std::string_view() : v;
      }
      bool ok = true;
      for (size_t i = 0; i < p.complex.size() && ok; ++i) {
        const uint8_t c = p.complex[i];
        const auto& parts = rec.columns[c];
        if (parts.size() == 1) {
          ok = value_of(parts[0], plan.parts[k][c][0], cols.at, r, row, c, row.values[c]);
          continue;
        }
        joined[c].clear();
        for (size_t q = 0; q < parts.size() && ok; ++q) {
          std::string_view v;
          ok = value_of(parts[q], plan.parts[k][c][q], cols.at, r, row, c, v);
          if (ok && !v.empty()) (joined[c].empty() ? joined[c] : joined[c] += ';') += v;
        }
        row.values[c] = joined[c];
      }
      fate = std::max(fate, ok && builder_.add(row) ? Fate::used : Fate::bad);
    }
    return fate;
  }

  // A file several sources read (care leavers: a review and a contact) keeps
  // each row's best fate, and only rows no source used and none reported are
  // counted as excluded, at the end.
  void count_shared_exclusions() {
    for (FileStats& stats : out_.files) {
      const auto it = fates_.find(stats.path);
      if (it == fates_.end()) continue;
      for (Fate f : it->second.by_line) stats.rows_excluded += f == Fate::excluded;
    }
  }

  // unseen: the record is to be made; excluded; bad (its condition's value not listed).
  Fate skip_record(const RecordSpec& rec, const std::vector<int>& positions, const CsvReader& r,
                   const CanonicalRow& row) {
    if (rec.exclude.empty()) return Fate::unseen;
    std::string bad;
    size_t which = 0;
    if (excluded_by(rec.exclude, positions, 0, r, m_.blank, &bad, &which)) return Fate::excluded;
    if (bad.empty()) return Fate::unseen;
    unmapped(row, row.line, positions[which], rec.exclude[which].column, bad);
    return Fate::bad;
  }

  void unmapped(const CanonicalRow& row, uint32_t line, int position, const std::string& column,
                const std::string& value) {
    builder_.reject(*row.source, line, static_cast<uint32_t>(position + 1), "unmapped code",
                    fmt::format("{}: {} is not listed in the {} mapping", column, quoted(value), m_.name));
  }

  // One part of a canonical column's value. False (the issue added) when
  // the row cannot give it: a code not listed, a key no lookup holds.
  bool value_of(const ValueSpec& v, int name, const std::vector<int>& at, const CsvReader& r, CanonicalRow& row,
                size_t c, std::string_view& out) {
    if (v.fixed) {
      out = v.value;
      return true;
    }
    const int position = at[static_cast<size_t>(name)];
    row.columns[c] = static_cast<uint32_t>(position + 1);
    row.names[c] = v.label;
    std::string_view text = trim(r[static_cast<size_t>(position)]);
    if (is_blank(text, m_.blank)) text = {};
    if (v.has_codes && !text.empty()) {
      const auto hit = std::find_if(v.codes.begin(), v.codes.end(),
                                    [&](const auto& code) { return same_ignoring_case(code.first, text); });
      if (hit == v.codes.end()) {
        unmapped(row, row.line, position, v.column, std::string(text));
        return false;
      }
      text = hit->second;
    }
    for (uint16_t l : v.lookups) {
      if (text.empty()) break;
      const LookupTable& t = tables_[l];
      if (t.absent()) continue;
      if (const auto found = t.find(text)) {
        text = *found;
        continue;
      }
      switch (t.spec().missing) {
        case Missing::keep: continue;
        case Missing::blank: text = {}; continue;
        case Missing::error:
          builder_.reject(*row.source, row.line, static_cast<uint32_t>(position + 1), "unknown key",
                          fmt::format("{}: {} is not a {} of {}", v.label, quoted(text), t.spec().key,
                                      t.shown()));
          return false;
      }
    }
    out = text;
    return true;
  }

  const Mapping& m_;
  const Vocabulary& vocab_;
  DatasetBuilder builder_;
  SourceFiles files_;
  LoadResult& out_;
  unsigned jobs_;  // threads for grouping the records (DatasetBuilder::finish)
  std::vector<LookupTable> tables_;
  std::map<std::string, int> read_by_;  // source file -> how many sources read it
  struct Fates {
    std::vector<Fate> by_line;
  };
  std::map<std::string, Fates> fates_;  // by path shown, for files several sources read
};

}  // namespace

Status load_mapped(const std::string& dir, const Mapping& m, const Vocabulary& vocab, LoadResult& out,
                   const LoadProgress& progress, unsigned jobs) {
  out = LoadResult{};
  if (Status s = check_data_dir(dir); !s) return s;
  return MappedLoad(dir, m, vocab, out, progress, jobs).run();
}

}  // namespace ca
