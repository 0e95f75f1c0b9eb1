// Screening forms: the checker refuses broken definitions naming the place, answers are
// checked against their form, findings follow the conditions, and an installation's own
// forms are versioned and never change once added.

#include "haven/screening/forms.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/temp_store.h"

namespace haven::screening {
namespace {

using nlohmann::json;

// A small form using every kind of question and condition.
json sample_form() {
  return json::parse(R"({
    "form": "sample", "version": 1, "title": "Sample", "source": "Haven's tests",
    "questions": [
      {"id": "seeing", "text": "Difficulty seeing?", "type": "choice",
       "choices": ["no_difficulty", "some_difficulty", "a_lot_of_difficulty", "cannot_do_at_all"],
       "required": true},
      {"id": "age_years", "text": "Age?", "type": "number", "min": 0, "max": 120},
      {"id": "with_parent", "text": "With a parent?", "type": "yes_no"},
      {"id": "deceived", "text": "Deceived about the work?", "type": "yes_no"},
      {"id": "threatened", "text": "Threatened?", "type": "yes_no"},
      {"id": "documents_kept", "text": "Documents kept by the employer?", "type": "yes_no"}
    ],
    "findings": [
      {"code": "disability", "reason": "a lot of difficulty seeing",
       "when": {"question": "seeing", "in": ["a_lot_of_difficulty", "cannot_do_at_all"]}},
      {"code": "unaccompanied_child", "reason": "under 18 and alone",
       "when": {"all": [{"question": "age_years", "below": 18},
                        {"question": "with_parent", "is": false}]}},
      {"flag": "possible_trafficking", "reason": "two indicators or more",
       "when": {"at_least": 2, "of": [{"question": "deceived", "is": true},
                                      {"question": "threatened", "is": true},
                                      {"question": "documents_kept", "is": true}]}},
      {"code": "older_person", "reason": "60 or older",
       "when": {"question": "age_years", "at_least": 60}},
      {"flag": "needs_eye_care", "reason": "sees badly",
       "when": {"not": {"question": "seeing", "in": ["no_difficulty", "some_difficulty"]}}}
    ]})");
}

json found(const std::string& answers) {
  auto result = findings(sample_form().dump(), answers);
  EXPECT_TRUE(result.ok()) << result.error().describe();
  return result.ok() ? json::parse(*result) : json();
}

TEST(ScreeningForm, FindsWhatTheConditionsSay) {
  EXPECT_EQ(found(R"({"seeing":"no_difficulty"})"), json::array());
  const json disability = found(R"({"seeing":"cannot_do_at_all"})");
  ASSERT_EQ(disability.size(), 2U);
  EXPECT_EQ(disability[0]["code"], "disability");
  EXPECT_EQ(disability[0]["reason"], "a lot of difficulty seeing");
  EXPECT_EQ(disability[1]["flag"], "needs_eye_care");

  const json child = found(R"({"seeing":"some_difficulty","age_years":15,"with_parent":false})");
  ASSERT_EQ(child.size(), 1U);
  EXPECT_EQ(child[0]["code"], "unaccompanied_child");
  // With a parent, or of unknown age, the child is not unaccompanied.
  EXPECT_EQ(found(R"({"seeing":"some_difficulty","age_years":15,"with_parent":true})"),
            json::array());
  EXPECT_EQ(found(R"({"seeing":"some_difficulty","with_parent":false})"), json::array());

  EXPECT_EQ(found(R"({"seeing":"no_difficulty","deceived":true})"), json::array());
  const json flagged = found(R"({"seeing":"no_difficulty","deceived":true,"documents_kept":true})");
  ASSERT_EQ(flagged.size(), 1U);
  EXPECT_EQ(flagged[0]["flag"], "possible_trafficking");
  EXPECT_FALSE(flagged[0].contains("code"));

  EXPECT_EQ(found(R"({"seeing":"no_difficulty","age_years":64})")[0]["code"], "older_person");
}

void expect_refused(const std::string& answers, ErrorCode code, const std::string& field) {
  auto result = findings(sample_form().dump(), answers);
  ASSERT_FALSE(result.ok()) << answers;
  EXPECT_EQ(result.error().code, code) << result.error().describe();
  EXPECT_EQ(result.error().field, field) << result.error().describe();
}

TEST(ScreeningForm, RefusesAnswersTheFormDoesNotAllow) {
  expect_refused(R"({"age_years":30})", ErrorCode::kMissingField, "answers.seeing");
  expect_refused(R"({"seeing":"blind"})", ErrorCode::kInvalidField, "answers.seeing");
  expect_refused(R"({"seeing":"no_difficulty","age_years":"old"})", ErrorCode::kInvalidField,
                 "answers.age_years");
  expect_refused(R"({"seeing":"no_difficulty","age_years":130})", ErrorCode::kInvalidField,
                 "answers.age_years");
  expect_refused(R"({"seeing":"no_difficulty","with_parent":"yes"})", ErrorCode::kInvalidField,
                 "answers.with_parent");
  expect_refused(R"({"seeing":"no_difficulty","hearing":"no_difficulty"})",
                 ErrorCode::kInvalidField, "answers.hearing");
}

void expect_bad_form(const std::function<void(json&)>& change, const std::string& field) {
  json form = sample_form();
  change(form);
  auto result = check_form(form.dump());
  ASSERT_FALSE(result.ok()) << field;
  EXPECT_EQ(result.error().code, ErrorCode::kInvalidDocument);
  EXPECT_EQ(result.error().field, field) << result.error().describe();
}

TEST(ScreeningForm, RefusesBrokenDefinitionsNamingThePlace) {
  EXPECT_TRUE(check_form(sample_form().dump()).ok());
  expect_bad_form([](json& f) { f["colour"] = "red"; }, "colour");
  expect_bad_form([](json& f) { f["version"] = 0; }, "version");
  expect_bad_form([](json& f) { f.erase("source"); }, "source");
  expect_bad_form([](json& f) { f["questions"][1]["type"] = "date"; }, "questions[1].type");
  expect_bad_form([](json& f) { f["questions"][2]["id"] = "seeing"; }, "questions[2].id");
  expect_bad_form([](json& f) { f["questions"][0]["choices"][1] = "Some"; },
                  "questions[0].choices[1]");
  expect_bad_form([](json& f) { f["findings"][0]["code"] = "blindness"; }, "findings[0].code");
  expect_bad_form([](json& f) { f["findings"][0]["when"]["in"][0] = "blind"; },
                  "findings[0].when.in");
  expect_bad_form([](json& f) { f["findings"][1]["when"]["all"][1]["question"] = "parent"; },
                  "findings[1].when.all[1].question");
  expect_bad_form(
      [](json& f) {
        f["findings"][1]["when"]["all"][0] = {{"question", "age_years"}, {"is", true}};
      },
      "findings[1].when.all[0].is");
  expect_bad_form([](json& f) { f["findings"][2]["flag"] = "Possible"; }, "findings[2].flag");
  expect_bad_form([](json& f) { f["findings"][0].erase("reason"); }, "findings[0].reason");
  EXPECT_FALSE(check_form("not json").ok());
}

TEST(BuiltinForms, AllCheckAndCoverTheInstrumentsTheIssueNames) {
  std::set<std::string> ids;
  for (auto text : builtin_form_texts()) {
    auto summary = check_form(text);
    ASSERT_TRUE(summary.ok()) << summary.error().describe();
    ids.insert(summary->form);
  }
  for (const char* id :
       {"washington_group_short_set", "ilo_forced_labour_indicators", "age_and_accompaniment",
        "pregnancy", "serious_illness", "torture_and_sgbv_disclosure"}) {
    EXPECT_EQ(ids.count(id), 1U) << id;
  }
}

TEST(BuiltinForms, TheWashingtonGroupSetFindsDisabilityAtItsCutOff) {
  testing::TempStore temp;
  auto form = find_form(temp.store(), "washington_group_short_set", 0);
  ASSERT_TRUE(form.ok()) << form.error().describe();
  json answers = json::object();
  const json definition = json::parse(form->text);
  for (const auto& q : definition["questions"])
    answers[q["id"].get<std::string>()] = "some_difficulty";
  auto none = findings(form->text, answers.dump());
  ASSERT_TRUE(none.ok()) << none.error().describe();
  EXPECT_EQ(json::parse(*none), json::array());
  answers["walking"] = "a_lot_of_difficulty";
  auto result = findings(form->text, answers.dump());
  ASSERT_TRUE(result.ok()) << result.error().describe();
  ASSERT_EQ(json::parse(*result).size(), 1U);
  EXPECT_EQ(json::parse(*result)[0]["code"], "disability");
}

TEST(InstallationForms, AreVersionedAndNeverChangeOnceAdded) {
  testing::TempStore temp;
  store::Store& store = temp.store();
  EXPECT_EQ(find_form(store, "sample", 0).error().code, ErrorCode::kUnknownForm);
  json form = sample_form();
  ASSERT_TRUE(add_form(store, form.dump()).ok());
  EXPECT_TRUE(add_form(store, form.dump()).ok()) << "adding the same text again is a no-op";

  json changed = form;
  changed["title"] = "Sample, reworded";
  auto refused = add_form(store, changed.dump());
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().field, "version");
  EXPECT_NE(refused.error().message.find("never changes"), std::string::npos);

  changed["version"] = 2;
  ASSERT_TRUE(add_form(store, changed.dump()).ok());
  EXPECT_EQ(find_form(store, "sample", 0)->version, 2);
  EXPECT_EQ(json::parse(find_form(store, "sample", 1)->text)["title"], "Sample");
  auto missing = find_form(store, "sample", 3);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().field, "version");

  auto listed = list_forms(store);
  ASSERT_TRUE(listed.ok());
  int samples = 0;
  for (const auto& summary : *listed) {
    if (summary.form == "sample") {
      ++samples;
      EXPECT_FALSE(summary.builtin);
    }
  }
  EXPECT_EQ(samples, 2);
  EXPECT_FALSE(add_form(store, "{\"form\": \"x\"}").ok());
}

}  // namespace
}  // namespace haven::screening
