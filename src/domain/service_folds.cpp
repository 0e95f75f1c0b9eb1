// The services directory and referrals to it: a provider's entry, and a referral's life from
// the person's consent to the service's outcome (or the consent's withdrawal).

#include "domain/compact_json.h"
#include "domain/event_fields.h"
#include "haven/domain/projection.h"

namespace haven::domain {
namespace {

using nlohmann::json;

Error refused(std::string message) {
  return Fail(ErrorCode::kReferralState, "referral_id", std::move(message));
}

}  // namespace

struct ProviderFold::State {
  std::string id;
  FoldPosition position;
  json doc = json::object();
};

ProviderFold::ProviderFold(std::string provider_id) : state_(std::make_unique<State>()) {
  state_->id = std::move(provider_id);
}
ProviderFold::~ProviderFold() = default;
ProviderFold::ProviderFold(ProviderFold&&) noexcept = default;
ProviderFold& ProviderFold::operator=(ProviderFold&&) noexcept = default;

bool ProviderFold::apply(const Event& event) {
  if (!state_->position.advance(event)) return false;
  const auto fields = fields_of(event);
  const json& f = fields->json;
  if (event.type == "provider.registered") {
    state_->doc = record_fields(f);
    state_->doc["registered_at"] = string_field(f, "occurred_at");
  } else if (event.type == "provider.updated") {
    const json changes = record_fields(f);
    for (const auto& [name, value] : changes.items()) state_->doc[name] = value;
    state_->doc["updated_at"] = string_field(f, "occurred_at");
  }
  return true;
}

RecordView ProviderFold::view() const {
  json doc = state_->doc;
  doc["provider_id"] = state_->id;
  RecordView view;
  view.id = state_->id;
  view.kind = doc.value("name", "");
  view.document = compact(doc);
  return view;
}

struct ReferralFold::State {
  std::string id;
  FoldPosition position;
  std::string person_id;
  std::string status;
  json doc = json::object();
};

ReferralFold::ReferralFold(std::string referral_id) : state_(std::make_unique<State>()) {
  state_->id = std::move(referral_id);
}
ReferralFold::~ReferralFold() = default;
ReferralFold::ReferralFold(ReferralFold&&) noexcept = default;
ReferralFold& ReferralFold::operator=(ReferralFold&&) noexcept = default;

Status ReferralFold::admits(const Event& event) const {
  const std::string& status = state_->status;
  const std::string which = "referral '" + state_->id + "'";
  if (status == "withdrawn") {
    return refused(which +
                   " ended when the person withdrew consent: make a new referral if they "
                   "consent again");
  }
  if (event.type == "referral.accepted" || event.type == "referral.declined") {
    if (status != "made") return refused(which + " was already answered (it is " + status + ")");
  } else if (event.type == "referral.completed") {
    if (status == "made") return refused(which + " was not accepted yet: record referral.accepted");
    if (status != "accepted") return refused(which + " is " + status + ", not accepted");
  } else if (event.type == "referral.consent_withdrawn" && status == "declined") {
    return refused(which + " was declined: the provider never had access");
  }
  return Status::Ok();
}

bool ReferralFold::apply(const Event& event) {
  if (!state_->position.advance(event)) return false;
  const auto fields = fields_of(event);
  const json& f = fields->json;
  const std::string at = string_field(f, "occurred_at");
  json& doc = state_->doc;
  if (event.type == "referral.made") {
    doc = record_fields(f);
    doc.erase("consent");  // always true: a referral without it is never recorded
    doc["consent_given_at"] = at;
    doc["made_at"] = at;
    doc["share_migration_status"] = f.value("share_migration_status", false);
    state_->person_id = event.person_id;
    state_->status = "made";
    return true;
  }
  if (!event.type.starts_with("referral.")) return true;
  const std::string status = referral_status_after(event.type);
  state_->status = status;
  doc[status + "_at"] = at;
  if (f.contains("note")) doc[status + "_note"] = f["note"];
  if (f.contains("outcome")) doc["outcome"] = f["outcome"];
  return true;
}

ReferralView ReferralFold::view() const {
  json doc = state_->doc;
  doc["referral_id"] = state_->id;
  doc["status"] = state_->status;
  // Access to the person's named data lasts while consent does and the referral is live.
  doc["provider_has_access"] = state_->status == "made" || state_->status == "accepted";
  ReferralView view;
  view.id = state_->id;
  view.person_id = state_->person_id;
  view.provider_id = doc.value("provider_id", "");
  view.service = doc.value("service", "");
  view.status = state_->status;
  view.made_at = doc.value("made_at", "");
  view.document = compact(doc);
  return view;
}

}  // namespace haven::domain
