// placeholder: the standards commands are written with the standard parser
#include "app/commands.h"
#include <ostream>
namespace ca {
int run_standards_list(std::ostream&, std::ostream& err) { err << "caseaudit: not built yet\n"; return 2; }
int run_standards_show(const std::string&, std::ostream&, std::ostream& err) { err << "caseaudit: not built yet\n"; return 2; }
int run_standards_check(const std::vector<std::string>&, std::ostream&, std::ostream& err) { err << "caseaudit: not built yet\n"; return 2; }
}  // namespace ca
