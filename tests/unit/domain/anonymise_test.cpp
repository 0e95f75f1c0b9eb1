// What anonymising an event keeps: codes, dates, counts, ids and institutions; never a
// person's name, free text, a place below the country, coordinates or a birth day.

#include "haven/domain/anonymise.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace haven::domain {
namespace {

using nlohmann::json;

Event event(const std::string& type, const json& body) {
  Event e;
  e.type = type;
  e.body = body.dump();
  return e;
}

TEST(Anonymise, ATracingRequestKeepsWhoIsSoughtOnlyBySexYearAndNationality) {
  const json body = {{"type", "tracing.requested"},
                     {"occurred_at", "2020-01-01T00:00:00Z"},
                     {"request_id", "TR-1"},
                     {"requester", "Rosa López"},
                     {"sought",
                      {{"given_name", "María"},
                       {"sex", "F"},
                       {"birth_date", "2004-05-06"},
                       {"nationality", "HND"},
                       {"last_seen_place", "Tapachula"}}}};
  const json out = json::parse(anonymised_body(event("tracing.requested", body)));
  EXPECT_EQ(out,
            json({{"type", "tracing.requested"},
                  {"occurred_at", "2020-01-01T00:00:00Z"},
                  {"request_id", "TR-1"},
                  {"requester", "(removed)"},
                  {"sought", {{"sex", "F"}, {"birth_date", "2004"}, {"nationality", "HND"}}}}));
}

TEST(Anonymise, ADetentionKeepsItsFacilityAndAuthorityButNotItsLegalNote) {
  const json body = {
      {"type", "detention.started"},
      {"occurred_at", "2020-01-01T00:00:00Z"},
      {"person_id", "P-1"},
      {"facility", "Siglo XXI"},
      {"authority", "INM"},
      {"legal_basis", "art. 99, says her lawyer Ruiz"},
      {"location", {{"country", "MEX"}, {"place", "Tapachula"}, {"latitude", 14.9}}}};
  const json out = json::parse(anonymised_body(event("detention.started", body)));
  EXPECT_EQ(out["facility"], "Siglo XXI");
  EXPECT_EQ(out["authority"], "INM");
  EXPECT_FALSE(out.contains("legal_basis"));
  EXPECT_EQ(out["location"], json({{"country", "MEX"}}));
  EXPECT_EQ(out["person_id"], "P-1");
}

TEST(Anonymise, ARequiredTextKeepsItsPlaceWithoutItsWords) {
  // A case note must have a note: it says it was removed rather than going missing, so that
  // every fold still finds it.
  const json body = {{"type", "case.note_added"},
                     {"occurred_at", "2020-01-01T00:00:00Z"},
                     {"case_id", "C-1"},
                     {"note", "she named her trafficker"}};
  const json out = json::parse(anonymised_body(event("case.note_added", body)));
  EXPECT_EQ(out["note"], "(removed)");
  EXPECT_EQ(out["case_id"], "C-1");
}

TEST(Anonymise, WhatTheVocabularyDoesNotKnowIsNotKept) {
  const json body = {{"type", "consular.visited"},
                     {"occurred_at", "2020-01-01T00:00:00Z"},
                     {"person_id", "P-1"},
                     {"whispered", "a secret"}};
  const json out = json::parse(anonymised_body(event("consular.visited", body)));
  EXPECT_FALSE(out.contains("whispered"));
  EXPECT_EQ(out["person_id"], "P-1");
  const json unknown = json::parse(anonymised_body(event("no.such_type", body)));
  EXPECT_EQ(unknown, json({{"type", "consular.visited"}, {"occurred_at", "2020-01-01T00:00:00Z"}}));
}

}  // namespace
}  // namespace haven::domain
