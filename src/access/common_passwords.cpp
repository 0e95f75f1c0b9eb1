// The commonest passwords of 12 characters or more (shorter ones are refused by length
// anyway), and common bases that people lengthen with digits: taken from the top of the
// lists of passwords most found in public breach data (the UK NCSC's "100,000 most common
// passwords", drawn from Have I Been Pwned). A password is refused when, lower-cased and
// stripped of trailing digits and punctuation, it is one of these.

#include "access/common_passwords.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <string>

namespace haven::access {
namespace {

constexpr std::string_view kCommon[] = {"123456789012",
                                        "1234567890",
                                        "qwertyuiop",
                                        "1q2w3e4r5t6y",
                                        "1qaz2wsx3edc",
                                        "qwertyuiopasdfghjkl",
                                        "password",
                                        "passw0rd",
                                        "p@ssw0rd",
                                        "p@ssword",
                                        "iloveyou",
                                        "sunshine",
                                        "princess",
                                        "football",
                                        "baseball",
                                        "welcome",
                                        "letmein",
                                        "trustno1",
                                        "dragon",
                                        "monkey",
                                        "master",
                                        "shadow",
                                        "superman",
                                        "michael",
                                        "jennifer",
                                        "starwars",
                                        "computer",
                                        "whatever",
                                        "qazwsx",
                                        "asdfghjkl",
                                        "zxcvbnm",
                                        "abc123",
                                        "abcdefghijkl",
                                        "aaaaaaaaaaaa",
                                        "111111111111",
                                        "000000000000",
                                        "123123123123",
                                        "112233445566",
                                        "987654321",
                                        "changeme",
                                        "administrator",
                                        "admin",
                                        "adminadmin",
                                        "rootroot",
                                        "passwordpassword",
                                        "iloveyouiloveyou",
                                        "qwerty",
                                        "qwertyqwerty",
                                        "loveyou",
                                        "liverpool",
                                        "chelsea",
                                        "arsenal",
                                        "manchester",
                                        "pokemon",
                                        "nicole",
                                        "daniel",
                                        "ashley",
                                        "jessica",
                                        "password1",
                                        "welcome1",
                                        "haven"};

}  // namespace

bool is_common_password(std::string_view password) {
  std::string base(password);
  std::transform(base.begin(), base.end(), base.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  const auto common = [](const std::string& text) {
    return std::find(std::begin(kCommon), std::end(kCommon), text) != std::end(kCommon);
  };
  if (common(base)) return true;
  // "Password2026!" and "sunshine123456" are the same guess as their base.
  while (!base.empty() && !std::isalpha(static_cast<unsigned char>(base.back()))) base.pop_back();
  return common(base);
}

}  // namespace haven::access
