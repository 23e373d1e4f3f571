#pragma once
// A small error value in the style of leveldb's Status: either ok, or a
// message that is complete enough to print as it is ("file:line: reason").
#include <string>
#include <utility>

namespace ca {

class Status {
 public:
  Status() = default;
  static Status ok() { return Status(); }
  static Status error(std::string message) { return Status(std::move(message)); }

  bool is_ok() const { return !failed_; }
  explicit operator bool() const { return !failed_; }
  const std::string& message() const { return message_; }

 private:
  explicit Status(std::string message) : message_(std::move(message)), failed_(true) {}
  std::string message_;
  bool failed_ = false;
};

// Thrown only for errors that must stop the run (exit 2): a malformed file,
// a missing required column, an invalid standard. The message is complete.
struct FatalError {
  std::string message;
};

}  // namespace ca
