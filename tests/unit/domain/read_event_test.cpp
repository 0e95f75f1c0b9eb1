#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "haven/domain/event.h"

namespace haven::domain {
namespace {

ReadOptions options() {
  ReadOptions o;
  o.not_after = *parse_rfc3339("2026-06-01T00:00:00Z");
  return o;
}

TEST(ReadEvent, KeepsTheOffsetAsWrittenAndNormalisesTheInstant) {
  auto e = read_event(
      R"({"type":"detention.started","occurred_at":"2026-03-01T10:00:00+01:00","person_id":"P-1","facility":"Lampedusa hotspot"})",
      options());
  ASSERT_TRUE(e.ok()) << e.error().describe();
  EXPECT_EQ(e->occurred_at, *parse_rfc3339("2026-03-01T09:00:00Z"));
  EXPECT_EQ(e->person_id, "P-1");
  EXPECT_NE(e->body.find("\"occurred_at\":\"2026-03-01T10:00:00+01:00\""), std::string::npos);
}

TEST(ReadEvent, WritesACanonicalBodyWithSortedKeys) {
  auto a = read_event(
      R"({"type":"consular.visited","person_id":"P-1","occurred_at":"2026-03-01T10:00:00Z"})",
      options());
  auto b = read_event(
      R"({"occurred_at":"2026-03-01T10:00:00Z","person_id":"P-1","type":"consular.visited"})",
      options());
  ASSERT_TRUE(a && b);
  EXPECT_EQ(a->body, b->body);
}

TEST(ReadEvent, QualifiesSubjects) {
  auto e = read_event(
      R"({"type":"incident.progressed","occurred_at":"2026-03-01T10:00:00Z","incident_id":"INC-1","stage":"investigated"})",
      options());
  ASSERT_TRUE(e.ok());
  EXPECT_EQ(e->subject, "incident:INC-1");
  EXPECT_TRUE(e->person_id.empty());
}

TEST(ReadEvent, RefusesInvalidUtf8AndDeepNesting) {
  auto utf = read_event("{\"type\":\"person.registered\",\"given_name\":\"\xC3\x28\"}", options());
  ASSERT_FALSE(utf.ok());
  EXPECT_EQ(utf.error().code, ErrorCode::kInvalidJson);
  EXPECT_NE(utf.error().message.find("UTF-8"), std::string::npos);
  auto deep = read_event(std::string(100000, '[') + std::string(100000, ']'), options());
  ASSERT_FALSE(deep.ok());
  EXPECT_EQ(deep.error().code, ErrorCode::kInvalidJson);
}

TEST(ReadEvent, RefusesAHugeName) {
  nlohmann::json event = {{"type", "person.registered"},
                          {"occurred_at", "2026-03-01T10:00:00Z"},
                          {"person_id", "P-1"},
                          {"given_name", std::string(10 << 20, 'a')}};
  auto e = read_event(event.dump(), options());
  ASSERT_FALSE(e.ok());
  EXPECT_EQ(e.error().field, "given_name");
  EXPECT_NE(e.error().message.find("10485760 characters long"), std::string::npos);
}

TEST(ReadEvent, AcceptsProvenanceOnlyWhenRestoring) {
  const std::string line =
      R"({"id":"ev-1","recorded_at":"2026-03-02T00:00:00Z","actor":"clerk","type":"consular.visited","occurred_at":"2026-03-01T10:00:00Z","person_id":"P-1"})";
  EXPECT_FALSE(read_event(line, options()).ok());
  ReadOptions restore = options();
  restore.accept_provenance = true;
  auto e = read_event(line, restore);
  ASSERT_TRUE(e.ok()) << e.error().describe();
  EXPECT_EQ(e->id, "ev-1");
  EXPECT_EQ(e->actor, "clerk");
  EXPECT_EQ(
      export_line(*e),
      R"({"actor":"clerk","id":"ev-1","recorded_at":"2026-03-02T00:00:00Z","occurred_at":"2026-03-01T10:00:00Z","person_id":"P-1","type":"consular.visited"})");
}

TEST(ReadEvent, ListsWhatAnEventRefersToAndCreates) {
  auto e = read_event(
      R"({"type":"incident.reported","occurred_at":"2026-03-01T10:00:00Z","incident_id":"INC-1","category":"kidnapping","victims":["P-1","P-2"]})",
      options());
  ASSERT_TRUE(e.ok());
  const auto refs = references(*e);
  ASSERT_EQ(refs.size(), 2u);
  EXPECT_EQ(refs[1].field, "victims[1]");
  const auto made = creations(*e);
  ASSERT_EQ(made.size(), 1u);
  EXPECT_EQ(made[0].id, "INC-1");
}

}  // namespace
}  // namespace haven::domain
