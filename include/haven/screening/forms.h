#pragma once
// Vulnerability screening forms (docs/screening.md): structured questions whose answers
// produce vulnerability codes and flags, each with the reason a caseworker reads. Forms are
// data: Haven's built-in ones come from data/screening/*.json, and an installation adds its
// own (`haven forms add`) without a release. A form's version never changes once added; a
// change is a new version, and every screening records the version it used.

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "haven/core/result.h"
#include "haven/domain/event.h"
#include "haven/store/store.h"

namespace haven::screening {

struct FormSummary {
  std::string form;
  int version = 0;
  std::string title;
  std::string source;
  int questions = 0;
  bool builtin = false;
};

// Checks a form definition: its keys, question types, and that every condition names a
// question of the form with answers it can have. Errors are kInvalidDocument naming the
// JSON path (`questions[2].choices`, `findings[0].when.any[1].question`).
Result<FormSummary> check_form(std::string_view text);

// What `answers` (a JSON object, question id → answer) find under the form `form_text`: a
// JSON array of {code or flag, reason}, in the form's order. Answers are checked first:
// unknown questions, answers of the wrong kind and unanswered required questions are
// errors naming `answers.<question>`.
Result<std::string> findings(std::string_view form_text, std::string_view answers_json);

// A form's text and the version it is.
struct FoundForm {
  int version = 0;
  std::string text;
};

// The texts of the built-in forms (compiled in from data/screening/*.json).
std::span<const std::string_view> builtin_form_texts();

// The text of form `id` at `version` (0: its latest), from the built-in forms or those the
// installation added; kUnknownForm naming `form` or `version` when there is none.
Result<FoundForm> find_form(store::Reader& reader, const std::string& id, int version);

// Every form the installation can use: built-in and added, by id then version.
Result<std::vector<FormSummary>> list_forms(store::Store& store);

// Adds a form to the installation. Refused when the form does not check, or when that
// version exists already with different content (a published version never changes);
// adding the same text again is a no-op.
Result<FormSummary> add_form(store::Store& store, std::string_view text);

// Every form an installation has, parsed once: what an import uses to complete its
// screenings without reading and parsing a form per event. Forms cannot change while a
// write batch is open (adding one needs the write lock), so a library loaded inside a batch
// holds for all of it. Thread-safe once loaded.
class FormLibrary {
 public:
  struct Forms;  // private to the module: forms by id and version

  // The built-in forms and those `reader` holds.
  static Result<FormLibrary> load(store::Reader& reader);
  FormLibrary(FormLibrary&&) noexcept;
  FormLibrary& operator=(FormLibrary&&) noexcept;
  ~FormLibrary();

  // Fills in a `screening.recorded` event from its form: checks the answers, sets `version`
  // (the latest when absent) and `findings`. Findings given with the event (a restored
  // export) must be those the form finds, or the event is refused.
  Status complete(domain::Event& event) const;
  // Form `id` at `version` (0: its latest), or kUnknownForm naming `form` or `version`.
  Result<FoundForm> find(const std::string& id, int version) const;
  // Every form, by id then version.
  std::vector<FormSummary> summaries() const;

 private:
  FormLibrary();
  // Shared: the built-in forms are parsed once per process, and a library with no added
  // form is just them.
  std::shared_ptr<const Forms> forms_;
};

}  // namespace haven::screening
