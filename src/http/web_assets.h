#pragma once
// The web workspace, built from web/ by Vite and compiled in (tools/codegen/web_assets), so
// that `haven serve` needs no files beside its database.

#include <span>
#include <string_view>

namespace haven::http {

struct WebAsset {
  std::string_view path;          // "/index.html", "/assets/index-1a2b3c.js"
  std::string_view content_type;  // with its charset where it has one
  std::string_view body;
};

// Every file of the built workspace, by path.
std::span<const WebAsset> web_assets();

}  // namespace haven::http
