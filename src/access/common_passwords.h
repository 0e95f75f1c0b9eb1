#pragma once
// Private to the access module: the commonest passwords, refused whatever their length.

#include <string_view>

namespace haven::access {

// Whether `password` (compared lower-cased) is on the list of common passwords.
bool is_common_password(std::string_view password);

}  // namespace haven::access
