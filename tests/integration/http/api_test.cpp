// Routing, headers, health, the OpenAPI document, the error-code mapping, the server's
// life cycle, and inputs meant to crash it.

#include <algorithm>
#include <map>
#include <random>
#include <string>
#include <thread>

#include "haven/domain/vocabulary.h"
#include "http/routes.h"
#include "integration/http/http_fixture.h"

namespace haven {
// Names codes in test output instead of printing their bytes.
static void PrintTo(ErrorCode code, std::ostream* out) { *out << code_name(code); }
}  // namespace haven

namespace haven::http::testing {
namespace {

TEST_F(HttpTest, HealthAnswersOnBothPaths) {
  record("[" + registered("P-1", "Ana", "Pérez") + "," + detained("P-1") + "]");
  for (const char* path : {"/health", "/api/v1/health"}) {
    auto res = get(path);
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 200);
    json body = parse(res);
    EXPECT_EQ(body["status"], "ok");
    EXPECT_EQ(body["version"], "0.1.0");
    EXPECT_EQ(body["events"], 2);
    EXPECT_EQ(body["persons"], 1);
  }
}

TEST_F(HttpTest, EveryResponseCarriesTheSecurityHeaders) {
  for (const char* path :
       {"/api/v1/health", "/api/v1/persons/P-404", "/api/v1/nothing", "/api/v1/openapi.json"}) {
    auto res = get(path);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->get_header_value("X-Content-Type-Options"), "nosniff") << path;
    EXPECT_EQ(res->get_header_value("Cache-Control"), "no-store") << path;
  }
  auto res = post("/api/v1/events", "{");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->get_header_value("X-Content-Type-Options"), "nosniff");
  EXPECT_EQ(res->get_header_value("Cache-Control"), "no-store");
}

TEST_F(HttpTest, UnknownRouteIsNotFound) {
  expect_problem(get("/api/v1/nothing"), 404, "not_found");
  expect_problem(get("/api/v1/persons/"), 404, "not_found");
  expect_problem(post("/api/v2/events", "{}"), 404, "not_found");
}

TEST_F(HttpTest, WrongMethodIsNotAllowed) {
  auto res = client_->Delete("/api/v1/persons/P-1");
  expect_problem(res, 405, "method_not_allowed");
  EXPECT_EQ(res->get_header_value("Allow"), "GET");
  res = get("/api/v1/events");
  expect_problem(res, 405, "method_not_allowed");
  EXPECT_EQ(res->get_header_value("Allow"), "POST");
  expect_problem(client_->Put("/api/v1/events", "{}", "application/json"), 405,
                 "method_not_allowed");
  res = client_->Options("/api/v1/events");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 204);
  EXPECT_EQ(res->get_header_value("Allow"), "POST, OPTIONS");
}

TEST_F(HttpTest, OpenApiDocumentsEveryRoute) {
  auto res = get("/api/v1/openapi.json");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200);
  json document = json::parse(res->body, nullptr, false);
  ASSERT_TRUE(document.is_object());
  EXPECT_EQ(document["openapi"], "3.0.3");
  ASSERT_FALSE(routes().empty());
  for (const Route& route : routes()) {
    std::string path(route.path);
    std::string method(route.method);
    std::transform(method.begin(), method.end(), method.begin(), ::tolower);
    ASSERT_TRUE(document["paths"].contains(path)) << path;
    EXPECT_TRUE(document["paths"][path].contains(method)) << method << " " << path;
    EXPECT_TRUE(document["paths"][path][method].contains("responses")) << path;
  }
  std::size_t operations = 0;
  for (const auto& [path, item] : document["paths"].items()) operations += item.size();
  EXPECT_EQ(operations, routes().size()) << "every documented operation is served";
  json schemas = document["components"]["schemas"];
  ASSERT_TRUE(schemas.contains("Problem"));
  EXPECT_TRUE(schemas["Problem"]["properties"].contains("code"));

  // Every event type of the vocabulary is in the request schema, with its required fields.
  json mapping = schemas["Event"]["discriminator"]["mapping"];
  EXPECT_EQ(mapping.size(), domain::event_types().size());
  for (const domain::EventTypeSpec& spec : domain::event_types()) {
    std::string type(spec.type);
    ASSERT_TRUE(mapping.contains(type)) << type;
    std::string ref = mapping[type];
    json schema = schemas[ref.substr(ref.rfind('/') + 1)];
    for (const domain::FieldSpec& field : spec.fields) {
      EXPECT_TRUE(schema["properties"].contains(std::string(field.name))) << type;
    }
  }
  EXPECT_EQ(openapi_document(), res->body);
}

// The expected status of every code, written out so that a change to the mapping is a
// deliberate change to this table too.
const std::map<std::string, int> kExpectedStatus = {
    {"invalid_json", 400},
    {"bad_request", 400},
    {"method_not_allowed", 405},
    {"invalid_field", 422},
    {"missing_field", 422},
    {"unknown_field", 422},
    {"unknown_event_type", 422},
    {"future_time", 422},
    {"unknown_person", 422},
    {"unknown_referral", 422},
    {"unknown_incident", 422},
    {"unknown_case", 422},
    {"unknown_event", 422},
    {"invalid_document", 422},
    {"duplicate_event", 409},
    {"duplicate_person", 409},
    {"duplicate_referral", 409},
    {"duplicate_incident", 409},
    {"duplicate_request", 409},
    {"duplicate_case", 409},
    {"case_state", 409},
    {"unknown_provider", 422},
    {"unknown_request", 422},
    {"unknown_form", 422},
    {"consent_required", 422},
    {"duplicate_provider", 409},
    {"referral_state", 409},
    {"tracing_state", 409},
    {"incident_state", 409},
    {"merge_state", 409},
    {"not_found", 404},
    {"unauthorized", 401},
    {"forbidden", 403},
    {"too_many_requests", 429},
    {"payload_too_large", 413},
    {"storage", 500},
    {"io", 500},
    {"internal", 500},
};

std::vector<ErrorCode> every_code() {
  std::size_t count = 0;
  const ErrorCode* codes = all_error_codes(&count);
  return {codes, codes + count};
}

class HttpStatusTest : public ::testing::TestWithParam<ErrorCode> {};

TEST_P(HttpStatusTest, MapsTheCode) {
  std::string name(code_name(GetParam()));
  int status = http_status(GetParam());
  EXPECT_GE(status, 400) << name;
  EXPECT_LE(status, 599) << name;
  ASSERT_TRUE(kExpectedStatus.contains(name)) << name << " has no expected status here";
  EXPECT_EQ(status, kExpectedStatus.at(name)) << name;
}

INSTANTIATE_TEST_SUITE_P(EveryCode, HttpStatusTest, ::testing::ValuesIn(every_code()),
                         [](const ::testing::TestParamInfo<ErrorCode>& info) {
                           return std::string(code_name(info.param));
                         });

TEST_F(HttpTest, SurvivesHostileBodies) {
  std::string deep_arrays(100'000, '[');
  std::string deep_objects;
  for (int i = 0; i < 50'000; ++i) deep_objects += "{\"a\":";
  std::string garbage(1 << 20, '\0');
  std::mt19937 random(42);
  for (char& c : garbage) c = static_cast<char>(random());
  json bad_utf8_event = json::parse(registered("P-1", "Ana", "Pérez"));
  std::string bad_utf8 = bad_utf8_event.dump();
  bad_utf8.replace(bad_utf8.find("Ana"), 3, "A\xff\xfe");

  for (const std::string& body :
       {deep_arrays, deep_objects, garbage, bad_utf8, std::string("\xc3\x28"), std::string(),
        std::string("[") + std::string(1000, ',') + "]", std::string("\"\\"),
        std::string("[\"\\u0000\"]"), std::string("[1e999999]")}) {
    auto res = post("/api/v1/events", body);
    ASSERT_TRUE(res) << "no answer to a body of " << body.size() << " bytes";
    EXPECT_GE(res->status, 400) << body.substr(0, 40);
    EXPECT_LT(res->status, 500) << body.substr(0, 40) << " " << res->body;
    EXPECT_EQ(res->get_header_value("Content-Type"), "application/problem+json");
    EXPECT_TRUE(health_answers());
  }
  expect_problem(post("/api/v1/events", deep_arrays), 400, "invalid_json");
  expect_problem(post("/api/v1/events", bad_utf8), 400, "invalid_json");
}

TEST_F(HttpTest, SurvivesHostileUrls) {
  std::string long_path = "/api/v1/persons/" + std::string(7000, 'a');
  for (const std::string& path :
       {long_path, std::string("/api/v1/persons/%00"), std::string("/api/v1/persons/%"),
        std::string("/api/v1/persons?q=%FF%FE"), std::string("/../../etc/passwd"),
        std::string("/api/v1/persons?limit=99999999999999999999")}) {
    auto res = get(path);
    ASSERT_TRUE(res) << path.substr(0, 60);
    EXPECT_GE(res->status, 400) << path.substr(0, 60);
    EXPECT_LT(res->status, 500) << path.substr(0, 60) << " " << res->body;
  }
  // Wildcards of SQL LIKE are only characters to search for.
  auto res = get("/api/v1/persons?q=%25");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_TRUE(health_answers());
}

TEST_F(HttpTest, StartFailsWhenThePortIsTaken) {
  ServerOptions options;
  options.port = server_->port();
  Server second(*ledger_, options);
  Status started = second.start();
  ASSERT_FALSE(started.ok());
  EXPECT_EQ(started.error().code, ErrorCode::kIo);
  EXPECT_NE(started.error().describe().find(std::to_string(server_->port())), std::string::npos)
      << started.error().describe();
  EXPECT_TRUE(health_answers());
}

TEST_F(HttpTest, RefusesBadOptions) {
  ServerOptions options;
  options.threads = 0;
  Server server(*ledger_, options);
  Status started = server.start();
  ASSERT_FALSE(started.ok());
  EXPECT_EQ(started.error().field, "threads");
}

TEST_F(HttpTest, StartsOnceAndStopsIdempotently) {
  EXPECT_FALSE(server_->start().ok());
  std::thread waiter([this] { server_->wait(); });
  server_->stop();
  waiter.join();
  server_->stop();
  server_->wait();
  EXPECT_FALSE(health_answers());
}

}  // namespace
}  // namespace haven::http::testing
