// A screening form's definition checked, and answers evaluated against it.

#include <algorithm>
#include <nlohmann/json.hpp>

#include "haven/domain/vocabulary.h"
#include "haven/screening/forms.h"
#include "screening/form_json.h"

namespace haven::screening {
namespace {

using nlohmann::json;

Error bad(const std::string& path, std::string message) {
  return Fail(ErrorCode::kInvalidDocument, path, std::move(message));
}

bool is_code(const json& value) {
  if (!value.is_string()) return false;
  const auto& text = value.get_ref<const std::string&>();
  if (text.empty() || text.size() > 64 || text[0] < 'a' || text[0] > 'z') return false;
  return std::all_of(text.begin(), text.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

bool is_text(const json& value) {
  return value.is_string() && !value.get_ref<const std::string&>().empty();
}

Status only_keys(const json& object, const std::string& path,
                 std::initializer_list<std::string_view> allowed) {
  for (const auto& [key, value] : object.items()) {
    if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
      std::string list;
      for (auto name : allowed) list += (list.empty() ? "" : ", ") + std::string(name);
      return bad(path.empty() ? key : path + "." + key,
                 "is not a key here (allowed: " + list + ")");
    }
  }
  return Status::Ok();
}

Status check_question(const json& q, const std::string& path) {
  if (!q.is_object()) return bad(path, "must be an object");
  if (auto ok = only_keys(q, path, {"id", "text", "type", "choices", "required", "min", "max"});
      !ok) {
    return ok;
  }
  if (!is_code(q.value("id", json()))) return bad(path + ".id", "must be a snake_case id");
  if (!is_text(q.value("text", json()))) return bad(path + ".text", "must be the question asked");
  const std::string type = q.value("type", "");
  if (type != "choice" && type != "yes_no" && type != "number") {
    return bad(path + ".type", "must be choice, yes_no or number");
  }
  if (q.contains("required") && !q["required"].is_boolean()) {
    return bad(path + ".required", "must be true or false");
  }
  if (type == "choice") {
    const json choices = q.value("choices", json());
    if (!choices.is_array() || choices.empty()) {
      return bad(path + ".choices", "a choice question lists its answers");
    }
    for (std::size_t i = 0; i < choices.size(); ++i) {
      if (!is_code(choices[i])) {
        return bad(path + ".choices[" + std::to_string(i) + "]", "must be a snake_case code");
      }
    }
  } else if (q.contains("choices")) {
    return bad(path + ".choices", "only a choice question has choices");
  }
  for (const char* bound : {"min", "max"}) {
    if (!q.contains(bound)) continue;
    if (type != "number") return bad(path + "." + bound, "only a number question has bounds");
    if (!q[bound].is_number()) return bad(path + "." + bound, "must be a number");
  }
  return Status::Ok();
}

Status check_condition(const json& c, const std::string& path, const Questions& questions);

Status check_conditions(const json& list, const std::string& path, const Questions& questions) {
  if (!list.is_array() || list.empty()) return bad(path, "must be a non-empty list of conditions");
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string item = path + "[" + std::to_string(i) + "]";
    if (auto ok = check_condition(list[i], item, questions); !ok) return ok;
  }
  return Status::Ok();
}

Status check_condition(const json& c, const std::string& path, const Questions& questions) {
  if (!c.is_object()) return bad(path, "must be an object");
  if (c.contains("any") || c.contains("all")) {
    const char* key = c.contains("any") ? "any" : "all";
    if (auto ok = only_keys(c, path, {key}); !ok) return ok;
    return check_conditions(c[key], path + "." + key, questions);
  }
  if (c.contains("not")) {
    if (auto ok = only_keys(c, path, {"not"}); !ok) return ok;
    return check_condition(c["not"], path + ".not", questions);
  }
  if (c.contains("of")) {
    if (auto ok = only_keys(c, path, {"at_least", "of"}); !ok) return ok;
    if (!c.value("at_least", json()).is_number_integer() || c["at_least"].get<int>() < 1) {
      return bad(path + ".at_least", "must be a whole number, 1 or more");
    }
    return check_conditions(c["of"], path + ".of", questions);
  }
  if (auto ok = only_keys(c, path, {"question", "in", "is", "below", "at_least"}); !ok) return ok;
  const auto id = c.value("question", json());
  const json* question = id.is_string() ? questions.find(id.get<std::string>()) : nullptr;
  if (question == nullptr) {
    return bad(path + ".question", "must name a question of the form");
  }
  const std::string type = (*question)["type"];
  if (c.contains("in")) {
    if (type != "choice") return bad(path + ".in", "applies to choice questions only");
    const json& choices = (*question)["choices"];
    if (!c["in"].is_array() || c["in"].empty()) return bad(path + ".in", "must list choices");
    for (const auto& choice : c["in"]) {
      if (std::find(choices.begin(), choices.end(), choice) == choices.end()) {
        return bad(path + ".in", choice.dump() + " is not a choice of " + id.get<std::string>());
      }
    }
    return Status::Ok();
  }
  if (c.contains("is")) {
    if (type != "yes_no") return bad(path + ".is", "applies to yes_no questions only");
    if (!c["is"].is_boolean()) return bad(path + ".is", "must be true or false");
    return Status::Ok();
  }
  for (const char* bound : {"below", "at_least"}) {
    if (!c.contains(bound)) continue;
    if (type != "number") return bad(path + "." + bound, "applies to number questions only");
    if (!c[bound].is_number()) return bad(path + "." + bound, "must be a number");
    return Status::Ok();
  }
  return bad(path, "says nothing about the answer (use in, is, below or at_least)");
}

Status check_finding(const json& f, const std::string& path, const Questions& questions) {
  if (!f.is_object()) return bad(path, "must be an object");
  if (auto ok = only_keys(f, path, {"code", "flag", "reason", "when"}); !ok) return ok;
  if (f.contains("code") == f.contains("flag")) return bad(path, "has either a code or a flag");
  if (f.contains("code")) {
    const auto codes = domain::vulnerability_codes();
    const json& code = f["code"];
    if (!code.is_string() ||
        std::find(codes.begin(), codes.end(), code.get<std::string>()) == codes.end()) {
      return bad(path + ".code", "must be a vulnerability code (DESIGN.md)");
    }
  } else if (!is_code(f["flag"])) {
    return bad(path + ".flag", "must be a snake_case code");
  }
  if (!is_text(f.value("reason", json()))) {
    return bad(path + ".reason", "every finding says why, for the caseworker");
  }
  if (!f.contains("when")) return bad(path + ".when", "is required");
  return check_condition(f["when"], path + ".when", questions);
}

bool holds(const json& c, const json& answers) {
  if (c.contains("any")) {
    return std::any_of(c["any"].begin(), c["any"].end(),
                       [&](const json& part) { return holds(part, answers); });
  }
  if (c.contains("all")) {
    return std::all_of(c["all"].begin(), c["all"].end(),
                       [&](const json& part) { return holds(part, answers); });
  }
  if (c.contains("not")) return !holds(c["not"], answers);
  if (c.contains("of")) {
    const auto count = std::count_if(c["of"].begin(), c["of"].end(),
                                     [&](const json& part) { return holds(part, answers); });
    return count >= c["at_least"].get<int>();
  }
  const auto answer = answers.find(c["question"].get<std::string>());
  if (answer == answers.end()) return false;  // unanswered: the condition does not hold
  if (c.contains("in")) return std::find(c["in"].begin(), c["in"].end(), *answer) != c["in"].end();
  if (c.contains("is")) return *answer == c["is"];
  if (c.contains("below")) return answer->get<double>() < c["below"].get<double>();
  return answer->get<double>() >= c["at_least"].get<double>();
}

Status check_answer(const json& question, const json& answer, const std::string& path) {
  const std::string type = question["type"];
  if (type == "yes_no") {
    if (!answer.is_boolean()) return Fail(ErrorCode::kInvalidField, path, "must be true or false");
    return Status::Ok();
  }
  if (type == "number") {
    if (!answer.is_number()) return Fail(ErrorCode::kInvalidField, path, "must be a number");
    const double value = answer.get<double>();
    if ((question.contains("min") && value < question["min"].get<double>()) ||
        (question.contains("max") && value > question["max"].get<double>())) {
      return Fail(ErrorCode::kInvalidField, path,
                  "must be between " + question.value("min", json("-")).dump() + " and " +
                      question.value("max", json("-")).dump());
    }
    return Status::Ok();
  }
  const json& choices = question["choices"];
  if (std::find(choices.begin(), choices.end(), answer) == choices.end()) {
    std::string list;
    for (const auto& choice : choices)
      list += (list.empty() ? "" : ", ") + choice.get<std::string>();
    return Fail(ErrorCode::kInvalidField, path,
                answer.dump() + " is not one of the answers: " + list);
  }
  return Status::Ok();
}

}  // namespace

const json* Questions::find(const std::string& id) const {
  for (const auto& q : *list) {
    if (q["id"] == id) return &q;
  }
  return nullptr;
}

Result<json> parse_form(std::string_view text) {
  json form = json::parse(text, nullptr, false);
  if (form.is_discarded() || !form.is_object()) {
    return bad("", "a screening form is a JSON object");
  }
  if (auto ok =
          only_keys(form, "", {"form", "version", "title", "source", "questions", "findings"});
      !ok) {
    return ok.error();
  }
  if (!is_code(form.value("form", json()))) return bad("form", "must be a snake_case id");
  if (!form.value("version", json()).is_number_integer() || form["version"].get<int>() < 1) {
    return bad("version", "must be a whole number, 1 or more");
  }
  if (!is_text(form.value("title", json()))) return bad("title", "is required");
  if (!is_text(form.value("source", json()))) {
    return bad("source", "names the instrument the form follows (or the agency's own)");
  }
  const json questions = form.value("questions", json());
  if (!questions.is_array() || questions.empty()) return bad("questions", "must list questions");
  for (std::size_t i = 0; i < questions.size(); ++i) {
    const std::string path = "questions[" + std::to_string(i) + "]";
    if (auto ok = check_question(questions[i], path); !ok) return ok.error();
    for (std::size_t j = 0; j < i; ++j) {
      if (questions[j]["id"] == questions[i]["id"]) return bad(path + ".id", "is used twice");
    }
  }
  const json findings = form.value("findings", json());
  if (!findings.is_array() || findings.empty()) return bad("findings", "must list findings");
  const Questions index{&form["questions"]};
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const std::string path = "findings[" + std::to_string(i) + "]";
    if (auto ok = check_finding(findings[i], path, index); !ok) return ok.error();
  }
  return form;
}

Result<FormSummary> check_form(std::string_view text) {
  auto form = parse_form(text);
  if (!form) return form.error();
  return FormSummary{(*form)["form"],
                     (*form)["version"],
                     (*form)["title"],
                     (*form)["source"],
                     static_cast<int>((*form)["questions"].size()),
                     false};
}

Result<std::string> findings(std::string_view form_text, std::string_view answers_json) {
  auto form = parse_form(form_text);
  if (!form) return form.error();
  const json answers = json::parse(answers_json, nullptr, false);
  auto found = evaluate(*form, answers);
  if (!found) return found.error();
  return found->dump();
}

Result<json> evaluate(const json& form, const json& answers) {
  if (!answers.is_object()) return Fail(ErrorCode::kInvalidField, "answers", "must be an object");
  const Questions index{&form["questions"]};
  const std::string which =
      form["form"].get<std::string>() + " v" + std::to_string(form["version"].get<int>());
  for (const auto& [id, answer] : answers.items()) {
    const json* question = index.find(id);
    if (question == nullptr) {
      std::string asked;
      for (const auto& q : *index.list)
        asked += (asked.empty() ? "" : ", ") + q["id"].get<std::string>();
      return Fail(ErrorCode::kInvalidField, "answers." + id,
                  "is not a question of " + which + " (it asks: " + asked + ")");
    }
    if (auto ok = check_answer(*question, answer, "answers." + id); !ok) return ok.error();
  }
  for (const auto& q : *index.list) {
    if (q.value("required", false) && !answers.contains(q["id"].get<std::string>())) {
      return Fail(ErrorCode::kMissingField, "answers." + q["id"].get<std::string>(),
                  "is required by " + which + ": " + q["text"].get<std::string>());
    }
  }
  json found = json::array();
  for (const auto& finding : form["findings"]) {
    if (!holds(finding["when"], answers)) continue;
    json out = {{"reason", finding["reason"]}};
    if (finding.contains("code")) {
      out["code"] = finding["code"];
    } else {
      out["flag"] = finding["flag"];
    }
    if (std::find(found.begin(), found.end(), out) == found.end()) found.push_back(std::move(out));
  }
  return found;
}

}  // namespace haven::screening
