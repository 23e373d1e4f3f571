#pragma once
// The exit statuses of every command (../shared/docs/data-contract.md,
// "4. Exit codes"), in the style of ninja's exit_status.h: commands return
// these, never a bare number.
namespace ca {

enum ExitStatus {
  kExitOk = 0,        // ran; nothing to report (audit: no breach, or --exit-zero; validate: no issue)
  kExitFindings = 1,  // ran and found something: audit a breach, validate an issue
  kExitFailure = 2,   // a usage error, input that could not be read, an invalid standard, a
                      // skipped row under --strict, a report that could not be written whole
  // The reader of standard output went away (a closed pipe: | head): the
  // command stops quietly and the process ends as if by SIGPIPE, as cat and
  // git do, so the shell sees 141. Never written to a file's report.
  kExitReaderGone = 141,
};

}  // namespace ca
