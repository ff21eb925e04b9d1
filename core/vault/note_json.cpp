#include "vault/note_json.h"

#include <array>
#include <bitset>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>

namespace amparo::vault {

namespace {

// nlohmann-json with zeroizing strings: the lexer's token buffer and every string handed to the
// SAX callbacks are Text, so note text is wiped when those buffers are released (SR-10).
using ZJson = nlohmann::basic_json<std::map, std::vector, Text>;

enum class Kind { Text, List, Agency, Answer, Biometrics };

struct FieldDef {
  std::string_view name;
  Kind kind;
  Text NoteFields::*text = nullptr;
  std::vector<Text> NoteFields::*list = nullptr;
  Answer NoteFields::*answer = nullptr;
};

FieldDef text_field(std::string_view name, Text NoteFields::*m) {
  return {name, Kind::Text, m};
}
FieldDef list_field(std::string_view name, std::vector<Text> NoteFields::*m) {
  return {name, Kind::List, nullptr, m};
}
FieldDef answer_field(std::string_view name, Answer NoteFields::*m) {
  return {name, Kind::Answer, nullptr, nullptr, m};
}

// Order = output order of note_to_json().
const std::array<FieldDef, 22>& fields_table() {
  static const std::array<FieldDef, 22> table = {
      text_field("title", &NoteFields::title),
      text_field("when_start", &NoteFields::when_start),
      text_field("when_end", &NoteFields::when_end),
      text_field("time_zone", &NoteFields::time_zone),
      text_field("where", &NoteFields::where),
      FieldDef{"agency", Kind::Agency},
      text_field("agency_other", &NoteFields::agency_other),
      list_field("officer_names", &NoteFields::officer_names),
      list_field("badge_numbers", &NoteFields::badge_numbers),
      list_field("vehicles", &NoteFields::vehicles),
      FieldDef{"biometric_steps", Kind::Biometrics},
      text_field("officer_device", &NoteFields::officer_device),
      answer_field("consent_asked", &NoteFields::consent_asked),
      answer_field("status_asked", &NoteFields::status_asked),
      answer_field("status_stated", &NoteFields::status_stated),
      text_field("reference_number", &NoteFields::reference_number),
      text_field("held_duration", &NoteFields::held_duration),
      text_field("what_was_said", &NoteFields::what_was_said),
      text_field("what_was_taken", &NoteFields::what_was_taken),
      text_field("witnesses", &NoteFields::witnesses),
      text_field("injuries", &NoteFields::injuries),
      text_field("narrative", &NoteFields::narrative),
  };
  return table;
}

// A key is echoed in an error only when it looks like a schema name, never like note text.
bool printable_key(std::string_view k) {
  if (k.empty() || k.size() > 40) return false;
  for (char c : k) {
    const bool ok =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    if (!ok) return false;
  }
  return true;
}

class NoteSax {
 public:
  using number_integer_t = ZJson::number_integer_t;
  using number_unsigned_t = ZJson::number_unsigned_t;
  using number_float_t = ZJson::number_float_t;
  using string_t = ZJson::string_t;
  using binary_t = ZJson::binary_t;

  explicit NoteSax(NoteFields& out) : out_(out) {}

  bool null() {
    if (depth_ != 1 || current_ == nullptr) return not_a_string();
    current_ = nullptr;  // null = not given
    return true;
  }
  bool boolean(bool /*unused*/) { return not_a_string(); }
  bool number_integer(number_integer_t /*unused*/) { return not_a_string(); }
  bool number_unsigned(number_unsigned_t /*unused*/) { return not_a_string(); }
  // A template: nlohmann's binary readers (instantiated by sax_parse) pass a std::string here.
  template <class S>
  bool number_float(number_float_t /*unused*/, const S& /*unused*/) {
    return not_a_string();
  }
  bool binary(binary_t& /*unused*/) { return not_a_string(); }

  bool string(string_t& value) {
    if (depth_ == 1 && current_ != nullptr) {
      const FieldDef& f = *current_;
      current_ = nullptr;
      switch (f.kind) {
        case Kind::Text:
          out_.*(f.text) = std::move(value);
          return true;
        case Kind::Agency: {
          auto a = agency_from_name(view(value));
          if (!a) return fail("unknown value for agency");
          out_.agency = *a;
          return true;
        }
        case Kind::Answer: {
          auto a = answer_from_name(view(value));
          if (!a) return fail(std::string("unknown value for ") + std::string(f.name));
          out_.*(f.answer) = *a;
          return true;
        }
        case Kind::List:
        case Kind::Biometrics:
          return fail(std::string(f.name) + " must be an array of strings");
      }
      return fail("internal");
    }
    if (depth_ == 2 && current_ != nullptr) {
      const FieldDef& f = *current_;
      if (++items_ > NoteLimits::kListItems) {
        return fail(std::string(f.name) + " has more than " + std::to_string(NoteLimits::kListItems) +
                    " items");
      }
      if (f.kind == Kind::List) {
        (out_.*(f.list)).push_back(std::move(value));
        return true;
      }
      auto step = biometric_from_name(view(value));
      if (!step) return fail("unknown value in biometric_steps");
      if ((out_.biometric_steps & *step) != 0) return fail("repeated value in biometric_steps");
      out_.biometric_steps = static_cast<std::uint8_t>(out_.biometric_steps | *step);
      return true;
    }
    return not_a_string();
  }

  bool start_object(std::size_t /*unused*/) {
    if (depth_ != 0 || started_) return fail("nested objects are not allowed");
    started_ = true;
    depth_ = 1;
    return true;
  }
  bool key(string_t& k) {
    const auto name = view(k);
    const auto& table = fields_table();
    for (std::size_t i = 0; i < table.size(); ++i) {
      if (table[i].name == name) {
        if (seen_.test(i)) return fail("duplicate key " + std::string(name));
        seen_.set(i);
        current_ = &table[i];
        return true;
      }
    }
    return fail(printable_key(name) ? "unknown key " + std::string(name) : std::string("unknown key"));
  }
  bool end_object() {
    depth_ = 0;
    return true;
  }
  bool start_array(std::size_t /*unused*/) {
    if (depth_ == 1 && current_ != nullptr &&
        (current_->kind == Kind::List || current_->kind == Kind::Biometrics)) {
      depth_ = 2;
      items_ = 0;
      return true;
    }
    if (depth_ >= NoteJsonLimits::kMaxDepth) return fail("nested too deeply");
    if (depth_ == 0) return fail("the top level must be an object");
    return fail(std::string(current_ ? current_->name : "value") + " must be a string");
  }
  bool end_array() {
    depth_ = 1;
    current_ = nullptr;
    return true;
  }
  bool parse_error(std::size_t position, const std::string& /*last_token*/,
                   const nlohmann::detail::exception& /*ex*/) {
    // The token may be note text: report only the byte offset.
    return fail("syntax error at byte " + std::to_string(position));
  }

  [[nodiscard]] const std::string& error() const { return error_; }

 private:
  bool not_a_string() {
    if (depth_ == 0) return fail("the top level must be an object");
    if (current_ != nullptr) {
      const bool list = current_->kind == Kind::List || current_->kind == Kind::Biometrics;
      if (list && depth_ == 2) return fail(std::string(current_->name) + " items must be strings");
      return fail(std::string(current_->name) +
                  (list ? " must be an array of strings" : " must be a string"));
    }
    return fail("unexpected value");
  }
  bool fail(std::string message) {
    if (error_.empty()) error_ = "json: " + std::move(message);
    return false;
  }

  NoteFields& out_;
  std::string error_;
  std::size_t depth_ = 0;
  std::size_t items_ = 0;
  bool started_ = false;
  const FieldDef* current_ = nullptr;
  std::bitset<32> seen_;
};

void indent(Text& out, bool pretty, int level) {
  if (!pretty) return;
  out.push_back('\n');
  out.append(static_cast<std::size_t>(level) * 2, ' ');
}

}  // namespace

VaultResult<NoteFields> note_from_json(ByteView json) {
  if (json.size() > NoteJsonLimits::kMaxBytes) {
    return make_error(VaultError::InvalidNote,
                      "json: input larger than " + std::to_string(NoteJsonLimits::kMaxBytes) + " bytes");
  }
  NoteFields fields;
  NoteSax sax(fields);
  bool ok = false;
  try {
    const auto* begin = reinterpret_cast<const char*>(json.data());
    ok = ZJson::sax_parse(begin, begin + json.size(), &sax, nlohmann::detail::input_format_t::json,
                          /*strict=*/true, /*ignore_comments=*/false);
  } catch (const std::bad_alloc&) {
    throw;
  } catch (const std::exception&) {
    ok = false;
  }
  if (!ok) {
    return make_error(VaultError::InvalidNote, sax.error().empty() ? "json: malformed" : sax.error());
  }
  AMPARO_TRY_VOID(validate(fields));
  return fields;
}

void append_json_string(Text& out, std::string_view s) {
  out.push_back('"');
  for (char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"':
        out.append("\\\"");
        break;
      case '\\':
        out.append("\\\\");
        break;
      case '\n':
        out.append("\\n");
        break;
      case '\r':
        out.append("\\r");
        break;
      case '\t':
        out.append("\\t");
        break;
      default:
        if (c < 0x20 || c == 0x7f) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out.append(buf);
        } else {
          out.push_back(ch);
        }
    }
  }
  out.push_back('"');
}

Text note_to_json(const NoteFields& fields, bool pretty) {
  Text out;
  out.push_back('{');
  bool first = true;
  auto begin_key = [&](std::string_view name) {
    if (!first) out.push_back(',');
    first = false;
    indent(out, pretty, 1);
    append_json_string(out, name);
    out.append(pretty ? ": " : ":");
  };
  auto string_array = [&](const auto& items, auto&& to_view) {
    out.push_back('[');
    bool first_item = true;
    for (const auto& item : items) {
      if (!first_item) out.append(pretty ? ", " : ",");
      first_item = false;
      append_json_string(out, to_view(item));
    }
    out.push_back(']');
  };
  for (const auto& f : fields_table()) {
    switch (f.kind) {
      case Kind::Text:
        if ((fields.*(f.text)).empty()) continue;
        begin_key(f.name);
        append_json_string(out, view(fields.*(f.text)));
        break;
      case Kind::List:
        if ((fields.*(f.list)).empty()) continue;
        begin_key(f.name);
        string_array(fields.*(f.list), [](const Text& t) { return view(t); });
        break;
      case Kind::Agency:
        if (!fields.agency) continue;
        begin_key(f.name);
        append_json_string(out, agency_name(*fields.agency));
        break;
      case Kind::Answer:
        if (fields.*(f.answer) == Answer::NotAnswered) continue;
        begin_key(f.name);
        append_json_string(out, answer_name(fields.*(f.answer)));
        break;
      case Kind::Biometrics: {
        if (fields.biometric_steps == 0) continue;
        begin_key(f.name);
        std::vector<std::string_view> names;
        for (unsigned bit = 0; bit < 8; ++bit) {
          const auto step = static_cast<BiometricStep>(1u << bit);
          if ((fields.biometric_steps & step) != 0) names.push_back(biometric_name(step));
        }
        string_array(names, [](std::string_view s) { return s; });
        break;
      }
    }
  }
  if (!first) indent(out, pretty, 0);
  out.push_back('}');
  return out;
}

std::string_view agency_name(Agency agency) noexcept {
  switch (agency) {
    case Agency::Unknown:
      return "unknown";
    case Agency::Ice:
      return "ice";
    case Agency::Cbp:
      return "cbp";
    case Agency::LocalPolice287g:
      return "local_police_287g";
    case Agency::Tsa:
      return "tsa";
    case Agency::Other:
      return "other";
  }
  return "unknown";
}

std::optional<Agency> agency_from_name(std::string_view name) noexcept {
  for (auto a :
       {Agency::Unknown, Agency::Ice, Agency::Cbp, Agency::LocalPolice287g, Agency::Tsa, Agency::Other}) {
    if (agency_name(a) == name) return a;
  }
  return std::nullopt;
}

std::string_view answer_name(Answer answer) noexcept {
  switch (answer) {
    case Answer::NotAnswered:
      return "not_answered";
    case Answer::Yes:
      return "yes";
    case Answer::No:
      return "no";
    case Answer::DontKnow:
      return "dont_know";
  }
  return "not_answered";
}

std::optional<Answer> answer_from_name(std::string_view name) noexcept {
  for (auto a : {Answer::NotAnswered, Answer::Yes, Answer::No, Answer::DontKnow}) {
    if (answer_name(a) == name) return a;
  }
  return std::nullopt;
}

std::string_view biometric_name(BiometricStep step) noexcept {
  switch (step) {
    case kBiometricFacePhoto:
      return "face_photo";
    case kBiometricFingerprints:
      return "fingerprints";
    case kBiometricIris:
      return "iris";
    case kBiometricPhoneUnlock:
      return "phone_unlock";
  }
  return "unknown";
}

std::optional<BiometricStep> biometric_from_name(std::string_view name) noexcept {
  for (auto s : {kBiometricFacePhoto, kBiometricFingerprints, kBiometricIris, kBiometricPhoneUnlock}) {
    if (biometric_name(s) == name) return s;
  }
  return std::nullopt;
}

std::string_view origin_name(Origin origin) noexcept {
  switch (origin) {
    case Origin::Typed:
      return "typed";
    case Origin::CapturedWhileLocked:
      return "captured_while_locked";
    case Origin::Imported:
      return "imported";
  }
  return "typed";
}

}  // namespace amparo::vault
