// Short texts the demo puts in free-text fields: what an incident report says, what a
// best-interests assessment concluded, why an alternative to detention was refused. Written
// in the plain register of case notes; no names, so no text points at a real person.

#include "demo/tables.h"

namespace haven::demo {
namespace {

constexpr IncidentText kIncidentTexts[] = {
    {"death_in_transit", "smuggler", kWater,
     "An overcrowded rubber boat capsized at night. Survivors said the smugglers forced "
     "everyone aboard despite the weather; several people went into the water and were not "
     "found."},
    {"death_in_transit", "unknown", kWater,
     "A wooden boat carrying families sank in heavy sea. Bodies were recovered over the "
     "following days; the number of missing is an estimate from survivors' accounts."},
    {"death_in_transit", "smuggler", kWilderness,
     "The group was left by its guide after three days of walking without enough water. Some "
     "died of heat and dehydration before rescuers arrived."},
    {"death_in_transit", "smuggler", kCity | kBorder,
     "People were found locked in the trailer of a truck in extreme heat; several had died of "
     "suffocation and heat stroke."},
    {"death_in_transit", "state_agent", kBorder,
     "Shots were fired at a group crossing the border at night. Survivors carried the wounded "
     "back across; some of the dead were left where they fell."},
    {"disappearance", "organised_crime", kCity | kBorder | kWilderness,
     "A travelling companion was taken off a bus at a checkpoint held by an armed group and "
     "has not been heard from since. The family has been asked for money."},
    {"disappearance", "unknown", kWater,
     "Relatives lost contact after the boat left the coast. No shipwreck has been confirmed "
     "and no one has been found."},
    {"kidnapping", "organised_crime", kCity | kBorder,
     "Held in a house for two weeks by an armed group that demanded ransom from relatives "
     "abroad; released after the family paid."},
    {"kidnapping", "smuggler", kWilderness | kDetentionPlace,
     "Held in a smugglers' warehouse and beaten during phone calls to relatives, to press "
     "them to pay for release."},
    {"extortion", "state_agent", kCity | kBorder,
     "Officers at a checkpoint took money and phones in exchange for letting the group go on."},
    {"extortion", "organised_crime", kCity | kCamp,
     "A criminal group demanded a fee to cross the territory it controls and threatened "
     "those who could not pay."},
    {"trafficking", "organised_crime", kCity | kWork,
     "Recruited with the promise of work abroad; on arrival told she owed a large debt and "
     "forced into prostitution to repay it."},
    {"trafficking", "smuggler", kWilderness | kBorder | kDetentionPlace,
     "Sold by one smuggling network to another and held in a camp until relatives paid; "
     "others in the camp were forced to work."},
    {"sexual_exploitation", "smuggler", kWilderness | kDetentionPlace | kCity,
     "Sexually assaulted by smugglers during the journey; other women in the group were "
     "assaulted too."},
    {"sexual_exploitation", "state_agent", kDetentionPlace,
     "Sexual violence by guards in the detention centre, reported by several detainees."},
    {"torture_ill_treatment", "state_agent", kDetentionPlace,
     "Beaten by guards after detainees protested about food and water; no medical care was "
     "given for days."},
    {"torture_ill_treatment", "organised_crime", kDetentionPlace | kCity,
     "Tortured with electric shocks and burns while relatives were made to listen by phone."},
    {"arbitrary_detention", "state_agent", kDetentionPlace,
     "Held for months without being brought before a judge or told the reason for detention."},
    {"arbitrary_detention", "state_agent", kDetentionPlace | kCity,
     "Detained at a checkpoint despite showing an asylum registration document."},
    {"collective_expulsion", "state_agent", kBorder | kWater,
     "A group including children was driven to the border at night and forced across without "
     "any individual assessment; phones and money were taken."},
    {"collective_expulsion", "state_agent", kWater,
     "A boat was towed back towards the other coast and left adrift; no request for "
     "protection was recorded."},
    {"xenophobic_act", "private_individual", kCity | kCamp,
     "Attacked in the street by a group shouting insults about migrants; the police did not "
     "record the complaint."},
    {"xenophobic_act", "private_individual", kCity,
     "Evicted with other migrants from rented housing after a wave of hostile statements; "
     "belongings were burnt."},
    {"forced_labour", "employer", kWork,
     "Worked on a farm for months without pay; the employer kept the passport and threatened "
     "to call the police."},
    {"forced_labour", "employer", kWork | kWater,
     "Held aboard a fishing vessel for more than a year, working twenty hours a day; those "
     "who fell ill were beaten."},
    {"debt_bondage", "employer", kWork,
     "Recruitment fees were deducted from wages that never covered the debt; the employer "
     "would not let the worker leave until it was paid."},
    {"labour_rights_violation", "employer", kWork | kCity,
     "Wages unpaid for four months; the worker was dismissed after asking for them."},
    {"labour_rights_violation", "employer", kWork,
     "Domestic worker confined to the employer's house, with no day off and salary withheld."},
    {"remittance_obstruction", "private_individual", kCity | kWork,
     "Could not send money home: transfer agents refused customers without a residence "
     "document."},
    {"denial_of_education", "state_agent", kCamp | kCity,
     "The children of the family were refused enrolment at the local school for lack of "
     "residence documents."},
    {"denial_of_health_care", "state_agent", kCity | kCamp | kDetentionPlace,
     "Refused treatment at the hospital emergency department for lack of documents; the "
     "condition worsened."},
    {"abandonment", "smuggler", kWilderness,
     "Left in the desert by the driver, who drove off with the group's water and belongings."},
    {"abandonment", "smuggler", kWater,
     "The smugglers left the boat in open sea on a second boat; the engine failed soon after."},
    {"smuggling_abuse", "smuggler", kWilderness | kWater | kCity,
     "Smugglers beat people who could not pay for the next stage and held them until "
     "relatives sent money."},
};

constexpr std::string_view kBestInterests[] = {
    "Family tracing started; interim care in a foster family recommended.",
    "Reunification with an uncle in Germany is in the child's best interests (Dublin III "
    "art. 8).",
    "Return is not in the child's best interests; continued care in a specialised shelter.",
    "Placement in supervised independent living; schooling and psychosocial support.",
    "Return to the family in the country of origin is in the child's best interests after a "
    "family assessment by the local child protection service.",
    "Transfer to a specialised reception centre for unaccompanied children.",
};

constexpr std::string_view kGranted[] = {
    "Fixed address with a relative; risk of absconding assessed as low.",
    "Family with a child: a non-custodial measure is required.",
    "Serious illness; detention would harm health.",
    "Cooperating with the asylum procedure; reporting is sufficient.",
};
constexpr std::string_view kRefused[] = {
    "No fixed address; risk of absconding.",
    "Previous absconding from a reception centre.",
    "Removal expected shortly; identity not established.",
    "Did not comply with an earlier reporting obligation.",
};
constexpr std::string_view kNotAvailable[] = {
    "No places in community placement in the region.",
    "No alternative to detention is provided for in national law.",
    "Electronic monitoring not available at this facility.",
};

constexpr std::string_view kDeclineNotes[] = {
    "No places available.",
    "Outside the provider's area.",
    "Not eligible under the provider's criteria.",
    "No interpreter available for the person's language.",
    "The person moved on before intake.",
    "Waiting list closed.",
};

constexpr std::string_view kAgeMethods[] = {
    "Multidisciplinary assessment: interview, psychosocial and medical evaluation.",
    "Wrist X-ray (Greulich and Pyle).",
    "Dental examination.",
    "Birth certificate obtained through the family.",
    "Interview by a social worker with an interpreter.",
};

constexpr std::string_view kExtensionGrounds[] = {
    "third_country_documents", "non_cooperation",    "identity_verification",
    "pending_asylum_decision", "risk_of_absconding",
};

}  // namespace

std::span<const IncidentText> incident_texts() { return kIncidentTexts; }
std::span<const std::string_view> best_interests_outcomes() { return kBestInterests; }
std::span<const std::string_view> decline_notes() { return kDeclineNotes; }
std::span<const std::string_view> age_methods() { return kAgeMethods; }
std::span<const std::string_view> extension_grounds() { return kExtensionGrounds; }

std::span<const std::string_view> alternative_reasons(std::string_view decision) {
  if (decision == "granted") return kGranted;
  if (decision == "refused") return kRefused;
  return kNotAvailable;
}

const std::array<std::string_view, kVulnerabilityCount> kVulnerabilityCodes = {
    "child",           "unaccompanied_child", "separated_child",  "pregnant",
    "disability",      "older_person",        "serious_illness",  "trafficking_victim",
    "smuggling_abuse", "kidnapping_victim",   "extortion_victim", "torture_survivor",
    "sgbv_survivor",   "forced_labour",       "debt_bondage",     "stateless"};

}  // namespace haven::demo
