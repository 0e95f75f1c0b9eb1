// The provisions each event records compliance with. An event type appears once per
// provision it serves; the reasons are in the comments where they are not obvious.
#include "haven/domain/citations.h"

#include <array>

namespace haven::domain {
namespace {

constexpr std::string_view kOp1 = "A/RES/66/172 op.1";  // rights regardless of status

constexpr std::array kCitations = {
    EventCitation{"person.registered", kOp1},
    // Registration feeds the statistics op.9(d) asks for.
    EventCitation{"person.registered", "A/RES/66/172 op.9(d)"},
    EventCitation{"child.unaccompanied", "A/RES/66/172 op.5(e)"},
    EventCitation{"guardian.appointed", "A/RES/66/172 op.5(e)"},
    EventCitation{"best_interests.assessed", "A/RES/66/172 op.5(e)"},
    EventCitation{"best_interests.assessed", "A/RES/66/172 op.5(h)"},
    EventCitation{"best_interests.assessed", "CRC art.3(1)"},
    EventCitation{"detention.started", "A/RES/66/172 op.4(a)"},
    EventCitation{"detention.started", "CRC art.37(b)"},
    EventCitation{"detention.reviewed", "A/RES/66/172 op.4(a)"},
    EventCitation{"detention.reviewed", "EU-RD art.15(3)"},
    EventCitation{"detention.reviewed", "ICRMW art.16(8)"},
    EventCitation{"detention.ended", "A/RES/66/172 op.4(a)"},
    EventCitation{"detention.extended", "EU-RD art.15(6)"},
    EventCitation{"alternative.considered", "A/RES/66/172 op.4(a)"},
    EventCitation{"alternative.started", "A/RES/66/172 op.4(a)"},
    EventCitation{"alternative.started", "A/RES/66/172 op.4(d)"},
    EventCitation{"alternative.ended", "A/RES/66/172 op.4(d)"},
    EventCitation{"consular.rights_informed", "A/RES/66/172 op.4(g)"},
    EventCitation{"consular.rights_informed", "VCCR art.36(1)(b)"},
    EventCitation{"consular.notification_requested", "VCCR art.36(1)(b)"},
    EventCitation{"consular.notified", "A/RES/66/172 op.4(g)"},
    EventCitation{"consular.notified", "VCCR art.36(1)(b)"},
    EventCitation{"consular.notified", "ICRMW art.16(7)"},
    EventCitation{"consular.visited", "VCCR art.36(1)(c)"},
    // Avena: the duty to inform arises once there are grounds to think the person foreign.
    EventCitation{"foreign_national.identified", "A/RES/66/172 op.4(g)"},
    // Medical, psychosocial and legal assistance to victims.
    EventCitation{"referral.made", "A/RES/66/172 op.7"},
    EventCitation{"referral.made", "TIP-Protocol art.6"},
    EventCitation{"referral.completed", "A/RES/66/172 op.7"},
    EventCitation{"return.planned", "A/RES/66/172 op.5(h)"},
    EventCitation{"return.completed", "A/RES/66/172 op.4(f)"},
    EventCitation{"vulnerability.assessed", "A/RES/66/172 op.5"},
    EventCitation{"vulnerability.assessed", "A/RES/66/172 op.5(h)"},
    // Crimes against migrants, recorded so that impunity can be measured and ended.
    EventCitation{"incident.reported", "A/RES/66/172 op.3(a)"},
    EventCitation{"incident.reported", "A/RES/66/172 op.4(b)"},
    EventCitation{"incident.reported", "A/RES/66/172 op.4(e)"},
    EventCitation{"incident.reported", "A/RES/66/172 op.5(a)"},
    EventCitation{"incident.progressed", "A/RES/66/172 op.5(b)"},
    EventCitation{"incident.progressed", "A/RES/66/172 op.4(e)"},
    EventCitation{"tracing.requested", "A/RES/66/172 op.5(c)"},
    EventCitation{"family.reunified", "A/RES/66/172 op.5(c)"},
    EventCitation{"family.reunified", "A/RES/66/172 op.5(e)"},
    EventCitation{"age.assessed", "A/RES/66/172 op.5(e)"},
    // Casework: protection of persons in vulnerable situations, and help for victims.
    EventCitation{"case.opened", "A/RES/66/172 op.5"},
    EventCitation{"case.opened", "A/RES/66/172 op.7"},
    // Screening finds the persons in vulnerable situations op.5 asks States to protect.
    EventCitation{"screening.recorded", "A/RES/66/172 op.5"},
    // The providers that give victims the assistance op.7 asks for.
    EventCitation{"provider.registered", "A/RES/66/172 op.7"},
    EventCitation{"family.linked", "A/RES/66/172 op.5(c)"},
    EventCitation{"tracing.match_confirmed", "A/RES/66/172 op.5(c)"},
};

}  // namespace

std::span<const EventCitation> event_citations() { return kCitations; }

}  // namespace haven::domain
