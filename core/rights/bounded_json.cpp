#include "rights/bounded_json.h"

#include <set>
#include <string>
#include <vector>

#include "rights/text.h"

namespace amparo::rights {

namespace {

using nlohmann::json;

struct Abort {
  RightsFailure failure;
};

// Depth and comment-aware scan before nlohmann allocates anything.
RightsResult<void> prescan(std::string_view s, const JsonLimits& limits) {
  std::size_t depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
      continue;
    }
    if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > limits.max_depth) {
        return make_error(RightsError::TooLarge, "nesting deeper than " + std::to_string(limits.max_depth) +
                                                     " at byte " + std::to_string(i));
      }
    } else if (c == ']' || c == '}') {
      if (depth > 0) --depth;
    } else if (limits.allow_comments && c == '/' && i + 1 < s.size()) {
      if (s[i + 1] == '/') {
        while (i < s.size() && s[i] != '\n') ++i;
      } else if (s[i + 1] == '*') {
        const auto end = s.find("*/", i + 2);
        i = end == std::string_view::npos ? s.size() : end + 1;
      }
    }
  }
  return {};
}

struct Frame {
  bool is_array = false;
  long index = -1;
  std::string key;
  std::set<std::string, std::less<>> keys;
};

std::string path_of(const std::vector<Frame>& frames) {
  std::string p;
  for (const auto& f : frames) {
    if (f.is_array) {
      if (f.index >= 0) p += "[" + std::to_string(f.index) + "]";
    } else if (!f.key.empty()) {
      if (!p.empty()) p += ".";
      p += f.key;
    }
  }
  return p.empty() ? "(root)" : p;
}

}  // namespace

RightsResult<json> parse_bounded_json(std::string_view text, const JsonLimits& limits) {
  if (text.size() > limits.max_bytes) {
    return make_error(RightsError::TooLarge,
                      std::to_string(text.size()) + " bytes, limit " + std::to_string(limits.max_bytes));
  }
  if (!text::valid_utf8(text)) return make_error(RightsError::MalformedJson, "invalid UTF-8");
  AMPARO_TRY_VOID(prescan(text, limits));

  std::vector<Frame> frames;
  std::size_t values = 0;
  auto count_value = [&]() {
    if (++values > limits.max_values) {
      throw Abort{
          make_error(RightsError::TooLarge, "more than " + std::to_string(limits.max_values) + " values")};
    }
    if (!frames.empty() && frames.back().is_array) ++frames.back().index;
  };
  const json::parser_callback_t cb = [&](int /*depth*/, json::parse_event_t event, json& parsed) -> bool {
    switch (event) {
      case json::parse_event_t::object_start:
        count_value();
        frames.push_back(Frame{});
        break;
      case json::parse_event_t::array_start:
        count_value();
        frames.push_back(Frame{true, -1, {}, {}});
        break;
      case json::parse_event_t::object_end:
      case json::parse_event_t::array_end:
        if (!frames.empty()) frames.pop_back();
        break;
      case json::parse_event_t::key: {
        const auto& k = parsed.get_ref<const std::string&>();
        if (k.size() > limits.max_string_bytes) {
          throw Abort{make_error(
              RightsError::TooLarge,
              path_of(frames) + ": key longer than " + std::to_string(limits.max_string_bytes) + " bytes")};
        }
        if (!frames.empty()) {
          auto& f = frames.back();
          if (!f.keys.insert(k).second) {
            f.key = k;
            throw Abort{make_error(RightsError::MalformedJson, path_of(frames) + ": duplicate key")};
          }
          f.key = k;
        }
        break;
      }
      case json::parse_event_t::value:
        count_value();
        if (parsed.is_string() && parsed.get_ref<const std::string&>().size() > limits.max_string_bytes) {
          throw Abort{make_error(RightsError::TooLarge, path_of(frames) + ": string longer than " +
                                                            std::to_string(limits.max_string_bytes) +
                                                            " bytes")};
        }
        break;
    }
    return true;
  };
  try {
    return json::parse(text.begin(), text.end(), cb, /*allow_exceptions=*/true, limits.allow_comments);
  } catch (const Abort& a) {
    return a.failure;
  } catch (const json::parse_error& e) {
    // Bytes after the one value are reported by nlohmann as "expected end of input".
    if (std::string_view(e.what()).find("end of input") != std::string_view::npos) {
      return make_error(RightsError::TrailingData,
                        "bytes after the JSON value at byte " + std::to_string(e.byte));
    }
    return make_error(RightsError::MalformedJson, "syntax error at byte " + std::to_string(e.byte));
  } catch (const json::exception& e) {
    return make_error(RightsError::MalformedJson, "json error " + std::to_string(e.id));
  }
}

std::string canonical_json(const json& value) {
  return value.dump();
}

}  // namespace amparo::rights
