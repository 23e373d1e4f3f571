#pragma once
namespace ca {
// Parses the command line, runs the command, returns the exit code.
int cli_main(int argc, char** argv);
}  // namespace ca
