// The server's life cycle: options, binding, the listener thread, stop and wait. Routing is
// in router.cpp.

#include "haven/http/server.h"

#include <sys/socket.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <system_error>
#include <thread>

#include "http/problem.h"
#include "http/routes.h"

namespace haven::http {
namespace {

Status check_options(const ServerOptions& options) {
  auto bad = [](const char* field, std::string message) {
    return Error{ErrorCode::kBadRequest, field, std::move(message), 0};
  };
  if (options.address.empty()) return bad("address", "must not be empty");
  if (options.port < 0 || options.port > 65535) return bad("port", "must be 0..65535");
  if (options.max_body_bytes == 0) return bad("max_body_bytes", "must be at least 1");
  if (options.threads < 1 || options.threads > 1024) return bad("threads", "must be 1..1024");
  if (options.keep_alive_max_requests < 1) return bad("keep_alive_max_requests", "must be >= 1");
  if (options.requests_per_minute < 0) return bad("requests_per_minute", "must be >= 0");
  if (options.request_burst < 1) return bad("request_burst", "must be >= 1");
  if (options.keep_alive_timeout_seconds < 0) {
    return bad("keep_alive_timeout_seconds", "must be >= 0");
  }
  return Status::Ok();
}

}  // namespace

struct Server::Impl {
  Impl(ledger::Ledger& ledger, ServerOptions options) : api{ledger, std::move(options)} {}

  Api api;
  httplib::Server http;
  // Serialises start and stop.
  std::mutex lifecycle_mutex;
  bool started = false;
  std::thread listener;
  std::atomic<int> port{0};
  std::atomic<bool> loop_ended{false};
  // Guards `listening`, which `wait` waits on.
  std::mutex state_mutex;
  std::condition_variable state_changed;
  bool listening = false;
};

Server::Server(ledger::Ledger& ledger, ServerOptions options)
    : impl_(std::make_unique<Impl>(ledger, std::move(options))) {
  Api* api = &impl_->api;
  auto handler = [api](const httplib::Request& req, httplib::Response& res) {
    dispatch(*api, req, res, nullptr);
  };
  auto with_body = [api](const httplib::Request& req, httplib::Response& res,
                         const httplib::ContentReader& reader) {
    dispatch(*api, req, res, &reader);
  };
  // One catch-all per method: routing is ours, so an unknown path (404) and a known path
  // with the wrong method (405) are told apart from the same table.
  impl_->http.Get(".*", handler);
  impl_->http.Options(".*", handler);
  impl_->http.Post(".*", with_body);
  impl_->http.Put(".*", with_body);
  impl_->http.Patch(".*", with_body);
  impl_->http.Delete(".*", with_body);
  impl_->http.set_error_handler(httplib::Server::HandlerWithResponse(
      [api](const httplib::Request& req, httplib::Response& res) {
        return on_error(api->options, req, res);
      }));
  impl_->http.set_exception_handler(
      [](const httplib::Request& req, httplib::Response& res, std::exception_ptr) {
        add_cache_headers(req, res);
        send_internal_error(res, "exception outside a route");
      });
  // Answers are never sniffed into another type, framed by another site, or given a
  // Referer; pages load nothing but their own files.
  impl_->http.set_default_headers(
      {{"X-Content-Type-Options", "nosniff"},
       {"X-Frame-Options", "DENY"},
       {"Referrer-Policy", "no-referrer"},
       {"Content-Security-Policy",
        "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"}});
}

Server::~Server() { stop(); }

Status Server::start() {
  std::lock_guard lifecycle(impl_->lifecycle_mutex);
  const ServerOptions& options = impl_->api.options;
  if (impl_->started) {
    return Error{ErrorCode::kBadRequest, "", "the server was already started (or stopped)", 0};
  }
  if (Status status = check_options(options); !status) return status;
  if (!impl_->api.registry) {
    auto registry = casework::Registry::Open(impl_->api.ledger.store());
    if (!registry) return registry.error();
    impl_->api.registry = std::move(*registry);
  }

  httplib::Server& http = impl_->http;
  std::size_t threads = static_cast<std::size_t>(options.threads);
  http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  // Bodies are read by router.cpp within the limit; httplib's own check is only a backstop.
  http.set_payload_max_length(options.max_body_bytes + drain_allowance(options));
  http.set_keep_alive_max_count(static_cast<std::size_t>(options.keep_alive_max_requests));
  http.set_keep_alive_timeout(options.keep_alive_timeout_seconds);
  // Responses are small and written in two parts; Nagle's algorithm would hold the second.
  http.set_tcp_nodelay(true);
  // httplib sets SO_REUSEPORT, which would let a second server share the port silently and
  // split requests between two databases. SO_REUSEADDR alone still allows a quick restart.
  http.set_socket_options([](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
  });

  errno = 0;
  int port = options.port;
  if (port == 0) {
    port = http.bind_to_any_port(options.address);
  } else if (!http.bind_to_port(options.address, port)) {
    port = -1;
  }
  if (port <= 0) {
    std::string reason = errno != 0 ? std::strerror(errno) : "address unavailable";
    return Error{ErrorCode::kIo, "port",
                 "cannot listen on " + options.address + ":" + std::to_string(options.port) + " (" +
                     reason + ")",
                 0};
  }
  impl_->port = port;
  impl_->started = true;
  {
    std::lock_guard state(impl_->state_mutex);
    impl_->listening = true;
  }
  Impl* impl = impl_.get();
  auto finish = [impl] {
    impl->loop_ended = true;
    {
      std::lock_guard state(impl->state_mutex);
      impl->listening = false;
    }
    impl->state_changed.notify_all();
  };
  try {
    impl_->listener = std::thread([impl, finish] {
      impl->http.listen_after_bind();
      finish();
    });
  } catch (const std::system_error& e) {
    finish();
    return Error{ErrorCode::kInternal, "", std::string("cannot start a thread: ") + e.what(), 0};
  }
  // httplib's stop() does nothing until the accept loop runs; wait for it so that a stop
  // right after start is not lost.
  while (!http.is_running() && !impl_->loop_ended) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  return Status::Ok();
}

int Server::port() const { return impl_->port; }

void Server::stop() {
  std::lock_guard lifecycle(impl_->lifecycle_mutex);
  impl_->started = true;  // a stopped server is not started again
  impl_->http.stop();
  if (impl_->listener.joinable()) impl_->listener.join();
}

void Server::wait() {
  std::unique_lock state(impl_->state_mutex);
  impl_->state_changed.wait(state, [this] { return !impl_->listening; });
}

}  // namespace haven::http
