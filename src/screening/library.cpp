// Where forms come from (compiled in, or added by the installation and kept in its settings)
// and how a screening event is completed from its form.

#include <map>
#include <memory>
#include <nlohmann/json.hpp>

#include "haven/screening/forms.h"
#include "screening/form_json.h"

namespace haven::screening {
namespace {

using nlohmann::json;

// Settings key `screening.form.<id>.<version>` holds a form's text.
constexpr std::string_view kFormPrefix = "screening.form.";
std::string form_key(const std::string& id, int version) {
  return std::string(kFormPrefix) + id + "." + std::to_string(version);
}

// A form as written, and parsed.
struct Entry {
  std::string text;
  json form;
  bool builtin = false;
};
using EntryPointer = std::shared_ptr<const Entry>;

}  // namespace

// Forms by id, then version.
struct FormLibrary::Forms {
  std::map<std::string, std::map<int, EntryPointer>> by_id;

  void add(EntryPointer entry) {
    const auto& form = entry->form;
    by_id[form["form"].get<std::string>()][form["version"].get<int>()] = std::move(entry);
  }
  // Form `id` at `version` (0: the latest), or kUnknownForm.
  Result<const Entry*> find(const std::string& id, int version) const {
    const auto forms = by_id.find(id);
    if (forms == by_id.end()) {
      return Fail(ErrorCode::kUnknownForm, "form",
                  "no screening form '" + id + "' (haven forms list shows those there are)");
    }
    if (version == 0) return forms->second.rbegin()->second.get();
    const auto found = forms->second.find(version);
    if (found == forms->second.end()) {
      return Fail(ErrorCode::kUnknownForm, "version",
                  "form '" + id + "' has no version " + std::to_string(version));
    }
    return found->second.get();
  }
};

namespace {

// The built-in forms, parsed once per process (the build checked them).
const std::shared_ptr<const FormLibrary::Forms>& builtin_forms() {
  static const std::shared_ptr<const FormLibrary::Forms> kForms = [] {
    auto forms = std::make_shared<FormLibrary::Forms>();
    for (auto text : builtin_form_texts()) {
      forms->add(std::make_shared<Entry>(Entry{std::string(text), json::parse(text), true}));
    }
    return forms;
  }();
  return kForms;
}

}  // namespace

FormLibrary::FormLibrary() = default;
FormLibrary::FormLibrary(FormLibrary&&) noexcept = default;
FormLibrary& FormLibrary::operator=(FormLibrary&&) noexcept = default;
FormLibrary::~FormLibrary() = default;

Result<FormLibrary> FormLibrary::load(store::Reader& reader) {
  FormLibrary library;
  library.forms_ = builtin_forms();
  auto added = reader.settings_with_prefix(std::string(kFormPrefix));
  if (!added) return added.error();
  if (added->empty()) return library;
  auto forms = std::make_shared<Forms>(*builtin_forms());
  for (auto& [key, text] : *added) {
    auto form = parse_form(text);
    if (!form) return form.error();
    forms->add(std::make_shared<Entry>(Entry{std::move(text), std::move(*form), false}));
  }
  library.forms_ = std::move(forms);
  return library;
}

Status FormLibrary::complete(domain::Event& event) const {
  const json body = json::parse(event.body);
  auto entry = forms_->find(body["form"], body.value("version", 0));
  if (!entry) return entry.error();
  const json& form = (*entry)->form;
  auto found = evaluate(form, body["answers"]);
  if (!found) return found.error();
  const int version = form["version"];
  if (body.contains("findings") && *found != body["findings"]) {
    return Fail(ErrorCode::kInvalidField, "findings",
                "are not what form '" + body["form"].get<std::string>() + "' version " +
                    std::to_string(version) +
                    " finds from these answers: leave them out and Haven works them out");
  }
  if (auto ok = domain::set_body_field(event, "version", std::to_string(version)); !ok) return ok;
  return domain::set_body_field(event, "findings", found->dump());
}

Result<FoundForm> FormLibrary::find(const std::string& id, int version) const {
  auto entry = forms_->find(id, version);
  if (!entry) return entry.error();
  return FoundForm{(*entry)->form["version"].get<int>(), (*entry)->text};
}

std::vector<FormSummary> FormLibrary::summaries() const {
  std::vector<FormSummary> out;
  for (const auto& [id, versions] : forms_->by_id) {
    for (const auto& [version, entry] : versions) {
      const json& form = entry->form;
      out.push_back({id, version, form["title"], form["source"],
                     static_cast<int>(form["questions"].size()), entry->builtin});
    }
  }
  return out;
}

Result<FoundForm> find_form(store::Reader& reader, const std::string& id, int version) {
  auto library = FormLibrary::load(reader);
  if (!library) return library.error();
  return library->find(id, version);
}

Result<std::vector<FormSummary>> list_forms(store::Store& store) {
  auto library = FormLibrary::load(store);
  if (!library) return library.error();
  return library->summaries();
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
  if (auto ok = (*batch)->put_setting(form_key(summary->form, summary->version), std::string(text));
      !ok) {
    return ok.error();
  }
  if (auto ok = (*batch)->commit(); !ok) return ok.error();
  return summary;
}

}  // namespace haven::screening
