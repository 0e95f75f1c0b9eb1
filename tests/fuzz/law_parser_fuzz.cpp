// libFuzzer target: any bytes through parse_resolution and, when they parse, through every
// writer and back (tests/fuzz/law_checks.h). Built by tests/fuzz/CMakeLists.txt with ASan and
// UBSan; scripts/fuzz runs it and keeps what it finds in tests/unit/law/fuzz_regressions/.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "fuzz/law_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const std::string problems = haven::law::fuzz::check_law_input(text);
  if (!problems.empty()) {
    std::fprintf(stderr, "law_parser_fuzz: broken promise\n%s", problems.c_str());
    std::abort();
  }
  return 0;
}
