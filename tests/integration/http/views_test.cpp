// What each role sees of a person, tested per role: the service firewall against an
// enforcement agency, a detention monitor's facilities, a consulate's own nationals (who
// asked, or whose State is mandatory — never a refugee who did not ask, never a status),
// and a caseworker's places.

#include <set>
#include <sstream>
#include <string>

#include "haven/access/permissions.h"
#include "haven/access/views.h"
#include "haven/demo/generator.h"
#include "haven/rules/profile.h"
#include "http_fixture.h"

namespace haven::http::testing {
namespace {

std::string ev(const std::string& type, const std::string& person, json fields = json::object()) {
  fields["type"] = type;
  fields["occurred_at"] = "2026-05-01T10:00:00Z";
  if (!person.empty()) fields["person_id"] = person;
  return fields.dump();
}

class ViewsTest : public HttpTest {
 protected:
  ServerOptions options() override {
    ServerOptions options = HttpTest::options();
    auto profile = std::make_shared<rules::Profile>(*rules::builtin_profile("international"));
    profile->consular.mandatory = {"GTM"};  // as under a bilateral treaty
    options.profile = profile;
    return options;
  }

  void SetUp() override {
    HttpTest::SetUp();
    // Honduran, detained at Tapachula, asked for her consulate; referred for medical care.
    record(registered("P-ASKED", "Ana", "Pérez", "HND"));
    record(detained("P-ASKED"));
    record(ev("consular.notification_requested", "P-ASKED", {{"requested", true}}));
    record(ev("referral.made", "P-ASKED",
              {{"referral_id", "R-1"}, {"service", "medical"}, {"consent", true}}));
    // Honduran asylum seeker, detained, who did not ask: HND is not mandatory anyway.
    record(registered("P-FLED", "José", "Reyes", "HND"));
    record(ev("person.updated", "P-FLED", {{"migration_status", "asylum_seeker"}}));
    record(detained("P-FLED"));
    // Guatemalans, detained elsewhere: GTM is on the mandatory list, but one fled.
    record(registered("P-GTM", "Luis", "Ajú", "GTM"));
    json siglo = json::parse(detained("P-GTM"));
    siglo["facility"] = "Siglo XXI";
    record(siglo.dump());
    record(registered("P-GTM-FLED", "Rosa", "Cux", "GTM"));
    record(ev("person.updated", "P-GTM-FLED", {{"migration_status", "refugee"}}));
    record(detained("P-GTM-FLED"));
    // Never detained, in Guatemala.
    json free = json::parse(registered("P-FREE", "Eva", "Ramos", "SLV"));
    free["location"] = {{"country", "GTM"}};
    record(free.dump());
  }

  // The status of reading `path` as `client`, and its body.
  std::pair<int, json> read(httplib::Client& client, const std::string& path) {
    auto res = client.Get(path.c_str());
    EXPECT_TRUE(res);
    if (!res) return {0, json()};
    return {res->status, json::parse(res->body, nullptr, false)};
  }

  std::vector<std::string> listed(httplib::Client& client) {
    auto [status, body] = read(client, "/api/v1/persons?limit=100");
    EXPECT_EQ(status, 200) << body.dump();
    std::vector<std::string> ids;
    for (const auto& person : body["persons"]) ids.push_back(person["person_id"]);
    return ids;
  }

  static std::vector<std::string> timeline_types(const json& body) {
    std::vector<std::string> types;
    for (const auto& event : body["timeline"]) types.push_back(event["type"]);
    return types;
  }

  void mark_enforcement(const std::string& agency) {
    auto batch = store_->begin_write();
    ASSERT_TRUE(batch.ok());
    ASSERT_TRUE((*batch)->put_setting(std::string(access::kEnforcementAgenciesSetting),
                                      json::array({agency}).dump()));
    ASSERT_TRUE((*batch)->commit());
  }

  std::string consul(const std::string& state) {
    const std::string name = "consul." + state;
    {
      auto batch = store_->begin_write();  // released before token_for writes
      EXPECT_TRUE(batch.ok());
      EXPECT_TRUE((*batch)->put_user(
          {name, "consular_officer", "Consulate of " + state, "[]", "!", false, false, 0, state}));
      EXPECT_TRUE((*batch)->commit());
    }
    return token_for(name, "consular_officer");
  }
};

TEST_F(ViewsTest, AConsulateSeesOnlyItsNationalsWhoAskedOrAreMandatoryAndNeverAStatus) {
  auto honduras = client_with(consul("HND"));
  EXPECT_EQ(listed(*honduras), std::vector<std::string>{"P-ASKED"});
  auto [status, body] = read(*honduras, "/api/v1/persons/P-ASKED");
  ASSERT_EQ(status, 200) << body.dump();
  const json& person = body["person"];
  EXPECT_EQ(person["given_name"], "Ana");
  EXPECT_TRUE(person.contains("detention_episodes"));
  EXPECT_TRUE(person.contains("consular"));
  EXPECT_FALSE(person.contains("migration_status"));
  EXPECT_FALSE(person.contains("referrals"));
  EXPECT_FALSE(person.contains("vulnerabilities"));
  for (const std::string& type : timeline_types(body)) {
    EXPECT_FALSE(type.starts_with("referral.")) << type;
  }
  // The asylum seeker, who did not ask, does not exist for their consulate.
  EXPECT_EQ(read(*honduras, "/api/v1/persons/P-FLED").first, 404);
  EXPECT_EQ(read(*honduras, "/api/v1/persons/P-GTM").first, 404);

  // Guatemala is on the mandatory list: its consulate sees its detained national who did
  // not ask — but not the refugee among them.
  auto guatemala = client_with(consul("GTM"));
  EXPECT_EQ(listed(*guatemala), std::vector<std::string>{"P-GTM"});
  EXPECT_EQ(read(*guatemala, "/api/v1/persons/P-GTM-FLED").first, 404);
  EXPECT_EQ(read(*guatemala, "/api/v1/cases").first, 403);
}

TEST_F(ViewsTest, ADetentionMonitorSeesDetentionNotServicesAndOnlyTheirFacilities) {
  auto monitor = client_with(token_for("mona", "detention_monitor"));
  EXPECT_EQ(listed(*monitor),
            (std::vector<std::string>{"P-ASKED", "P-FLED", "P-GTM", "P-GTM-FLED"}));
  EXPECT_EQ(read(*monitor, "/api/v1/persons/P-FREE").first, 404);  // never detained
  auto [status, body] = read(*monitor, "/api/v1/persons/P-ASKED");
  ASSERT_EQ(status, 200);
  EXPECT_TRUE(body["person"].contains("detention_episodes"));
  EXPECT_FALSE(body["person"].contains("referrals"));
  EXPECT_FALSE(body["person"].contains("screenings"));
  for (const std::string& type : timeline_types(body)) {
    EXPECT_FALSE(type.starts_with("referral.")) << type;
  }
  EXPECT_EQ(read(*monitor, "/api/v1/referrals/R-1").first, 403);
  EXPECT_EQ(read(*monitor, "/api/v1/cases").first, 403);

  auto siglo = client_with(token_for("sami", "detention_monitor", {"Siglo XXI"}));
  EXPECT_EQ(listed(*siglo), std::vector<std::string>{"P-GTM"});
}

TEST_F(ViewsTest, TheFirewallHidesServicesFromAnEnforcementAgencyWhateverItsRole) {
  auto officer = client_with(token_for("border.officer", "caseworker", {}, "Border Police"));
  auto [before, whole] = read(*officer, "/api/v1/persons/P-ASKED");
  ASSERT_EQ(before, 200);
  EXPECT_TRUE(whole["person"].contains("referrals"));  // not yet marked

  mark_enforcement("Border Police");
  auto [status, body] = read(*officer, "/api/v1/persons/P-ASKED");
  ASSERT_EQ(status, 200);
  EXPECT_FALSE(body["person"].contains("referrals"));
  EXPECT_FALSE(body["person"].contains("screenings"));
  EXPECT_TRUE(body["person"].contains("detention_episodes"));
  for (const std::string& type : timeline_types(body)) {
    EXPECT_FALSE(type.starts_with("referral.")) << type;
  }
  for (const char* path :
       {"/api/v1/cases", "/api/v1/queue", "/api/v1/referrals", "/api/v1/referrals/R-1"}) {
    auto res = officer->Get(path);
    expect_problem(res, 403, "forbidden");
    EXPECT_NE(res->body.find("firewall"), std::string::npos) << path;
  }
  // A caseworker of another agency keeps the whole record.
  auto civilian = client_with(token_for("ngo.worker", "caseworker", {}, "Casa Alianza"));
  EXPECT_TRUE(read(*civilian, "/api/v1/persons/P-ASKED").second["person"].contains("referrals"));
}

TEST_F(ViewsTest, ACaseworkerLimitedToPlacesSeesOnlyPersonsThere) {
  auto guatemala_desk = client_with(token_for("gt.desk", "caseworker", {"GTM"}));
  EXPECT_EQ(listed(*guatemala_desk), std::vector<std::string>{"P-FREE"});
  EXPECT_EQ(read(*guatemala_desk, "/api/v1/persons/P-ASKED").first, 404);
  // Records not yet filtered by place are refused rather than shown whole.
  for (const char* path : {"/api/v1/cases", "/api/v1/referrals/R-1", "/api/v1/incidents"}) {
    EXPECT_EQ(read(*guatemala_desk, path).first, 403) << path;
  }
}

TEST_F(ViewsTest, AConsulateNeverReadsAStatusInTheTimelineEither) {
  // The status recorded with an event is as telling as the one on the record.
  record(ev("person.updated", "P-ASKED", {{"migration_status", "irregular"}}));
  auto honduras = client_with(consul("HND"));
  auto [status, body] = read(*honduras, "/api/v1/persons/P-ASKED");
  ASSERT_EQ(status, 200) << body.dump();
  bool updated = false;
  for (const auto& event : body["timeline"]) {
    EXPECT_FALSE(event.contains("migration_status")) << event.dump();
    updated = updated || event["type"] == "person.updated";
  }
  EXPECT_TRUE(updated);
}

// A clinic's caseworker, and the persons referred to it and to others.
class ProviderViewTest : public ViewsTest {
 protected:
  void SetUp() override {
    ViewsTest::SetUp();
    for (const char* id : {"PR-MED", "PR-LEG"}) {
      json provider = {{"provider_id", id}, {"name", std::string("Provider ") + id}};
      provider["services"] = json::array({std::string(id) == "PR-MED" ? "medical" : "legal"});
      record(ev("provider.registered", "", provider));
    }
    // Irregular, screened, with a case; referred to the clinic without sharing her status,
    // and to the lawyers.
    record(registered("P-REF", "Amal", "Nasser", "SYR"));
    record(ev("person.updated", "P-REF", {{"migration_status", "irregular"}}));
    record(ev("screening.recorded", "P-REF",
              {{"form", "washington_group_short_set"},
               {"answers",
                {{"seeing", "no_difficulty"},
                 {"hearing", "no_difficulty"},
                 {"walking", "a_lot_of_difficulty"},
                 {"cognition", "no_difficulty"},
                 {"self_care", "no_difficulty"},
                 {"communication", "no_difficulty"}}}}));
    record(ev("case.opened", "P-REF", {{"case_id", "C-REF"}, {"agency", "Test agency"}}));
    record(ev("referral.made", "P-REF",
              {{"referral_id", "R-MED"},
               {"service", "medical"},
               {"provider_id", "PR-MED"},
               {"consent", true}}));
    record(ev("referral.made", "P-REF",
              {{"referral_id", "R-LEG"},
               {"service", "legal"},
               {"provider_id", "PR-LEG"},
               {"consent", true},
               {"share_migration_status", true}}));
    // Referred to the clinic and agreed it may know her status.
    record(registered("P-SHARED", "Hiba", "Saleh", "SYR"));
    record(ev("person.updated", "P-SHARED", {{"migration_status", "irregular"}}));
    record(ev("referral.made", "P-SHARED",
              {{"referral_id", "R-MED-2"},
               {"service", "medical"},
               {"provider_id", "PR-MED"},
               {"consent", true},
               {"share_migration_status", true}}));
    // Referred to the clinic, then withdrew consent.
    record(registered("P-WITHDREW", "Omar", "Haddad", "SYR"));
    record(ev("referral.made", "P-WITHDREW",
              {{"referral_id", "R-MED-3"},
               {"service", "medical"},
               {"provider_id", "PR-MED"},
               {"consent", true}}));
    record(ev("referral.consent_withdrawn", "", {{"referral_id", "R-MED-3"}}));
  }

  std::string clinic() {
    const std::string name = "clinic.nurse";
    {
      auto batch = store_->begin_write();  // released before token_for writes
      EXPECT_TRUE(batch.ok());
      EXPECT_TRUE((*batch)->put_user(
          {name, "service_provider", "Clinica", "[]", "!", false, false, 0, "PR-MED"}));
      EXPECT_TRUE((*batch)->commit());
    }
    return token_for(name, "service_provider");
  }
};

TEST_F(ProviderViewTest, AProviderSeesItsReferredPersonsAndItsOwnReferralsOnly) {
  auto nurse = client_with(clinic());
  auto [status, body] = read(*nurse, "/api/v1/persons/P-REF");
  ASSERT_EQ(status, 200) << body.dump();
  const json& person = body["person"];
  EXPECT_EQ(person["given_name"], "Amal");
  EXPECT_TRUE(person.contains("vulnerabilities"));
  ASSERT_EQ(person["referrals"].size(), 1u) << person.dump();
  EXPECT_EQ(person["referrals"][0]["referral_id"], "R-MED");
  EXPECT_FALSE(person.contains("screenings"));
  EXPECT_FALSE(person.contains("detention_episodes"));
  for (const auto& event : body["timeline"]) {
    const std::string type = event["type"];
    EXPECT_FALSE(type.starts_with("screening.") || type.starts_with("case.")) << type;
    if (type.starts_with("referral.")) {
      EXPECT_EQ(event["referral_id"], "R-MED");
    }
  }
  // Nobody else's: not the other referrals, nor the registry, nor the withdrawn or unreferred.
  EXPECT_EQ(read(*nurse, "/api/v1/persons/P-WITHDREW").first, 404);
  EXPECT_EQ(read(*nurse, "/api/v1/persons/P-ASKED").first, 404);
  EXPECT_EQ(read(*nurse, "/api/v1/persons").first, 403);
  auto [listed_status, referrals] = read(*nurse, "/api/v1/referrals");
  ASSERT_EQ(listed_status, 200) << referrals.dump();
  std::set<std::string> ids;
  for (const auto& referral : referrals["referrals"]) ids.insert(referral["referral_id"]);
  EXPECT_EQ(ids, (std::set<std::string>{"R-MED", "R-MED-2", "R-MED-3"}));
  EXPECT_EQ(read(*nurse, "/api/v1/referrals?provider=PR-LEG").first, 403);
  EXPECT_EQ(read(*nurse, "/api/v1/referrals/R-LEG").first, 404);
  EXPECT_EQ(read(*nurse, "/api/v1/referrals/R-MED").first, 200);
}

TEST_F(ProviderViewTest, MigrationStatusReachesAProviderOnlyWithThePersonsConsent) {
  auto nurse = client_with(clinic());
  auto [status, body] = read(*nurse, "/api/v1/persons/P-REF");
  ASSERT_EQ(status, 200) << body.dump();
  EXPECT_FALSE(body["person"].contains("migration_status"));
  for (const auto& event : body["timeline"]) {
    EXPECT_FALSE(event.contains("migration_status")) << event.dump();
  }
  // She agreed to share it with the lawyers, not the clinic: her other referral does not
  // carry her consent over.
  auto [shared_status, shared] = read(*nurse, "/api/v1/persons/P-SHARED");
  ASSERT_EQ(shared_status, 200) << shared.dump();
  EXPECT_EQ(shared["person"]["migration_status"], "irregular");
}

TEST_F(ViewsTest, EveryFieldOfADemoPersonBelongsToAPart) {
  // A field in no part is hidden from every restricted view: a new field must be given a
  // part on purpose, so that it neither leaks nor silently disappears.
  std::stringstream demo;
  ASSERT_TRUE(demo::write_demo({.persons = 200, .now = clock_.now()}, demo));
  auto report = ledger_->record_lines(demo, {});
  ASSERT_TRUE(report.ok());
  ASSERT_TRUE(report->errors.empty());
  std::set<std::string> fields;
  store::PersonQuery everyone;
  everyone.limit = 1000;
  auto page = store_->find_persons(everyone);
  ASSERT_TRUE(page.ok());
  for (const auto& document : page->documents) {
    const json person = json::parse(document);
    for (const auto& item : person.items()) fields.insert(item.key());
  }
  EXPECT_GT(fields.size(), 20u);
  for (const auto& field : fields) {
    EXPECT_NE(access::permissions().part_of_field(field), nullptr)
        << field << " is in no part of data/access/permissions.txt";
  }
}

}  // namespace
}  // namespace haven::http::testing
