// Following merges of registrations: the state one registration's events give, and the
// history of the person kept.

#include "haven/domain/merges.h"

#include <gtest/gtest.h>

#include <map>

namespace haven::domain {
namespace {

class MergesTest : public ::testing::Test {
 protected:
  // Records an event (in recording order) about `person`, and `other` for a merge.
  std::string add(const std::string& type, const std::string& person, const std::string& other = "",
                  const std::string& body = "{}") {
    Event event;
    event.id = "ev-" + std::to_string(++count_);
    event.type = type;
    event.occurred_at = Timestamp{count_ * kMicrosPerHour};
    event.recorded_at = event.occurred_at;
    event.person_id = person;
    event.other_person_id = other;
    event.body = body;
    log_.push_back(event);
    return event.id;
  }
  // What store::Reader::events_of_person gives.
  std::vector<Event> events_of(const std::string& person) const {
    std::vector<Event> out;
    for (const Event& event : log_) {
      if (event.person_id == person || event.other_person_id == person) out.push_back(event);
    }
    return out;
  }
  MergeState state(const std::string& person) const {
    return merge_state(person, events_of(person));
  }
  MergedHistory history(const std::string& person) {
    auto found = merged_history(person, [&](const std::string& id) -> Result<std::vector<Event>> {
      ++loads_;
      return events_of(id);
    });
    EXPECT_TRUE(found.ok());
    return found.ok() ? *found : MergedHistory{};
  }
  static std::vector<std::string> ids(const std::vector<Event>& events) {
    std::vector<std::string> out;
    for (const Event& event : events) out.push_back(event.id);
    return out;
  }

  std::vector<Event> log_;
  std::int64_t count_ = 0;
  int loads_ = 0;
};

TEST_F(MergesTest, ARegistrationNeverMergedStandsAlone) {
  add("person.registered", "P-1");
  add("detention.started", "P-1");
  EXPECT_TRUE(state("P-1").into.empty());
  EXPECT_TRUE(state("P-1").from.empty());
  EXPECT_EQ(state("P-1").changed_at, Timestamp{});
  const auto h = history("P-1");
  EXPECT_EQ(h.events.size(), 2u);
  EXPECT_EQ(h.persons, std::vector<std::string>{"P-1"});
  EXPECT_EQ(loads_, 1) << "only the person's own events are read";
}

TEST_F(MergesTest, TheLastMergeOrUnmergeCounts) {
  add("person.registered", "P-1");
  add("person.registered", "P-2");
  add("person.registered", "P-3");
  add("person.merged", "P-2", "P-1");
  EXPECT_EQ(state("P-2").into, "P-1");
  EXPECT_EQ(state("P-1").from, std::vector<std::string>{"P-2"});
  add("person.unmerged", "P-2", "P-1");
  EXPECT_TRUE(state("P-2").into.empty());
  EXPECT_TRUE(state("P-1").from.empty());
  const std::string last = add("person.merged", "P-2", "P-3");
  EXPECT_EQ(state("P-2").into, "P-3");
  EXPECT_EQ(state("P-3").from, std::vector<std::string>{"P-2"});
  EXPECT_EQ(state("P-2").changed_at, log_.back().occurred_at);
  EXPECT_TRUE(state("P-1").from.empty());
  add("event.voided", "P-2", "P-3", R"({"event_id":")" + last + R"(","reason":"wrong"})");
  EXPECT_TRUE(state("P-2").into.empty()) << "a voided merge does not count";
  EXPECT_TRUE(state("P-3").from.empty());
}

TEST_F(MergesTest, TheKeptPersonReadsTheDuplicatesEventsOnceEach) {
  add("person.registered", "P-1");
  add("person.registered", "P-2");
  add("detention.started", "P-2");
  add("person.merged", "P-2", "P-1");
  add("consular.rights_informed", "P-1");
  const auto kept = history("P-1");
  EXPECT_EQ(ids(kept.events), (std::vector<std::string>{"ev-1", "ev-2", "ev-3", "ev-4", "ev-5"}));
  EXPECT_EQ(kept.persons, (std::vector<std::string>{"P-1", "P-2"}));
  const auto duplicate = history("P-2");
  EXPECT_EQ(duplicate.state.into, "P-1");
  EXPECT_EQ(ids(duplicate.events), (std::vector<std::string>{"ev-2", "ev-3", "ev-4"}));
  add("person.unmerged", "P-2", "P-1");
  EXPECT_EQ(ids(history("P-1").events), (std::vector<std::string>{"ev-1", "ev-4", "ev-5", "ev-6"}));
}

TEST_F(MergesTest, MergesAreFollowedThroughARegistrationMergedInTurn) {
  add("person.registered", "P-1");
  add("person.registered", "P-2");
  add("person.registered", "P-3");
  add("person.merged", "P-3", "P-2");
  add("person.merged", "P-2", "P-1");
  const auto kept = history("P-1");
  EXPECT_EQ(kept.persons, (std::vector<std::string>{"P-1", "P-2", "P-3"}));
  EXPECT_EQ(ids(kept.events), (std::vector<std::string>{"ev-1", "ev-2", "ev-3", "ev-4", "ev-5"}));
}

TEST_F(MergesTest, ARegistrationIsReadOnlyWhereItSaysItIsMerged) {
  // A voided unmerge leaves P-1 listing P-2, which has since been merged into P-3.
  add("person.registered", "P-1");
  add("person.registered", "P-2");
  add("person.registered", "P-3");
  add("person.merged", "P-2", "P-1");
  const std::string unmerge = add("person.unmerged", "P-2", "P-1");
  add("person.merged", "P-2", "P-3");
  add("event.voided", "P-2", "P-1", R"({"event_id":")" + unmerge + R"(","reason":"wrong"})");
  EXPECT_EQ(state("P-1").from, std::vector<std::string>{"P-2"});
  EXPECT_EQ(history("P-1").persons, std::vector<std::string>{"P-1"});
  EXPECT_EQ(history("P-3").persons, (std::vector<std::string>{"P-3", "P-2"}));
}

}  // namespace
}  // namespace haven::domain
