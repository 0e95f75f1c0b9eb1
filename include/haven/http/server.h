#pragma once
// The HTTP API: JSON under /api/v1, errors as application/problem+json, and the OpenAPI
// document at /api/v1/openapi.json. A Server serves one Ledger, which must outlive it.
//
// Thread-safety: start, stop, wait and port may be called from any thread; requests are
// served on the server's own thread pool.

#include <cstddef>
#include <memory>
#include <string>

#include "haven/core/result.h"
#include "haven/ledger/ledger.h"

namespace haven::rules {
struct Profile;
}

namespace haven::http {

struct ServerOptions {
  // The jurisdiction profile the alerts follow; null for the built-in `international`.
  std::shared_ptr<const rules::Profile> profile;
  // Interface to listen on; the loopback by default, so nothing is exposed unless asked.
  std::string address = "127.0.0.1";
  // TCP port, 1..65535; 0 picks a free one (read it back with Server::port).
  int port = 8080;
  // Request bodies larger than this are refused with 413 payload_too_large.
  std::size_t max_body_bytes = 8 << 20;
  // Worker threads. Each serves one connection at a time (kept alive between requests), so
  // connections beyond this number wait: size it to the expected concurrent clients, and the
  // store's read_connections with it.
  int threads = 8;
  // Requests served on one kept-alive connection before it is closed, so that connections
  // waiting for a worker get their turn.
  int keep_alive_max_requests = 100;
  // Seconds an idle kept-alive connection may hold a worker.
  int keep_alive_timeout_seconds = 2;
  // Requests one client address may make per minute, after a burst of `request_burst` at
  // once; beyond that it is answered 429 with Retry-After. 0: no limit. /health is exempt.
  int requests_per_minute = 600;
  int request_burst = 120;
  // Where the audit log's chain head is also written (audit::head_file_for the database);
  // empty to keep none (in-memory databases).
  std::string audit_head_file;
};

class Server {
 public:
  // Routes are set up here; nothing listens until `start`.
  Server(ledger::Ledger& ledger, ServerOptions options);
  // Stops the server if it is running.
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Checks the options, binds and serves on a background thread. Fails when the options are
  // out of range, the address cannot be bound (e.g. the port is taken) or the server was
  // already started.
  Status start();
  // The bound port (the chosen one when options.port was 0); 0 before `start`.
  int port() const;
  // Stops accepting, finishes the requests in flight and joins the threads. Idempotent.
  // Not async-signal-safe (it locks and joins): call it from a thread, not a signal handler.
  void stop();
  // Blocks until the server has stopped (for `haven serve`); returns at once if not running.
  void wait();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The HTTP status for an error code — the one place codes are mapped to statuses.
int http_status(ErrorCode code);

// The OpenAPI 3.0.3 document of the API, as JSON text.
std::string openapi_document();

}  // namespace haven::http
