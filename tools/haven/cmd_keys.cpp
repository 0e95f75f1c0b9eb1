// haven keys rotate: re-seal the database under a new key while it keeps serving
// (keys/keyring.h).

#include <iostream>

#include "commands.h"
#include "progress.h"

namespace haven::cli {
namespace {

// Rows re-sealed per transaction: small enough that a server's writes wait only briefly.
constexpr std::int64_t kRowsPerStep = 2000;

int rotate(const GlobalOptions& global, std::int64_t rows_per_step) {
  if (key_file_path(global).empty()) {
    return report_error(Error{ErrorCode::kBadRequest, "HAVEN_KEY",
                              "a key given in HAVEN_KEY cannot be rotated in place: keep the "
                              "keys in a key file (--key-file or HAVEN_KEY_FILE) to rotate them",
                              0});
  }
  auto session = open_session(global, false);
  if (!session) return report_error(session.error());
  // Through the store's own key source, so that its seals use the new key at once.
  Session& s = **session;
  keys::KeySource& keys = *s.keys;
  const keys::Keyring old_ring = *keys.current();
  const keys::Keyring new_ring = old_ring.with_new_key();
  // First the file holds both keys: a server reading it opens old seals and makes new ones
  // under the new key, and a rotation cut short can simply be run again.
  if (auto ok = keys.replace(new_ring); !ok) return report_error(ok.error());
  auto total = s.store->rows_to_reseal();
  if (!total) return report_error(total.error());
  Progress progress("Re-sealing", *total, "rows");
  std::int64_t done = 0;
  for (;;) {
    auto batch = s.store->begin_write();
    if (!batch) return report_error(batch.error());
    auto resealed = (*batch)->reseal(rows_per_step);
    if (!resealed) return report_error(resealed.error());
    if (auto ok = (*batch)->commit(); !ok) return report_error(ok.error());
    // A step with nothing left to do ran inside a write transaction: no row under an old key
    // remains, and every writer from now on reads the new file first.
    if (*resealed == 0) break;
    done += *resealed;
    progress.update(done, done);
  }
  progress.finish();
  if (auto ok = keys.replace(new_ring.active_only()); !ok) return report_error(ok.error());
  const std::string detail = "key " + std::to_string(new_ring.active_id()) + " seals; " +
                             std::to_string(old_ring.keys().size()) + " old key(s) retired; " +
                             std::to_string(done) + " rows re-sealed";
  if (auto ok = log_cli_action(s, global, "keys_rotated", keys.path(), "", detail); !ok) {
    return report_error(ok.error());
  }
  std::cout << "Re-sealed " << with_commas(done) << " rows under key " << new_ring.active_id()
            << "; the old key is gone from " << keys.path()
            << ".\nBackups made before now need the old key file: keep it as safely as they "
               "are, or destroy both.\n";
  return 0;
}

}  // namespace

void add_keys_commands(CLI::App& app, const GlobalOptions& global, int& exit) {
  auto* cmd = app.add_subcommand("keys", "The encryption keys that seal sensitive data")
                  ->require_subcommand(1);
  cmd->footer(
      "Names, identity documents, contact details, notes, screening answers and everything\n"
      "else a person's record holds are sealed (XChaCha20-Poly1305) under a key kept in the key\n"
      "file, not in the database: a copied database file without it reveals none of them.\n"
      "The key file is made by `haven init` beside the database (DB.keys, mode 600); keep it\n"
      "somewhere else and point to it with --key-file or HAVEN_KEY_FILE, or give the key in\n"
      "HAVEN_KEY (64 hex digits).\n\nExamples:\n"
      "  haven keys rotate\n"
      "  HAVEN_KEY_FILE=/etc/haven/keys haven keys rotate");
  auto rows_per_step = std::make_shared<std::int64_t>(kRowsPerStep);
  auto* rotate_cmd = cmd->add_subcommand(
      "rotate", "Seal everything under a new key, then retire the old one (while serving)");
  rotate_cmd
      ->add_option("--rows-per-step", *rows_per_step,
                   "Rows re-sealed per transaction (a server's writes wait for one step)")
      ->check(CLI::Range(1, 1'000'000))
      ->capture_default_str();
  rotate_cmd->footer(
      "A running `haven serve` reads the new key file by itself: it opens what either key\n"
      "sealed, and seals under the new key from its next write. The rotation is logged to\n"
      "the audit log (action `keys_rotated`).");
  rotate_cmd->callback([&global, &exit, rows_per_step] { exit = rotate(global, *rows_per_step); });
}

}  // namespace haven::cli
