// Error codes of the platform layer. Details never contain user data.
#pragma once

#include <string_view>

#include "common/expected.h"

namespace amparo::platform {

enum class PlatformError {
  Unsupported,  // this OS cannot do it (desktop screen security, SR-38): never a silent success
  Unavailable,  // the OS could, but the service is absent right now (no Secret Service, no activity)
  Failed,       // the OS call failed (detail: which call, errno text)
};

using PlatformFailure = Error<PlatformError>;
template <class T>
using PlatformResult = Expected<T, PlatformFailure>;

// English description for logs-free CLI output; the UI translates codes itself.
[[nodiscard]] std::string_view describe(PlatformError code) noexcept;

}  // namespace amparo::platform
