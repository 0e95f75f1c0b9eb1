// The instruments resolutions name and Haven's rules cite. Names are matched exactly in a
// paragraph's cleaned text; longer names win over shorter ones they contain. Summaries are
// Haven's own one-line paraphrase; the treaty texts are not shipped.
#include "haven/law/instruments.h"

#include <array>

namespace haven::law {
namespace {

using Names = std::string_view;

constexpr std::array<Names, 1> kUdhrNames = {"Universal Declaration of Human Rights"};
constexpr std::array<Names, 2> kIccprNames = {
    "International Covenant on Civil and Political Rights",
    "International Covenants on Human Rights"};
constexpr std::array<Names, 2> kIcescrNames = {
    "International Covenant on Economic, Social and Cultural Rights",
    "International Covenants on Human Rights"};
constexpr std::array<Names, 1> kCatNames = {
    "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment"};
constexpr std::array<Names, 1> kCedawNames = {
    "Convention on the Elimination of All Forms of Discrimination against Women"};
constexpr std::array<Names, 1> kCrcNames = {"Convention on the Rights of the Child"};
constexpr std::array<Names, 1> kIcerdNames = {
    "International Convention on the Elimination of All Forms of Racial Discrimination"};
constexpr std::array<Names, 1> kCrpdNames = {
    "Convention on the Rights of Persons with Disabilities"};
constexpr std::array<Names, 1> kVccrNames = {"Vienna Convention on Consular Relations"};
constexpr std::array<Names, 2> kIcrmwNames = {
    "International Convention on the Protection of the Rights of All Migrant Workers and Members "
    "of Their Families",
    "Migrant Workers Convention"};
constexpr std::array<Names, 1> kUntocNames = {
    "United Nations Convention against Transnational Organized Crime"};
constexpr std::array<Names, 1> kSmugglingNames = {
    "Protocol against the Smuggling of Migrants by Land, Sea and Air"};
constexpr std::array<Names, 1> kTraffickingNames = {
    "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and "
    "Children"};
constexpr std::array<Names, 2> kRefugeeNames = {"Convention relating to the Status of Refugees",
                                                "Protocol relating to the Status of Refugees"};
constexpr std::array<Names, 1> kReturnDirectiveNames = {"Directive 2008/115/EC"};
constexpr std::array<Names, 0> kNoNames = {};

constexpr std::array<InstrumentProvision, 3> kVccrProvisions = {{
    {"VCCR art.36(1)(a)",
     "Consular officers are free to communicate with and have access to "
     "nationals of the sending State."},
    {"VCCR art.36(1)(b)",
     "When a foreign national is arrested or detained, the authorities inform the person without "
     "delay of the right to have the consulate told, notify the consulate without delay if the "
     "person so requests, and forward the person's communications to it."},
    {"VCCR art.36(1)(c)",
     "Consular officers may visit a detained national and arrange legal "
     "representation, unless the national expressly opposes it."},
}};
constexpr std::array<InstrumentProvision, 4> kCrcProvisions = {{
    {"CRC art.3(1)",
     "In all actions concerning children the best interests of the child are a "
     "primary consideration."},
    {"CRC art.37",
     "No child is subjected to torture or deprived of liberty unlawfully or "
     "arbitrarily; a child deprived of liberty is treated with humanity."},
    {"CRC art.37(b)",
     "Detention of a child is a measure of last resort and for the shortest "
     "appropriate period of time."},
    {"CRC art.37(d)",
     "A child deprived of liberty has prompt access to legal assistance and to "
     "challenge the legality of the detention."},
}};
constexpr std::array<InstrumentProvision, 4> kIcrmwProvisions = {{
    {"ICRMW art.16(4)",
     "Migrant workers and members of their families are not subjected to "
     "arbitrary arrest or detention."},
    {"ICRMW art.16(7)",
     "When a migrant worker is detained, the consulate is informed without "
     "delay if the person so requests, and the person is told of this right."},
    {"ICRMW art.16(8)",
     "A person deprived of liberty may take proceedings before a court to "
     "decide without delay on the lawfulness of the detention."},
    {"ICRMW art.17",
     "A migrant deprived of liberty is treated with humanity, separated from "
     "convicted persons where practicable."},
}};
constexpr std::array<InstrumentProvision, 1> kTraffickingProvisions = {{
    {"TIP-Protocol art.6",
     "Assistance to and protection of victims of trafficking, including "
     "medical, psychological and legal assistance and shelter."},
}};
constexpr std::array<InstrumentProvision, 3> kReturnDirectiveProvisions = {{
    {"EU-RD art.15(3)",
     "Detention is reviewed at reasonable intervals, on application or ex "
     "officio."},
    {"EU-RD art.15(5)",
     "Each Member State sets a limited period of detention, which may not "
     "exceed six months."},
    {"EU-RD art.15(6)",
     "The period may be extended by up to twelve months only for lack of "
     "cooperation by the person or delays in obtaining documents from third "
     "countries."},
}};
constexpr std::array<InstrumentProvision, 1> kJointCommentProvisions = {{
    {"JGC-4-23 para.5",
     "Children are never detained for reasons related to their or their "
     "parents' migration status; child immigration detention is prohibited."},
}};
constexpr std::array<InstrumentProvision, 0> kNoProvisions = {};

constexpr std::array kInstruments = {
    Instrument{"UDHR", "Universal Declaration of Human Rights", "1948-12-10", kUdhrNames,
               kNoProvisions},
    Instrument{"ICCPR", "International Covenant on Civil and Political Rights", "1966-12-16",
               kIccprNames, kNoProvisions},
    Instrument{"ICESCR", "International Covenant on Economic, Social and Cultural Rights",
               "1966-12-16", kIcescrNames, kNoProvisions},
    Instrument{"CAT", kCatNames[0], "1984-12-10", kCatNames, kNoProvisions},
    Instrument{"CEDAW", kCedawNames[0], "1979-12-18", kCedawNames, kNoProvisions},
    Instrument{"CRC", kCrcNames[0], "1989-11-20", kCrcNames, kCrcProvisions},
    Instrument{"ICERD", kIcerdNames[0], "1965-12-21", kIcerdNames, kNoProvisions},
    Instrument{"CRPD", kCrpdNames[0], "2006-12-13", kCrpdNames, kNoProvisions},
    Instrument{"VCCR", kVccrNames[0], "1963-04-24", kVccrNames, kVccrProvisions},
    Instrument{"ICRMW", kIcrmwNames[0], "1990-12-18", kIcrmwNames, kIcrmwProvisions},
    Instrument{"UNTOC", kUntocNames[0], "2000-11-15", kUntocNames, kNoProvisions},
    Instrument{"SOM-Protocol",
               "Protocol against the Smuggling of Migrants by Land, Sea and Air, supplementing "
               "the United Nations Convention against Transnational Organized Crime",
               "2000-11-15", kSmugglingNames, kNoProvisions},
    Instrument{"TIP-Protocol",
               "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially "
               "Women and Children, supplementing the United Nations Convention against "
               "Transnational Organized Crime",
               "2000-11-15", kTraffickingNames, kTraffickingProvisions},
    Instrument{"CSR", "Convention relating to the Status of Refugees", "1951-07-28", kRefugeeNames,
               kNoProvisions},
    Instrument{"EU-RD",
               "Directive 2008/115/EC of the European Parliament and of the Council on common "
               "standards and procedures in Member States for returning illegally staying "
               "third-country nationals (Return Directive)",
               "2008-12-16", kReturnDirectiveNames, kReturnDirectiveProvisions},
    Instrument{"JGC-4-23",
               "Joint general comment No. 4 (2017) of the Committee on the Protection of the "
               "Rights of All Migrant Workers and Members of Their Families and No. 23 (2017) of "
               "the Committee on the Rights of the Child on State obligations regarding the human "
               "rights of children in the context of international migration in countries of "
               "origin, transit, destination and return",
               "2017-11-16", kNoNames, kJointCommentProvisions},
};

}  // namespace

std::span<const Instrument> known_instruments() { return kInstruments; }

}  // namespace haven::law
