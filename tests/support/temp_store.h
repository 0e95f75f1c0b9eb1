#pragma once
// A real SQLite store in a fresh temporary folder, removed when the test ends, sealed under
// a fresh key (keys() opens it again).

#include <filesystem>
#include <memory>
#include <random>
#include <string>

#include "haven/keys/keyring.h"
#include "haven/ledger/ledger.h"
#include "haven/store/store.h"

namespace haven::testing {

class TempStore {
 public:
  TempStore() {
    std::random_device device;
    folder_ = std::filesystem::temp_directory_path() /
              ("haven-test-" + std::to_string(device()) + std::to_string(device()));
    std::filesystem::create_directories(folder_);
    store::StoreOptions options;
    options.location = (folder_ / "haven.db").string();
    options.read_connections = 2;
    options.keys = keys_;
    auto opened = store::Store::Open(options);
    if (!opened) throw std::runtime_error(opened.error().describe());
    store_ = std::move(*opened);
  }
  ~TempStore() {
    store_.reset();
    std::error_code ignored;
    std::filesystem::remove_all(folder_, ignored);
  }
  TempStore(const TempStore&) = delete;
  TempStore& operator=(const TempStore&) = delete;

  store::Store& store() { return *store_; }
  // The keys the store is sealed with, to open the file again.
  const std::shared_ptr<keys::KeySource>& keys() const { return keys_; }
  const std::filesystem::path& folder() const { return folder_; }
  std::string path() const { return (folder_ / "haven.db").string(); }
  // Closes the store (to reopen the file, or to let another process use it).
  void close() { store_.reset(); }

 private:
  std::filesystem::path folder_;
  std::shared_ptr<keys::KeySource> keys_ = keys::KeySource::fixed(keys::Keyring::generate());
  std::unique_ptr<store::Store> store_;
};

// Parses an RFC 3339 time or throws: for literals in tests.
inline Timestamp at(const std::string& text) {
  auto t = parse_rfc3339(text);
  if (!t) throw std::runtime_error(t.error().describe());
  return *t;
}

// Records a batch of JSON texts (line numbers 1..n) and returns the report.
inline ledger::RecordReport record_all(ledger::Ledger& ledger,
                                       const std::vector<std::string>& events,
                                       ledger::RecordOptions options = {}) {
  std::vector<ledger::InputEvent> batch;
  for (std::size_t i = 0; i < events.size(); ++i) {
    batch.push_back({events[i], static_cast<int>(i + 1)});
  }
  auto report = ledger.record(batch, options);
  if (!report) throw std::runtime_error(report.error().describe());
  return *report;
}

}  // namespace haven::testing
