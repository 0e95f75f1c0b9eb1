#include "domain/compact_json.h"

#include <gtest/gtest.h>

namespace haven::domain {
namespace {

// Stored bodies must not depend on which writer produced them: exports are compared byte
// for byte, so the fast writer must agree with nlohmann's own dump.
TEST(CompactJson, WritesWhatNlohmannDumpWrites) {
  const std::vector<nlohmann::json> values = {
      nlohmann::json::parse(R"({"b":1,"a":[true,false,null],"c":{"z":"x","y":-42}})"),
      nlohmann::json("quote \" backslash \\ slash / tab \t newline \n bell \a del \x7f"),
      nlohmann::json("ኣማኑኤል ተስፋይ محمد عبد الرحمن José"),
      nlohmann::json(std::string("nul \0 and \x1f", 12)),
      nlohmann::json(18446744073709551615ULL),
      nlohmann::json(-9223372036854775807LL),
      nlohmann::json(2.5),
      nlohmann::json::array(),
      nlohmann::json::object(),
  };
  for (const auto& value : values) EXPECT_EQ(compact(value), value.dump()) << value.dump();
}

}  // namespace
}  // namespace haven::domain
