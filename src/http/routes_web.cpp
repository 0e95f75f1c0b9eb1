// The web workspace: the page at `/` and its hashed scripts and styles under /assets/, all
// compiled in (web_assets.h). They hold no data, so they are served without a session.

#include <string>

#include "http/problem.h"
#include "http/routes.h"
#include "http/web_assets.h"

namespace haven::http {
namespace {

// Scripts and styles only from this origin, nothing inline, calls only to this API.
constexpr const char* kWorkspacePolicy =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'";

const WebAsset* find_asset(std::string_view path) {
  for (const WebAsset& asset : web_assets()) {
    if (asset.path == path) return &asset;
  }
  return nullptr;
}

void send_asset(const WebAsset& asset, const char* cache, httplib::Response& res) {
  res.headers.erase("Content-Security-Policy");
  res.headers.erase("Cache-Control");
  res.set_header("Content-Security-Policy", kWorkspacePolicy);
  res.set_header("Cache-Control", cache);
  res.status = 200;
  res.set_content(std::string(asset.body), std::string(asset.content_type));
}

}  // namespace

void get_home(Api&, const Routed&, httplib::Response& res) {
  const WebAsset* page = find_asset("/index.html");
  if (page == nullptr) {
    return send_problem(res, Error{ErrorCode::kInternal, "", "the web workspace is missing", 0});
  }
  // The page names its scripts by content hash: it must be fetched again to see new ones.
  send_asset(*page, "no-cache", res);
}

void get_web_asset(Api&, const Routed& request, httplib::Response& res) {
  const WebAsset* asset = find_asset("/assets/" + request.id);
  if (asset == nullptr) {
    return send_problem(res, Error{ErrorCode::kNotFound, "", "no such file of the workspace", 0});
  }
  // Named by their content's hash, they never change: cache them for a year.
  send_asset(*asset, "public, max-age=31536000, immutable", res);
}

}  // namespace haven::http
