// haven serve: the HTTP API (and later the web UI) on one address and port.

#include <csignal>
#include <iostream>

#include "commands.h"
#include "haven/http/server.h"

namespace haven::cli {
namespace {

http::Server* running_server = nullptr;

// Ctrl-C or a service manager's TERM stops the server cleanly, finishing requests in flight.
void stop_on_signal(int /*signal*/) {
  if (running_server != nullptr) running_server->stop();
}

}  // namespace

void add_serve_command(CLI::App& app, const GlobalOptions& global, int& exit) {
  auto options = std::make_shared<http::ServerOptions>();
  auto* cmd = app.add_subcommand("serve", "Serve the HTTP API on an address and port");
  cmd->add_option("--address", options->address, "Interface to listen on")->capture_default_str();
  cmd->add_option("--port", options->port, "TCP port (0 picks a free one)")
      ->check(CLI::Range(0, 65535))
      ->capture_default_str();
  cmd->add_option("--max-body-bytes", options->max_body_bytes,
                  "Larger request bodies are refused with 413")
      ->capture_default_str();
  cmd->add_option("--threads", options->threads, "Worker threads")->capture_default_str();
  cmd->callback([&global, &exit, options] {
    auto session = open_session(global, false);
    if (!session) {
      exit = report_error(session.error());
      return;
    }
    http::Server server(*(*session)->ledger, *options);
    if (auto ok = server.start(); !ok) {
      exit = report_error(ok.error());
      return;
    }
    running_server = &server;
    std::signal(SIGINT, stop_on_signal);
    std::signal(SIGTERM, stop_on_signal);
    const std::string base = "http://" + options->address + ":" + std::to_string(server.port());
    std::cout << "Haven is serving " << global.db << " at " << base << "/\n"
              << "  API:     " << base << "/api/v1/persons\n"
              << "  OpenAPI: " << base << "/api/v1/openapi.json\n"
              << "Press Ctrl-C to stop." << std::endl;
    server.wait();
    running_server = nullptr;
    std::cout << "Stopped." << std::endl;
  });
}

}  // namespace haven::cli
