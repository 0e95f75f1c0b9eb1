// Tracing: relatives looking for each other. A third of requests seek someone Haven has
// registered, spelled the requester's way (Mohamed asked for, Muhammad registered), which is
// the case record linkage exists for; some of those end in a reunion.

#include <cstdio>
#include <cstdlib>

#include "demo/history.h"

namespace haven::demo {
namespace {

enum Relation { kSibling, kChild, kParent, kSpouse };

// Caseworkers' decisions on a request, from their own stream (the person's is left as it was).
constexpr std::uint64_t kTraceDecisionStream = 6;

// What the relative is to the person sought, as family.linked names it.
std::string_view link_of(Relation sought) {
  switch (sought) {
    case kSibling:
      return "sibling";
    case kChild:
      return "parent";  // the person sought is the relative's child
    case kParent:
      return "child";
    case kSpouse:
      return "spouse";
  }
  return "other_relative";
}

Relation draw_relation(const Identity& person, Random& random) {
  const int draw = static_cast<int>(random.below(100));
  if (person.child()) return draw < 65 ? kParent : kSibling;
  if (person.age < 25) return draw < 45 ? kSibling : draw < 70 ? kParent : kSpouse;
  return draw < 35 ? kSpouse : draw < 65 ? kChild : draw < 90 ? kSibling : kParent;
}

// What the requester is to the person sought, in the words of a request form.
std::string_view role_of(const Identity& requester, Relation sought) {
  const bool f = requester.sex == 'F';
  const bool m = requester.sex == 'M';
  switch (sought) {
    case kSibling:
      return f ? "sister" : m ? "brother" : "sibling";
    case kChild:
      return f ? "mother" : m ? "father" : "parent";
    case kParent:
      return f ? "daughter" : m ? "son" : "child";
    case kSpouse:
      return f ? "wife" : m ? "husband" : "spouse";
  }
  return "relative";
}

// What the person sought is to the requester.
std::string_view relation_name(Relation sought, bool female) {
  switch (sought) {
    case kSibling:
      return female ? "sister" : "brother";
    case kChild:
      return female ? "daughter" : "son";
    case kParent:
      return female ? "mother" : "father";
    case kSpouse:
      return female ? "wife" : "husband";
  }
  return "relative";
}

void seek_registered(const Identity& other, PendingTrace& trace, Random& random) {
  trace.given_name = random.percent(70) ? spell(other.given, true, random) : other.given_name;
  if (!other.family_name.empty()) {
    trace.family_name = random.percent(70) ? spell(other.family, true, random) : other.family_name;
  }
  if (random.percent(50)) trace.name_original = other.name_original;
  trace.sex = other.sex;
  trace.birth_date = random.percent(50) ? other.birth_date : other.birth_date.substr(0, 4);
  trace.nationality = other.nationality;
  trace.last_seen_place = other.site->place;
}

// A relative Haven has never met: named in the family's tradition, born about when a
// sibling, child, parent or spouse would be.
void seek_unregistered(const Identity& person, Relation relation, PendingTrace& trace,
                       Random& random) {
  bool female = random.percent(50);
  const NamePool& pool = *person.origin->names;
  const bool patronymic = pool.order == NameOrder::kPatronymic;
  // Where names are patronymic, a father sought is named by the requester's "family name".
  if (relation == kParent && patronymic && person.family[0].form != nullptr && random.percent(60)) {
    female = false;
  }
  std::array<NamePart, 3> given;
  std::array<NamePart, 2> family;
  draw_name(random, pool, female, given, family);
  if (relation == kSibling) family = person.family;
  if (relation == kChild) {
    family = person.family;
    // A child's "family name" is the father's given name where names are patronymic.
    if (patronymic && person.sex == 'M') family = {person.given[0], {}};
  }
  if (relation == kParent && !female) {
    if (patronymic && person.family[0].form != nullptr) {
      given = {person.family[0], {}, {}};
      if (person.family[1].form != nullptr) family = {person.family[1], {}};
    } else if (!patronymic) {
      family = person.family;
    }
  }
  trace.given_name = spell(given, false, random);
  trace.family_name = spell(family, false, random);
  if (random.percent(50)) trace.name_original = original_of(given, family, pool.order);
  trace.sex = female ? 'F' : 'M';
  int year = std::atoi(person.birth_date.substr(0, 4).c_str());
  switch (relation) {
    case kSibling:
      year += static_cast<int>(random.between(-10, 10));
      break;
    case kChild:
      year += static_cast<int>(random.between(18, 35));
      break;
    case kParent:
      year -= static_cast<int>(random.between(18, 35));
      break;
    case kSpouse:
      year += static_cast<int>(random.between(-8, 8));
      break;
  }
  const CivilDate today = civil_from_days(person.registered_at / kDay);
  if (year > today.year - 1) year = today.year - 1;
  char text[16];
  std::snprintf(text, sizeof text, "%04d", year);
  trace.birth_date = text;
  trace.nationality = person.nationality;
  trace.last_seen_place =
      random.percent(60) ? random.pick(person.corridor->incident_places).place : person.site->place;
}

// A caseworker's decisions on the candidates of a request for a registered person: a
// look-alike ruled out, the person confirmed, the family link recorded, and the reunion
// that rests on the confirmed match.
void write_decisions(const PendingTrace& trace, const char* request_id, EventBuffer& log) {
  const Seconds decided = trace.at + trace.decided_after;
  const int offset = trace.offset_minutes;
  constexpr std::string_view kCaseworker = "tracing caseworker";
  if (!trace.rejected_person_id.empty() &&
      log.begin(decided - kDay, offset, "tracing.match_rejected")) {
    log.text("request_id", request_id);
    log.text("person_id", trace.rejected_person_id);
    log.text("by", kCaseworker);
    log.text("reason", "not the person sought: another family, as the relative confirmed");
  }
  if (!trace.confirmed || trace.sought_person_id.empty() || decided >= log.horizon()) return;
  if (log.begin(decided, offset, "tracing.match_confirmed")) {
    log.text("request_id", request_id);
    log.text("person_id", trace.sought_person_id);
    log.text("by", kCaseworker);
  }
  if (trace.requester_person_id != trace.sought_person_id &&
      log.begin(decided + kHour, offset, "family.linked")) {
    log.text("person_id", trace.sought_person_id);
    log.text("relative_id", trace.requester_person_id);
    log.text("relation", trace.relation);
    log.text("asserted_by", "the relative, confirmed by the tracing caseworker");
  }
  if (trace.reunion_at > 0 &&
      log.begin(std::max(trace.reunion_at, decided + kDay), offset, "family.reunified")) {
    log.text("person_id", trace.sought_person_id);
    log.text("with", trace.requester_person_id);
    log.text("request_id", request_id);
  }
}

}  // namespace

void note_trace(const Identity& person, const Whereabouts& where, Random& random, Casebook& book,
                EventBuffer& log) {
  const bool alone = person.situation != ChildSituation::kNone;
  if (!random.per_mille(alone ? 100 : 18)) return;
  PendingTrace trace;
  const Seconds wanted = person.registered_at + random.between(2 * kDay, 60 * kDay);
  trace.offset_minutes = where.at(wanted).utc_offset_minutes;
  trace.at = office_hours(wanted, trace.offset_minutes, random);
  if (trace.at >= log.horizon()) return;
  Relation relation = draw_relation(person, random);
  if (relation == kChild && person.age < 20) relation = kSibling;

  const auto& recent = book.recent_from(person.corridor_index, person.origin_index);
  std::string reunited_with;
  Seconds reunion_from = trace.at;
  if (recent.size > 0 && random.percent(35)) {
    const RecentPerson& seen = recent.people[random.below(static_cast<std::uint32_t>(recent.size))];
    // Drawing person `seen.index` again gives exactly the identity registered earlier.
    Random again = person_random(book.seed(), seen.index);
    const Identity other = make_identity(again, seen.index, book.window());
    seek_registered(other, trace, random);
    if (random.percent(45)) {
      reunited_with = other.person_id;
      reunion_from = std::max(trace.at, other.registered_at);
    }
    Random decide(book.seed(), kTraceDecisionStream, static_cast<std::uint64_t>(person.index));
    trace.sought_person_id = other.person_id;
    trace.requester_person_id = person.person_id;
    trace.relation = link_of(relation);
    trace.confirmed = !reunited_with.empty() || decide.percent(60);
    trace.decided_after = decide.between(2 * kDay, 12 * kDay);
    if (recent.size > 1 && decide.percent(30)) {
      const RecentPerson& wrong =
          recent.people[decide.below(static_cast<std::uint32_t>(recent.size))];
      if (wrong.index != seen.index && wrong.index != person.index) {
        trace.rejected_person_id = person_id_for(wrong.index);
      }
    }
  } else {
    seek_unregistered(person, relation, trace, random);
    if (random.percent(alone ? 20 : 8)) {
      reunited_with = trace.given_name + (trace.family_name.empty() ? "" : " ") +
                      trace.family_name + " (" +
                      std::string(relation_name(relation, trace.sex == 'F')) + ")";
    }
  }
  if (random.percent(60)) {
    trace.requester = person.person_id;
  } else {
    trace.requester = person.given_name + (person.family_name.empty() ? "" : " ") +
                      person.family_name + " (" + std::string(role_of(person, relation)) + ")";
  }
  if (!reunited_with.empty()) {
    const Seconds at = reunion_from + random.between(15 * kDay, 150 * kDay);
    const int offset = where.at(at).utc_offset_minutes;
    if (log.begin_person(at, offset, "family.reunified")) log.text("with", reunited_with);
    if (!trace.sought_person_id.empty()) trace.reunion_at = at;
  }
  book.traces.push_back(std::move(trace));
}

std::int64_t write_traces(Casebook& book, std::string& out) {
  EventBuffer log(book.window().limit);
  std::int64_t written = 0;
  for (const PendingTrace& trace : book.traces) {
    char id[32];
    std::snprintf(id, sizeof id, "TR-%06lld", static_cast<long long>(++book.traces_written));
    log.clear();
    if (!log.begin(trace.at, trace.offset_minutes, "tracing.requested")) continue;
    log.text("request_id", id);
    log.begin_object("sought");
    log.text("given_name", trace.given_name);
    if (!trace.family_name.empty()) log.text("family_name", trace.family_name);
    if (!trace.name_original.empty()) log.text("name_original", trace.name_original);
    log.text("sex", std::string_view(&trace.sex, 1));
    log.text("birth_date", trace.birth_date);
    if (!trace.nationality.empty()) log.text("nationality", trace.nationality);
    log.text("last_seen_place", trace.last_seen_place);
    log.end_object();
    log.text("requester", trace.requester);
    write_decisions(trace, id, log);
    written += log.write_to(out);
  }
  book.traces.clear();
  return written;
}

}  // namespace haven::demo
