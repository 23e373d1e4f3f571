#pragma once
// The standards caseaudit knows: the built-in ones (standards/*.yaml compiled
// in, except vocabulary.yaml) and any standards file named by its path.
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "standard/standard.h"
#include "vocab/vocabulary.h"

namespace ca {

// The built-in standards' names (their file names without .yaml), sorted.
std::vector<std::string> builtin_standard_names();

// Whether `--standard` names a file rather than a built-in: it contains '/'
// or ends in .yaml or .yml.
bool is_standard_path(std::string_view name_or_path);

// Whether `s` is a built-in standard: its origin is "builtin:NAME", never a
// file's path, so a local standards/NAME.yaml is not taken for it.
bool is_builtin(const Standard& s);

// Where `s` comes from, for a reader: "built in (standards/camden.yaml)" or
// "from path/to/file.yaml".
std::string describe_origin(const Standard& s);

// A built-in standard by name, parsed on first use (once for the built-in
// vocabulary); its origin is "builtin:NAME". Throws FatalError "unknown standard 'x' (built-in: a, b)" for
// a name that is not built in, and the parse errors for one that does not parse.
Standard builtin_standard(std::string_view name, const Vocabulary& vocab);

// A standards file read from disk. Throws FatalError when it cannot be read
// ("cannot read standard 'f.yaml': No such file or directory") or has mistakes
// ("standard 'f.yaml' has 2 errors:" then one "FILE:LINE:COLUMN: message" a line).
Standard load_standard_file(const std::string& path, const Vocabulary& vocab);

// The standards that `--standard` arguments name, in the order given: a
// built-in name, `all` (every built-in, sorted by name), or a path. No
// arguments means all. A standard named twice (a built-in name, or a file by
// any path that resolves to the same file) is returned once. Two different
// files with the same `standard:` name are an error ("two standards are named
// 'x' (a/x.yaml and b/x.yaml)"), and so are a built-in and a file ("standard
// 'camden' is both built in and in standards/camden.yaml: ..."), whatever the
// files hold: the report names a standard only by its name. Throws FatalError
// as above; every failing argument is reported, one a line.
std::vector<Standard> resolve_standards(const std::vector<std::string>& names_or_paths, const Vocabulary& vocab);

// Reads a whole file into `text`; on failure returns the reason ("No such file
// or directory", "Is a directory").
Status read_whole_file(const std::string& path, std::string& text);

// "standard 'f.yaml' has 2 errors:\nf.yaml:3:5: ...\n..." (no final newline).
std::string describe_parse_errors(const std::string& origin, const std::vector<std::string>& errors);

}  // namespace ca
