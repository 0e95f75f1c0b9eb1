// Reading an event's fields for the rules with a SAX pass: only strings, booleans, lists
// of strings and the `code`s of lists of objects are kept, one level of object flattened
// (`location.country`), no JSON tree built. Parsing every event of a person is most of what
// evaluating them costs.
#include <nlohmann/json.hpp>

#include "rules/history.h"

namespace haven::rules {
namespace {

class FieldReader final : public nlohmann::json_sax<nlohmann::json> {
 public:
  explicit FieldReader(std::vector<Fact::Field>& out) : out_(out) {}

  bool key(string_t& name) override {
    key_ = depth_ == 1 ? name : parent_ + "." + name;
    return true;
  }
  bool string(string_t& value) override {
    if (in_list_) {
      // A list of objects (a screening's findings) keeps the objects' `code`s.
      if (depth_ == 1 || key_ == out_.back().key + ".code") out_.back().values.push_back(value);
    } else if (depth_ <= 2) {
      out_.push_back({key_, {value}, false, false});
    }
    return true;
  }
  bool boolean(bool value) override {
    if (!in_list_ && depth_ <= 2) out_.push_back({key_, {}, false, value});
    return true;
  }
  bool start_object(std::size_t) override {
    ++depth_;
    // Every object of a list is named after the list (`findings.code`), not after the last
    // key of the object before it.
    if (depth_ == 2) parent_ = in_list_ ? out_.back().key : key_;
    return true;
  }
  bool end_object() override {
    --depth_;
    return true;
  }
  bool start_array(std::size_t) override {
    if (depth_ == 1 && !in_list_) {
      in_list_ = true;
      out_.push_back({key_, {}, true, false});
    }
    ++array_depth_;
    return true;
  }
  bool end_array() override {
    if (--array_depth_ == 0) in_list_ = false;
    return true;
  }
  bool null() override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
    return false;
  }

 private:
  std::vector<Fact::Field>& out_;
  std::string key_;
  std::string parent_;
  int depth_ = 0;
  int array_depth_ = 0;
  bool in_list_ = false;
};

}  // namespace

bool read_fields(std::string_view body, std::vector<Fact::Field>& out) {
  FieldReader reader(out);
  return nlohmann::json::sax_parse(body, &reader);
}

const Fact::Field* Fact::field(std::string_view key) const {
  for (const auto& f : fields) {
    if (f.key == key) return &f;
  }
  return nullptr;
}

bool Fact::has(std::string_view key) const { return field(key) != nullptr; }

std::string Fact::text(std::string_view key) const {
  const Field* f = field(key);
  return f != nullptr && !f->is_list && !f->values.empty() ? f->values.front() : std::string{};
}

bool Fact::flag(std::string_view key) const {
  const Field* f = field(key);
  return f != nullptr && f->values.empty() && !f->is_list && f->boolean;
}

std::vector<std::string> Fact::list(std::string_view key) const {
  const Field* f = field(key);
  return f != nullptr ? f->values : std::vector<std::string>{};
}

}  // namespace haven::rules
