// Where forms come from (compiled in, or added by the installation and kept in its settings)
// and how a screening event is completed from its form.

#include <map>
#include <nlohmann/json.hpp>

#include "haven/screening/forms.h"
#include "screening/form_json.h"

namespace haven::screening {
namespace {

using nlohmann::json;

// Settings keys: `screening.form.<id>.<version>` holds a form's text, and
// `screening.latest.<id>` the highest version added.
std::string form_key(const std::string& id, int version) {
  return "screening.form." + id + "." + std::to_string(version);
}
std::string latest_key(const std::string& id) { return "screening.latest." + id; }

const json* builtin(const std::string& id, int version, std::string_view* text) {
  static const std::vector<json> kParsed = [] {
    std::vector<json> out;
    for (auto form : builtin_form_texts()) out.push_back(json::parse(form));
    return out;
  }();
  const json* best = nullptr;
  for (std::size_t i = 0; i < kParsed.size(); ++i) {
    const json& form = kParsed[i];
    if (form["form"] != id) continue;
    if (version != 0 && form["version"] != version) continue;
    if (best == nullptr || form["version"].get<int>() > (*best)["version"].get<int>()) {
      best = &form;
      *text = builtin_form_texts()[i];
    }
  }
  return best;
}

}  // namespace

Result<FoundForm> find_form(store::Reader& reader, const std::string& id, int version) {
  int wanted = version;
  if (wanted == 0) {
    auto latest = reader.setting(latest_key(id));
    if (!latest) return latest.error();
    if (*latest) wanted = std::stoi(**latest);
  }
  std::string_view builtin_text;
  const json* compiled = builtin(id, wanted, &builtin_text);
  if (wanted != 0) {
    auto added = reader.setting(form_key(id, wanted));
    if (!added) return added.error();
    if (*added) return FoundForm{wanted, **added};
  }
  if (compiled != nullptr && (wanted == 0 || (*compiled)["version"] == wanted)) {
    return FoundForm{(*compiled)["version"].get<int>(), std::string(builtin_text)};
  }
  if (version != 0) {
    return Fail(ErrorCode::kUnknownForm, "version",
                "form '" + id + "' has no version " + std::to_string(version));
  }
  return Fail(ErrorCode::kUnknownForm, "form",
              "no screening form '" + id + "' (haven forms list shows those there are)");
}

Result<std::vector<FormSummary>> list_forms(store::Store& store) {
  std::map<std::pair<std::string, int>, FormSummary> forms;
  for (auto text : builtin_form_texts()) {
    auto summary = check_form(text);
    if (!summary) return summary.error();
    summary->builtin = true;
    forms[{summary->form, summary->version}] = *summary;
  }
  auto added = store.settings_with_prefix("screening.form.");
  if (!added) return added.error();
  for (const auto& [key, text] : *added) {
    auto summary = check_form(text);
    if (!summary) return summary.error();
    forms[{summary->form, summary->version}] = *summary;
  }
  std::vector<FormSummary> out;
  for (auto& [key, summary] : forms) out.push_back(std::move(summary));
  return out;
}

Result<FormSummary> add_form(store::Store& store, std::string_view text) {
  auto summary = check_form(text);
  if (!summary) return summary.error();
  auto batch = store.begin_write();
  if (!batch) return batch.error();
  auto existing = find_form(**batch, summary->form, summary->version);
  if (existing) {
    if (json::parse(existing->text) == json::parse(text)) return summary;
    return Fail(ErrorCode::kInvalidDocument, "version",
                "form '" + summary->form + "' version " + std::to_string(summary->version) +
                    " exists with other content; a version never changes once added: give "
                    "this one version " +
                    std::to_string(summary->version + 1) + " or more");
  }
  if (existing.error().code != ErrorCode::kUnknownForm) return existing.error();
  auto latest = find_form(**batch, summary->form, 0);
  const int highest = latest ? latest->version : 0;
  if (auto ok = (*batch)->put_setting(form_key(summary->form, summary->version), std::string(text));
      !ok) {
    return ok.error();
  }
  if (summary->version > highest) {
    auto ok = (*batch)->put_setting(latest_key(summary->form), std::to_string(summary->version));
    if (!ok) return ok.error();
  }
  if (auto ok = (*batch)->commit(); !ok) return ok.error();
  return summary;
}

Status complete_screening(domain::Event& event, store::Reader& reader) {
  const json body = json::parse(event.body);
  auto form = find_form(reader, body["form"], body.value("version", 0));
  if (!form) return form.error();
  auto found = findings(form->text, body["answers"].dump());
  if (!found) return found.error();
  if (body.contains("findings") && json::parse(*found) != body["findings"]) {
    return Fail(ErrorCode::kInvalidField, "findings",
                "are not what form '" + body["form"].get<std::string>() + "' version " +
                    std::to_string(form->version) +
                    " finds from these answers: leave them out and Haven works them out");
  }
  if (auto ok = domain::set_body_field(event, "version", std::to_string(form->version)); !ok) {
    return ok;
  }
  return domain::set_body_field(event, "findings", *found);
}

}  // namespace haven::screening
