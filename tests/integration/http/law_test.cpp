// GET /api/v1/law/…: the catalogue over HTTP, citation ids with slashes and spaces in the
// path, and problem+json for ids that name nothing.

#include "integration/http/http_fixture.h"

namespace haven::http::testing {
namespace {

TEST_F(HttpTest, LawInstrumentsListResolutionsAndTreaties) {
  auto res = get("/api/v1/law/instruments");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200);
  json body = parse(res);
  ASSERT_TRUE(body["instruments"].is_array());
  EXPECT_EQ(body["instruments"][0]["id"], "A/RES/66/172");
  EXPECT_EQ(body["instruments"][0]["provisions"], 70);
  bool has_vccr = false;
  for (const auto& entry : body["instruments"]) has_vccr |= entry["id"] == "VCCR";
  EXPECT_TRUE(has_vccr);
}

TEST_F(HttpTest, LawProvisionResolvesAnEncodedOrPlainId) {
  for (const char* path : {"/api/v1/law/provisions/A%2FRES%2F66%2F172%20op.4(g)",
                           "/api/v1/law/provisions/A/RES/66/172%20op.4%28g%29"}) {
    auto res = get(path);
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 200) << path << ": " << res->body;
    json body = parse(res);
    EXPECT_EQ(body["id"], "A/RES/66/172 op.4(g)");
    EXPECT_EQ(body["kind"], "sub-paragraph");
    EXPECT_EQ(body["action"], "Reaffirms emphatically");
    EXPECT_NE(body["text"].get<std::string>().find("without delay"), std::string::npos);
  }
  auto res = get("/api/v1/law/provisions/VCCR%20art.36(1)(b)");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200);
  EXPECT_EQ(parse(res)["instrument"], "VCCR");
}

TEST_F(HttpTest, LawProvisionUnknownIdIsAProblemNamingIt) {
  auto res = get("/api/v1/law/provisions/A%2FRES%2F66%2F172%20op.12");
  expect_problem(res, 404, "not_found");
  EXPECT_NE(res->body.find("op.12"), std::string::npos);
  expect_problem(get("/api/v1/law/provisions/"), 404, "not_found");
}

TEST_F(HttpTest, LawCoverageHasARowPerOperativeProvision) {
  auto res = get("/api/v1/law/coverage");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200);
  json body = parse(res);
  EXPECT_EQ(body["resolution"], "A/RES/66/172");
  ASSERT_EQ(body["rows"].size(), 43u);
  EXPECT_EQ(body["total"], 43);
  bool consular_served = false;
  for (const auto& row : body["rows"]) {
    if (row["id"] != "A/RES/66/172 op.4(g)") continue;
    for (const auto& by : row["served_by"])
      consular_served |= by["name"] == "consular.rights_informed";
  }
  EXPECT_TRUE(consular_served);
}

}  // namespace
}  // namespace haven::http::testing
