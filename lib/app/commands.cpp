// placeholder until the app layer is written
#include "app/commands.h"
#include <iostream>
#include <unistd.h>
namespace ca {
int run_audit(const AuditOptions&, std::ostream&, std::ostream& err) { err << "not yet\n"; return 2; }
int run_validate(const ValidateOptions&, std::ostream&, std::ostream& err) { err << "not yet\n"; return 2; }
int run_standards_list(std::ostream&, std::ostream& err) { err << "not yet\n"; return 2; }
int run_standards_show(const std::string&, std::ostream&, std::ostream& err) { err << "not yet\n"; return 2; }
int run_standards_check(const std::vector<std::string>&, std::ostream&, std::ostream& err) { err << "not yet\n"; return 2; }
bool stdout_is_terminal() { return isatty(1); }
}
