#pragma once
// Reading a test's data file whole.

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace haven::testing {

// The file's bytes; empty when it cannot be read.
inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

}  // namespace haven::testing
