#include "data/validate.h"

#include <algorithm>
#include <span>
#include <unordered_map>

#include <fmt/format.h>

#include "data/values.h"

namespace ca {
namespace {

std::string span_of(const Episode& e) {
  if (e.end == kOpenEnd) return fmt::format("{}, still open", e.start.iso());
  return fmt::format("{} to {}", e.start.iso(), e.end.iso());
}

class Checker {
 public:
  Checker(const LoadResult& load, const Vocabulary& vocab, std::vector<Issue>& out)
      : load_(load), vocab_(vocab), out_(out) {
    cla_ = vocab.periods_of_care().value_or(kNone);
  }

  void run() {
    const Dataset& d = load_.data;
    for (CaseIx c = 0; c < d.size(); ++c) {
      const CaseView v = d.view(c);
      episodes(v);
      records(v);
    }
  }

 private:
  void warn(InputFile file, uint32_t ref, const char* category, std::string message) {
    const Located at = load_.data.locate(file, ref);
    out_.push_back({std::string(at.path), at.line, 0, Severity::warning, category, printable(message)});
  }

  std::string kind(const Episode& e) const {
    const std::string& type = vocab_.episode_types()[e.type].name;
    return e.type == cla_ ? type + " placement" : type + " episode";
  }

  // Episodes come sorted by type, start, end, line.
  void episodes(const CaseView& v) {
    const auto& es = v.episodes;
    size_t latest = 0;  // of the earlier episodes of this type, the one ending last
    for (size_t i = 0; i < es.size(); ++i) {
      const Episode& e = es[i];
      if (v.info.close != kOpenEnd && e.end > v.info.close) {
        if (e.end == kOpenEnd)
          warn(InputFile::episodes, e.line, "episode after close",
               fmt::format("{} has no end date but case {} closed on {}", kind(e), quoted(v.info.id),
                           v.info.close.iso()));
        else
          warn(InputFile::episodes, e.line, "episode after close",
               fmt::format("{} ends {}, after case {} closed on {}", kind(e), e.end.iso(), quoted(v.info.id),
                           v.info.close.iso()));
      }
      if (i == 0 || es[i - 1].type != e.type) {
        latest = i;
        continue;
      }
      const Episode& prev = es[i - 1];
      if (prev.start == e.start && prev.end == e.end && prev.tags == e.tags) {
        warn(InputFile::episodes, e.line, "duplicate episode",
             fmt::format("same {} as {} ({})", kind(e), line_name(load_.data, InputFile::episodes, prev.line),
                         span_of(prev)));
      } else if (e.start < es[latest].end) {
        warn(InputFile::episodes, e.line, "overlapping episodes",
             fmt::format("{} overlaps the one on {} ({})", kind(e),
                         line_name(load_.data, InputFile::episodes, es[latest].line), span_of(es[latest])));
      }
      if (e.end > es[latest].end) latest = i;
    }
  }

  bool checked_outside(const Record& r) const {
    if (!load_.data.facts.episodes_file) return false;
    if (vocab_.file_of(r.type()) == RecordFile::contacts) return false;
    return !vocab_.outside_episodes(r.type());
  }

  // Records come sorted by date, type, line.
  void records(const CaseView& v) {
    const auto& rs = v.records;
    size_t run = 0;  // first record with this date and type
    for (size_t i = 0; i < rs.size(); ++i) {
      const Record& r = rs[i];
      const auto file = static_cast<InputFile>(2 + static_cast<int>(vocab_.file_of(r.type())));
      const std::string& type = vocab_.record_types()[r.type()].name;
      if (checked_outside(r) &&
          std::none_of(v.episodes.begin(), v.episodes.end(),
                       [&](const Episode& e) { return e.start <= r.date() && r.date() <= e.end; })) {
        warn(file, r.line, "outside episodes",
             fmt::format("{} on {} is outside every episode of case {}{}", type, r.date().iso(), quoted(v.info.id),
                         v.episodes.empty() ? " (the case has no episodes)" : ""));
      }
      if (i == 0 || rs[i - 1].order() != r.order()) {
        run = i;
        if (!first_by_details_.empty()) first_by_details_ = {};  // free what a long run used
      }
      if (const uint32_t first = first_with_same_details(rs, run, i))
        warn(file, r.line, "duplicate record",
             fmt::format("same {} as {} (on {}, same details)", type, line_name(load_.data, file, first),
                         r.date().iso()));
    }
  }

  // Everything but the date, type and line, which are equal within a run.
  static uint64_t details(const Record& r) {
    uint64_t h = 1469598103934665603ull;  // FNV-1a over the slots: equal details, equal keys
    const auto mix = [&h](uint64_t v) { h = (h ^ v) * 1099511628211ull; };
    mix(r.packed_codes());
    mix(r.packed_slots());
    return h;
  }

  // The line of the first record in rs[run, i) with the same details as rs[i]
  // (0 if none). Runs of one date and type are short, so a scan does; a long
  // one (a bulk import of same-day notes) switches to a hash map, so the check
  // stays linear in the number of records.
  uint32_t first_with_same_details(std::span<const Record> rs, size_t run, size_t i) {
    constexpr size_t kScan = 16;
    if (i - run < kScan) {
      for (size_t j = run; j < i; ++j)
        if (same_details(rs[j], rs[i])) return rs[j].line;
      return 0;
    }
    // Keyed by a hash of the details, each key holding the index of the first
    // record with it; a record whose hash matches but whose details differ (a
    // collision) is checked by a scan, so a warning is never false.
    if (first_by_details_.empty())
      for (size_t j = run; j < i; ++j) first_by_details_.try_emplace(details(rs[j]), j);
    const auto [it, added] = first_by_details_.try_emplace(details(rs[i]), i);
    if (added) return 0;
    if (same_details(rs[it->second], rs[i])) return rs[it->second].line;
    for (size_t j = run; j < i; ++j)
      if (same_details(rs[j], rs[i])) return rs[j].line;
    return 0;
  }

  static bool same_details(const Record& a, const Record& b) { return a.same_details(b); }

  const LoadResult& load_;
  const Vocabulary& vocab_;
  std::vector<Issue>& out_;
  EpisodeTypeId cla_ = kNone;
  std::unordered_map<uint64_t, size_t> first_by_details_;  // within a long run: hash of details -> first index
};

}  // namespace

void check_dataset(const LoadResult& load, const Vocabulary& vocab, std::vector<Issue>& out) {
  Checker(load, vocab, out).run();
}

void sort_issues(std::vector<Issue>& issues, std::span<const FileStats> files) {
  auto rank = [&](const Issue& i) {
    for (size_t f = 0; f < files.size(); ++f)
      if (!files[f].path.empty() && files[f].path == i.file) return f;
    return files.size();
  };
  std::vector<std::pair<size_t, size_t>> keys;  // (rank, index)
  keys.reserve(issues.size());
  for (size_t i = 0; i < issues.size(); ++i) keys.emplace_back(rank(issues[i]), i);
  std::stable_sort(keys.begin(), keys.end(), [&](const auto& a, const auto& b) {
    const Issue &x = issues[a.second], &y = issues[b.second];
    if (a.first != b.first) return a.first < b.first;
    if (x.line != y.line) return x.line < y.line;
    return x.column < y.column;
  });
  std::vector<Issue> sorted;
  sorted.reserve(issues.size());
  for (const auto& k : keys) sorted.push_back(std::move(issues[k.second]));
  issues.swap(sorted);
}

}  // namespace ca
