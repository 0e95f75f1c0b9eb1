// The casework stories of issue 5, end to end through the API: a trafficking victim screened
// and referred with consent; an unaccompanied child traced by an aunt and reunified; an
// extortion incident on a route taken to prosecution. And the refusals a caseworker meets,
// each a clear error with nothing written.

#include "integration/http/http_fixture.h"

namespace haven::http::testing {
namespace {

std::string ev(const std::string& type, const std::string& at, json fields) {
  fields["type"] = type;
  fields["occurred_at"] = at;
  return fields.dump();
}

std::string batch(std::initializer_list<std::string> events) {
  std::string out = "[";
  for (const auto& event : events) out += (out.size() > 1 ? "," : "") + event;
  return out + "]";
}

class StoriesTest : public HttpTest {
 protected:
  json ok_get(const std::string& path) {
    auto res = get(path);
    EXPECT_TRUE(res);
    if (!res) return json();
    EXPECT_EQ(res->status, 200) << path << ": " << res->body;
    return json::parse(res->body, nullptr, false);
  }
  std::int64_t events() {
    auto counts = store_->counts();
    return counts.ok() ? counts->events : -1;
  }
};

TEST_F(StoriesTest, ATraffickingVictimIsScreenedAndReferredWithConsent) {
  // The directory: three providers, each of one kind of help the victim is owed (op.7).
  record(batch({
      ev("provider.registered", "2026-01-10T09:00:00Z",
         {{"provider_id", "PR-MED"},
          {"name", "Clinica San Marco"},
          {"services", {"medical"}},
          {"languages", {"it", "en"}},
          {"location", {{"country", "ITA"}, {"place", "Palermo"}}},
          {"capacity", 40},
          {"contact", "+39 091 000 000"}}),
      ev("provider.registered", "2026-01-10T09:05:00Z",
         {{"provider_id", "PR-PSY"},
          {"name", "Centro Astalli"},
          {"services", {"psychosocial"}},
          {"languages", {"it", "en", "fr"}},
          {"location", {{"country", "ITA"}, {"place", "Palermo"}}}}),
      ev("provider.registered", "2026-01-10T09:10:00Z",
         {{"provider_id", "PR-LEG"},
          {"name", "ASGI legal clinic"},
          {"services", {"legal"}},
          {"languages", {"it", "en"}},
          {"location", {{"country", "ITA"}, {"place", "Palermo"}}}}),
      ev("person.registered", "2026-03-01T21:00:00Z",
         {{"person_id", "T-1"},
          {"given_name", "Blessing"},
          {"family_name", "Okafor"},
          {"sex", "F"},
          {"birth_date", "2001"},
          {"nationalities", {"NGA"}},
          {"location", {{"country", "ITA"}, {"place", "Casa Rifugio, Palermo"}}}}),
  }));
  // Screened with the ILO indicators: Haven works out what the answers mean.
  json answers = {{"abuse_of_vulnerability", true},
                  {"deception", true},
                  {"restriction_of_movement", true},
                  {"isolation", true},
                  {"physical_sexual_violence", false},
                  {"intimidation_threats", true},
                  {"retention_of_documents", true},
                  {"withholding_of_wages", true},
                  {"debt_bondage", true},
                  {"abusive_conditions", true},
                  {"excessive_overtime", false},
                  {"recruited_for_this_work", true}};
  record(
      ev("screening.recorded", "2026-03-02T10:00:00Z",
         {{"person_id", "T-1"}, {"form", "ilo_forced_labour_indicators"}, {"answers", answers}}));
  json person = ok_get("/api/v1/persons/T-1")["person"];
  const json vulnerabilities = person["vulnerabilities"];
  EXPECT_NE(std::find(vulnerabilities.begin(), vulnerabilities.end(), "forced_labour"),
            vulnerabilities.end())
      << person.dump();
  EXPECT_NE(std::find(vulnerabilities.begin(), vulnerabilities.end(), "debt_bondage"),
            vulnerabilities.end());
  ASSERT_EQ(person["flags"].size(), 1U) << person.dump();
  EXPECT_EQ(person["flags"][0]["flag"], "possible_trafficking");
  EXPECT_FALSE(person["vulnerability_reasons"][0]["reason"].get<std::string>().empty());
  EXPECT_EQ(person["screenings"][0]["version"], 1);
  // She is formally identified as a victim: Haven now owes her help (op.7).
  record(ev("vulnerability.assessed", "2026-03-03T10:00:00Z",
            {{"person_id", "T-1"},
             {"vulnerabilities", {"trafficking_victim", "forced_labour", "debt_bondage"}}}));

  // Providers of each kind of help in her city, found in the directory.
  const json medical = ok_get("/api/v1/providers?service=medical&country=ITA");
  ASSERT_EQ(medical["providers"].size(), 1U);
  EXPECT_EQ(medical["providers"][0]["provider_id"], "PR-MED");
  EXPECT_EQ(ok_get("/api/v1/providers?language=fr")["providers"].size(), 1U);

  // Referred with her consent to each, without her migration status.
  int n = 0;
  for (const auto& [service, provider] :
       {std::pair{"medical", "PR-MED"}, std::pair{"psychosocial", "PR-PSY"},
        std::pair{"legal", "PR-LEG"}}) {
    record(ev("referral.made", "2026-03-03T11:0" + std::to_string(n++) + ":00Z",
              {{"referral_id", std::string("R-") + service},
               {"person_id", "T-1"},
               {"service", service},
               {"provider_id", provider},
               {"consent", true},
               {"share_migration_status", false}}));
  }
  const json waiting = ok_get("/api/v1/referrals?provider=PR-LEG&status=made");
  ASSERT_EQ(waiting["referrals"].size(), 1U);
  EXPECT_EQ(waiting["referrals"][0]["referral_id"], "R-legal");
  EXPECT_TRUE(waiting["referrals"][0]["provider_has_access"].get<bool>());
  EXPECT_FALSE(waiting["referrals"][0]["share_migration_status"].get<bool>());

  // Each accepts and completes, with its outcome.
  for (const char* service : {"medical", "psychosocial", "legal"}) {
    const std::string id = std::string("R-") + service;
    record(batch({ev("referral.accepted", "2026-03-04T09:00:00Z", {{"referral_id", id}}),
                  ev("referral.completed", "2026-03-20T09:00:00Z",
                     {{"referral_id", id}, {"outcome", std::string(service) + " help given"}})}));
  }
  EXPECT_TRUE(ok_get("/api/v1/referrals?provider=PR-LEG&status=made")["referrals"].empty());
  const json done = ok_get("/api/v1/referrals?person=T-1&status=completed");
  EXPECT_EQ(done["referrals"].size(), 3U);
  const json legal = ok_get("/api/v1/referrals/R-legal");
  EXPECT_EQ(legal["outcome"], "legal help given");
  EXPECT_FALSE(legal["provider_has_access"].get<bool>());
  // With every kind of help referred, no alert for help owed to the victim is open.
  const json victim = ok_get("/api/v1/persons/T-1");  // kept: the loop reads inside it
  for (const auto& alert : victim["alerts"]) {
    EXPECT_NE(alert["rule"], "victim.no_assistance") << alert.dump();
    EXPECT_NE(alert["rule"], "referral.unanswered") << alert.dump();
  }
}

TEST_F(StoriesTest, AnUnaccompaniedChildIsTracedByAnAuntAndReunified) {
  record(batch({
      ev("person.registered", "2026-04-02T06:30:00Z",
         {{"person_id", "C-17"},
          {"given_name", "Yonas"},
          {"family_name", "Tesfaye"},
          {"sex", "M"},
          {"birth_date", "2011"},
          {"birth_date_estimated", true},
          {"nationalities", {"ERI"}},
          {"location", {{"country", "ITA"}, {"place", "Lampedusa"}}}}),
      ev("child.unaccompanied", "2026-04-02T06:40:00Z", {{"person_id", "C-17"}}),
      // Two other registrations that look alike: an adult namesake and another boy.
      ev("person.registered", "2026-04-03T09:00:00Z",
         {{"person_id", "A-3"},
          {"given_name", "Yonas"},
          {"family_name", "Tesfay"},
          {"sex", "M"},
          {"birth_date", "1984"},
          {"nationalities", {"ERI"}}}),
      ev("person.registered", "2026-04-03T09:05:00Z",
         {{"person_id", "C-20"},
          {"given_name", "Yohannes"},
          {"family_name", "Tesfaye"},
          {"sex", "M"},
          {"birth_date", "2012"},
          {"nationalities", {"ETH"}}}),
      ev("guardian.appointed", "2026-04-03T10:00:00Z",
         {{"person_id", "C-17"}, {"guardian", "Avv. Maria Russo"}}),
      ev("case.opened", "2026-04-03T10:30:00Z",
         {{"case_id", "K-17"},
          {"person_id", "C-17"},
          {"agency", "Save the Children Italia"},
          {"caseworker", "Giulia Bianchi"}}),
      ev("case.activated", "2026-04-03T10:31:00Z", {{"case_id", "K-17"}}),
      ev("best_interests.assessed", "2026-04-10T09:00:00Z",
         {{"person_id", "C-17"}, {"outcome", "family reunification with his aunt in Milan"}}),
      ev("person.registered", "2026-04-12T15:00:00Z",
         {{"person_id", "A-9"},
          {"given_name", "Saba"},
          {"family_name", "Tesfaye"},
          {"sex", "F"},
          {"nationalities", {"ERI"}}}),
      ev("tracing.requested", "2026-04-12T15:10:00Z",
         {{"request_id", "TR-5"},
          {"sought",
           {{"given_name", "Yonas"},
            {"family_name", "Tesfaye"},
            {"sex", "M"},
            {"birth_date", "2011"},
            {"nationality", "ERI"}}},
          {"requester", "A-9"}}),
  }));

  // The candidates: the child first; the adult namesake, if suggested at all, is less likely
  // for his age.
  json found = ok_get("/api/v1/tracing-candidates/TR-5");
  ASSERT_FALSE(found["candidates"].empty()) << found.dump();
  EXPECT_EQ(found["candidates"][0]["person_id"], "C-17") << found.dump();
  EXPECT_EQ(found["candidates"][0]["level"], "match") << found.dump();
  EXPECT_EQ(found["candidates"][0]["person"]["given_name"], "Yonas");
  for (const auto& c : found["candidates"]) {
    if (c["person_id"] == "A-3") {
      EXPECT_LT(c["probability"].get<double>(),
                found["candidates"][0]["probability"].get<double>());
    }
  }

  record(batch({
      ev("tracing.match_rejected", "2026-04-13T09:00:00Z",
         {{"request_id", "TR-5"},
          {"person_id", "A-3"},
          {"by", "Giulia Bianchi"},
          {"reason", "an adult born in 1984"}}),
      ev("tracing.match_confirmed", "2026-04-14T09:00:00Z",
         {{"request_id", "TR-5"},
          {"person_id", "C-17"},
          {"by", "Giulia Bianchi"},
          {"note", "recognised each other on a video call; birth certificate matches"}}),
      ev("family.linked", "2026-04-14T09:30:00Z",
         {{"person_id", "C-17"},
          {"relative_id", "A-9"},
          {"relation", "other_relative"},
          {"asserted_by", "A-9, confirmed by the child and a birth certificate"}}),
      ev("family.reunified", "2026-04-20T12:00:00Z",
         {{"person_id", "C-17"}, {"with", "A-9"}, {"request_id", "TR-5"}}),
      ev("case.closure_requested", "2026-04-21T09:00:00Z",
         {{"case_id", "K-17"}, {"reason", "reunified with his aunt; guardian informed"}}),
      ev("case.closure_approved", "2026-04-22T09:00:00Z",
         {{"case_id", "K-17"}, {"supervisor", "Dott. Luca Ferri"}}),
      ev("case.closed", "2026-04-22T09:05:00Z", {{"case_id", "K-17"}}),
  }));

  const json request = ok_get("/api/v1/tracing-requests/TR-5");
  EXPECT_EQ(request["status"], "reunified");
  EXPECT_EQ(request["reunified"]["person_id"], "C-17");
  const json decisions = ok_get("/api/v1/tracing-candidates/TR-5");
  for (const auto& c : decisions["candidates"]) {
    if (c["person_id"] == "A-3") {
      EXPECT_EQ(c["decision"], "rejected");
    }
    if (c["person_id"] == "C-17") {
      EXPECT_EQ(c["decision"], "confirmed");
    }
  }
  const json child = ok_get("/api/v1/persons/C-17")["person"];
  EXPECT_EQ(child["family_reunified"][0]["with"], "A-9");
  EXPECT_EQ(child["family_links"][0]["relative_id"], "A-9");
  EXPECT_EQ(child["child_protection"]["guardian"], "Avv. Maria Russo");
  const json aunt = ok_get("/api/v1/persons/A-9")["person"];
  EXPECT_EQ(aunt["family_links"][0]["relative_id"], "C-17");
  EXPECT_EQ(ok_get("/api/v1/cases/K-17")["status"], "closed");
}

TEST_F(StoriesTest, AnExtortionIncidentOnARouteIsTakenToProsecution) {
  record(batch({
      ev("person.registered", "2026-03-01T08:00:00Z",
         {{"person_id", "V-1"}, {"given_name", "Abdi"}, {"sex", "M"}, {"nationalities", {"SOM"}}}),
      ev("person.registered", "2026-03-01T08:10:00Z",
         {{"person_id", "V-2"}, {"given_name", "Hodan"}, {"sex", "F"}, {"nationalities", {"SOM"}}}),
      ev("incident.reported", "2026-03-02T10:00:00Z",
         {{"incident_id", "INC-4"},
          {"category", "extortion"},
          {"date", "2026-02"},
          {"date_estimated", true},
          {"location",
           {{"country", "LBY"},
            {"admin_area", "Misrata"},
            {"place", "Bani Walid"},
            {"latitude", 31.7566},
            {"longitude", 13.9942}}},
          {"route", "central_mediterranean"},
          {"victims", {"V-1", "V-2"}},
          {"females", 1},
          {"males", 1},
          {"perpetrator", "organised_crime"},
          {"description", "held for ransom in a warehouse; families paid by transfer"},
          {"source", "testimony of both victims to a legal clinic"},
          {"source_quality", 3}}),
  }));
  for (const char* stage : {"reported_to_authorities", "investigated", "prosecuted"}) {
    record(ev("incident.progressed",
              stage == std::string("reported_to_authorities") ? "2026-03-05T10:00:00Z"
              : stage == std::string("investigated")          ? "2026-03-20T10:00:00Z"
                                                              : "2026-05-02T10:00:00Z",
              {{"incident_id", "INC-4"}, {"stage", stage}}));
  }
  const json incident = ok_get("/api/v1/incidents/INC-4");
  EXPECT_EQ(incident["stage"], "prosecuted");
  EXPECT_EQ(incident["stages"].size(), 3U);
  EXPECT_EQ(incident["victims"], json({"V-1", "V-2"}));
  EXPECT_EQ(incident["route"], "central_mediterranean");
  EXPECT_EQ(incident["location"]["admin_area"], "Misrata");
  EXPECT_EQ(incident["source_quality"], 3);
  EXPECT_TRUE(incident["date_estimated"].get<bool>());

  // The track moves forward only.
  const auto before = events();
  expect_problem(post("/api/v1/events", ev("incident.progressed", "2026-05-03T10:00:00Z",
                                           {{"incident_id", "INC-4"}, {"stage", "investigated"}})),
                 409, "incident_state", "stage");
  EXPECT_EQ(events(), before);
}

TEST_F(StoriesTest, RefusalsSayWhyAndWriteNothing) {
  record(batch({
      ev("person.registered", "2026-03-01T08:00:00Z",
         {{"person_id", "P-1"}, {"given_name", "Ana"}}),
      ev("person.registered", "2026-03-01T08:00:00Z",
         {{"person_id", "P-2"}, {"given_name", "Ana"}}),
      ev("case.opened", "2026-03-01T09:00:00Z",
         {{"case_id", "K-1"}, {"person_id", "P-1"}, {"agency", "Shelter"}}),
      ev("case.closure_requested", "2026-03-02T09:00:00Z", {{"case_id", "K-1"}}),
      ev("tracing.requested", "2026-03-01T10:00:00Z",
         {{"request_id", "TR-1"},
          {"sought", {{"given_name", "Ana"}}},
          {"requester", "her mother"}}),
      ev("tracing.match_rejected", "2026-03-02T10:00:00Z",
         {{"request_id", "TR-1"},
          {"person_id", "P-2"},
          {"by", "Caseworker"},
          {"reason", "not her"}}),
  }));
  const auto before = events();
  // A referral without consent.
  expect_problem(post("/api/v1/events", ev("referral.made", "2026-03-03T09:00:00Z",
                                           {{"referral_id", "R-1"},
                                            {"person_id", "P-1"},
                                            {"service", "medical"},
                                            {"consent", false}})),
                 422, "consent_required", "consent");
  // Closing without a supervisor's approval.
  expect_problem(
      post("/api/v1/events", ev("case.closed", "2026-03-03T09:00:00Z", {{"case_id", "K-1"}})), 409,
      "case_state", "case_id");
  // A reunification resting on a rejected match.
  auto res = post("/api/v1/events",
                  ev("family.reunified", "2026-03-03T09:00:00Z",
                     {{"person_id", "P-2"}, {"with", "her mother"}, {"request_id", "TR-1"}}));
  expect_problem(res, 409, "tracing_state", "request_id");
  EXPECT_NE(res->body.find("rejected"), std::string::npos) << res->body;
  EXPECT_EQ(events(), before);
  EXPECT_TRUE(ok_get("/api/v1/persons/P-2")["person"]["family_reunified"].empty());
}

}  // namespace
}  // namespace haven::http::testing
