#pragma once
// The dashboard's sections (GET /api/v1/dashboard, routes_dashboard.cpp): aggregates as of a
// moment over the persons in a viewer's scope. Private to the HTTP module.

#include <nlohmann/json.hpp>

#include "haven/access/views.h"
#include "haven/core/result.h"
#include "haven/core/time.h"
#include "http/routes.h"

namespace haven::http {

// What a dashboard is asked for.
struct DashboardQuery {
  // The moment it describes.
  Timestamp as_of;
  // The server's now: the kept obligations are brought up to it before they are read.
  Timestamp now;
  // How many weeks of consular notice it shows, the week of `as_of` the last; 1 to 52.
  int weeks = 12;
};

// `{"held_now", "max_days", "by_facility", "children"}`: who was held at `query.as_of`,
// where and for how long, and which of them were children (dashboard_detention.cpp).
// Fails only when the store does.
Result<nlohmann::ordered_json> detention_section(Api& api, const access::Viewer& viewer,
                                                 const DashboardQuery& query);

}  // namespace haven::http
