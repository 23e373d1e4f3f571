#include "vocab/yaml_problem.h"

#include <yaml-cpp/depthguard.h>

#include <fmt/format.h>

namespace ca {

std::string yaml_problem(const YAML::Exception& e) {
  if (const auto* deep = dynamic_cast<const YAML::DeepRecursion*>(&e))
    return fmt::format("nesting deeper than {} levels", deep->depth() - 1);
  return "invalid YAML: " + e.msg;
}

}  // namespace ca
