// haven user add | list | disable | reset | token: the accounts of the people who use Haven.
// A password is printed once, when made; Haven keeps only its Argon2id hash.

#include <iomanip>
#include <iostream>

#include "commands.h"
#include "haven/access/accounts.h"

namespace haven::cli {
namespace {

struct AddFlags {
  access::User user;
  bool password_stdin = false;
};

std::string role_list() {
  std::string list;
  for (auto role : access::roles()) list += (list.empty() ? "" : ", ") + std::string(role);
  return list;
}

}  // namespace

void add_user_commands(CLI::App& app, const GlobalOptions& global, int& exit) {
  auto* cmd =
      app.add_subcommand("user", "Accounts of the people who use Haven")->require_subcommand(1);
  cmd->footer("Roles: " + role_list() +
              ".\n\nExamples:\n"
              "  haven user add lucia.gomez --role caseworker --agency 'Casa Alianza' --place MEX\n"
              "  haven user token reporting-script --days 30\n"
              "  haven user reset lucia.gomez");

  auto flags = std::make_shared<AddFlags>();
  auto* add = cmd->add_subcommand("add", "Create an account; prints a one-time password");
  add->add_option("name", flags->user.name, "The user name (letters, digits, . _ - @)")->required();
  add->add_option("--role", flags->user.role, "What the user may do: " + role_list())->required();
  add->add_option("--agency", flags->user.agency, "The agency the user works for")->required();
  add->add_option("--place", flags->user.places,
                  "Limit the user to a country (ISO alpha-3) or facility; repeat for several");
  add->add_option("--represents", flags->user.represents,
                  "For a consular officer: the State they represent (ISO alpha-3, e.g. HND).\n"
                  "For a service provider: the provider they work for (its directory id)");
  add->add_flag("--password-stdin", flags->password_stdin,
                "Read the password from standard input instead of making a one-time one");
  add->callback([&global, &exit, flags] {
    auto session = session_or_report(global, exit);
    if (!session) return;
    std::optional<std::string> password;
    if (flags->password_stdin) {
      std::string line;
      std::getline(std::cin, line);
      password = line;
    }
    access::Accounts accounts(*session->store);
    auto made = accounts.add(flags->user, password, session->clock.now());
    if (!made) {
      exit = report_error(made.error());
      return;
    }
    std::cout << "Created " << flags->user.name << " (" << flags->user.role << ", "
              << flags->user.agency << ").\n";
    if (!password) {
      std::cout << "One-time password, shown only now (changed at first sign-in): " << *made
                << "\n";
    }
  });

  auto* list = cmd->add_subcommand("list", "Every account, its role, agency and places");
  list->callback([&global, &exit] {
    auto session = session_or_report(global, exit);
    if (!session) return;
    access::Accounts accounts(*session->store);
    auto users = accounts.list();
    if (!users) {
      exit = report_error(users.error());
      return;
    }
    for (const auto& user : *users) {
      std::string places;
      for (const auto& place : user.places) places += (places.empty() ? "" : ",") + place;
      std::cout << "  " << std::left << std::setw(24) << user.name << std::setw(19) << user.role
                << std::setw(28) << user.agency << std::setw(12)
                << (places.empty() ? "anywhere" : places) << (user.disabled ? "disabled" : "")
                << "\n";
    }
  });

  auto name = std::make_shared<std::string>();
  auto* disable = cmd->add_subcommand("disable", "Stop an account signing in; ends its sessions");
  disable->add_option("name", *name, "The user name")->required();
  disable->callback([&global, &exit, name] {
    auto session = session_or_report(global, exit);
    if (!session) return;
    access::Accounts accounts(*session->store);
    if (auto ok = accounts.disable(*name); !ok) {
      exit = report_error(ok.error());
      return;
    }
    std::cout << *name << " is disabled; their sessions and tokens are revoked.\n";
  });

  auto* reset = cmd->add_subcommand("reset", "A new one-time password; ends every session");
  reset->add_option("name", *name, "The user name")->required();
  reset->callback([&global, &exit, name] {
    auto session = session_or_report(global, exit);
    if (!session) return;
    access::Accounts accounts(*session->store);
    auto password = accounts.reset(*name);
    if (!password) {
      exit = report_error(password.error());
      return;
    }
    std::cout << "One-time password for " << *name << ", shown only now: " << *password << "\n";
  });

  auto days = std::make_shared<int>(30);
  auto* token = cmd->add_subcommand("token", "A bearer token for API clients and scripts");
  token->add_option("name", *name, "The user the token acts as")->required();
  token->add_option("--days", *days, "How long it lasts (1-366)")->capture_default_str();
  token->callback([&global, &exit, name, days] {
    auto session = session_or_report(global, exit);
    if (!session) return;
    access::Accounts accounts(*session->store);
    auto issued = accounts.issue_token(*name, *days, session->clock.now());
    if (!issued) {
      exit = report_error(issued.error());
      return;
    }
    // Only the token goes to standard output, so a script can capture it.
    std::cerr << "Token for " << *name << ", valid " << *days
              << " days (send as 'Authorization: Bearer …'; shown only now):\n";
    std::cout << *issued << "\n";
  });
}

}  // namespace haven::cli
