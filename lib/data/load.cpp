// load_export: the canonical CSV files of an export folder, streamed row by
// row through CsvReader -> CanonicalRow -> DatasetBuilder (see schema.h for
// the seam a mapping will use).
//
// Files: DATA_DIR/<name>.csv unless given on their own (--cases F ...).
// cases.csv is required; another file that is absent from DATA_DIR means no
// such records, but one named on the command line must open. "-" reads
// standard input (shown as "<stdin>" in messages), for at most one file.
// Cases are read first, so the other files can be checked against them.
//
// Row problems the CSV layer finds, as errors that skip the row:
//   wrong field count   a row with more or fewer fields than the header
//   stray quote         a quote inside an unquoted field, or text after a closing quote
// and the builder's (builder.h).
#include "data/load.h"

#include <sys/stat.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <exception>
#include <mutex>
#include <numeric>
#include <optional>

#include <fmt/format.h>

#include "core/threads.h"
#include "csv/header.h"
#include "csv/reader.h"
#include "data/builder.h"
#include "data/data_dir.h"
#include "data/row_check.h"
#include "data/schema.h"

namespace ca {
namespace {

// One file being read: its reader, past the header, and where each of the
// schema's columns is.
struct Table {
  InputFile file;
  uint64_t bytes;  // its size (0 when unknown: standard input)
  CsvReader reader;
  CsvHeader header;
  std::array<int, kMaxColumns> position{};
};

// Opens a file and reads its header; says to the builder that its rows come next.
Status open_table(InputFile file, const std::string& shown, const std::string& path, DatasetBuilder& builder,
                  const FileStats& stats, std::optional<Table>& out) {
  struct stat st {};
  const uint64_t bytes = path != "-" && ::stat(path.c_str(), &st) == 0 ? static_cast<uint64_t>(st.st_size) : 0;
  out.emplace(Table{file, bytes, CsvReader::open(shown, path), {}, {}});
  Table& t = *out;
  if (Status s = t.header.read(t.reader); !s) return s;
  const auto columns = builder.schema().columns(file);
  t.position.fill(-1);
  for (size_t i = 0; i < columns.size(); ++i)
    if (Status s = t.header.find(columns[i].name, columns[i].required, t.position[i]); !s) return s;
  SourceShape shape;
  for (size_t i = 0; i < columns.size(); ++i) shape.columns[i] = t.position[i] >= 0;
  builder.begin_source(file, stats.path, shape);
  return Status::ok();
}

// The rows read so far, for the progress line (shared by the threads reading files).
class RowCount {
 public:
  explicit RowCount(const LoadProgress& progress) : progress_(progress) {}
  // Adds n rows (a thread's batch: the total is shared, so not one at a time).
  void add(uint64_t n) {
    if (!progress_) return;
    const uint64_t before = total_.fetch_add(n, std::memory_order_relaxed);
    if ((before >> 16) == ((before + n) >> 16)) return;  // reported every 65,536 rows
    std::lock_guard lock(m_);
    progress_(total_.load(std::memory_order_relaxed));
  }
  static constexpr uint64_t kBatch = 4096;

 private:
  const LoadProgress& progress_;
  std::atomic<uint64_t> total_{0};
  std::mutex m_;
};

Status read_rows(Table& t, DatasetBuilder& builder, FileStats& stats, RowCount& count) {
  const auto columns = builder.schema().columns(t.file);
  CanonicalRow row;
  row.file = t.file;
  row.source = &stats.path;
  for (size_t i = 0; i < columns.size(); ++i) row.columns[i] = static_cast<uint32_t>(t.position[i] + 1);
  CsvReader& reader = t.reader;
  // Counted here and stored at the end: the files' stats lie side by side,
  // and threads reading two files would otherwise write one cache line for
  // every row (at 2 jobs, a third more CPU time).
  uint64_t read = 0, skipped = 0;
  while (reader.next()) {
    if (++read % RowCount::kBatch == 0) count.add(RowCount::kBatch);
    row.line = reader.line();
    if (!row_fits(reader, t.header, builder, stats.path)) {
      ++skipped;
      continue;
    }
    for (size_t i = 0; i < columns.size(); ++i)
      row.values[i] = t.position[i] >= 0 ? reader[static_cast<size_t>(t.position[i])] : std::string_view();
    if (!builder.add(row)) ++skipped;
  }
  count.add(read % RowCount::kBatch);
  stats.rows_read += read;
  stats.rows_skipped += skipped;
  return reader.status();
}

// A file read beside others (episodes, visits, reviews, contacts): its
// table, its stats and the fork of the builder its rows go into, made when
// it was opened (so it takes that source's references).
struct SideFile {
  Table table;
  FileStats* stats;
  DatasetBuilder part;
};

// Reads the files after the cases, each into its fork, on up to `jobs`
// threads: the episodes first (so that at one job they are read before the
// records' chunks are made, which keeps the peak down), then the record
// files largest first, so the threads finish together; then absorbs the forks in file
// order. The first failure in file order is the result, as when reading
// them one after another.
Status read_side_by_side(std::vector<SideFile>& files, DatasetBuilder& builder, unsigned jobs, RowCount& count) {
  const size_t n = files.size();
  std::vector<Status> status(n, Status::ok());
  std::vector<std::exception_ptr> failure(n);
  std::vector<size_t> order(n);
  std::iota(order.begin(), order.end(), size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    const bool ea = files[a].table.file == InputFile::episodes, eb = files[b].table.file == InputFile::episodes;
    return ea != eb ? ea : files[a].table.bytes > files[b].table.bytes;
  });
  std::atomic<size_t> next{0};
  const auto work = [&] {
    for (size_t i; (i = next.fetch_add(1)) < n;) {
      const size_t k = order[i];
      try {
        status[k] = read_rows(files[k].table, files[k].part, *files[k].stats, count);
      } catch (...) {
        failure[k] = std::current_exception();
      }
    }
  };
  run_parts(std::min<size_t>(std::max(1u, jobs), n), [&](size_t) { work(); });
  for (size_t k = 0; k < n; ++k) {
    if (failure[k]) std::rethrow_exception(failure[k]);
    if (!status[k]) return status[k];
    builder.absorb(std::move(files[k].part));
  }
  return Status::ok();
}

}  // namespace

Status check_data_dir(const std::string& dir) {
  // A mistyped DATA_DIR must not read as "no such records" for every optional file.
  struct stat st {};
  if (::stat(dir.c_str(), &st) != 0) return Status::error(fmt::format("{}: cannot open: {}", dir, std::strerror(errno)));
  if (!S_ISDIR(st.st_mode))
    return Status::error(fmt::format("{}: not a folder (DATA_DIR is the folder holding the CSV files)", dir));
  return Status::ok();
}

Status load_export(const InputSpec& spec, const Vocabulary& vocab, LoadResult& out, const LoadProgress& progress,
                   unsigned jobs) {
  out = LoadResult{};
  out.files.resize(5);
  static const char* const kFlags[] = {"--cases", "--episodes", "--visits", "--reviews", "--contacts"};

  if (!spec.dir.empty())
    if (Status s = check_data_dir(spec.dir); !s) return s;

  // Which files to read, and from where.
  std::array<std::string, 5> paths;
  const char* from_stdin = nullptr;
  for (size_t f = 0; f < 5; ++f) {
    if (spec.files[f]) {
      paths[f] = *spec.files[f];
      if (paths[f] == "-") {
        if (from_stdin)
          return Status::error(
              fmt::format("{} and {} both read standard input ('-'); at most one file can", from_stdin, kFlags[f]));
        from_stdin = kFlags[f];
      }
    } else if (!spec.dir.empty()) {
      if (Status s = find_in_dir(spec.dir, kInputFileNames[f], paths[f], out.notes); !s) return s;
      if (f == 0 && paths[f].empty()) paths[f] = join_path(spec.dir, kInputFileNames[f]);  // required: fails to open
    } else if (f == 0) {
      return Status::error("no cases file: give DATA_DIR or --cases FILE");
    }
  }

  DatasetBuilder builder(vocab);
  RowCount count(progress);
  // The cases, then the episodes and the record files side by side, each
  // checked against the cases. A header that stops the run stops it after
  // the files before it are read, as one after another would.
  std::vector<SideFile> side;
  side.reserve(4);
  Status stopped = Status::ok();
  for (size_t f = 0; f < 5 && stopped; ++f) {
    if (paths[f].empty()) continue;
    const auto file = static_cast<InputFile>(f);
    out.files[f].path = paths[f] == "-" ? "<stdin>" : paths[f];
    std::optional<Table> table;
    stopped = open_table(file, out.files[f].path, paths[f], builder, out.files[f], table);
    if (!stopped) break;
    if (file == InputFile::cases) {
      if (Status s = read_rows(*table, builder, out.files[f], count); !s) return s;
    } else {
      side.push_back({std::move(*table), &out.files[f], builder.fork()});
    }
  }
  if (Status s = read_side_by_side(side, builder, jobs, count); !s) return s;
  if (!stopped) return stopped;
  side.clear();  // their read buffers, before finish() makes the peak
  out.issues = std::move(builder.issues());
  out.data = builder.finish(jobs);
  return Status::ok();
}

}  // namespace ca
