// POST /api/v1/events: single events, arrays, JSON Lines, atomic refusal, problem+json.

#include <string>

#include "integration/http/http_fixture.h"

namespace haven::http::testing {
namespace {

TEST_F(HttpTest, RecordsOneEvent) {
  auto res = post("/api/v1/events", registered("P-1", "José", "Núñez"));
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 201) << res->body;
  EXPECT_EQ(res->get_header_value("Content-Type"), "application/json");
  json body = parse(res);
  EXPECT_EQ(body["recorded"], 1);
  ASSERT_EQ(body["event_ids"].size(), 1u);
  EXPECT_TRUE(body["event_ids"][0].is_string());
  EXPECT_EQ(get("/api/v1/persons/P-1")->status, 200);
}

TEST_F(HttpTest, RecordsAnArrayInOrder) {
  auto res =
      post("/api/v1/events", "[" + registered("P-1", "Ana", "Pérez") + "," + detained("P-1") + "]");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 201) << res->body;
  json body = parse(res);
  EXPECT_EQ(body["recorded"], 2);
  EXPECT_EQ(body["event_ids"].size(), 2u);
  json person = parse(get("/api/v1/persons/P-1"));
  EXPECT_EQ(person["timeline"].size(), 2u);
}

TEST_F(HttpTest, RefusesTheWholeBatchWhenOneEventIsBad) {
  std::string batch = "[" + registered("P-1", "Ana", "Pérez") + "," +
                      registered("P-2", "Luis", "Gómez") + "," + detained("P-9") + "]";
  auto res = post("/api/v1/events", batch);
  expect_problem(res, 422, "unknown_person", "person_id");
  json body = parse(res);
  ASSERT_EQ(body["errors"].size(), 1u);
  EXPECT_EQ(body["errors"][0]["index"], 2);
  EXPECT_EQ(body["errors"][0]["code"], "unknown_person");
  EXPECT_EQ(body["errors"][0]["field"], "person_id");
  EXPECT_FALSE(body["errors"][0]["message"].get<std::string>().empty());

  expect_problem(get("/api/v1/persons/P-1"), 404, "not_found");
  expect_problem(get("/api/v1/persons/P-2"), 404, "not_found");
  EXPECT_EQ(parse(get("/health"))["events"], 0);
}

TEST_F(HttpTest, ListsEveryBadEventWithItsIndex) {
  json bad_sex = json::parse(registered("P-1", "Ana", "Pérez"));
  bad_sex["sex"] = "Q";
  json bad_date = json::parse(registered("P-3", "Eva", "Ruiz"));
  bad_date["birth_date"] = "1990-02-30";
  std::string batch =
      "[" + bad_sex.dump() + "," + registered("P-2", "Luis", "Gómez") + "," + bad_date.dump() + "]";
  auto res = post("/api/v1/events", batch);
  expect_problem(res, 422, "invalid_field", "sex");
  json body = parse(res);
  ASSERT_EQ(body["errors"].size(), 2u);
  EXPECT_EQ(body["errors"][0]["index"], 0);
  EXPECT_EQ(body["errors"][1]["index"], 2);
  EXPECT_EQ(body["errors"][1]["field"], "birth_date");
  EXPECT_NE(body["detail"].get<std::string>().find("events[0]"), std::string::npos);
}

TEST_F(HttpTest, ProblemOfASingleEventNamesTheField) {
  json event = json::parse(registered("P-1", "Ana", "Pérez"));
  event["sex"] = "Q";
  auto res = post("/api/v1/events", event.dump());
  expect_problem(res, 422, "invalid_field", "sex");
  EXPECT_EQ(parse(res)["errors"][0]["index"], 0);
}

TEST_F(HttpTest, MapsVocabularyAndReferenceErrors) {
  json unknown_type = {{"type", "person.teleported"}, {"occurred_at", "2026-03-01T10:00:00Z"}};
  expect_problem(post("/api/v1/events", unknown_type.dump()), 422, "unknown_event_type");

  json future = json::parse(registered("P-1", "Ana", "Pérez"));
  future["occurred_at"] = "2026-07-01T00:00:00Z";
  expect_problem(post("/api/v1/events", future.dump()), 422, "future_time", "occurred_at");

  json missing = json::parse(registered("P-1", "Ana", "Pérez"));
  missing.erase("person_id");
  expect_problem(post("/api/v1/events", missing.dump()), 422, "missing_field", "person_id");

  json typo = json::parse(registered("P-1", "Ana", "Pérez"));
  typo["familyname"] = "X";
  expect_problem(post("/api/v1/events", typo.dump()), 422, "unknown_field", "familyname");

  record(registered("P-1", "Ana", "Pérez"));
  expect_problem(post("/api/v1/events", registered("P-1", "Ana", "Pérez")), 409, "duplicate_person",
                 "person_id");
}

TEST_F(HttpTest, RefusesBodiesThatAreNotEvents) {
  expect_problem(post("/api/v1/events", "{not json"), 400, "invalid_json");
  expect_problem(post("/api/v1/events", "42"), 400, "invalid_json");
  expect_problem(post("/api/v1/events", "\"person.registered\""), 400, "invalid_json");
  expect_problem(post("/api/v1/events", ""), 400, "invalid_json");
  expect_problem(post("/api/v1/events", "[]"), 400, "bad_request");
  expect_problem(post("/api/v1/events", registered("P-1", "A", "B") + " trailing"), 400,
                 "invalid_json");
  // An element that is not an object is the ledger's to refuse, with its index.
  auto res = post("/api/v1/events", "[" + registered("P-1", "A", "B") + ", 7]");
  ASSERT_TRUE(res);
  EXPECT_GE(res->status, 400);
  EXPECT_LT(res->status, 500);
  EXPECT_EQ(parse(res)["errors"][0]["index"], 1);
}

TEST_F(HttpTest, RecordsJsonLines) {
  std::string lines = registered("P-1", "Ana", "Pérez") + "\n\n" + detained("P-1") + "\n";
  auto res = post("/api/v1/events", lines, "application/x-ndjson");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 201) << res->body;
  EXPECT_EQ(parse(res)["recorded"], 2);

  std::string bad = registered("P-2", "Luis", "Gómez") + "\n" + detained("P-9") + "\n";
  res = post("/api/v1/events", bad, "application/x-ndjson");
  expect_problem(res, 422, "unknown_person");
  EXPECT_EQ(parse(res)["errors"][0]["line"], 2);
  expect_problem(get("/api/v1/persons/P-2"), 404, "not_found");
}

class SmallBodyTest : public HttpTest {
 protected:
  ServerOptions options() override {
    ServerOptions options = HttpTest::options();
    options.max_body_bytes = 1024;
    return options;
  }
};

TEST_F(SmallBodyTest, RefusesABodyOverTheLimit) {
  std::string big = "[" + std::string(2000, ' ') + "]";
  expect_problem(post("/api/v1/events", big), 413, "payload_too_large");
  EXPECT_TRUE(health_answers());
}

TEST_F(SmallBodyTest, RefusesAChunkedBodyOverTheLimit) {
  std::string big = "[" + std::string(5000, ' ') + "]";
  auto res = client_->Post(
      "/api/v1/events",
      [&big](std::size_t offset, httplib::DataSink& sink) {
        std::size_t n = std::min<std::size_t>(512, big.size() - offset);
        sink.write(big.data() + offset, n);
        if (offset + n == big.size()) sink.done();
        return true;
      },
      "application/json");
  expect_problem(res, 413, "payload_too_large");
  EXPECT_TRUE(health_answers());
}

TEST_F(SmallBodyTest, CutsOffAHugeChunkedBody) {
  // Far past the limit the server stops reading and closes; the client may see the 413 or
  // only the closed connection, but the server must stay well.
  std::string block(64 << 10, ' ');
  std::size_t sent = 0;
  auto res = client_->Post(
      "/api/v1/events",
      [&](std::size_t, httplib::DataSink& sink) {
        if (sent >= (16u << 20)) {
          sink.done();
          return true;
        }
        sent += block.size();
        return sink.write(block.data(), block.size());
      },
      "application/json");
  if (res) {
    EXPECT_EQ(res->status, 413);
  }
  EXPECT_LT(sent, 16u << 20) << "the server read the whole body";
  client_ = client_with(admin_token_);
  EXPECT_TRUE(health_answers());
}

TEST_F(SmallBodyTest, AcceptsABodyUnderTheLimit) { record(registered("P-1", "Ana", "Pérez")); }

}  // namespace
}  // namespace haven::http::testing
