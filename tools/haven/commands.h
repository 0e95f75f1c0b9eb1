#pragma once
// Each command registers itself on the CLI11 app; its callback stores the exit code.

#include <CLI/CLI.hpp>

#include "cli.h"

namespace haven::cli {

void add_init_command(CLI::App& app, const GlobalOptions& global, int& exit);
void add_import_command(CLI::App& app, const GlobalOptions& global, int& exit);
void add_export_command(CLI::App& app, const GlobalOptions& global, int& exit);
// import mmp | export mmp, added under `import` and `export` (cmd_mmp.cpp).
void add_mmp_commands(CLI::App& import, CLI::App& export_command, const GlobalOptions& global,
                      int& exit);
void add_person_commands(CLI::App& app, const GlobalOptions& global, int& exit);
// person merge | unmerge, added under `person` by add_person_commands (cmd_merge.cpp).
void add_merge_commands(CLI::App& person, const GlobalOptions& global, int& exit);
void add_rebuild_command(CLI::App& app, const GlobalOptions& global, int& exit);
void add_serve_command(CLI::App& app, const GlobalOptions& global, int& exit);
void add_demo_command(CLI::App& app, const GlobalOptions& global, int& exit);
void add_alerts_command(CLI::App& app, const GlobalOptions& global, int& exit);
void add_case_commands(CLI::App& app, const GlobalOptions& global, int& exit);
// providers, referrals, tracing candidates, returns (cmd_services.cpp).
void add_services_commands(CLI::App& app, const GlobalOptions& global, int& exit);
// forms list | show | add (cmd_screening.cpp).
void add_forms_commands(CLI::App& app, const GlobalOptions& global, int& exit);
// user add | list | disable | reset | token (cmd_users.cpp).
void add_user_commands(CLI::App& app, const GlobalOptions& global, int& exit);
// audit verify | list (cmd_audit.cpp).
void add_audit_commands(CLI::App& app, const GlobalOptions& global, int& exit);
// agency enforcement | list (cmd_agencies.cpp).
void add_agency_commands(CLI::App& app, const GlobalOptions& global, int& exit);
// retention apply (cmd_retention.cpp).
void add_retention_commands(CLI::App& app, const GlobalOptions& global, int& exit);
// keys rotate (cmd_keys.cpp).
void add_keys_commands(CLI::App& app, const GlobalOptions& global, int& exit);
void add_queue_command(CLI::App& app, const GlobalOptions& global, int& exit);
void add_law_commands(CLI::App& app, const GlobalOptions& global, int& exit);
// link file | files: duplicates and matches in partners' CSV files (no database needed);
// link dedupe: likely duplicates in the registry.
void add_link_commands(CLI::App& app, const GlobalOptions& global, int& exit);
void add_stats_command(CLI::App& app, const GlobalOptions& global, int& exit);
// law show | list | coverage, added under `law` by add_law_commands.
void add_law_catalogue_commands(CLI::App& law, const GlobalOptions& global, int& exit);

}  // namespace haven::cli
