// Care: the vulnerability assessment and the referrals that follow it — medical,
// psychosocial and legal help for victims, child protection and schooling for children,
// shelter and legal aid for everyone. Services accept, decline, or never answer.

#include <algorithm>
#include <iterator>

#include "demo/history.h"

namespace haven::demo {
namespace {

// Victims the assistance rule covers: trafficking, kidnapping, torture, sexual violence.
constexpr std::uint32_t kVictimMask =
    bit(Vulnerability::kTraffickingVictim) | bit(Vulnerability::kKidnappingVictim) |
    bit(Vulnerability::kTortureSurvivor) | bit(Vulnerability::kSgbvSurvivor);

constexpr std::string_view kServices[] = {"medical",        "psychosocial",  "legal",
                                          "shelter",        "education",     "child_protection",
                                          "family_tracing", "interpretation"};

// Assessed vulnerabilities, or 0 when the person was not assessed.
std::uint32_t write_assessment(const Identity& person, const Whereabouts& where, Seconds at,
                               Random& random, EventBuffer& log) {
  const std::uint32_t found = person.found_vulnerabilities;
  const int offset = where.at(at).utc_offset_minutes;
  if (found == 0 ||
      !log.begin_person(office_hours(at, offset, random), offset, "vulnerability.assessed")) {
    return 0;
  }
  std::array<std::string_view, kVulnerabilityCount> codes;
  std::size_t count = 0;
  for (int code = 0; code < kVulnerabilityCount; ++code) {
    if (found & (1u << code)) codes[count++] = kVulnerabilityCodes[code];
  }
  log.texts("vulnerabilities", std::span(codes.data(), count));
  return found;
}

}  // namespace

void write_referral(std::string_view service, Seconds at, const Whereabouts& where, Random& random,
                    Casebook& book, EventBuffer& log) {
  const Country& country = where.at(at);
  const int offset = country.utc_offset_minutes;
  at = office_hours(at, offset, random);
  if (at >= log.horizon()) return;
  const std::string id = book.next_referral_id();
  if (!log.begin_person(at, offset, "referral.made")) return;
  log.text("referral_id", id);
  log.text("service", service);
  // A provider of that service in the country, chosen by reservoir: one pass, no allocation.
  std::string_view provider;
  std::size_t provider_index = 0;
  std::uint32_t seen = 0;
  for (std::size_t i = 0; i < country.providers.size(); ++i) {
    const Provider& candidate = country.providers[i];
    if (candidate.service == service && random.below(++seen) == 0) {
      provider = candidate.name;
      provider_index = i;
    }
  }
  if (!provider.empty()) {
    log.text("provider_id", provider_id_for(country, provider_index));
    log.text("provider", provider);
  }
  log.flag("consent", true);  // no consent, no referral: the demo records only consented ones

  const int draw = static_cast<int>(random.below(100));
  if (draw < 62) {
    const Seconds accepted =
        office_hours(at + random.between(4 * kHour, 10 * kDay), offset, random);
    if (log.begin(accepted, offset, "referral.accepted")) log.text("referral_id", id);
    const Seconds completed =
        office_hours(accepted + random.between(3 * kDay, 90 * kDay), offset, random);
    if (random.percent(65) && log.begin(completed, offset, "referral.completed")) {
      log.text("referral_id", id);
      log.text("outcome", std::string(service) + " assistance given");
    }
  } else if (draw < 74) {
    const Seconds declined = office_hours(at + random.between(kDay, 14 * kDay), offset, random);
    if (log.begin(declined, offset, "referral.declined")) {
      log.text("referral_id", id);
      if (random.percent(70)) log.text("note", random.pick(decline_notes()));
    }
  } else if (draw < 78) {
    // The person changes their mind: consent withdrawn, the provider's access ends.
    const Seconds withdrawn = office_hours(at + random.between(kHour, 4 * kDay), offset, random);
    if (log.begin(withdrawn, offset, "referral.consent_withdrawn")) log.text("referral_id", id);
  }
  // Otherwise unanswered: what the referral rule is for.
}

void write_care(const Identity& person, const Whereabouts& where, const DetentionSummary& held,
                Random& random, Casebook& book, EventBuffer& log) {
  const Seconds registered = person.registered_at;
  const bool alone = person.situation != ChildSituation::kNone;
  const int assess_percent = alone ? 90 : held.detained ? 75 : 65;
  const Seconds assessed_at = registered + random.between(kDay, 30 * kDay);
  std::uint32_t known = person.registered_vulnerabilities;
  if (random.percent(assess_percent)) {
    known |= write_assessment(person, where, assessed_at, random, log);
  }

  // Planned first and made in time order, so referral numbers rise with time.
  struct Planned {
    Seconds at;
    int service;
  };
  std::array<Planned, std::size(kServices)> planned;
  std::size_t count = 0;
  std::uint32_t referred = 0;  // one referral per service is enough
  auto refer = [&](int service, int percent, Seconds at) {
    if ((referred & (1u << service)) || !random.percent(percent)) return;
    referred |= 1u << service;
    planned[count++] = {at, service};
  };
  if (known & kVictimMask) {
    // Victims mostly get help within days; some wait months.
    const Seconds from = (known & ~person.registered_vulnerabilities) ? assessed_at : registered;
    for (int service = 0; service < 3; ++service) {
      const Seconds delay = random.percent(85) ? random.between(2 * kHour, 9 * kDay)
                                               : random.between(20 * kDay, 90 * kDay);
      refer(service, 80, from + delay);
    }
  }
  if (person.child()) {
    refer(5, alone ? 95 : 40, registered + random.between(kHour, 5 * kDay));
    if (person.age >= 6) refer(4, 30, registered + random.between(10 * kDay, 90 * kDay));
    refer(1, 25, registered + random.between(3 * kDay, 40 * kDay));
  }
  refer(2, 55, registered + random.between(kHour, 30 * kDay));
  refer(0, 45, registered + random.between(kHour, 20 * kDay));
  if (!(held.detained && held.started < registered + kDay)) {
    refer(3, 30, registered + random.between(kHour, 3 * kDay));
  }
  refer(1, 15, registered + random.between(5 * kDay, 60 * kDay));
  refer(7, 4, registered + random.between(kHour, 10 * kDay));
  refer(6, alone ? 30 : 2, registered + random.between(kDay, 60 * kDay));
  std::stable_sort(planned.begin(), planned.begin() + static_cast<std::ptrdiff_t>(count),
                   [](const Planned& a, const Planned& b) { return a.at < b.at; });
  for (std::size_t i = 0; i < count; ++i) {
    write_referral(kServices[planned[i].service], planned[i].at, where, random, book, log);
  }
}

}  // namespace haven::demo
