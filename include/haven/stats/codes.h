#pragma once
// Dimensions with the codes of the SDG global data structure (SDMX) where Haven counts the
// same things: SEX (F, M, _O, _U) and AGE (Y0T17, Y_GE18; Y0T4 … Y60T64, Y_GE65; _U). A table
// built from them publishes codes any SDG or statistical office reader already knows.
// REF_AREA codes are M49 numeric ("004" Afghanistan), as the SDG structure uses them.

#include "haven/stats/table.h"

namespace haven::stats {

// SEX: female, male, other (a person registered as X) and unknown, totalled as _T.
Dimension sex_dimension();

enum class AgeBands {
  kChildrenAndAdults,  // Y0T17, Y_GE18: the age of majority, where protection duties change
  kFiveYear,           // Y0T4, Y5T9, … Y60T64, Y_GE65
};

// AGE in these bands, and _U for an unknown age, totalled as _T.
Dimension age_dimension(AgeBands bands);

}  // namespace haven::stats
