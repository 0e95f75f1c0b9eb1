// The rules read an event's fields in one SAX pass: strings, booleans, lists of strings,
// one level of object, and the codes of a list of objects (a screening's findings).

#include <gtest/gtest.h>

#include "rules/history.h"

namespace haven::rules {
namespace {

TEST(FactFields, KeepEveryCodeOfAListOfObjects) {
  Fact fact;
  ASSERT_TRUE(read_fields(
      R"({"findings":[{"code":"torture_survivor","reason":"disclosed"},)"
      R"({"flag":"wants_referral","reason":"asked"},{"code":"sgbv_survivor","reason":"too"}],)"
      R"("location":{"country":"ITA"},"nationalities":["ERI","ETH"],"requested":true})",
      fact.fields));
  EXPECT_EQ(fact.list("findings"), (std::vector<std::string>{"torture_survivor", "sgbv_survivor"}));
  EXPECT_EQ(fact.text("location.country"), "ITA");
  EXPECT_EQ(fact.list("nationalities"), (std::vector<std::string>{"ERI", "ETH"}));
  EXPECT_TRUE(fact.flag("requested"));
}

}  // namespace
}  // namespace haven::rules
