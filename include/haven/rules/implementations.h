#pragma once
// What in Haven serves each provision, for the law module's coverage table: the event
// types that record compliance (domain/citations.h) and the rules that enforce it
// (rules/catalogue.h). Later modules (statistics, reports) add theirs here.

#include <vector>

#include "haven/law/coverage.h"

namespace haven::rules {

std::vector<law::Implementation> implementations();

}  // namespace haven::rules
