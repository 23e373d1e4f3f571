#pragma once
// One case explained (engine/explain.h, report/explain_writer.h), for
// `explain` and for `sample --explain-dir`.
#include <string>

#include "app/prepare.h"
#include "engine/evaluation.h"

namespace ca {

// The case's timeline under every standard of `p`, as text, JSON (with a
// final newline) or an HTML page (`back`: a page it links back to, or
// empty), from the evaluation stream's requirements for that case.
std::string explain_text(const Prepared& p, const Evaluation& evaluation, CaseIx c, Date as_of, Format format,
                         std::string_view back = {});

// The case with this id (cases are sorted by id), or nullopt.
std::optional<CaseIx> find_case(const Dataset& data, std::string_view id);

}  // namespace ca
