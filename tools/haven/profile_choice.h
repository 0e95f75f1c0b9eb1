#pragma once
// The installation's jurisdiction profile: fixed by `haven init --profile`, kept in the
// database (a built-in by name, a file by its text, so moving the file changes nothing),
// and overridden for one command by `--profile`.

#include <string>

#include "cli.h"
#include "haven/rules/profile.h"

namespace haven::cli {

// `override` when given (a built-in name or a file), else the installation's, else the
// built-in `international`.
Result<rules::Profile> chosen_profile(Session& session, const std::string& override);

// Checks the profile and records it as the installation's.
Result<rules::Profile> fix_profile(Session& session, const std::string& name_or_file);

}  // namespace haven::cli
