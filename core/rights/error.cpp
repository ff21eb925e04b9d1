#include "rights/error.h"

#include <string>

namespace amparo::rights {

std::string_view describe(RightsError code) noexcept {
  switch (code) {
    case RightsError::TooLarge:
      return "content pack exceeds a size, length, count or depth limit";
    case RightsError::UnsupportedFormat:
      return "not a content pack, or a format version this app does not know";
    case RightsError::Truncated:
      return "content pack is truncated";
    case RightsError::TrailingData:
      return "content pack has unexpected bytes after its end";
    case RightsError::UnknownPublisher:
      return "content pack is signed by a publisher you have not chosen to trust";
    case RightsError::BadSignature:
      return "content pack signature is not valid (damaged or altered)";
    case RightsError::MalformedJson:
      return "content pack text is not valid, canonical JSON";
    case RightsError::MalformedField:
      return "content pack has a malformed field";
    case RightsError::MissingField:
      return "content pack is missing a required field";
    case RightsError::MissingLanguage:
      return "content pack is missing a language";
    case RightsError::UnknownSituation:
      return "unknown situation";
    case RightsError::UnknownStatus:
      return "unknown status";
    case RightsError::UnknownCard:
      return "unknown card";
    case RightsError::UnknownSource:
      return "unknown source";
    case RightsError::UnknownSayLine:
      return "unknown say-line";
    case RightsError::BadHotline:
      return "hotline number is not valid";
    case RightsError::Rollback:
      return "content pack is not newer than the installed one";
    case RightsError::NotInstalled:
      return "no such installed content pack";
    case RightsError::Storage:
      return "content pack storage failed";
    case RightsError::Io:
      return "file could not be read or written";
    case RightsError::LintFailed:
      return "content source has errors";
    case RightsError::BadKey:
      return "key file is not valid";
  }
  return "unknown error";
}

std::string_view code_name(RightsError code) noexcept {
  switch (code) {
    case RightsError::TooLarge:
      return "TooLarge";
    case RightsError::UnsupportedFormat:
      return "UnsupportedFormat";
    case RightsError::Truncated:
      return "Truncated";
    case RightsError::TrailingData:
      return "TrailingData";
    case RightsError::UnknownPublisher:
      return "UnknownPublisher";
    case RightsError::BadSignature:
      return "BadSignature";
    case RightsError::MalformedJson:
      return "MalformedJson";
    case RightsError::MalformedField:
      return "MalformedField";
    case RightsError::MissingField:
      return "MissingField";
    case RightsError::MissingLanguage:
      return "MissingLanguage";
    case RightsError::UnknownSituation:
      return "UnknownSituation";
    case RightsError::UnknownStatus:
      return "UnknownStatus";
    case RightsError::UnknownCard:
      return "UnknownCard";
    case RightsError::UnknownSource:
      return "UnknownSource";
    case RightsError::UnknownSayLine:
      return "UnknownSayLine";
    case RightsError::BadHotline:
      return "BadHotline";
    case RightsError::Rollback:
      return "Rollback";
    case RightsError::NotInstalled:
      return "NotInstalled";
    case RightsError::Storage:
      return "Storage";
    case RightsError::Io:
      return "Io";
    case RightsError::LintFailed:
      return "LintFailed";
    case RightsError::BadKey:
      return "BadKey";
  }
  return "Unknown";
}

std::string to_string(const RightsFailure& failure) {
  std::string out(describe(failure.code));
  if (!failure.detail.empty()) {
    out += ": ";
    out += failure.detail;
  }
  return out;
}

}  // namespace amparo::rights
