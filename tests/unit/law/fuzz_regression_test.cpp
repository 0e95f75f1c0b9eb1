// Every input in tests/unit/law/fuzz_regressions/ (hand-made nasty texts, and what scripts/fuzz
// found) through the checks of the fuzz target (tests/fuzz/law_checks.h): the parser and the
// writers must not crash, and a refusal must be kInvalidDocument or kInvalidJson with a message.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "fuzz/law_checks.h"

namespace haven::law {
namespace {

const std::filesystem::path kFolder = HAVEN_SOURCE_DIR "/tests/unit/law/fuzz_regressions";

std::vector<std::string> regression_files() {
  std::vector<std::string> names;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(kFolder, error)) {
    if (entry.is_regular_file()) names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::string read_bytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// A test name GoogleTest accepts: letters, digits and underscores.
std::string test_name(const testing::TestParamInfo<std::string>& info) {
  std::string name = info.param;
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

TEST(FuzzRegressions, FolderHoldsInputs) { EXPECT_FALSE(regression_files().empty()) << kFolder; }

class FuzzRegression : public testing::TestWithParam<std::string> {};

TEST_P(FuzzRegression, KeepsThePromisesOfTheFuzzTarget) {
  const auto path = kFolder / GetParam();
  std::ifstream probe(path, std::ios::binary);
  ASSERT_TRUE(probe.good()) << path;
  EXPECT_EQ(fuzz::check_law_input(read_bytes(path)), "") << path;
}

INSTANTIATE_TEST_SUITE_P(Inputs, FuzzRegression, testing::ValuesIn(regression_files()), test_name);
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(FuzzRegression);

}  // namespace
}  // namespace haven::law
