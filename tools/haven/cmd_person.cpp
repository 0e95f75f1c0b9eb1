// haven person show / haven persons search.

#include <cstdlib>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "haven/rights/subject_access.h"

namespace haven::cli {
namespace {

using nlohmann::json;

std::string text(const json& doc, const char* key) {
  const auto it = doc.find(key);
  if (it == doc.end() || it->is_null()) return "";
  if (it->is_string()) return it->get<std::string>();
  if (it->is_array()) {
    std::string out;
    for (const auto& item : *it)
      out += (out.empty() ? "" : ", ") + (item.is_string() ? item.get<std::string>() : item.dump());
    return out;
  }
  return it->dump();
}

std::string display_name(const json& p) {
  std::string name = text(p, "given_name") + " " + text(p, "family_name");
  if (name == " ") name = "(no name)";
  if (!text(p, "name_original").empty()) name += "  " + text(p, "name_original");
  return name;
}

void print_person(const json& p, const std::vector<std::string>& timeline) {
  auto row = [](const char* label, const std::string& value) {
    if (!value.empty()) std::cout << std::left << std::setw(18) << label << value << "\n";
  };
  row("Person", text(p, "person_id"));
  row("Name", display_name(p));
  row("Sex", text(p, "sex"));
  std::string born = text(p, "birth_date");
  if (p.contains("age") && p["age"].is_object()) {
    born += " (age " + std::string(p["age"]["estimated"].get<bool>() ? "about " : "") +
            std::to_string(p["age"]["years"].get<int>()) + ")";
  }
  row("Born", born);
  row("Nationalities", text(p, "nationalities"));
  row("Languages", text(p, "languages"));
  row("Status", text(p, "migration_status"));
  row("Vulnerabilities", text(p, "vulnerabilities"));
  row("Registered", text(p, "registered_at"));
  if (p.value("in_detention", false) && !p["detention_episodes"].empty()) {
    const auto& episode = p["detention_episodes"].back();
    row("In detention", text(episode, "facility") + " since " + text(episode, "started_at"));
  }
  if (!p["merged_into"].is_null()) row("Merged into", text(p, "merged_into"));
  std::cout << "\nTimeline (" << timeline.size() << " events)\n";
  for (const auto& line : timeline) {
    const json event = json::parse(line);
    std::cout << "  " << std::left << std::setw(27) << text(event, "occurred_at") << std::setw(33)
              << text(event, "type") << (event.value("voided", false) ? "(voided)" : "") << "\n";
  }
}

struct SearchFlags {
  std::string name;
  std::string nationality;
  std::string status;
  bool detained = false;
  int limit = 50;
};

struct ExportFlags {
  std::string person_id;
  bool html = false;
  std::string output;
};

// haven person export ID: a subject access request, logged to the audit log.
void add_person_export_command(CLI::App& person, const GlobalOptions& global, int& exit) {
  auto flags = std::make_shared<ExportFlags>();
  auto* cmd = person.add_subcommand(
      "export", "Everything held about one person (a subject access request), as JSON or HTML");
  cmd->add_option("id", flags->person_id, "The person's id")->required();
  cmd->add_flag("--html", flags->html, "A readable page to hand over, instead of JSON");
  cmd->add_option("--output", flags->output, "Write to this file instead of standard output");
  cmd->footer(
      "The export is written to the audit log (action `export`).\n\nExamples:\n"
      "  haven person export P-1 --html --output P-1.html\n"
      "  haven person export P-1 > P-1.json");
  cmd->callback([&global, &exit, flags] {
    auto session = session_or_report(global, exit);
    if (!session) return;
    auto exported =
        rights::subject_access_json(*session->ledger, flags->person_id, session->clock.now());
    if (!exported) {
      exit = report_error(exported.error());
      return;
    }
    // Nothing leaves without its entry in the log.
    if (auto ok = log_cli_action(*session, global, "export", "/api/v1/persons/" + flags->person_id,
                                 "subject access request", flags->html ? "html" : "json");
        !ok) {
      exit = report_error(ok.error());
      return;
    }
    const std::string text =
        flags->html ? rights::subject_access_html(*exported) : *exported + "\n";
    if (flags->output.empty()) {
      std::cout << text;
      return;
    }
    std::ofstream out(flags->output, std::ios::binary | std::ios::trunc);
    if (!(out << text) || !out.flush()) {
      exit = report_error(Error{ErrorCode::kIo, "output", "cannot write " + flags->output, 0});
      return;
    }
    std::cerr << "Wrote everything held about " << flags->person_id << " to " << flags->output
              << "\n";
  });
}

}  // namespace

void add_person_commands(CLI::App& app, const GlobalOptions& global, int& exit) {
  auto* person =
      app.add_subcommand("person", "Look at one person; join or part duplicate registrations")
          ->require_subcommand(1);
  auto person_id = std::make_shared<std::string>();
  auto* show = person->add_subcommand("show", "Show a person's record and timeline");
  show->add_option("id", *person_id, "The person's id")->required();
  show->callback([&global, &exit, person_id] {
    auto session = open_session(global, false);
    if (!session) {
      exit = report_error(session.error());
      return;
    }
    auto& ledger = *(*session)->ledger;
    auto doc = found_or_report(ledger.person(*person_id),
                               "no person '" + *person_id + "' is registered", exit);
    if (!doc) return;
    if (!logged_read(**session, global, "/api/v1/persons/" + *person_id, "", exit)) return;
    auto timeline = ledger.timeline(*person_id);
    if (!timeline) {
      exit = report_error(timeline.error());
      return;
    }
    if (global.format == "json") {
      std::cout << "{\"person\":" << *doc << ",\"timeline\":[";
      for (std::size_t i = 0; i < timeline->size(); ++i)
        std::cout << (i ? "," : "") << (*timeline)[i];
      std::cout << "]}\n";
      return;
    }
    print_person(json::parse(*doc), *timeline);
  });

  add_person_export_command(*person, global, exit);
  add_merge_commands(*person, global, exit);

  auto* persons = app.add_subcommand("persons", "Find persons")->require_subcommand(1);
  auto flags = std::make_shared<SearchFlags>();
  auto* search = persons->add_subcommand(
      "search", "Find persons by name, in any script; case and accents are ignored");
  search->add_option("name", flags->name, "Words of the name (all must match); empty for all");
  search->add_option("--nationality", flags->nationality, "ISO 3166-1 alpha-3, e.g. SYR");
  search->add_option("--status", flags->status, "Migration status, e.g. asylum_seeker");
  search->add_flag("--detained", flags->detained, "Only persons deprived of liberty now");
  search->add_option("--limit", flags->limit, "At most this many (1-1000)")->capture_default_str();
  search->callback([&global, &exit, flags] {
    auto session = open_session(global, false);
    if (!session) {
      exit = report_error(session.error());
      return;
    }
    ledger::Ledger::Search query;
    query.text = flags->name;
    query.nationality = flags->nationality;
    query.migration_status = flags->status;
    if (flags->detained) query.in_detention = true;
    query.limit = flags->limit;
    auto page = (*session)->ledger->find_persons(query);
    if (!page) {
      exit = report_error(page.error());
      return;
    }
    const std::string searched = "q=" + flags->name + "&nationality=" + flags->nationality +
                                 "&status=" + flags->status +
                                 (flags->detained ? "&detained=true" : "");
    if (!logged_read(**session, global, "/api/v1/persons", searched, exit)) return;
    if (global.format == "json") {
      std::cout << "[";
      for (std::size_t i = 0; i < page->documents.size(); ++i) {
        std::cout << (i ? "," : "") << page->documents[i];
      }
      std::cout << "]\n";
      return;
    }
    for (const auto& doc : page->documents) {
      const json p = json::parse(doc);
      std::cout << std::left << std::setw(12) << text(p, "person_id") << std::setw(50)
                << display_name(p) << std::setw(10) << text(p, "nationalities")
                << (p.value("in_detention", false) ? "detained" : "")
                << (p.value("merged_into", json()).is_string()
                        ? " merged into " + text(p, "merged_into")
                        : "")
                << "\n";
    }
    std::cerr << page->documents.size() << " found"
              << (page->next_after != 0 ? " (more: raise --limit)" : "") << ".\n";
  });
}

}  // namespace haven::cli
