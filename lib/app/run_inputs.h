#pragma once
// The files a run reads (the export's files, a mapping and its files,
// --baseline, --holidays, --vocabulary, --standard files), each with what it
// is to the run, so that nothing the run writes replaces one of them:
// --output DATA_DIR/visits.csv, the --baseline report itself, or a link to
// either, is refused before a byte is written.
#include <sys/types.h>

#include <string>
#include <vector>

#include "core/status.h"

namespace ca {

class RunInputs {
 public:
  // Notes the file at `path` ("-": standard input), shown as `shown` and
  // named `what` in messages ("the export's visits.csv", "the --baseline
  // report"). A file is known by its device and inode, so any other path
  // to it (a symbolic or hard link, "./") is the same file; a path that
  // names no file is no input.
  void add(const std::string& path, std::string shown, std::string what);

  // Whether `path` may be written: an error when it is (links followed) one
  // of the inputs, "cannot write PATH: it is the export's visits.csv
  // (DIR/visits.csv), an input of this run". A device (/dev/null) is never
  // refused: writing one replaces nothing.
  Status check_output(const std::string& path) const;

 private:
  struct Input {
    dev_t dev;
    ino_t ino;
    std::string shown;
    std::string what;
  };
  std::vector<Input> inputs_;
};

}  // namespace ca
