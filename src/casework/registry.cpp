#include "haven/casework/registry.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

#include "haven/casework/linkage_record.h"
#include "haven/casework/tracing.h"
#include "haven/store/store.h"

namespace haven::casework {
namespace {

using nlohmann::json;

constexpr std::string_view kPersonOwner = "person:";
constexpr std::string_view kTracingOwner = "tracing:";
// Persons read per page while the registry is built.
constexpr int kPage = 1000;
// Up to this many open requests, each is asked of the registry when a person is looked for;
// beyond it, the index of sought persons first picks those sharing a blocking key.
constexpr std::size_t kAskEveryRequest = 200;
// How far down a request's candidates a person may be and still answer it.
constexpr std::size_t kCandidatesLooked = 50;

bool merged(const json& person) {
  const auto into = person.find("merged_into");
  return into != person.end() && into->is_string() && !into->get<std::string>().empty();
}

}  // namespace

Result<std::unique_ptr<Registry>> Registry::Open(store::Store& store) {
  std::unique_ptr<Registry> registry(new Registry(store));
  // The position first: what is written while the persons are read is read again by the
  // first catch-up.
  auto position = store.last_event_position();
  if (!position) return position.error();
  registry->through_ = *position;
  store::PersonQuery query;
  query.limit = kPage;
  for (;;) {
    auto page = store.find_persons(query);
    if (!page) return page.error();
    for (const std::string& text : page->documents) {
      const json person = json::parse(text, nullptr, false);
      if (!person.is_object() || merged(person)) continue;
      registry->persons_.put(linkage_record(person.value("person_id", ""), person));
    }
    if (page->next_after == 0) break;
    query.after = page->next_after;
  }
  auto requests = store.all_tracing_requests();
  if (!requests) return requests.error();
  for (const std::string& text : *requests) {
    const json request = json::parse(text, nullptr, false);
    if (!request.is_object()) continue;
    if (Status put = registry->put_request(request.value("request_id", "")); !put) {
      return put.error();
    }
  }
  return registry;
}

Registry::~Registry() = default;

Status Registry::catch_up() {
  std::lock_guard lock(catching_up_);
  auto position = store_.last_event_position();
  if (!position) return position.error();
  if (*position == through_) return Status::Ok();
  auto owners = store_.owners_written_after(through_);
  if (!owners) return owners.error();
  for (const std::string& owner : *owners) {
    Status put = Status::Ok();
    if (owner.starts_with(kPersonOwner)) {
      put = put_person(owner.substr(kPersonOwner.size()));
    } else if (owner.starts_with(kTracingOwner)) {
      put = put_request(owner.substr(kTracingOwner.size()));
    }
    if (!put) return put;
  }
  through_ = *position;
  return Status::Ok();
}

Status Registry::put_person(const std::string& person_id) {
  auto document = store_.person_document(person_id);
  if (!document) return document.error();
  const json person = *document ? json::parse(**document, nullptr, false) : json();
  // A merged duplicate stands for nobody; a voided registration for nobody yet.
  if (!person.is_object() || merged(person)) {
    persons_.remove(person_id);
  } else {
    persons_.put(linkage_record(person_id, person));
  }
  return Status::Ok();
}

Status Registry::put_request(const std::string& request_id) {
  auto document = store_.tracing_document(request_id);
  if (!document) return document.error();
  const json request = *document ? json::parse(**document, nullptr, false) : json();
  // Only open requests are still looking: a confirmed match or a reunion ends the search.
  if (!request.is_object() || request.value("status", "") != "open") {
    sought_.remove(request_id);
    requesters_.remove(request_id);
    std::unique_lock lock(requests_mutex_);
    sought_by_request_.erase(request_id);
    requester_by_request_.erase(request_id);
    return Status::Ok();
  }
  linkage::Record sought = linkage_record(request_id, request.value("sought", json::object()));
  sought_.put(sought);
  {
    std::unique_lock lock(requests_mutex_);
    sought_by_request_.insert_or_assign(request_id, std::move(sought));
  }
  auto requester = requester_record(store_, request);
  if (!requester) return requester.error();
  requesters_.put(*requester);
  std::unique_lock lock(requests_mutex_);
  requester_by_request_.insert_or_assign(request_id, request.value("requester", ""));
  return Status::Ok();
}

std::vector<linkage::Suggestion> Registry::persons_like(
    const linkage::Record& record, const linkage::QueryOptions& options) const {
  return persons_.query(record, options);
}

std::map<std::string, std::vector<linkage::Suggestion>> Registry::requests_seeking(
    std::span<const linkage::Record> records, const linkage::QueryOptions& options) const {
  // The requests to ask about: all when they are few, else those the index of sought
  // persons blocks with one of the persons (whatever it scores them: its own chance
  // agreement is learnt from requests alone).
  std::set<std::string> asked;
  if (sought_.size() > kAskEveryRequest) {
    linkage::QueryOptions blocked;
    blocked.review = 0;
    blocked.limit = kAskEveryRequest;
    for (const auto& record : records) {
      for (auto& found : sought_.query(record, blocked)) asked.insert(std::move(found.id));
    }
  } else {
    std::shared_lock lock(requests_mutex_);
    for (const auto& [request_id, sought] : sought_by_request_) asked.insert(request_id);
  }
  std::map<std::string, std::vector<linkage::Suggestion>> out;
  for (const auto& record : records) out[record.id];
  linkage::QueryOptions candidates = options;
  candidates.limit = kCandidatesLooked;
  for (const std::string& request_id : asked) {
    linkage::Record sought;
    {
      std::shared_lock lock(requests_mutex_);
      const auto found = sought_by_request_.find(request_id);
      if (found == sought_by_request_.end()) continue;
      sought = found->second;
    }
    for (auto& candidate : persons_.query(sought, candidates)) {
      const auto person = out.find(candidate.id);
      if (person == out.end()) continue;
      candidate.id = request_id;
      person->second.push_back(std::move(candidate));
    }
  }
  for (auto& [person_id, requests] : out) {
    std::stable_sort(requests.begin(), requests.end(),
                     [](const auto& a, const auto& b) { return a.probability > b.probability; });
    if (requests.size() > options.limit) requests.resize(options.limit);
  }
  return out;
}

std::vector<std::string> Registry::requests_made_by_person(const std::string& person_id) const {
  std::vector<std::string> out;
  std::shared_lock lock(requests_mutex_);
  for (const auto& [request_id, requester] : requester_by_request_) {
    if (requester == person_id) out.push_back(request_id);
  }
  return out;
}

std::vector<linkage::Suggestion> Registry::requests_sought_like(
    const linkage::Record& record, const linkage::QueryOptions& options) const {
  return sought_.query(record, options);
}

std::vector<linkage::Suggestion> Registry::requests_made_by(
    const linkage::Record& record, const linkage::QueryOptions& options) const {
  return requesters_.query(record, options);
}

}  // namespace haven::casework
