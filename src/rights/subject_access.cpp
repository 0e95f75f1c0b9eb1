#include "haven/rights/subject_access.h"

#include <nlohmann/json.hpp>

#include "haven/core/text.h"

namespace haven::rights {
namespace {

using nlohmann::ordered_json;

// Field names as words: `detention_episodes` → `detention episodes`.
std::string label(const std::string& key) {
  std::string out = key;
  for (char& c : out) {
    if (c == '_') c = ' ';
  }
  return out;
}

void render(const ordered_json& value, std::string& html) {
  if (value.is_object()) {
    if (value.empty()) return;
    html += "<dl>";
    for (const auto& [key, item] : value.items()) {
      if (item.is_null() || (item.is_array() && item.empty())) continue;
      html += "<dt>" + xml_escape(label(key)) + "</dt><dd>";
      render(item, html);
      html += "</dd>";
    }
    html += "</dl>";
  } else if (value.is_array()) {
    html += "<ol>";
    for (const auto& item : value) {
      html += "<li>";
      render(item, html);
      html += "</li>";
    }
    html += "</ol>";
  } else if (value.is_string()) {
    html += xml_escape(value.get<std::string>());
  } else if (value.is_boolean()) {
    html += value.get<bool>() ? "yes" : "no";
  } else {
    html += xml_escape(value.dump());
  }
}

Result<ordered_json> documents(const Result<std::vector<std::string>>& found) {
  if (!found) return found.error();
  ordered_json out = ordered_json::array();
  for (const auto& document : *found) out.push_back(ordered_json::parse(document));
  return out;
}

}  // namespace

Result<std::string> subject_access_json(ledger::Ledger& ledger, const std::string& person_id,
                                        Timestamp now) {
  auto person = ledger.person(person_id);
  if (!person) return person.error();
  if (!*person) {
    return Error{ErrorCode::kNotFound, "id", "no person '" + person_id + "' is registered", 0};
  }
  store::Store& store = ledger.store();
  auto events = store.events_of_person(person_id);
  if (!events) return events.error();
  store::CaseQuery cases;
  cases.person_id = person_id;
  cases.limit = 1000;
  auto case_documents = documents(store.find_cases(cases));
  if (!case_documents) return case_documents.error();
  store::ReferralQuery referrals;
  referrals.person_id = person_id;
  referrals.limit = 1000;
  auto referral_documents = documents(store.find_referrals(referrals));
  if (!referral_documents) return referral_documents.error();

  ordered_json timeline = ordered_json::array();
  for (const std::string& line : ledger::Ledger::timeline_of(std::move(*events))) {
    timeline.push_back(ordered_json::parse(line));
  }
  // Who has read or written the record through the API, from the audit log.
  ordered_json access = ordered_json::array();
  store::AuditQuery query;
  query.target = "/api/v1/persons/" + person_id;
  auto visited = store.for_each_audit(query, [&](const store::AuditRow& row) {
    access.push_back({{"at", format_rfc3339(Timestamp{row.at})},
                      {"user", row.user},
                      {"action", row.action},
                      {"purpose", row.purpose}});
    return true;
  });
  if (!visited) return visited.error();

  ordered_json out = {
      {"subject_access_request",
       {{"person_id", person_id},
        {"produced_at", format_rfc3339(now)},
        {"contents",
         "the person's record, every event recorded about them (corrections and voided events "
         "too), their cases and referrals, and every read or write of the record"}}},
      {"person", ordered_json::parse(**person)},
      {"events", std::move(timeline)},
      {"cases", std::move(*case_documents)},
      {"referrals", std::move(*referral_documents)},
      {"access_to_the_record", std::move(access)}};
  return out.dump(2, ' ', false, ordered_json::error_handler_t::replace);
}

std::string subject_access_html(const std::string& json_text) {
  const ordered_json data = ordered_json::parse(json_text);
  const std::string id = data["subject_access_request"].value("person_id", "");
  std::string html =
      "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
      "style-src 'unsafe-inline'\"><title>What Haven holds about " +
      xml_escape(id) +
      "</title><style>body{font:15px/1.5 system-ui,sans-serif;max-width:50em;margin:2em auto;"
      "padding:0 1em}dt{font-weight:600}dd{margin:0 0 .4em 1.2em}h2{border-bottom:1px solid "
      "#ccc;margin-top:2em}</style></head><body><h1>What Haven holds about " +
      xml_escape(id) + "</h1>";
  const char* sections[][2] = {{"subject_access_request", "About this copy"},
                               {"person", "The record"},
                               {"events", "Everything recorded, in order"},
                               {"cases", "Cases"},
                               {"referrals", "Referrals"},
                               {"access_to_the_record", "Who has read or written the record"}};
  for (const auto& [key, title] : sections) {
    html += "<h2>" + std::string(title) + "</h2>";
    const ordered_json& part = data[key];
    if (part.empty()) {
      html += "<p>None.</p>";
    } else {
      render(part, html);
    }
  }
  return html + "</body></html>\n";
}

}  // namespace haven::rights
