#pragma once
// The registry as the record-linkage engine sees it (issue 8): every registered person not
// merged into another, the persons open tracing requests seek, and the relatives who made
// them, each kept in a linkage::Index in step with the store. Asked while a person is being
// registered (who may this already be?), for a tracing request's candidates, and for the
// tracing requests a new registration or a new request may answer.
//
// Owns its indexes; holds the store by reference (it must outlive the Registry).
// Thread-safe: queries from many threads while one thread catches up.

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <span>
#include <string>
#include <vector>

#include "haven/core/result.h"
#include "haven/linkage/index.h"

namespace haven::store {
class Store;
}

namespace haven::casework {

class Registry {
 public:
  // Reads every person (those merged into another left out) and every open tracing request
  // of `store`.
  static Result<std::unique_ptr<Registry>> Open(store::Store& store);
  ~Registry();
  Registry(const Registry&) = delete;
  Registry& operator=(const Registry&) = delete;

  // Puts again, or removes, the persons and tracing requests written since the last catch-up
  // (whoever wrote them: the API, an import, a rebuild). One caller at a time catches up;
  // the others wait. Cheap when nothing was written.
  Status catch_up();

  // Registered persons who may be `record`, most likely first (never `record.id` itself).
  std::vector<linkage::Suggestion> persons_like(const linkage::Record& record,
                                                const linkage::QueryOptions& options = {}) const;
  // For each registered person of `records`, by id: the open tracing requests (ids are
  // request ids) whose sought person may be them, as likely as they are among the request's
  // candidates (persons_like of the person sought; the same answer the request's page
  // gives), most likely first. Each open request is asked once however many persons.
  std::map<std::string, std::vector<linkage::Suggestion>> requests_seeking(
      std::span<const linkage::Record> records, const linkage::QueryOptions& options = {}) const;
  // Open tracing requests whose sought person, or whose requester, may be `record` (anyone,
  // registered or not): for two relatives seeking each other. Compared among the open
  // requests only, so the engine needs a few of them to learn what chance agreement is.
  std::vector<linkage::Suggestion> requests_sought_like(
      const linkage::Record& record, const linkage::QueryOptions& options = {}) const;
  std::vector<linkage::Suggestion> requests_made_by(
      const linkage::Record& record, const linkage::QueryOptions& options = {}) const;

  // The open tracing requests whose `requester` names this registered person, by id.
  std::vector<std::string> requests_made_by_person(const std::string& person_id) const;

  std::size_t persons() const { return persons_.size(); }

 private:
  explicit Registry(store::Store& store) : store_(store) {}
  Status put_person(const std::string& person_id);
  Status put_request(const std::string& request_id);

  store::Store& store_;
  linkage::Index persons_;
  linkage::Index sought_;
  linkage::Index requesters_;
  // The person each open request seeks, and its `requester` as written (a person's id or a
  // name), by request id; guarded by `requests_mutex_`.
  mutable std::shared_mutex requests_mutex_;
  std::map<std::string, linkage::Record> sought_by_request_;
  std::map<std::string, std::string> requester_by_request_;
  // Serialises catch-ups; guards `through_`, the last event position read.
  std::mutex catching_up_;
  std::int64_t through_ = 0;
};

}  // namespace haven::casework
