#pragma once
// The built-in profiles' TOML texts, compiled in from data/profiles/*.toml by the build-time
// generator tools/codegen/profile_texts.cpp (which also defines builtin_profile_names()).

#include <span>
#include <string_view>

namespace haven::rules {

// The texts, in the order of builtin_profile_names().
std::span<const std::string_view> builtin_profile_texts();

}  // namespace haven::rules
