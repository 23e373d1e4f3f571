#pragma once
// What yaml-cpp could not read, in the words every YAML file of caseaudit
// (vocabulary, standards, mappings) reports it with: "invalid YAML: end of
// sequence flow not found", or, for a file nested past yaml-cpp's limit,
// "nesting deeper than 2000 levels" (yaml-cpp itself says "bad file").
#include <yaml-cpp/yaml.h>

#include <string>

namespace ca {

std::string yaml_problem(const YAML::Exception& e);

}  // namespace ca
