// haven serve: the HTTP API (and later the web UI) on one address and port.

#include <pthread.h>

#include <csignal>
#include <iostream>

#include "commands.h"
#include "haven/audit/log.h"
#include "haven/http/server.h"
#include "haven/rules/current.h"
#include "profile_choice.h"
#include "progress.h"

namespace haven::cli {
namespace {

// Ctrl-C and a service manager's TERM are taken by sigwait on the main thread, not by a
// handler: stopping the server locks and joins, which a signal handler must never do.
sigset_t stop_signals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  return set;
}

}  // namespace

void add_serve_command(CLI::App& app, const GlobalOptions& global, int& exit) {
  auto options = std::make_shared<http::ServerOptions>();
  options->threads = 16;
  auto* cmd = app.add_subcommand("serve", "Serve the HTTP API on an address and port");
  cmd->add_option("--address", options->address, "Interface to listen on")->capture_default_str();
  cmd->add_option("--port", options->port, "TCP port (0 picks a free one)")
      ->check(CLI::Range(0, 65535))
      ->capture_default_str();
  cmd->add_option("--max-body-bytes", options->max_body_bytes,
                  "Larger request bodies are refused with 413")
      ->capture_default_str();
  cmd->add_option("--requests-per-minute", options->requests_per_minute,
                  "Requests one client address may make per minute (after a burst); more are\n"
                  "answered 429 with Retry-After. 0: no limit (a load test on loopback)")
      ->check(CLI::Range(0, 1'000'000))
      ->capture_default_str();
  cmd->add_option("--request-burst", options->request_burst,
                  "Requests one address may make at once before the per-minute rate applies")
      ->check(CLI::Range(1, 1'000'000))
      ->capture_default_str();
  cmd->add_option("--threads", options->threads,
                  "Worker threads: each serves one kept-alive connection at a time")
      ->check(CLI::Range(1, 256))
      ->capture_default_str();
  cmd->callback([&global, &exit, options] {
    // One read connection per worker, so no request waits for a database connection.
    auto session = open_session(global, false, options->threads);
    if (!session) {
      exit = report_error(session.error());
      return;
    }
    auto profile = chosen_profile(**session, "");
    if (!profile) {
      exit = report_error(profile.error());
      return;
    }
    options->profile = std::make_shared<const rules::Profile>(std::move(*profile));
    options->audit_head_file = audit::head_file_for(global.db).string();
    // Alerts are read from the kept obligations: bring them up to date before the first
    // request rather than during it (after a large import this takes a while).
    std::optional<Progress> progress;
    auto refreshed = rules::refresh_obligations(
        *(*session)->store, *options->profile, (*session)->clock.now(),
        progress_reporter(progress, "Evaluating the rules", "persons and incidents"));
    if (progress) progress->finish();
    if (!refreshed) {
      exit = report_error(refreshed.error());
      return;
    }
    const sigset_t signals = stop_signals();
    // Blocked before the server starts its threads, so they inherit the mask and only the
    // main thread's sigwait receives the signals.
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    http::Server server(*(*session)->ledger, *options);
    if (auto ok = server.start(); !ok) {
      exit = report_error(ok.error());
      return;
    }
    const std::string base = "http://" + options->address + ":" + std::to_string(server.port());
    std::cout << "Haven is serving " << global.db << " at " << base << "/\n"
              << "  API:     " << base << "/api/v1/persons\n"
              << "  OpenAPI: " << base << "/api/v1/openapi.json\n"
              << "Press Ctrl-C to stop." << std::endl;
    int received = 0;
    sigwait(&signals, &received);
    std::cout << "Stopping…" << std::endl;
    server.stop();
    std::cout << "Stopped." << std::endl;
  });
}

}  // namespace haven::cli
