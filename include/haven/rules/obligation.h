#pragma once
// Obligations and their status "as of" a moment. A rule turns a history of events into
// obligations: each opens at a dated fact, falls due at a deadline the profile sets, and
// may close (met, no longer applying, or failed). Because every part of an obligation is
// dated, its status at any time T is arithmetic: what was overdue on 1 March is a query,
// not a report someone remembered to run (DESIGN.md principle 3).

#include <optional>
#include <string>
#include <string_view>

#include "haven/core/time.h"

namespace haven::rules {

enum class AlertStatus {
  kOk,       // met in time, or it stopped applying
  kDue,      // open, deadline ahead
  kOverdue,  // open, deadline passed
  kBreach,   // met late, failed, or a limit crossed: it stays on record
};

std::string_view status_name(AlertStatus status);
// `ok`, `due`, `overdue`, `breach`; nullopt for anything else.
std::optional<AlertStatus> parse_status(std::string_view name);

// How an obligation closed.
enum class Closure {
  kMet,            // the required act happened (in time or late)
  kEnded,          // the situation ended (release): in time is ok, after the deadline a breach
  kNotApplicable,  // it turned out not to apply (an age assessment found an adult)
  kFailed,         // it can no longer be met (a case closed without investigation)
};

struct Obligation {
  // Rule id from the catalogue.
  std::string rule;
  std::string person_id;
  // What it is about, when more than the person: `detention:ev-…` (the episode's first
  // event), `referral:R-1`, `incident:INC-7`, `consulate:MEX`, `review:3`.
  std::string subject;
  // When the obligation arose, and when it falls due.
  Timestamp opened_at;
  Timestamp due_at;
  // When and how it closed; unset while open.
  std::optional<Timestamp> closed_at;
  Closure closure = Closure::kMet;
  // One line for people: what is owed or what happened.
  std::string detail;
  // The last one listed of a schedule that goes on (the next review of a detention still
  // going on): more follow once it falls due, so a list made earlier must be made again.
  bool open_ended = false;
};

// The obligation's status at `as_of`; nullopt before it opened.
std::optional<AlertStatus> status_at(const Obligation& obligation, Timestamp as_of);

}  // namespace haven::rules
