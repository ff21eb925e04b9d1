#include "platform/common/platform_error.h"

namespace amparo::platform {

std::string_view describe(PlatformError code) noexcept {
  switch (code) {
    case PlatformError::Unsupported:
      return "not supported on this platform";
    case PlatformError::Unavailable:
      return "the platform service is not available right now";
    case PlatformError::Failed:
      return "the platform call failed";
  }
  return "unknown platform error";
}

}  // namespace amparo::platform
