// haven law parse | show | list | coverage: the law as data.

#include <fstream>
#include <iostream>
#include <sstream>

#include "commands.h"
#include "haven/law/formats.h"
#include "haven/law/parser.h"

namespace haven::cli {
namespace {

Result<std::string> read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{ErrorCode::kIo, "", "cannot open " + path, 0};
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

struct ParseCommand {
  std::string file;
  std::string format = "json";
};

int run_parse(const ParseCommand& command) {
  auto text = read_text(command.file);
  if (!text) return report_error(text.error());
  auto parsed = law::parse_resolution(*text);
  if (!parsed) {
    auto error = parsed.error();
    return report_error(error);
  }
  for (const auto& warning : parsed->warnings) {
    std::cerr << "haven: warning: " << command.file << ":";
    if (warning.line > 0) std::cerr << warning.line << ":";
    std::cerr << " " << warning.message << "\n";
  }
  const auto& resolution = parsed->resolution;
  if (command.format == "akn") {
    std::cout << law::to_akoma_ntoso(resolution);
  } else if (command.format == "text") {
    std::cout << law::to_text(resolution);
  } else {
    std::cout << law::to_json(resolution);
  }
  return 0;
}

}  // namespace

void add_law_commands(CLI::App& app, const GlobalOptions& global, int& exit) {
  auto* law = app.add_subcommand(
      "law", "Resolutions and treaties as citable provisions (A/RES/66/172 op.4(g))");
  law->require_subcommand(1);

  auto parse = std::make_shared<ParseCommand>();
  auto* parse_cmd = law->add_subcommand(
      "parse",
      "Parse the text of a UN resolution (as copied from the official PDF) into provisions.\n"
      "Repairs numbers pushed after the first line, footnote markers left in the text,\n"
      "hyphenation and page joins. Example:\n"
      "  haven law parse A-RES-66-172.txt --format akn > 66-172.xml");
  parse_cmd->add_option("file", parse->file, "Text file of the resolution")->required();
  parse_cmd
      ->add_option("--format", parse->format,
                   "json (structure), akn (Akoma Ntoso 3.0 XML) or text (clean text)")
      ->check(CLI::IsMember({"json", "akn", "text"}))
      ->capture_default_str();
  parse_cmd->callback([parse, &exit] { exit = run_parse(*parse); });
  add_law_catalogue_commands(*law, global, exit);
}

}  // namespace haven::cli
