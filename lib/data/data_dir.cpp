#include "data/data_dir.h"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fmt/format.h>

#include "core/ascii.h"

namespace ca {
namespace {

// The entries of DIR named NAME but for case (NAME itself included, when there).
std::vector<std::string> variants(const std::string& dir, const std::string& name) {
  std::vector<std::string> out;
  DIR* d = ::opendir(dir.c_str());
  if (!d) return out;
  while (const dirent* e = ::readdir(d))
    if (same_ignoring_case(e->d_name, name)) out.emplace_back(e->d_name);
  ::closedir(d);
  std::sort(out.begin(), out.end());  // readdir's order is the filesystem's
  return out;
}

Status usable(const std::string& path) {
  struct stat st {};
  if (::lstat(path.c_str(), &st) != 0) return Status::error(fmt::format("{}: cannot open: {}", path, std::strerror(errno)));
  if (S_ISLNK(st.st_mode) && ::stat(path.c_str(), &st) != 0)
    return Status::error(fmt::format("{}: a symbolic link to a file that does not exist", path));
  if (!S_ISREG(st.st_mode))
    return Status::error(fmt::format("{}: not a regular file ({}); give it with its own option to read it anyway",
                                     path, S_ISDIR(st.st_mode) ? "a folder" : S_ISFIFO(st.st_mode) ? "a FIFO" : "a device or socket"));
  return Status::ok();
}

}  // namespace

std::string join_path(const std::string& dir, const std::string& name) {
  if (dir.empty() || dir.back() == '/') return dir + name;
  return dir + "/" + name;
}

Status find_in_dir(const std::string& dir, const std::string& name, std::string& path, std::vector<std::string>& notes) {
  path.clear();
  const std::vector<std::string> found = variants(dir, name);
  if (found.empty()) return Status::ok();
  if (found.size() > 1)
    return Status::error(fmt::format("{}: {} files are named {} but for case ({}); keep one", dir, found.size(), name,
                                     fmt::join(found, ", ")));
  path = join_path(dir, found[0]);
  if (Status s = usable(path); !s) return s;
  if (found[0] != name) notes.push_back(fmt::format("reading {} as {}", path, name));
  return Status::ok();
}

}  // namespace ca
