#include "report/baseline.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <tuple>

#include "csv/reader.h"
#include "report/cells.h"
#include "report/writer.h"

namespace ca {
namespace {

constexpr size_t kColumns = 14;  // the contract's header; a 15th is `change`

// A cell as written before the formula guard (cells.h): "'=x" was "=x".
std::string unguarded(std::string_view cell) {
  if (cell.size() > 1 && cell[0] == '\'' && looks_like_formula(cell.substr(1))) cell.remove_prefix(1);
  return std::string(cell);
}

// The prefix that decides whether a later row can still match: report order
// is by these first (report/row.h row_before).
auto prefix(const Row& r) { return std::tie(r.standard, r.case_id, r.due, r.rule_id, r.anchor); }

}  // namespace

Status Baseline::read(const std::string& path) {
  CsvReader reader = CsvReader::open(path, path);
  if (!reader.next()) {
    if (!reader.status()) return reader.status();
    return Status::error(fmt::format("{}:1: not a caseaudit CSV report (the file is empty)", path));
  }
  std::string header;
  for (size_t i = 0; i < reader.size(); ++i) header += (i ? "," : "") + std::string(reader[i]);
  const bool with_change = header == std::string(kCsvHeader) + ",change";
  if (header != kCsvHeader && !with_change)
    return Status::error(fmt::format("{}:{}: not a caseaudit CSV report (the header is not {}[,change])", path,
                                     reader.line(), kCsvHeader));
  const size_t columns = with_change ? kColumns + 1 : kColumns;
  while (reader.next()) {
    const uint32_t line = reader.line();
    const auto bad = [&](std::string_view column, std::string_view why) {
      return Status::error(fmt::format("{}:{}: {}: {}", path, line, column, why));
    };
    if (reader.size() != columns)
      return Status::error(fmt::format("{}:{}: {} fields where the header has {}", path, line, reader.size(), columns));
    if (reader.problem()) return Status::error(fmt::format("{}:{}: {}", path, line, reader.problem()));
    const auto date = [&](size_t i, std::string_view column, bool blank_ok, Date& out) -> Status {
      const std::string_view text = reader[i];
      if (text.empty()) {
        if (blank_ok) {
          out = kNoDate;
          return Status::ok();
        }
        return bad(column, "blank");
      }
      std::string reason;
      const auto d = parse_date(text, &reason);
      if (!d) return bad(column, reason);
      out = *d;
      return Status::ok();
    };
    const std::string_view status = reader[8];
    if (status != "met" && status != "late" && status != "missing")
      return bad("status", fmt::format("'{}' is not met, late or missing", status));
    const std::string_view change = with_change ? reader[14] : std::string_view();
    if (change != "" && change != "new" && change != "continuing" && change != "resolved")
      return bad("change", fmt::format("'{}' is not new, continuing or resolved", change));
    Row row;
    if (Status s = date(5, "anchor_date", false, row.anchor); !s) return s;
    if (Status s = date(6, "due_date", false, row.due); !s) return s;
    if (Status s = date(7, "met_date", status == "missing", row.met); !s) return s;
    const std::string_view days = reader[9];
    const auto [end, ec] = std::from_chars(days.data(), days.data() + days.size(), row.days_overdue);
    if (ec != std::errc() || end != days.data() + days.size() || row.days_overdue < 0)
      return bad("days_overdue", fmt::format("not a number of days: '{}'", days));
    // Met rows, and those already resolved last night, are not last night's breaches.
    if (status == "met" || change == "resolved") continue;
    row.status = status == "late" ? RowStatus::late : RowStatus::missing;
    Stored& s = rows_.emplace_back();
    s.standard = unguarded(reader[0]);
    s.case_id = unguarded(reader[1]);
    s.rule_id = unguarded(reader[2]);
    s.measure = unguarded(reader[3]);
    s.episode_type = unguarded(reader[4]);
    s.team = unguarded(reader[10]);
    s.worker = unguarded(reader[11]);
    s.title = unguarded(reader[12]);
    s.source = unguarded(reader[13]);
    row.standard = s.standard;
    row.case_id = s.case_id;
    row.rule_id = s.rule_id;
    row.measure = s.measure;
    row.episode_type = s.episode_type;
    row.team = s.team;
    row.worker = s.worker;
    row.title = s.title;
    row.source = s.source;
    row.change = "resolved";
    s.row = row;
  }
  if (!reader.status()) return reader.status();
  for (const Stored& s : rows_) sorted_.push_back(&s.row);
  std::sort(sorted_.begin(), sorted_.end(), [](const Row* a, const Row* b) { return row_before(*a, *b); });
  matched_.assign(sorted_.size(), false);
  return Status::ok();
}

void Baseline::restrict_to(std::span<const std::string_view> standards, std::optional<Date> from) {
  const size_t before = sorted_.size();
  std::erase_if(sorted_, [&](const Row* r) {
    return std::find(standards.begin(), standards.end(), r->standard) == standards.end() || (from && r->due < *from);
  });
  left_out_ += before - sorted_.size();
  matched_.assign(sorted_.size(), false);
}

void Baseline::pass(Row& row, const std::function<void(const Row&)>& resolved) {
  // Baseline breaches before this row's prefix can match no later row.
  for (; next_ < sorted_.size() && prefix(*sorted_[next_]) < prefix(row); ++next_)
    if (!matched_[next_]) resolved(*sorted_[next_]);
  if (row.status == RowStatus::met) return;
  row.change = "new";
  for (size_t j = next_; j < sorted_.size() && prefix(*sorted_[j]) == prefix(row); ++j) {
    if (!matched_[j] && sorted_[j]->episode_type == row.episode_type) {
      matched_[j] = true;
      row.change = "continuing";
      return;
    }
  }
}

void Baseline::finish(const std::function<void(const Row&)>& resolved) {
  for (; next_ < sorted_.size(); ++next_)
    if (!matched_[next_]) resolved(*sorted_[next_]);
}

}  // namespace ca
