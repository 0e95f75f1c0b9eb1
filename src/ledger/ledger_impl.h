#pragma once
// Private to the ledger: its state behind the pimpl.

#include <mutex>

#include "haven/core/ids.h"
#include "haven/ledger/ledger.h"

namespace haven::ledger {

struct Ledger::Impl {
  // One batch at a time: the store serialises writers too, but holding this first keeps
  // event ids and clock readings in the same order as the batches.
  std::mutex write_mutex;
  EventIdGenerator ids;
};

}  // namespace haven::ledger
