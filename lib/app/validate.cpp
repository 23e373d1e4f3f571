// placeholder: run_validate is written with the loaders
#include "app/commands.h"
#include <ostream>
namespace ca {
int run_validate(const ValidateOptions&, std::ostream&, std::ostream& err) { err << "caseaudit: validate is not built yet\n"; return 2; }
}  // namespace ca
