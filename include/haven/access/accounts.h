#pragma once
// User accounts, passwords and sessions (issue 6). Passwords are kept only as Argon2id
// hashes; sessions and API tokens are random tokens kept only as BLAKE2b digests, so that a
// copy of the database signs no one in. Every user has a role and an agency, and may be
// limited to places (countries, facilities).

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "haven/core/result.h"
#include "haven/core/time.h"

namespace haven::store {
class Store;
}

namespace haven::access {

// The roles of DESIGN.md, in its order.
std::span<const std::string_view> roles();
bool is_role(std::string_view role);

struct User {
  std::string name;
  std::string role;
  std::string agency;
  std::vector<std::string> places;  // empty: no limit
  bool disabled = false;
  bool must_change_password = false;
  // A consular officer's State (ISO 3166-1 alpha-3): they see only its nationals.
  std::string represents = {};
};

// Why a password is refused, or Ok: at least 12 characters, not one of the commonest
// passwords, not the user's name. The error names `password`.
Status check_password(std::string_view password, std::string_view user_name);

// A one-time password for a first sign-in or a reset: 20 random characters.
std::string one_time_password();

// Argon2id hash (libsodium's interactive limits) and its check.
std::string hash_password(std::string_view password);
bool password_matches(const std::string& hash, std::string_view password);

// A new random token (256 bits, hex) and the digest under which it is stored.
std::string new_token();
std::string token_digest(std::string_view token);

// A session as the server sees it: whose it is and how it was given.
struct Session {
  User user;
  std::string kind;             // `cookie` (the web UI) or `bearer` (API clients and scripts)
  std::int64_t expires_at = 0;  // UTC microseconds
};

// A new session, as handed to the user once: the token (never stored), and for cookie
// sessions the value every unsafe request must repeat in the X-CSRF-Token header.
struct OpenedSession {
  std::string token;
  std::string csrf_token;
  Session session;
};

// The CSRF token of a cookie session: derived from its token, so a page that cannot read the
// (HttpOnly) cookie cannot forge it, and nothing more needs storing.
std::string csrf_token_of(std::string_view session_token);

// How long a web session lasts from sign-in.
inline constexpr int kSessionHours = 8;

class Accounts {
 public:
  explicit Accounts(store::Store& store) : store_(store) {}

  // Creates a user. Returns the one-time password to hand over (changed at first sign-in),
  // or the given password when one was chosen (checked by check_password).
  Result<std::string> add(const User& user, std::optional<std::string> password, Timestamp now);
  Status disable(const std::string& name);
  // A new one-time password for `name`; every session of theirs is revoked.
  Result<std::string> reset(const std::string& name);
  // A bearer token for API clients and scripts, valid for `days`.
  Result<std::string> issue_token(const std::string& name, int days, Timestamp now);
  // The user a password signs in, or kUnauthorized (the same answer whether the name or
  // the password was wrong, so names cannot be guessed).
  Result<User> sign_in(const std::string& name, std::string_view password);
  // Signs in and opens a cookie session of kSessionHours.
  Result<OpenedSession> open_session(const std::string& name, std::string_view password,
                                     Timestamp now);
  // Ends the session of `token` (signing out); unknown tokens are ignored.
  Status end_session(std::string_view token);
  // Changes a password after checking the current one; clears must_change_password and
  // ends every other session of the user (the one of `keep_token` stays).
  Status change_password(const std::string& name, std::string_view current, std::string_view chosen,
                         std::string_view keep_token);
  // The session of a token, while it is neither expired nor revoked and its user is not
  // disabled; otherwise kUnauthorized.
  Result<Session> session_of(std::string_view token, Timestamp now);
  // The user a token belongs to, while it is neither expired nor revoked and the user is
  // not disabled; otherwise kUnauthorized.
  Result<User> user_of_token(std::string_view token, Timestamp now);
  Result<std::vector<User>> list();

 private:
  store::Store& store_;
};

}  // namespace haven::access
