#include "app/run_inputs.h"

#include <sys/stat.h>
#include <unistd.h>

namespace ca {

void RunInputs::add(const std::string& path, std::string shown, std::string what) {
  struct stat st {};
  if ((path == "-" ? ::fstat(STDIN_FILENO, &st) : ::stat(path.c_str(), &st)) != 0) return;
  if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode)) return;
  inputs_.push_back({st.st_dev, st.st_ino, std::move(shown), std::move(what)});
}

Status RunInputs::check_output(const std::string& path) const {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return Status::ok();  // not there yet: no input
  for (const Input& in : inputs_) {
    if (in.dev != st.st_dev || in.ino != st.st_ino) continue;
    const std::string where = in.shown == path ? "" : " (" + in.shown + ")";
    return Status::error("cannot write " + path + ": it is " + in.what + where + ", an input of this run");
  }
  return Status::ok();
}

}  // namespace ca
