#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "haven/domain/projection.h"

namespace haven::domain {
namespace {

Event read(const std::string& json, const std::string& id) {
  ReadOptions options;
  options.not_after = *parse_rfc3339("2026-06-01T00:00:00Z");
  auto e = read_event(json, options);
  EXPECT_TRUE(e.ok()) << (e.ok() ? "" : e.error().describe());
  e->id = id;
  e->recorded_at = options.not_after;
  return *e;
}

std::vector<Event> history() {
  return {
      read(
          R"({"type":"person.registered","occurred_at":"2026-04-01T08:00:00Z","person_id":"P-1","given_name":"Selam","nationalities":["ERI"]})",
          "ev-1"),
      read(
          R"({"type":"detention.started","occurred_at":"2026-04-02T08:00:00Z","person_id":"P-1","facility":"A"})",
          "ev-2"),
      read(
          R"({"type":"detention.reviewed","occurred_at":"2026-04-04T08:00:00Z","person_id":"P-1","outcome":"continued"})",
          "ev-3"),
      read(
          R"({"type":"detention.ended","occurred_at":"2026-04-10T08:00:00Z","person_id":"P-1","reason":"transferred"})",
          "ev-4"),
      read(
          R"({"type":"detention.started","occurred_at":"2026-04-10T12:00:00Z","person_id":"P-1","facility":"B"})",
          "ev-5"),
      read(
          R"({"type":"consular.rights_informed","occurred_at":"2026-04-02T09:00:00Z","person_id":"P-1","language":"ti"})",
          "ev-6"),
      read(
          R"({"type":"detention.ended","occurred_at":"2026-05-01T08:00:00Z","person_id":"P-1","reason":"released"})",
          "ev-7"),
  };
}

TEST(PersonFold, GivesTheSameViewWhateverTheOrderEventsArriveIn) {
  const PersonView expected = fold_person("P-1", history());
  std::mt19937 shuffle(7);
  for (int i = 0; i < 20; ++i) {
    auto events = history();
    std::shuffle(events.begin(), events.end(), shuffle);
    EXPECT_EQ(fold_person("P-1", events).document, expected.document);
  }
}

TEST(PersonFold, AsksForARefoldWhenAnEventIsOlderThanWhatItHasSeen) {
  auto events = history();
  sort_for_fold(events);
  PersonFold fold("P-1");
  EXPECT_TRUE(fold.apply(events[2]));
  EXPECT_FALSE(fold.apply(events[0]));
}

TEST(PersonFold, KeepsOneEpisodeAcrossATransfer) {
  const PersonView view = fold_person("P-1", history());
  EXPECT_FALSE(view.in_detention);
  EXPECT_NE(view.document.find(R"("placements":[{"facility":"A")"), std::string::npos);
  EXPECT_EQ(std::count(view.document.begin(), view.document.end(), '{') > 0, true);
  EXPECT_NE(view.document.find(R"("started_at":"2026-04-02T08:00:00Z")"), std::string::npos);
  EXPECT_EQ(view.document.find(R"("started_at":"2026-04-10T12:00:00Z")"), std::string::npos);
  EXPECT_EQ(view.nationalities, " ERI ");
}

TEST(WithoutVoided, DropsTheCancelledEventAndTheCorrection) {
  auto events = history();
  events.push_back(read(
      R"({"type":"event.voided","occurred_at":"2026-05-02T08:00:00Z","event_id":"ev-7","reason":"wrong"})",
      "ev-8"));
  const auto kept = without_voided(events);
  EXPECT_EQ(kept.size(), history().size() - 1);
  EXPECT_TRUE(fold_person("P-1", events).in_detention);
}

}  // namespace
}  // namespace haven::domain
