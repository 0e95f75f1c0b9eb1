// The demo goes through the same door as real data: importing it into a fresh store records
// every line, with no error.

#include <gtest/gtest.h>

#include <sstream>

#include "demo_support.h"
#include "haven/ledger/ledger.h"
#include "support/temp_store.h"

namespace haven::demo {
namespace {

TEST(DemoImport, AFreshStoreRecordsEveryLine) {
  DemoOptions options;
  options.persons = 1000;
  options.now = testing::demo_now();
  std::stringstream file;
  auto summary = write_demo(options, file);
  ASSERT_TRUE(summary.ok());

  haven::testing::TempStore temp;
  FixedClock clock(options.now);
  ledger::Ledger ledger(temp.store(), clock);
  ledger::RecordOptions record;
  record.actor = "demo";
  auto report = ledger.record_lines(file, record);
  ASSERT_TRUE(report.ok()) << report.error().describe();
  for (std::size_t i = 0; i < report->errors.size() && i < 10; ++i) {
    ADD_FAILURE() << report->errors[i].describe();
  }
  EXPECT_EQ(report->recorded, summary->events);
  EXPECT_EQ(report->refused, 0);
  auto counts = temp.store().counts();
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->persons, 1000);
  EXPECT_EQ(counts->events, summary->events);
  EXPECT_EQ(counts->incidents, summary->incidents);
  EXPECT_EQ(counts->tracing_requests, summary->tracing_requests);
}

}  // namespace
}  // namespace haven::demo
