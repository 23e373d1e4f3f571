// placeholder: run_audit is written with the report module
#include "app/commands.h"
#include <ostream>
namespace ca {
int run_audit(const AuditOptions&, std::ostream&, std::ostream& err) { err << "caseaudit: audit is not built yet\n"; return 2; }
}  // namespace ca
