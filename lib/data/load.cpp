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

#include <cstring>

#include <cerrno>

#include <fmt/format.h>

#include "csv/header.h"
#include "csv/reader.h"
#include "data/builder.h"
#include "data/data_dir.h"
#include "data/row_check.h"
#include "data/schema.h"

namespace ca {
namespace {

Status read_table(InputFile file, const std::string& shown, const std::string& path, DatasetBuilder& builder,
                  FileStats& stats, uint64_t& total, const LoadProgress& progress) {
  CsvReader reader = CsvReader::open(shown, path);
  CsvHeader header;
  if (Status s = header.read(reader); !s) return s;

  const auto columns = builder.schema().columns(file);
  std::array<int, kMaxColumns> position{};
  position.fill(-1);
  for (size_t i = 0; i < columns.size(); ++i)
    if (Status s = header.find(columns[i].name, columns[i].required, position[i]); !s) return s;

  SourceShape shape;
  for (size_t i = 0; i < columns.size(); ++i) shape.columns[i] = position[i] >= 0;
  builder.begin_source(file, stats.path, shape);
  CanonicalRow row;
  row.file = file;
  row.source = &stats.path;
  for (size_t i = 0; i < columns.size(); ++i) row.columns[i] = static_cast<uint32_t>(position[i] + 1);

  while (reader.next()) {
    ++stats.rows_read;
    if ((++total & 0xFFFF) == 0 && progress) progress(total);
    row.line = reader.line();
    if (!row_fits(reader, header, builder, stats.path)) {
      ++stats.rows_skipped;
      continue;
    }
    for (size_t i = 0; i < columns.size(); ++i)
      row.values[i] = position[i] >= 0 ? reader[static_cast<size_t>(position[i])] : std::string_view();
    if (!builder.add(row)) ++stats.rows_skipped;
  }
  return reader.status();
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

Status load_export(const InputSpec& spec, const Vocabulary& vocab, LoadResult& out, const LoadProgress& progress) {
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
  uint64_t total = 0;
  for (size_t f = 0; f < 5; ++f) {
    if (paths[f].empty()) continue;
    out.files[f].path = paths[f] == "-" ? "<stdin>" : paths[f];
    if (Status s = read_table(static_cast<InputFile>(f), out.files[f].path, paths[f], builder, out.files[f], total,
                              progress);
        !s)
      return s;
  }
  out.issues = std::move(builder.issues());
  out.data = builder.finish();
  return Status::ok();
}

}  // namespace ca
