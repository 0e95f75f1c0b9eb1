#include "profile_choice.h"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace haven::cli {
namespace {

constexpr const char* kNameKey = "profile.name";
constexpr const char* kTextKey = "profile.toml";

bool is_builtin(const std::string& name) {
  auto names = rules::builtin_profile_names();
  return std::find(names.begin(), names.end(), name) != names.end();
}

}  // namespace

Result<rules::Profile> chosen_profile(Session& session, const std::string& override) {
  if (!override.empty()) return rules::load_profile(override);
  auto text = session.store->setting(kTextKey);
  if (!text) return text.error();
  auto name = session.store->setting(kNameKey);
  if (!name) return name.error();
  if (*text && !(*text)->empty()) {
    return rules::parse_profile(**text, name->value_or("the installation's profile"));
  }
  return rules::load_profile(name->value_or("international"));
}

Result<rules::Profile> fix_profile(Session& session, const std::string& name_or_file) {
  auto profile = rules::load_profile(name_or_file);
  if (!profile) return profile.error();
  std::string text;
  if (!is_builtin(name_or_file)) {
    std::ifstream in(name_or_file, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    text = buffer.str();
  }
  auto batch = session.store->begin_write();
  if (!batch) return batch.error();
  if (auto ok = (*batch)->put_setting(kNameKey, name_or_file); !ok) return ok.error();
  if (auto ok = (*batch)->put_setting(kTextKey, text); !ok) return ok.error();
  if (auto ok = (*batch)->commit(); !ok) return ok.error();
  return profile;
}

}  // namespace haven::cli
