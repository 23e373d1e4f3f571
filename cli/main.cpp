#include "cli/commands.h"

int main(int argc, char** argv) { return ca::cli_main(argc, argv); }
