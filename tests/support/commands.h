#pragma once
// Running a command a test checks its output with (xmllint against a schema, unzip), and
// counting what a written document holds.

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace haven::testing {

struct CommandResult {
  int status = -1;     // as pclose gives it: 0 when the command succeeded
  std::string output;  // standard output and error together
};

inline CommandResult run_command(const std::string& command) {
  CommandResult result;
  if (FILE* pipe = ::popen((command + " 2>&1").c_str(), "r")) {
    char buffer[4096];
    while (std::size_t read = std::fread(buffer, 1, sizeof buffer, pipe)) {
      result.output.append(buffer, read);
    }
    result.status = ::pclose(pipe);
  }
  return result;
}

// A path in the temporary folder unique to this test process.
inline std::filesystem::path temporary_path(const std::string& name) {
  return std::filesystem::temp_directory_path() /
         ("haven_test_" + std::to_string(::getpid()) + "_" + name);
}

// Writes `xml` to a temporary file and runs xmllint on it with the schema.
inline CommandResult validate_xml(const std::string& xml, const std::string& schema,
                                  const std::string& name) {
  const auto path = temporary_path(name + ".xml");
  std::ofstream(path, std::ios::binary) << xml;
  CommandResult result =
      run_command("xmllint --noout --schema '" + schema + "' '" + path.string() + "'");
  std::filesystem::remove(path);
  return result;
}

inline std::size_t occurrences(const std::string& haystack, const std::string& needle) {
  std::size_t found = 0;
  for (auto at = haystack.find(needle); at != std::string::npos;
       at = haystack.find(needle, at + 1)) {
    ++found;
  }
  return found;
}

}  // namespace haven::testing
