// haven providers / referrals / tracing / returns: the services directory and referrals to it,
// candidates for a family tracing request, and a person's returns with the assessments they
// need. Providers, referrals and decisions are recorded as events (`haven import`).

#include <algorithm>
#include <functional>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "haven/casework/records.h"
#include "haven/casework/registry.h"
#include "haven/casework/returns.h"
#include "haven/casework/services.h"
#include "haven/casework/tracing.h"
#include "profile_choice.h"
#include "shown.h"

namespace haven::cli {
namespace {

using nlohmann::json;

void print_json_list(const std::vector<std::string>& documents) {
  std::cout << "[";
  for (std::size_t i = 0; i < documents.size(); ++i) std::cout << (i ? "," : "") << documents[i];
  std::cout << "]\n";
}

// `--flag` for the error's field, when it names a parameter.
Error as_flag(Error error) {
  if (!error.field.empty() && error.code == ErrorCode::kBadRequest)
    error.field = "--" + error.field;
  return error;
}

// A list command's work: the documents `find` gives, as JSON for programs, or for people
// a count of `noun`s and one row each.
// Logs a read of `record`s (`tracing request`), under the path the API gives them
// (/api/v1/tracing-requests) and `rest`; the services directory is public and not logged.
bool logged_read_of(Session& session, const GlobalOptions& global, const std::string& record,
                    const std::string& rest, int& exit) {
  if (record == "provider") return true;
  std::string path = "/api/v1/" + record + "s" + rest;
  std::replace(path.begin(), path.end(), ' ', '-');
  return logged_read(session, global, path, "", exit);
}

void print_list(const GlobalOptions& global, int& exit, const std::string& noun,
                const std::function<Result<std::vector<std::string>>(store::Store&)>& find,
                const std::function<void(const json&)>& row) {
  auto session = session_or_report(global, exit);
  if (!session) return;
  auto documents = find(*session->store);
  if (!documents) {
    exit = report_error(as_flag(documents.error()));
    return;
  }
  if (!logged_read_of(*session, global, noun, "", exit)) return;
  if (global.format == "json") return print_json_list(*documents);
  std::cout << documents->size() << " " << noun << (documents->size() == 1 ? "" : "s") << "\n";
  for (const auto& document : *documents) row(json::parse(document));
}

// `show ID`: one record's document, indented for people or as it is for programs.
void add_show_command(
    CLI::App& parent, const char* description, const std::string& record,
    Result<std::optional<std::string>> (store::Store::*look_up)(const std::string&),
    const GlobalOptions& global, int& exit) {
  auto id = std::make_shared<std::string>();
  auto* show = parent.add_subcommand("show", description);
  show->add_option("id", *id, "The " + record + "'s id")->required();
  show->callback([&global, &exit, id, record, look_up] {
    auto session = session_or_report(global, exit);
    if (!session) return;
    auto found =
        found_or_report(((*session->store).*look_up)(*id), "no " + record + " '" + *id + "'", exit);
    if (!found) return;
    if (!logged_read_of(*session, global, record, "/" + *id, exit)) return;
    std::cout << (global.format == "json" ? *found : json::parse(*found).dump(2)) << "\n";
  });
}

void add_provider_commands(CLI::App& app, const GlobalOptions& global, int& exit) {
  auto* cmd = app.add_subcommand("providers", "The services directory")->require_subcommand(1);
  auto filter = std::make_shared<casework::ProviderFilter>();
  auto* list = cmd->add_subcommand("list", "Providers giving a service, in a language, in a place");
  list->footer(
      "Examples:\n"
      "  haven providers list --service legal --language ar\n"
      "  haven providers list --country ITA\n\n"
      "Providers join the directory with provider.registered events (haven import).");
  list->add_option("--service", filter->service, "medical, psychosocial, legal, shelter, …");
  list->add_option("--language", filter->language, "ISO 639 code the provider works in");
  list->add_option("--country", filter->country, "ISO 3166-1 alpha-3 code of where it is");
  list->callback([&global, &exit, filter] {
    print_list(
        global, exit, "provider",
        [&](store::Store& store) { return casework::find_providers(store, *filter); },
        [](const json& p) {
          const json where = p.value("location", json::object());
          std::cout << "  " << std::left << std::setw(12) << text(p, "provider_id") << std::setw(31)
                    << text(p, "name") << " " << std::setw(28) << text(p, "services")
                    << std::setw(10) << text(p, "languages") << std::setw(20)
                    << (text(where, "country") + " " + text(where, "place")) << "capacity "
                    << (p.contains("capacity") ? text(p, "capacity") : "?") << "\n";
        });
  });
  add_show_command(*cmd, "One provider: services, languages, place, contact", "provider",
                   &store::Store::provider_document, global, exit);
}

void add_referral_commands(CLI::App& app, const GlobalOptions& global, int& exit) {
  auto* cmd = app.add_subcommand("referrals", "Referrals to services")->require_subcommand(1);
  auto query = std::make_shared<store::ReferralQuery>();
  auto* list = cmd->add_subcommand("list", "Referrals matching every filter given, oldest first");
  list->footer(
      "Examples:\n"
      "  haven referrals list --provider PR-1 --status made   waiting for PR-1's answer\n"
      "  haven referrals list --person P-17\n\n"
      "A referral is made with the person's consent (referral.made, consent: true); the\n"
      "provider accepts or declines, then completes it with its outcome; the person may\n"
      "withdraw consent (referral.consent_withdrawn), which ends the provider's access.");
  list->add_option("--provider", query->provider_id, "Only referrals to this provider");
  list->add_option("--person", query->person_id, "Only this person's referrals");
  list->add_option("--status", query->status,
                   "made (awaiting an answer), accepted, declined, "
                   "completed or withdrawn");
  list->add_option("--service", query->service, "Only this service");
  list->add_option("--limit", query->limit, "At most this many")
      ->check(CLI::Range(1, 1000))
      ->capture_default_str();
  list->callback([&global, &exit, query] {
    print_list(
        global, exit, "referral",
        [&](store::Store& store) { return casework::find_referrals(store, *query); },
        [](const json& r) {
          std::cout << "  " << std::left << std::setw(12) << text(r, "referral_id") << std::setw(12)
                    << text(r, "person_id") << std::setw(15) << text(r, "service") << std::setw(11)
                    << text(r, "status") << std::setw(27) << text(r, "made_at")
                    << (r.contains("provider_id") ? text(r, "provider_id") : text(r, "provider"))
                    << "\n";
        });
  });
  add_show_command(*cmd, "One referral: consent, status, outcome, access", "referral",
                   &store::Store::referral_document, global, exit);
}

void add_incident_commands(CLI::App& app, const GlobalOptions& global, int& exit) {
  auto* cmd = app.add_subcommand("incidents", "Crimes and violations against migrants")
                  ->require_subcommand(1);
  auto filter = std::make_shared<casework::IncidentFilter>();
  auto* list = cmd->add_subcommand("list", "Incidents matching every filter given, by id");
  list->footer(
      "Examples:\n"
      "  haven incidents list --category extortion --country LBY\n"
      "  haven incidents list --stage reported_to_authorities   never investigated yet\n"
      "  haven incidents list --route central_mediterranean\n\n"
      "Incidents are recorded as incident.reported events and move along the justice track\n"
      "with incident.progressed: reported_to_authorities, investigated, prosecuted,\n"
      "convicted, or closed_without_action (forward only).");
  list->add_option("--category", filter->category, "extortion, kidnapping, trafficking, …");
  list->add_option("--stage", filter->stage,
                   "reported, reported_to_authorities, investigated, prosecuted, convicted or "
                   "closed_without_action");
  list->add_option("--country", filter->country, "Where it happened (ISO 3166-1 alpha-3)");
  list->add_option("--route", filter->route, "The migration route recorded");
  list->add_option("--victim", filter->victim, "A registered person among the victims");
  list->add_option("--limit", filter->limit, "At most this many")
      ->check(CLI::Range(1, 1000))
      ->capture_default_str();
  list->callback([&global, &exit, filter] {
    print_list(
        global, exit, "incident",
        [&](store::Store& store) { return casework::find_incidents(store, *filter); },
        [](const json& i) {
          std::cout << "  " << std::left << std::setw(12) << text(i, "incident_id") << std::setw(24)
                    << text(i, "category") << std::setw(25) << text(i, "stage") << std::setw(6)
                    << text(i.value("location", json::object()), "country")
                    << text(i, "reported_at") << "\n";
        });
  });
  add_show_command(*cmd, "One incident: what, where, victims, source, justice track", "incident",
                   &store::Store::incident_document, global, exit);
}

void add_tracing_commands(CLI::App& app, const GlobalOptions& global, int& exit) {
  auto* cmd = app.add_subcommand("tracing", "Family tracing requests")->require_subcommand(1);
  auto status = std::make_shared<std::string>();
  auto limit_list = std::make_shared<int>(50);
  auto* list = cmd->add_subcommand("list", "Tracing requests, by id");
  list->add_option("--status", *status, "open, matched or reunified")
      ->check(CLI::IsMember({"open", "matched", "reunified"}));
  list->add_option("--limit", *limit_list, "At most this many")
      ->check(CLI::Range(1, 1000))
      ->capture_default_str();
  list->callback([&global, &exit, status, limit_list] {
    print_list(
        global, exit, "tracing request",
        [&](store::Store& store) {
          return casework::find_tracing_requests(store, *status, *limit_list);
        },
        [](const json& r) {
          const json sought = r.value("sought", json::object());
          std::cout << "  " << std::left << std::setw(12) << text(r, "request_id") << std::setw(11)
                    << text(r, "status") << std::setw(30)
                    << (text(sought, "given_name") + " " + text(sought, "family_name"))
                    << "asked by " << text(r, "requester") << "\n";
        });
  });
  add_show_command(*cmd, "One tracing request: who is sought, by whom, decisions",
                   "tracing request", &store::Store::tracing_document, global, exit);
  auto id = std::make_shared<std::string>();
  auto limit = std::make_shared<int>(20);
  auto* candidates = cmd->add_subcommand(
      "candidates", "Registered persons who may be the one a request seeks, best first");
  candidates->footer(
      "The record-linkage engine compares names (any script, diacritics ignored), birth\n"
      "date, sex and nationality; open requests that answer this one (two relatives\n"
      "seeking each other) are listed after. A caseworker confirms or rejects each "
      "(tracing.match_confirmed,\n"
      "tracing.match_rejected); a reunification that cites the request needs a confirmed\n"
      "match.\n\nExample:\n  haven tracing candidates TR-1");
  candidates->add_option("request", *id, "The tracing request's id")->required();
  candidates->add_option("--limit", *limit, "At most this many")
      ->check(CLI::Range(1, 1000))
      ->capture_default_str();
  candidates->callback([&global, &exit, id, limit] {
    auto session = session_or_report(global, exit);
    if (!session) return;
    // The CLI has no server's registry at hand: it reads one from the store.
    auto registry = casework::Registry::Open(*session->store);
    if (!registry) {
      exit = report_error(registry.error());
      return;
    }
    auto found = casework::tracing_candidates(*session->store, **registry, *id, *limit);
    if (!found) {
      exit = report_error(found.error());
      return;
    }
    auto mutual = casework::mutual_requests(*session->store, **registry, *id);
    if (!mutual) {
      exit = report_error(mutual.error());
      return;
    }
    // The command line reads the database whole: every person is shown.
    auto body = casework::candidates_json(*session->store, *id, *found, *mutual,
                                          [](const std::string& document) { return document; });
    if (!body) {
      exit = report_error(body.error());
      return;
    }
    if (global.format == "json") {
      std::cout << *body << "\n";
      return;
    }
    const json shown = json::parse(*body);
    std::cout << shown["candidates"].size() << " candidate(s) for " << *id << "\n";
    for (const auto& c : shown["candidates"]) {
      const json p = c.value("person", json::object());
      std::cout << "  " << std::fixed << std::setprecision(2) << c["probability"].get<double>()
                << "  " << std::left << std::setw(12) << text(c, "person_id") << std::setw(30)
                << (text(p, "given_name") + " " + text(p, "family_name")) << std::setw(12)
                << text(p, "birth_date") << std::setw(10)
                << (c["decision"].is_null() ? "" : text(c, "decision")) << text(c, "explanation")
                << "\n";
    }
    for (const auto& m : shown["mutual_requests"]) {
      std::cout << "  answers " << text(m, "request_id") << " (" << text(m, "relation") << ", "
                << std::fixed << std::setprecision(2) << m["probability"].get<double>() << ")\n";
    }
  });
}

void add_returns_command(CLI::App& app, const GlobalOptions& global, int& exit) {
  auto id = std::make_shared<std::string>();
  auto* cmd = app.add_subcommand(
      "returns", "A person's returns and the assessments each needs, done or missing");
  cmd->footer(
      "A child's return needs a best-interests assessment; a return of a person in a\n"
      "vulnerable situation needs a vulnerability assessment (or a screening) first\n"
      "(rules child.no_best_interests and return.vulnerable_unassessed).\n\n"
      "Example:\n  haven returns P-17");
  cmd->add_option("person", *id, "The person's id")->required();
  cmd->callback([&global, &exit, id] {
    auto session = session_or_report(global, exit);
    if (!session) return;
    auto profile = chosen_profile(*session, "");
    if (!profile) {
      exit = report_error(profile.error());
      return;
    }
    auto body = casework::returns_json(*session->store, *profile, *id, session->clock.now());
    if (!body) {
      exit = report_error(body.error());
      return;
    }
    if (global.format == "json") {
      std::cout << *body << "\n";
      return;
    }
    const json shown = json::parse(*body);
    if (shown["returns"].empty())
      std::cout << "No return planned or carried out for " << *id << "\n";
    for (const auto& r : shown["returns"]) {
      std::cout << "Return to " << text(r, "destination") << ": planned "
                << (r["planned_at"].is_null() ? "-" : text(r, "planned_at")) << ", completed "
                << (r["completed_at"].is_null() ? "-" : text(r, "completed_at")) << "\n";
      if (r["assessments"].empty()) std::cout << "  no assessment required\n";
      for (const auto& a : r["assessments"]) {
        std::cout << "  " << std::left << std::setw(28) << text(a, "kind") << std::setw(9)
                  << text(a, "status") << (a["done_by"].is_null() ? "" : "by " + text(a, "done_by"))
                  << "  (" << text(a, "cites") << ")\n";
      }
    }
  });
}

}  // namespace

void add_services_commands(CLI::App& app, const GlobalOptions& global, int& exit) {
  add_provider_commands(app, global, exit);
  add_referral_commands(app, global, exit);
  add_incident_commands(app, global, exit);
  add_tracing_commands(app, global, exit);
  add_returns_command(app, global, exit);
}

}  // namespace haven::cli
