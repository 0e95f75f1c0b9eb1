#pragma once
// A real SQLite store in a temporary folder, a ledger on a fixed clock (2026-06-01T00:00Z)
// and the HTTP server on a free loopback port, driven by an httplib client signed in as an
// admin (a bearer token); token_for and client_with give other users.

#include <gtest/gtest.h>
#include <httplib.h>
#include <stdlib.h>

#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "haven/access/accounts.h"
#include "haven/core/time.h"
#include "haven/http/server.h"
#include "haven/keys/keyring.h"
#include "haven/ledger/ledger.h"
#include "haven/store/store.h"

namespace haven::http::testing {

using nlohmann::json;

class HttpTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (std::filesystem::temp_directory_path() / "haven-http-XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
    auto store = store::Store::Open({.location = (dir_ / "t.db").string(), .keys = keys_});
    ASSERT_TRUE(store.ok()) << store.error().describe();
    store_ = std::move(*store);
    ledger_ = std::make_unique<ledger::Ledger>(*store_, clock_);
    server_ = std::make_unique<Server>(*ledger_, options());
    Status started = server_->start();
    ASSERT_TRUE(started.ok()) << started.error().describe();
    admin_token_ = token_for("test.admin", "admin");
    client_ = client_with(admin_token_);
  }

  // A user of `role` (created on first use) and a new API token of theirs.
  std::string token_for(const std::string& name, const std::string& role,
                        std::vector<std::string> places = {},
                        const std::string& agency = "Test agency") {
    access::Accounts accounts(*store_);
    if (!store_->user(name).value()) {
      // Written directly, with no password that could sign in: an Argon2id hash per test
      // would slow the suite and test nothing here.
      json listed = places;
      auto batch = store_->begin_write();
      EXPECT_TRUE(batch.ok());
      EXPECT_TRUE((*batch)->put_user(
          {name, role, agency, listed.dump(), "!", false, false, clock_.now().micros}));
      EXPECT_TRUE((*batch)->commit());
    }
    auto token = accounts.issue_token(name, 30, clock_.now());
    EXPECT_TRUE(token.ok()) << token.error().describe();
    return token.ok() ? *token : "";
  }

  // A client sending `token` as its bearer token (none when empty).
  std::unique_ptr<httplib::Client> client_with(const std::string& token) {
    auto client = std::make_unique<httplib::Client>("127.0.0.1", server_->port());
    client->set_read_timeout(30, 0);
    if (!token.empty()) client->set_bearer_token_auth(token.c_str());
    return client;
  }

  void TearDown() override {
    client_.reset();
    if (server_) server_->stop();
    server_.reset();
    ledger_.reset();
    store_.reset();
    std::error_code ignored;
    std::filesystem::remove_all(dir_, ignored);
  }

  virtual ServerOptions options() {
    ServerOptions options;
    options.port = 0;
    options.threads = 4;
    // The suites send hundreds of requests at once from one address; the limit has its own
    // test (access_test.cpp).
    options.requests_per_minute = 0;
    options.audit_head_file = (dir_ / "t.db.audit-head").string();
    return options;
  }

  httplib::Result post(const std::string& path, const std::string& body,
                       const std::string& content_type = "application/json") {
    return client_->Post(path.c_str(), body, content_type.c_str());
  }
  httplib::Result get(const std::string& path) { return client_->Get(path.c_str()); }

  // Records events and checks they were accepted.
  void record(const std::string& body) {
    auto res = post("/api/v1/events", body);
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 201) << res->body;
  }

  bool health_answers() {
    auto res = get("/health");
    return res && res->status == 200;
  }

  static json parse(const httplib::Result& res) { return json::parse(res->body); }

  static std::string registered(const std::string& id, const std::string& given,
                                const std::string& family, const std::string& nationality = "HND") {
    json event = {{"type", "person.registered"},
                  {"occurred_at", "2026-03-01T10:00:00+01:00"},
                  {"person_id", id},
                  {"given_name", given},
                  {"family_name", family},
                  {"sex", "M"},
                  {"birth_date", "1990"},
                  {"nationalities", json::array({nationality})}};
    return event.dump();
  }

  // An event of `type` about `person` at `at`, with `fields`.
  static std::string event_at(const std::string& type, const std::string& person,
                              const std::string& at, json fields = json::object()) {
    fields["type"] = type;
    fields["person_id"] = person;
    fields["occurred_at"] = at;
    return fields.dump();
  }

  static std::string detained(const std::string& id) {
    return json{{"type", "detention.started"},
                {"occurred_at", "2026-03-02T10:00:00Z"},
                {"person_id", id},
                {"facility", "Tapachula"}}
        .dump();
  }

  FixedClock clock_{parse_rfc3339("2026-06-01T00:00:00Z").value()};
  std::filesystem::path dir_;
  // The database is sealed, as a real one is.
  std::shared_ptr<keys::KeySource> keys_ = keys::KeySource::fixed(keys::Keyring::generate());
  std::unique_ptr<store::Store> store_;
  std::unique_ptr<ledger::Ledger> ledger_;
  std::unique_ptr<Server> server_;
  std::string admin_token_;
  std::unique_ptr<httplib::Client> client_;
};

// Checks the problem+json shape every error shares.
inline void expect_problem(const httplib::Result& res, int status, const std::string& code,
                           const std::string& field = "") {
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, status) << res->body;
  EXPECT_EQ(res->get_header_value("Content-Type"), "application/problem+json");
  json body = json::parse(res->body, nullptr, false);
  ASSERT_TRUE(body.is_object()) << res->body;
  EXPECT_EQ(body.value("status", 0), status);
  EXPECT_EQ(body.value("code", ""), code);
  EXPECT_FALSE(body.value("title", "").empty());
  EXPECT_FALSE(body.value("detail", "").empty());
  EXPECT_EQ(body.value("type", ""), "/problems/" + code);
  if (!field.empty()) {
    EXPECT_EQ(body.value("field", ""), field);
  }
}

}  // namespace haven::http::testing
