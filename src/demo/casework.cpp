// Casework: protection cases opened for victims, children on their own and some others, by
// an agency in the country; assigned (or left waiting), worked through a plan of actions
// that are done, cancelled or left overdue, noted, and some closed with a supervisor's
// approval. Drawn from its own random stream, so the rest of a history is unchanged.

#include <algorithm>
#include <array>
#include <iterator>

#include "demo/history.h"

namespace haven::demo {
namespace {

constexpr std::uint64_t kCaseworkStream = 4;

constexpr std::uint32_t kVictimMask =
    bit(Vulnerability::kTraffickingVictim) | bit(Vulnerability::kKidnappingVictim) |
    bit(Vulnerability::kTortureSurvivor) | bit(Vulnerability::kSgbvSurvivor) |
    bit(Vulnerability::kForcedLabour) | bit(Vulnerability::kDebtBondage);

// Cases are assigned to user names, so that a caseworker who signs in finds their queue
// (scripts/run creates accounts for some of them).
constexpr std::string_view kCaseworkers[] = {"lucia.gomez",   "amal.haddad",  "samuel.okafor",
                                             "marta.rossi",   "nadia.rahman", "tomas.herrera",
                                             "hiwot.tesfaye", "farah.aziz",   "daniel.mensah",
                                             "ana.beltran",   "yusuf.demir",  "chiara.esposito"};
constexpr std::string_view kSupervisors[] = {"isabel.moreno", "karim.benali", "grace.achieng"};

struct ActionKind {
  std::string_view id;
  std::string_view action;
};
constexpr ActionKind kActions[] = {
    {"medical", "medical examination and treatment"},
    {"psychosocial", "psychosocial support sessions"},
    {"legal", "legal counselling on status and rights"},
    {"shelter", "safe accommodation"},
    {"documents", "help to obtain identity documents"},
    {"family", "contact with family, if the person wishes"},
    {"school", "school enrolment"},
    {"livelihood", "vocational training or work permit"},
};

constexpr std::string_view kNotes[] = {
    "Met the person with an interpreter; they asked that their family not be contacted.",
    "Follow-up call: the person is safe at the shelter.",
    "The person fears reprisals from the network that brought them here.",
    "Appointment missed; rescheduled with the clinic.",
    "The person wants to stay in the country and to work.",
};

constexpr std::string_view kHighRisk[] = {"the exploiters know where the person stays",
                                          "threats received since arrival", "no safe accommodation",
                                          "serious untreated injuries"};
constexpr std::string_view kLowerRisk[] = {"stable accommodation and support network",
                                           "needs met by the services involved",
                                           "no current threat reported"};

}  // namespace

// Chosen by reservoir among the country's providers.
std::string_view agency_in(const Country& country, bool child, Random& random) {
  std::string_view agency = "UNHCR";
  std::uint32_t seen = 0;
  for (const Provider& p : country.providers) {
    const bool fits = child ? p.service == "child_protection" : p.service == "psychosocial";
    if (fits && random.below(++seen) == 0) agency = p.name;
  }
  return agency;
}

void write_casework(const Identity& person, const Whereabouts& where, std::uint64_t seed,
                    EventBuffer& log) {
  Random random(seed, kCaseworkStream, static_cast<std::uint64_t>(person.index));
  const std::uint32_t known = person.registered_vulnerabilities | person.found_vulnerabilities;
  const bool victim = (known & kVictimMask) != 0;
  const bool alone = person.situation != ChildSituation::kNone;
  if (!random.percent(victim ? 75 : alone ? 80 : known != 0 ? 25 : 4)) return;

  const Seconds registered = person.registered_at;
  const Country& country = where.at(registered);
  const int offset = country.utc_offset_minutes;
  const std::string id = "C-" + person.person_id.substr(2);
  auto on_case = [&](Seconds at, std::string_view type) {
    if (!log.begin(at, offset, type)) return false;
    log.text("case_id", id);
    return true;
  };

  Seconds at = office_hours(registered + random.between(kHour, 5 * kDay), offset, random);
  if (!log.begin_person(at, offset, "case.opened")) return;
  log.text("case_id", id);
  log.text("agency", agency_in(country, person.child(), random));
  const bool assigned_at_once = random.percent(60);
  if (assigned_at_once) log.text("caseworker", random.pick(kCaseworkers));
  log.text("reason", victim  ? "identified as a victim: assistance and protection"
                     : alone ? "child without parents or usual caregivers"
                             : "vulnerability found at assessment");

  bool assigned = assigned_at_once;
  if (!assigned && random.percent(70)) {
    at = office_hours(at + random.between(kDay, 10 * kDay), offset, random);
    if (on_case(at, "case.assigned")) {
      log.text("caseworker", random.pick(kCaseworkers));
      assigned = true;
    }
  }
  if (!random.percent(85)) return;  // never got going: stays open
  at = office_hours(at + random.between(kHour, 7 * kDay), offset, random);
  if (!on_case(at, "case.activated")) return;
  if (random.percent(60)) {
    at = office_hours(at + random.between(kHour, 2 * kDay), offset, random);
    if (on_case(at, "case.risk_set")) {
      const bool high = victim || alone;
      log.text("level", high ? (random.percent(30) ? "critical" : "high")
                             : (random.percent(50) ? "medium" : "low"));
      log.text("reason", high ? random.pick(kHighRisk) : random.pick(kLowerRisk));
    }
  }

  // The plan: one to three actions, each done, cancelled, or left to run late.
  const int actions = 1 + static_cast<int>(random.below(3));
  const std::size_t first = random.below(std::size(kActions));
  // Closure comes after everything else done on the case.
  Seconds latest = at;
  // Actions neither done nor cancelled, to settle before the case is closed.
  std::array<std::string_view, 3> pending{};
  std::size_t pending_count = 0;
  for (int i = 0; i < actions; ++i) {
    const ActionKind& kind = kActions[(first + static_cast<std::size_t>(i)) % std::size(kActions)];
    const Seconds planned = office_hours(at + random.between(kHour, 3 * kDay), offset, random);
    const Seconds due = planned + random.between(3 * kDay, 30 * kDay);
    if (!on_case(planned, "case.action_planned")) break;
    latest = std::max(latest, planned);
    log.text("action_id", kind.id);
    log.text("action", kind.action);
    std::string due_date;
    append_local_time(due_date, due, offset);
    log.text("due", std::string_view(due_date).substr(0, 10));
    const int outcome = static_cast<int>(random.below(100));
    if (outcome < 60) {
      const Seconds done = office_hours(planned + random.between(kDay, 40 * kDay), offset, random);
      if (on_case(done, "case.action_updated")) {
        log.text("action_id", kind.id);
        log.text("status", "done");
        latest = std::max(latest, done);
      }
    } else if (outcome < 70) {
      const Seconds dropped =
          office_hours(planned + random.between(kDay, 20 * kDay), offset, random);
      if (on_case(dropped, "case.action_updated")) {
        log.text("action_id", kind.id);
        log.text("status", "cancelled");
        log.text("note", "no longer needed");
        latest = std::max(latest, dropped);
      }
    } else {
      pending[pending_count++] = kind.id;
    }
  }
  for (int n = static_cast<int>(random.below(3)); n > 0; --n) {
    const Seconds noted = office_hours(at + random.between(kDay, 60 * kDay), offset, random);
    if (on_case(noted, "case.note_added")) {
      log.text("note", random.pick(kNotes));
      latest = std::max(latest, noted);
    }
  }

  if (!assigned || !random.percent(35)) return;
  Seconds closing = office_hours(latest + random.between(10 * kDay, 60 * kDay), offset, random);
  for (std::size_t i = 0; i < pending_count; ++i) {
    if (!on_case(closing, "case.action_updated")) return;
    log.text("action_id", pending[i]);
    log.text("status", "done");
  }
  if (!on_case(closing, "case.closure_requested")) return;
  log.text("reason", "the plan's goals are met");
  if (!random.percent(85)) return;  // still waiting for a supervisor
  closing = office_hours(closing + random.between(kHour, 7 * kDay), offset, random);
  if (!on_case(closing, "case.closure_approved")) return;
  log.text("supervisor", random.pick(kSupervisors));
  if (!on_case(closing + random.between(kMinute, 2 * kHour), "case.closed")) return;
  if (random.percent(10)) {
    const Seconds again =
        office_hours(closing + random.between(5 * kDay, 90 * kDay), offset, random);
    if (on_case(again, "case.reopened")) log.text("reason", "new threats reported");
  }
}

}  // namespace haven::demo
