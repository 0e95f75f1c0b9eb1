// The period's tables of persons. Each table counts units (persons, or vulnerabilities
// identified) into every combination of its breakdowns' codes, with every margin; a unit has
// exactly one code in each breakdown, so every total is the sum of its codes — what disclosure
// control and its audit rest on.

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <set>

#include "haven/core/codes.h"
#include "haven/stats/codes.h"
#include "stats/person_facts.h"

namespace haven::stats {
namespace {

// A breakdown of a table: a dimension with fixed codes (SEX, AGE), or — when `label` is set —
// one whose codes are those the units counted carry, published by `publish`.
template <class Unit>
struct Breakdown {
  Dimension dimension;
  std::function<std::string(const Unit&)> code;                 // the unit's code
  std::function<std::string(const std::string&)> label;         // a carried code's label
  std::function<std::string(const std::string&)> publish = {};  // a carried code as published
  std::string unknown = "Unknown";                              // `_U`'s label, when carried
};

template <class Unit>
Table tabulate(std::string id, std::string name, std::vector<Breakdown<Unit>> breakdowns,
               const std::vector<Unit>& units) {
  Units counted;
  counted.count = units.size();
  std::vector<Dimension> dimensions;
  for (Breakdown<Unit>& b : breakdowns) {
    std::vector<std::string> codes;
    codes.reserve(units.size());
    for (const Unit& unit : units) codes.push_back(b.code(unit));
    const auto published = [&](const std::string& code) {
      return b.publish && code != "_U" ? b.publish(code) : code;
    };
    Dimension& d = b.dimension;
    if (b.label) {
      std::set<std::string> seen(codes.begin(), codes.end());
      const bool unknown = seen.erase("_U") > 0;
      for (const std::string& code : seen) {
        d.codes.push_back(published(code));
        d.labels.push_back(b.label(code));
      }
      // With nothing counted a dimension still lists Unknown: a period nobody was counted in
      // publishes a table of zeros, where no code at all would leave disclosure control nothing
      // to work with.
      if (unknown || seen.empty()) {
        d.codes.emplace_back("_U");
        d.labels.push_back(b.unknown);
      }
    }
    std::map<std::string, std::uint16_t> position;
    for (std::size_t i = 0; i < d.codes.size(); ++i) {
      position[d.codes[i]] = static_cast<std::uint16_t>(i);
    }
    std::vector<std::uint16_t> column;
    column.reserve(units.size());
    for (const std::string& code : codes) column.push_back(position.at(published(code)));
    counted.columns.push_back(std::move(column));
    dimensions.push_back(std::move(d));
  }
  return count(std::move(id), std::move(name), std::move(dimensions), counted);
}

using Person = const Facts*;

std::string country_label(const std::string& code) {
  const std::string_view name = country_name(code);
  return name.empty() ? code : std::string(name);
}

std::string plain_label(const std::string& code) { return code; }

// A country's M49 number, as the SDG structure's REF_AREA has it (its alpha-3 code when it
// has none: XXA, say).
std::string m49(const std::string& code) {
  const std::string_view number = country_m49(code);
  return number.empty() ? code : std::string(number);
}

Breakdown<Person> by_sex() {
  return {sex_dimension(), [](const Person& p) { return p->sex; }, {}};
}

Breakdown<Person> by_age(AgeBands bands) {
  return {age_dimension(bands),
          [bands](const Person& p) { return bands == AgeBands::kFiveYear ? p->age5 : p->age; },
          {}};
}

Breakdown<Person> by_country(std::string id, std::string name, std::string Facts::*field) {
  return {Dimension{std::move(id), std::move(name), {}, {}},
          [field](const Person& p) { return p->*field; }, country_label};
}

Breakdown<Person> by_area(std::string name) {
  return {Dimension{"REF_AREA", std::move(name), {}, {}}, [](const Person& p) { return p->area; },
          country_label, m49};
}

// An SDMX code (letters, digits and _) for a name: upper case ASCII, anything else `_`.
std::string code_for(std::string_view name) {
  std::string out;
  for (const char c : name) {
    const auto u = static_cast<unsigned char>(c);
    const char next = std::isalnum(u) != 0 && u < 0x80 ? static_cast<char>(std::toupper(u)) : '_';
    if (next != '_' || (!out.empty() && out.back() != '_')) out += next;
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  return out;
}

// A place within a country: its code is the country's and the place's (`ITA_LAMPEDUSA`), so
// that places of the same name in two countries stay apart; the label says both.
std::string place_code(const std::string& country, const std::string& place) {
  if (country == "_U" && place.empty()) return "_U";
  return place.empty() ? country : country + "_" + code_for(place);
}

// Labels for codes made from names (places, authorities), gathered as the codes are made:
// a code cannot be read back into its name. Copies share the labels.
struct NamedCodes {
  std::shared_ptr<std::map<std::string, std::string>> labels =
      std::make_shared<std::map<std::string, std::string>>();

  std::string add(std::string code, std::string label) const {
    (*labels)[code] = std::move(label);
    return code;
  }
  // A place within a country.
  std::string place(const std::string& country, const std::string& place) const {
    if (place.empty() && country == "_U") return "_U";
    const std::string where = country == "_U" ? "country not recorded" : country_label(country);
    return add(place_code(country, place),
               place.empty() ? where + " (place not recorded)" : place + " (" + where + ")");
  }
  std::string operator()(const std::string& code) const {
    const auto found = labels->find(code);
    return found == labels->end() ? code : found->second;
  }
};

// Agencies and authorities by name, `_U` when none is recorded. Registrations and detention
// orders share it, so that an agency has one code in every table.
Breakdown<Person> by_agency(std::string name, std::function<std::string(const Person&)> agency) {
  NamedCodes agencies;
  return {Dimension{"AGENCY", std::move(name), {}, {}},
          [agencies, agency = std::move(agency)](const Person& p) {
            const std::string named = agency(p);
            return named.empty() ? std::string("_U") : agencies.add(code_for(named), named);
          },
          agencies,
          {},
          "Not recorded"};
}

std::vector<Person> registered_in(const PeriodStatistics::Impl& impl) {
  return impl.where(
      [&](const Facts& p) { return p.registered && within(impl.period, *p.registered); });
}

// Sex, age (under 18 and over), citizenship, perhaps migration status, and the country where
// registered: the breakdowns of the first tables, kept as they were published.
Table by_citizenship(std::string id, std::string name, const std::vector<Person>& persons,
                     bool with_status) {
  std::vector<Breakdown<Person>> b = {
      by_sex(), by_age(AgeBands::kChildrenAndAdults),
      by_country("CITIZENSHIP", "Citizenship", &Facts::citizenship)};
  if (with_status) {
    Breakdown<Person> status{Dimension{"MIGRATION_STATUS", "Migration status", {}, {}},
                             [](const Person& p) { return p->status; }, plain_label};
    status.dimension.sensitive = true;  // a group all irregular says so of each of them
    b.push_back(std::move(status));
  }
  b.push_back(by_area("Country where registered"));
  return tabulate(std::move(id), std::move(name), std::move(b), persons);
}

// The role the country where a person is plays in their journey at the end of the period
// (UN Recommendations on Statistics of International Migration, Rev. 1: origin, transit,
// destination, return). Haven records no intended destination, so the role is read as a
// protection officer would from what the person did:
//   RETURN       a return was completed by the end of the period; the country is where they
//                were returned to;
//   ORIGIN       the country is one of their nationalities (they have not left, or came back);
//   DESTINATION  they hold or have asked for a status to stay there (asylum, protection, a
//                residence or victims' permit, statelessness determination, a pending claim);
//   TRANSIT      anywhere else: in a country not their own without a status to stay;
//   _U           the country where they are is not recorded.
struct RouteRole {
  std::string role;
  std::string country;
};

RouteRole route_role(const Facts& p, const Period& period) {
  std::optional<std::pair<std::string, Timestamp>> last_return;
  for (const auto& r : p.returns) {
    if (r.second < period.end && (!last_return || last_return->second < r.second)) last_return = r;
  }
  if (last_return) return {"RETURN", last_return->first.empty() ? "_U" : last_return->first};
  if (p.area == "_U") return {"_U", "_U"};
  if (std::find(p.nationalities.begin(), p.nationalities.end(), p.area) != p.nationalities.end()) {
    return {"ORIGIN", p.area};
  }
  static const std::set<std::string> kToStay = {
      "regular", "asylum_seeker",        "refugee",   "subsidiary_protection",
      "pending", "temporary_protection", "stateless", "trafficking_permit"};
  return {kToStay.contains(p.status) ? "DESTINATION" : "TRANSIT", p.area};
}

Table by_route_role(const PeriodStatistics::Impl& impl) {
  const std::vector<Person> persons = registered_in(impl);
  std::vector<RouteRole> roles;
  std::map<Person, std::size_t> index;
  for (Person p : persons) {
    index[p] = roles.size();
    roles.push_back(route_role(*p, impl.period));
  }
  Dimension role{"ROUTE_ROLE",
                 "Role of the country in the journey",
                 {"ORIGIN", "TRANSIT", "DESTINATION", "RETURN", "_U"},
                 {"Origin", "Transit", "Destination", "Return", "Unknown"}};
  // Read partly from migration status: a group all in transit says each has no status to stay.
  role.sensitive = true;
  std::vector<Breakdown<Person>> b = {
      by_sex(),
      by_age(AgeBands::kChildrenAndAdults),
      {std::move(role), [&](const Person& p) { return roles[index.at(p)].role; }, {}},
      {Dimension{"REF_AREA", "Country whose role it is", {}, {}},
       [&](const Person& p) { return roles[index.at(p)].country; }, country_label, m49}};
  return tabulate<Person>("REGISTERED_ROUTE", "Persons registered, by the role of the country",
                          std::move(b), persons);
}

Table by_place(const PeriodStatistics::Impl& impl) {
  NamedCodes places;
  std::vector<Breakdown<Person>> b = {
      by_sex(),
      by_age(AgeBands::kChildrenAndAdults),
      {Dimension{"PLACE", "Place where registered", {}, {}},
       [places](const Person& p) { return places.place(p->area, p->place); }, places}};
  return tabulate<Person>("REGISTERED_PLACE", "Persons registered, by place", std::move(b),
                          registered_in(impl));
}

// The first episode of detention begun in the period.
const Episode* first_entry(const Facts& p, const Period& period) {
  for (const Episode& e : p.episodes) {
    if (within(period, e.start)) return &e;
  }
  return nullptr;
}

Table detention_by_place(const PeriodStatistics::Impl& impl) {
  const Period& period = impl.period;
  // Every person counted entered detention in the period: first_entry is never null.
  const auto first = [&period](const Person& p) { return first_entry(*p, period); };
  NamedCodes places;
  std::vector<Breakdown<Person>> b = {
      by_sex(),
      by_age(AgeBands::kChildrenAndAdults),
      by_agency("Authority that ordered detention",
                [first](const Person& p) { return first(p)->authority; }),
      {Dimension{"PLACE", "Place where first held", {}, {}},
       [first, places](const Person& p) {
         const std::string& facility = first(p)->facility;
         return facility.empty() ? std::string("_U") : places.place(p->area, facility);
       },
       places}};
  return tabulate<Person>("DETENTION_ENTRIES_PLACE",
                          "Persons who entered detention, by authority and place", std::move(b),
                          impl.where([&](const Facts& p) { return entered(p, period); }));
}

// A vulnerability identified in the period: when the code was first recorded, or — for a
// projection that does not say — the person's registration.
struct Identified {
  Person person;
  std::string code;
};

std::vector<Identified> identified_in(const PeriodStatistics::Impl& impl) {
  std::vector<Identified> out;
  for (const Facts& p : impl.persons) {
    for (const auto& [code, since] : p.vulnerabilities) {
      const std::optional<Timestamp> at = since ? since : p.registered;
      if (at && within(impl.period, *at)) out.push_back({&p, code});
    }
  }
  return out;
}

// A person may carry several vulnerabilities, and a dimension of persons by vulnerability
// would not be additive (its total would not be the sum of its codes). So this table counts
// vulnerabilities identified, not persons: each interior cell is still a number of persons
// (a person holds a code once), and every total is a sum of cells, as disclosure control
// needs; the totals are identifications, and the table's name says so.
Table by_vulnerability(const PeriodStatistics::Impl& impl) {
  Dimension vulnerability{"VULNERABILITY", "Vulnerability identified", {}, {}};
  vulnerability.sensitive = true;  // a group all trafficked says so of each of them
  std::vector<Breakdown<Identified>> b = {
      {sex_dimension(), [](const Identified& i) { return i.person->sex; }, {}},
      {age_dimension(AgeBands::kChildrenAndAdults),
       [](const Identified& i) { return i.person->age; },
       {}},
      {std::move(vulnerability), [](const Identified& i) { return i.code; }, plain_label}};
  return tabulate("VULNERABILITIES",
                  "Vulnerabilities identified (a person with several is counted under each)",
                  std::move(b), identified_in(impl));
}

// SDG 16.2.2 counts victims of trafficking by sex, age and form of exploitation (the SDG
// database publishes the forms as series: sexual exploitation …SX, forced labour …FL, other
// purposes …OP). The form comes from what else is recorded: forced labour or debt bondage
// found on the person, or an incident of sexual exploitation, forced labour or debt bondage
// naming them. Each victim has one code, so the table stays additive: both forms are MULT,
// neither (the form not recorded) _U.
std::string exploitation_form(const Facts& p, const std::vector<std::string>* incident_categories) {
  bool sexual = false;
  bool labour = false;
  for (const auto& [code, since] : p.vulnerabilities) {
    labour = labour || code == "forced_labour" || code == "debt_bondage";
  }
  for (const std::string& category :
       incident_categories != nullptr ? *incident_categories : std::vector<std::string>()) {
    sexual = sexual || category == "sexual_exploitation";
    labour = labour || category == "forced_labour" || category == "debt_bondage";
  }
  if (sexual && labour) return "MULT";
  if (sexual) return "SX";
  if (labour) return "FL";
  return "_U";
}

Table by_exploitation(const PeriodStatistics::Impl& impl) {
  Dimension form{"EXPLOITATION",
                 "Form of exploitation",
                 {"SX", "FL", "MULT", "_U"},
                 {"Sexual exploitation", "Forced labour (including debt bondage)",
                  "Sexual exploitation and forced labour", "Form not recorded"}};
  form.sensitive = true;
  std::vector<Breakdown<Victim>> b = {
      {sex_dimension(), [](const Victim& v) { return v.person->sex; }, {}},
      {age_dimension(AgeBands::kChildrenAndAdults),
       [](const Victim& v) { return v.person->age; },
       {}},
      {std::move(form), [](const Victim& v) { return v.form; }, {}}};
  return tabulate("TRAFFICKING_VICTIMS", "Victims of trafficking identified (SDG 16.2.2)",
                  std::move(b), impl.trafficking_victims());
}

}  // namespace

// A victim is a person carrying `trafficking_victim`, counted in the period it was first
// recorded (or registered, when the projection does not say).
std::vector<Victim> PeriodStatistics::Impl::trafficking_victims() const {
  const auto categories = incident_categories_by_victim();
  std::vector<Victim> out;
  for (const Facts& p : persons) {
    for (const auto& [code, since] : p.vulnerabilities) {
      const std::optional<Timestamp> at = since ? since : p.registered;
      if (code != "trafficking_victim" || !at || !within(period, *at)) continue;
      const auto found = categories.find(p.id);
      out.push_back(
          {&p, exploitation_form(p, found == categories.end() ? nullptr : &found->second)});
    }
  }
  return out;
}

std::vector<PeriodStatistics::TableInfo> PeriodStatistics::tables() {
  const std::string r = kResolution;
  return {
      {"registered",
       "Persons registered in the period, by sex, age, citizenship, migration status and country",
       r + "op.9(d)"},
      {"registered_by_age", "Persons registered in the period, by sex and five-year age group",
       r + "op.9(d)"},
      {"registered_by_birth_country",
       "Persons registered in the period, by sex, age and country of birth", r + "op.9(d)"},
      {"registered_by_place",
       "Persons registered in the period, by sex, age and place (town or crossing point)",
       r + "op.4(e), op.9(d)"},
      {"registered_by_agency",
       "Persons registered in the period, by sex, age and the agency that registered them",
       r + "op.9(d)"},
      {"registered_by_route_role",
       "Persons registered in the period, by sex, age and the role of the country where they are "
       "at its end: origin, transit, destination or return (read from citizenship, migration "
       "status and returns)",
       r + "op.4(f), op.9(a), op.9(d)"},
      {"vulnerabilities_identified",
       "Vulnerabilities identified in the period, by sex, age and vulnerability: a person with "
       "several is counted under each, so totals count vulnerabilities, not persons",
       r + "op.5(h), op.7"},
      {"trafficking_victims",
       "Victims of trafficking identified in the period, by sex, age and form of exploitation "
       "(SDG 16.2.2)",
       r + "op.5(i), op.7, op.8"},
      {"detained_at_end",
       "Persons in detention at the end of the period, by sex, age, citizenship and country",
       r + "op.4(a)"},
      {"entered_detention",
       "Persons who entered detention in the period, by sex, age, citizenship and country",
       r + "op.4(a)"},
      {"entered_detention_by_place",
       "Persons who entered detention in the period, by sex, age, the authority that ordered it "
       "and the place where first held",
       r + "op.4(a)"},
  };
}

Result<Table> PeriodStatistics::table(std::string_view name) const {
  const Impl& impl = *impl_;
  const Period& period = impl.period;
  if (name == "registered") {
    return by_citizenship("REGISTERED", "Persons registered", registered_in(impl), true);
  }
  if (name == "registered_by_age") {
    return tabulate<Person>("REGISTERED_AGE", "Persons registered",
                            {by_sex(), by_age(AgeBands::kFiveYear)}, registered_in(impl));
  }
  if (name == "registered_by_birth_country") {
    return tabulate<Person>("REGISTERED_BIRTH", "Persons registered, by country of birth",
                            {by_sex(), by_age(AgeBands::kChildrenAndAdults),
                             by_country("C_BIRTH", "Country of birth", &Facts::birth_country)},
                            registered_in(impl));
  }
  if (name == "registered_by_place") return by_place(impl);
  if (name == "registered_by_agency") {
    return tabulate<Person>(
        "REGISTERED_AGENCY", "Persons registered, by agency",
        {by_sex(), by_age(AgeBands::kChildrenAndAdults),
         by_agency("Agency that registered them", [](const Person& p) { return p->agency; })},
        registered_in(impl));
  }
  if (name == "registered_by_route_role") return by_route_role(impl);
  if (name == "vulnerabilities_identified") return by_vulnerability(impl);
  if (name == "trafficking_victims") return by_exploitation(impl);
  if (name == "detained_at_end") {
    return by_citizenship("DETAINED_END", "Persons in detention at the end of the period",
                          impl.where([&](const Facts& p) { return held_at_end(p, period); }),
                          false);
  }
  if (name == "entered_detention") {
    return by_citizenship("DETENTION_ENTRIES", "Persons who entered detention",
                          impl.where([&](const Facts& p) { return entered(p, period); }), false);
  }
  if (name == "entered_detention_by_place") return detention_by_place(impl);
  std::string names;
  for (const TableInfo& t : tables()) names += (names.empty() ? "" : ", ") + t.name;
  return Error{ErrorCode::kInvalidField, "table",
               "no table '" + std::string(name) + "': there are " + names, 0};
}

}  // namespace haven::stats
