#include "haven/stats/codes.h"

#include <string>

namespace haven::stats {

Dimension sex_dimension() {
  return {"SEX", "Sex", {"F", "M", "_O", "_U"}, {"Female", "Male", "Other", "Unknown"}};
}

Dimension age_dimension(AgeBands bands) {
  Dimension age{"AGE", "Age", {}, {}};
  if (bands == AgeBands::kChildrenAndAdults) {
    age.codes = {"Y0T17", "Y_GE18"};
    age.labels = {"Under 18", "18 and over"};
  } else {
    // The SDG structure's five-year groups stop at 65, where its indicators' detail does.
    for (int from = 0; from < 65; from += 5) {
      age.codes.push_back("Y" + std::to_string(from) + "T" + std::to_string(from + 4));
      age.labels.push_back(std::to_string(from) + " to " + std::to_string(from + 4));
    }
    age.codes.emplace_back("Y_GE65");
    age.labels.emplace_back("65 and over");
  }
  age.codes.emplace_back("_U");
  age.labels.emplace_back("Unknown");
  return age;
}

}  // namespace haven::stats
