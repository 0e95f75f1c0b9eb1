// haven: the command line of the Haven protection information system. Parses flags, calls
// the library, maps errors to exit codes (STYLE.md rule 8).

#include <cstdlib>
#include <iostream>

#include "commands.h"

int main(int argc, char** argv) {
  using namespace haven::cli;
  CLI::App app{
      "Haven: protection casework, detention oversight and statistics for migrants\n"
      "(UN General Assembly resolution 66/172).\n\n"
      "Start with:  haven init   then   haven demo --persons 500   then   haven serve"};
  app.set_version_flag("--version", "haven 0.1.0");
  app.require_subcommand(1);
  app.fallthrough();

  GlobalOptions global;
  if (const char* env = std::getenv("HAVEN_DB")) global.db = env;
  app.add_option("--db", global.db, "SQLite database file (or set HAVEN_DB)")
      ->capture_default_str();
  if (const char* env = std::getenv("HAVEN_KEY_FILE")) global.key_file = env;
  app.add_option("--key-file", global.key_file,
                 "File of the database's encryption keys (or set HAVEN_KEY_FILE; default: the\n"
                 "database's path with .keys added). Keep it away from the database's backups.");
  if (const char* env = std::getenv("HAVEN_PURPOSE")) global.purpose = env;
  app.add_option("--purpose", global.purpose,
                 "Why you read these records, for the audit log (or set HAVEN_PURPOSE)");
  app.add_option("--format", global.format, "Output for people (table) or programs (json)")
      ->check(CLI::IsMember({"table", "json"}))
      ->capture_default_str();

  int exit = 0;
  add_init_command(app, global, exit);
  add_import_command(app, global, exit);
  add_export_command(app, global, exit);
  add_mmp_commands(*app.get_subcommand("import"), *app.get_subcommand("export"), global, exit);
  add_person_commands(app, global, exit);
  add_rebuild_command(app, global, exit);
  add_serve_command(app, global, exit);
  add_demo_command(app, global, exit);
  add_alerts_command(app, global, exit);
  add_case_commands(app, global, exit);
  add_services_commands(app, global, exit);
  add_forms_commands(app, global, exit);
  add_user_commands(app, global, exit);
  add_audit_commands(app, global, exit);
  add_agency_commands(app, global, exit);
  add_keys_commands(app, global, exit);
  add_retention_commands(app, global, exit);
  add_queue_command(app, global, exit);
  add_law_commands(app, global, exit);
  add_link_commands(app, global, exit);
  add_stats_command(app, global, exit);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // CLI11 prints the problem; every usage mistake exits 2, like other Unix tools.
    const int code = app.exit(e);
    return code == 0 ? 0 : 2;
  } catch (const std::exception& e) {
    std::cerr << "haven: internal error: " << e.what() << "\n";
    return 70;
  }
  return exit;
}
