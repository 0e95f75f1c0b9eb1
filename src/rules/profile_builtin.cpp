// The profiles compiled into the binary, and choosing one by name or by file.

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "haven/rules/profile.h"
#include "rules/builtin_profiles.h"

namespace haven::rules {
namespace {

std::string names_list() {
  std::string out;
  for (const auto& name : builtin_profile_names()) {
    out += (out.empty() ? "" : ", ") + std::string(name);
  }
  return out;
}

// Each built-in parsed once. The build has already parsed them (the generator refuses a
// profile with errors), so an error here would mean a parser changed under its data.
const std::vector<Result<Profile>>& parsed_builtins() {
  static const std::vector<Result<Profile>> kParsed = [] {
    std::vector<Result<Profile>> out;
    const auto names = builtin_profile_names();
    const auto texts = builtin_profile_texts();
    for (std::size_t i = 0; i < names.size(); ++i) {
      out.push_back(parse_profile(texts[i], "built-in profile " + std::string(names[i])));
    }
    return out;
  }();
  return kParsed;
}

std::ptrdiff_t builtin_index(std::string_view name) {
  const auto names = builtin_profile_names();
  const auto it = std::find(names.begin(), names.end(), name);
  return it == names.end() ? -1 : it - names.begin();
}

}  // namespace

std::string_view builtin_profile_text(std::string_view name) {
  const auto index = builtin_index(name);
  return index < 0 ? std::string_view() : builtin_profile_texts()[index];
}

const Profile* builtin_profile(std::string_view name) {
  const auto index = builtin_index(name);
  if (index < 0) return nullptr;
  const auto& parsed = parsed_builtins()[index];
  return parsed ? &*parsed : nullptr;
}

Result<Profile> load_profile(std::string_view name_or_path) {
  if (const auto index = builtin_index(name_or_path); index >= 0) {
    return parsed_builtins()[index];
  }
  const std::filesystem::path path(name_or_path);
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (!std::filesystem::exists(status)) {
    return Fail(ErrorCode::kNotFound, "profile",
                "no built-in profile or file named \"" + std::string(name_or_path) +
                    "\"; the built-in profiles are " + names_list());
  }
  if (std::filesystem::is_directory(status)) {
    return Fail(ErrorCode::kIo, "profile",
                "\"" + std::string(name_or_path) + "\" is a folder, not a profile file");
  }
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  if (in) text << in.rdbuf();
  if (!in || in.bad()) {
    return Fail(ErrorCode::kIo, "profile",
                "cannot read \"" + std::string(name_or_path) + "\": " + std::strerror(errno));
  }
  return parse_profile(text.str(), name_or_path);
}

}  // namespace haven::rules
