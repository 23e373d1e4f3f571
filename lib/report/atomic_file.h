#pragma once
// A file written whole or not at all: the output goes to a temporary file
// in the target's folder (".NAME.caseaudit-XXXXXX"), and commit() renames it over the
// target only once every byte is written and synced (written to the disk as
// it goes, directly where the file system allows it: report/direct_buf.h, so
// the sync at the end waits for little more than the last of it). Until then, and on any
// failure, the target is untouched and the temporary is removed, also when
// the process is stopped by SIGINT, SIGTERM or SIGHUP while the file is open
// (handlers are installed for those left at their default). A symbolic link
// is followed: the file it leads to is replaced, the link kept. A device or a
// pipe (/dev/null, /dev/stdout, a FIFO) is written in place, never replaced
// by a regular file; a pipe with no reader fails at once. A folder or a
// socket is refused.
#include <memory>
#include <ostream>
#include <string>

#include "core/status.h"
#include "report/direct_buf.h"

namespace ca {

class AtomicFile {
 public:
  explicit AtomicFile(std::string path);
  ~AtomicFile();  // removes the temporary unless committed
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  // Creates the temporary. Errors read "cannot write PATH: REASON" (a missing
  // folder, no permission, PATH a folder or a socket).
  Status open();
  // The stream to write to (valid after a successful open()).
  std::ostream& stream() { return *stream_; }
  // Flushes, syncs and renames over the target; the new file gets the old
  // file's permissions, or the usual ones (0666 less the umask). On failure
  // removes the temporary and says why, as open() does.
  Status commit();
  // Removes the temporary; the target is left as it was.
  void discard();

  const std::string& path() const { return path_; }
  const std::string& temp_path() const { return temp_; }
  // Whether the temporary is written with direct I/O (false before open(),
  // for a device or a pipe, and where the file system refuses it).
  bool direct_io() const { return temp_buf_ && temp_buf_->direct(); }

 private:
  class FdBuf;
  Status fail(int err);
  std::string path_;    // as given (in messages)
  std::string target_;  // the file written: path_, or where a symbolic link there leads
  std::string temp_;    // empty when writing in place
  int fd_ = -1;
  std::unique_ptr<FdBuf> in_place_;     // a device or a pipe
  std::unique_ptr<DirectBuf> temp_buf_;  // the temporary
  std::unique_ptr<std::ostream> stream_;
};

}  // namespace ca
