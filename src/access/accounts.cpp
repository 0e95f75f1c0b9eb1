#include "haven/access/accounts.h"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <nlohmann/json.hpp>

#include "access/common_passwords.h"
#include "haven/core/codes.h"
#include "haven/core/ids.h"
#include "haven/core/text.h"
#include "haven/store/store.h"

namespace haven::access {
namespace {

using nlohmann::json;

constexpr std::array<std::string_view, 8> kRoles = {"admin",
                                                    "supervisor",
                                                    "caseworker",
                                                    "service_provider",
                                                    "detention_monitor",
                                                    "consular_officer",
                                                    "statistician",
                                                    "auditor"};
constexpr std::size_t kMinPasswordLength = 12;
// Characters of a one-time password: no 0/O, 1/l/I, easy to read out and type.
constexpr std::string_view kPasswordAlphabet =
    "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
constexpr std::size_t kOneTimeLength = 20;
constexpr int kMaxTokenDays = 366;

void ensure_sodium() {
  // sodium_init is idempotent and thread-safe; it fails only when no entropy source exists.
  static const bool kReady = sodium_init() >= 0;
  if (!kReady) std::abort();
}

Error unauthorized() {
  return Fail(ErrorCode::kUnauthorized, "", "the name or password is wrong, or the session ended");
}

User user_of(const store::UserRow& row) {
  User user{row.name,      row.role, row.agency, {}, row.disabled, row.must_change_password,
            row.represents};
  const json places = json::parse(row.places, nullptr, false);
  if (places.is_array()) {
    for (const auto& place : places) {
      if (place.is_string()) user.places.push_back(place);
    }
  }
  return user;
}

std::string to_hex(const unsigned char* bytes, std::size_t size) {
  std::string hex(size * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), bytes, size);
  hex.pop_back();
  return hex;
}

}  // namespace

std::span<const std::string_view> roles() { return kRoles; }

bool is_role(std::string_view role) {
  return std::find(kRoles.begin(), kRoles.end(), role) != kRoles.end();
}

Status check_password(std::string_view password, std::string_view user_name) {
  const std::size_t length = count_code_points(password);
  if (length < kMinPasswordLength) {
    return Fail(ErrorCode::kInvalidField, "password",
                "is " + std::to_string(length) + " characters long; use at least " +
                    std::to_string(kMinPasswordLength) + " (a few words are easy to remember)");
  }
  if (is_common_password(password)) {
    return Fail(ErrorCode::kInvalidField, "password",
                "is one of the passwords tried first by anyone guessing; choose another");
  }
  std::string lowered(password);
  std::string name(user_name);
  for (auto* text : {&lowered, &name}) {
    std::transform(text->begin(), text->end(), text->begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  }
  if (!name.empty() && lowered.find(name) != std::string::npos) {
    return Fail(ErrorCode::kInvalidField, "password", "must not contain the user's name");
  }
  return Status::Ok();
}

std::string one_time_password() {
  ensure_sodium();
  std::string password;
  for (std::size_t i = 0; i < kOneTimeLength; ++i) {
    password += kPasswordAlphabet[randombytes_uniform(kPasswordAlphabet.size())];
  }
  return password;
}

std::string hash_password(std::string_view password) {
  ensure_sodium();
  std::array<char, crypto_pwhash_STRBYTES> out{};
  if (crypto_pwhash_str(out.data(), password.data(), password.size(),
                        crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
    std::abort();  // out of memory: nothing sensible to do with an unhashed password
  }
  return out.data();
}

bool password_matches(const std::string& hash, std::string_view password) {
  ensure_sodium();
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

std::string new_token() {
  ensure_sodium();
  std::array<unsigned char, 32> bytes{};
  randombytes_buf(bytes.data(), bytes.size());
  return to_hex(bytes.data(), bytes.size());
}

std::string token_digest(std::string_view token) {
  ensure_sodium();
  std::array<unsigned char, crypto_generichash_BYTES> digest{};
  crypto_generichash(digest.data(), digest.size(),
                     reinterpret_cast<const unsigned char*>(token.data()), token.size(), nullptr,
                     0);
  return to_hex(digest.data(), digest.size());
}

std::string csrf_token_of(std::string_view session_token) {
  return token_digest(std::string("csrf\n").append(session_token));
}

Result<std::string> Accounts::add(const User& user, std::optional<std::string> password,
                                  Timestamp now) {
  if (user.name.empty() || user.name.size() > 64 ||
      !std::all_of(user.name.begin(), user.name.end(), [](unsigned char c) {
        return std::isalnum(c) || c == '.' || c == '_' || c == '-' || c == '@';
      })) {
    return Fail(
        ErrorCode::kInvalidField, "name",
        "'" + user.name.substr(0, 40) + "' is not a user name: 1 to 64 letters, digits or . _ - @");
  }
  if (!is_role(user.role)) {
    std::string list;
    for (auto role : kRoles) list += (list.empty() ? "" : ", ") + std::string(role);
    return Fail(ErrorCode::kInvalidField, "role", "'" + user.role + "' is not one of: " + list);
  }
  if (user.agency.empty()) return Fail(ErrorCode::kMissingField, "agency", "every user has one");
  const bool consulate = user.role == "consular_officer";
  const bool provider = user.role == "service_provider";
  if ((consulate || provider) == user.represents.empty()) {
    return Fail(ErrorCode::kInvalidField, "represents",
                consulate
                    ? "a consular officer represents a State: give its ISO 3166-1 alpha-3 code"
                : provider ? "a service provider works for a provider of the directory: give its id"
                           : "only a consular officer or a service provider represents anyone");
  }
  if (consulate && !is_country_code(user.represents)) {
    return Fail(ErrorCode::kInvalidField, "represents",
                "'" + user.represents + "' is not an ISO 3166-1 alpha-3 code (e.g. HND)");
  }
  if (provider && !is_valid_id(user.represents)) {
    return Fail(ErrorCode::kInvalidField, "represents",
                "'" + user.represents + "' is not a provider id (e.g. PRV-1)");
  }
  if (password) {
    if (auto ok = check_password(*password, user.name); !ok) return ok.error();
  }
  const std::string chosen = password ? *password : one_time_password();
  auto batch = store_.begin_write();
  if (!batch) return batch.error();
  auto existing = (*batch)->user(user.name);
  if (!existing) return existing.error();
  if (*existing) {
    return Fail(ErrorCode::kInvalidField, "name", "a user '" + user.name + "' exists already");
  }
  json places = json::array();
  for (const auto& place : user.places) places.push_back(place);
  store::UserRow row{user.name,
                     user.role,
                     user.agency,
                     places.dump(),
                     hash_password(chosen),
                     false,
                     !password.has_value(),
                     now.micros,
                     user.represents};
  if (auto ok = (*batch)->put_user(row); !ok) return ok.error();
  if (auto ok = (*batch)->commit(); !ok) return ok.error();
  return chosen;
}

Status Accounts::disable(const std::string& name) {
  auto batch = store_.begin_write();
  if (!batch) return batch.error();
  auto row = (*batch)->user(name);
  if (!row) return row.error();
  if (!*row) return Fail(ErrorCode::kNotFound, "name", "no user '" + name + "'");
  (*row)->disabled = true;
  if (auto ok = (*batch)->put_user(**row); !ok) return ok;
  if (auto ok = (*batch)->revoke_sessions(name); !ok) return ok;
  return (*batch)->commit();
}

Result<std::string> Accounts::reset(const std::string& name) {
  auto batch = store_.begin_write();
  if (!batch) return batch.error();
  auto row = (*batch)->user(name);
  if (!row) return row.error();
  if (!*row) return Fail(ErrorCode::kNotFound, "name", "no user '" + name + "'");
  const std::string password = one_time_password();
  (*row)->password_hash = hash_password(password);
  (*row)->must_change_password = true;
  if (auto ok = (*batch)->put_user(**row); !ok) return ok.error();
  if (auto ok = (*batch)->revoke_sessions(name); !ok) return ok.error();
  if (auto ok = (*batch)->commit(); !ok) return ok.error();
  return password;
}

Result<std::string> Accounts::issue_token(const std::string& name, int days, Timestamp now) {
  if (days < 1 || days > kMaxTokenDays) {
    return Fail(ErrorCode::kInvalidField, "days", "a token lasts 1 to 366 days");
  }
  auto batch = store_.begin_write();
  if (!batch) return batch.error();
  auto row = (*batch)->user(name);
  if (!row) return row.error();
  if (!*row) return Fail(ErrorCode::kNotFound, "name", "no user '" + name + "'");
  if ((*row)->disabled) return Fail(ErrorCode::kInvalidField, "name", "'" + name + "' is disabled");
  const std::string token = new_token();
  store::SessionRow session{
      token_digest(token), name, "bearer", now.micros, now.micros + days * kMicrosPerDay, false};
  if (auto ok = (*batch)->put_session(session); !ok) return ok.error();
  if (auto ok = (*batch)->commit(); !ok) return ok.error();
  return token;
}

Result<User> Accounts::sign_in(const std::string& name, std::string_view password) {
  auto row = store_.user(name);
  if (!row) return row.error();
  if (!*row) {
    // Hash anyway, so that an unknown name takes as long to refuse as a wrong password.
    (void)hash_password(password);
    return unauthorized();
  }
  if ((*row)->disabled || !password_matches((*row)->password_hash, password)) {
    return unauthorized();
  }
  return user_of(**row);
}

Result<OpenedSession> Accounts::open_session(const std::string& name, std::string_view password,
                                             Timestamp now) {
  auto user = sign_in(name, password);
  if (!user) return user.error();
  OpenedSession opened;
  opened.token = new_token();
  opened.csrf_token = csrf_token_of(opened.token);
  const std::int64_t expires = now.micros + std::int64_t{kSessionHours} * 3'600'000'000;
  opened.session = Session{*user, "cookie", expires};
  store::SessionRow row{token_digest(opened.token), name, "cookie", now.micros, expires, false};
  auto batch = store_.begin_write();
  if (!batch) return batch.error();
  if (auto ok = (*batch)->put_session(row); !ok) return ok.error();
  if (auto ok = (*batch)->commit(); !ok) return ok.error();
  return opened;
}

Status Accounts::end_session(std::string_view token) {
  auto batch = store_.begin_write();
  if (!batch) return batch.error();
  auto row = (*batch)->session(token_digest(token));
  if (!row) return row.error();
  if (!*row) return Status::Ok();
  (*row)->revoked = true;
  if (auto ok = (*batch)->put_session(**row); !ok) return ok;
  return (*batch)->commit();
}

Status Accounts::change_password(const std::string& name, std::string_view current,
                                 std::string_view chosen, std::string_view keep_token) {
  if (chosen == current) {
    return Fail(ErrorCode::kInvalidField, "password", "is the current password; choose a new one");
  }
  if (auto ok = check_password(chosen, name); !ok) return ok;
  auto batch = store_.begin_write();
  if (!batch) return batch.error();
  auto row = (*batch)->user(name);
  if (!row) return row.error();
  if (!*row || !password_matches((*row)->password_hash, current)) {
    return Fail(ErrorCode::kInvalidField, "current_password", "is not the current password");
  }
  (*row)->password_hash = hash_password(chosen);
  (*row)->must_change_password = false;
  if (auto ok = (*batch)->put_user(**row); !ok) return ok;
  auto kept = (*batch)->session(token_digest(keep_token));
  if (!kept) return kept.error();
  if (auto ok = (*batch)->revoke_sessions(name); !ok) return ok;
  if (*kept) {
    if (auto ok = (*batch)->put_session(**kept); !ok) return ok;
  }
  return (*batch)->commit();
}

Result<Session> Accounts::session_of(std::string_view token, Timestamp now) {
  auto session = store_.session(token_digest(token));
  if (!session) return session.error();
  if (!*session || (*session)->revoked || now.micros >= (*session)->expires_at) {
    return unauthorized();
  }
  auto row = store_.user((*session)->user);
  if (!row) return row.error();
  if (!*row || (*row)->disabled) return unauthorized();
  return Session{user_of(**row), (*session)->kind, (*session)->expires_at};
}

Result<User> Accounts::user_of_token(std::string_view token, Timestamp now) {
  auto session = session_of(token, now);
  if (!session) return session.error();
  return std::move(session->user);
}

Result<std::vector<User>> Accounts::list() {
  auto rows = store_.users();
  if (!rows) return rows.error();
  std::vector<User> users;
  for (const auto& row : *rows) users.push_back(user_of(row));
  return users;
}

}  // namespace haven::access
