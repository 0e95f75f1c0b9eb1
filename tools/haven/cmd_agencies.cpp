// haven agency enforcement NAME [--off] | agency list: which agencies are enforcement, and
// so stand outside the service firewall (data/access/permissions.txt, `firewall`).

#include <algorithm>
#include <iostream>
#include <nlohmann/json.hpp>
#include <set>

#include "commands.h"
#include "haven/access/accounts.h"
#include "haven/access/views.h"

namespace haven::cli {
namespace {

using nlohmann::json;

const std::string kSetting(access::kEnforcementAgenciesSetting);

Result<std::vector<std::string>> enforcement_agencies(store::Reader& reader) {
  auto setting = reader.setting(kSetting);
  if (!setting) return setting.error();
  std::vector<std::string> agencies;
  if (*setting) {
    const json list = json::parse(**setting, nullptr, false);
    if (list.is_array()) {
      for (const auto& agency : list) {
        if (agency.is_string()) agencies.push_back(agency);
      }
    }
  }
  return agencies;
}

}  // namespace

void add_agency_commands(CLI::App& app, const GlobalOptions& global, int& exit) {
  auto* cmd = app.add_subcommand("agency", "Agencies: which are enforcement (behind the firewall)")
                  ->require_subcommand(1);
  cmd->footer(
      "Users of an enforcement agency never see services, screening answers, referrals or case "
      "notes, whatever their role.\n\nExamples:\n"
      "  haven agency enforcement 'Border Police'\n"
      "  haven agency enforcement 'Border Police' --off\n"
      "  haven agency list");

  auto name = std::make_shared<std::string>();
  auto off = std::make_shared<bool>(false);
  auto* mark = cmd->add_subcommand("enforcement", "Mark an agency as enforcement (or --off)");
  mark->add_option("name", *name, "The agency, as users' --agency names it")->required();
  mark->add_flag("--off", *off, "Mark it as not enforcement any more");
  mark->callback([&global, &exit, name, off] {
    auto session = session_or_report(global, exit);
    if (!session) return;
    auto batch = session->store->begin_write();
    if (!batch) {
      exit = report_error(batch.error());
      return;
    }
    auto agencies = enforcement_agencies(**batch);
    if (!agencies) {
      exit = report_error(agencies.error());
      return;
    }
    std::erase(*agencies, *name);
    if (!*off) agencies->push_back(*name);
    std::sort(agencies->begin(), agencies->end());
    if (auto ok = (*batch)->put_setting(kSetting, json(*agencies).dump()); !ok) {
      exit = report_error(ok.error());
      return;
    }
    if (auto ok = (*batch)->commit(); !ok) {
      exit = report_error(ok.error());
      return;
    }
    std::cout << *name
              << (*off ? " is no longer marked as enforcement.\n"
                       : " is marked as enforcement: its users see nothing behind the service "
                         "firewall.\n");
  });

  auto* list = cmd->add_subcommand("list", "Every agency with users, and which are enforcement");
  list->callback([&global, &exit] {
    auto session = session_or_report(global, exit);
    if (!session) return;
    auto agencies = enforcement_agencies(*session->store);
    auto users = access::Accounts(*session->store).list();
    if (!agencies || !users) {
      exit = report_error(!agencies ? agencies.error() : users.error());
      return;
    }
    std::set<std::string> all(agencies->begin(), agencies->end());
    for (const auto& user : *users) all.insert(user.agency);
    for (const auto& agency : all) {
      const bool enforcement =
          std::find(agencies->begin(), agencies->end(), agency) != agencies->end();
      std::cout << "  " << agency << (enforcement ? "  (enforcement)" : "") << "\n";
    }
  });
}

}  // namespace haven::cli
