#include "platform/hardening/process_hardening.h"

#include <cerrno>
#include <cstring>
#include <limits>

#if defined(__linux__)
#include <sys/prctl.h>
#include <sys/resource.h>
#define AMPARO_HAVE_PRCTL 1
#elif defined(__unix__) || defined(__APPLE__)
#include <sys/resource.h>
#endif

namespace amparo::platform {
namespace {

#if defined(__unix__) || defined(__APPLE__)
std::uint64_t to_u64(rlim_t value) noexcept {
  if (value == RLIM_INFINITY) return std::numeric_limits<std::uint64_t>::max();
  return static_cast<std::uint64_t>(value);
}
#endif

std::string errno_detail(const char* call, int err) {
  return std::string(call) + ": " + std::strerror(err);
}

}  // namespace

HardeningStatus hardening_status() noexcept {
  HardeningStatus status;
#if defined(__unix__) || defined(__APPLE__)
  rlimit limit{};
  if (getrlimit(RLIMIT_CORE, &limit) == 0) {
    status.core_limit_soft = to_u64(limit.rlim_cur);
    status.core_limit_hard = to_u64(limit.rlim_max);
  } else {
    status.core_limit_soft = status.core_limit_hard = std::numeric_limits<std::uint64_t>::max();
  }
#endif
#if defined(AMPARO_HAVE_PRCTL)
  status.dumpable = prctl(PR_GET_DUMPABLE, 0, 0, 0, 0);
#endif
  return status;
}

PlatformResult<HardeningStatus> harden_process() noexcept {
  try {
#if defined(__unix__) || defined(__APPLE__)
    const rlimit none{0, 0};
    if (setrlimit(RLIMIT_CORE, &none) != 0) {
      return make_error(PlatformError::Failed, errno_detail("setrlimit(RLIMIT_CORE)", errno));
    }
#else
    return make_error(PlatformError::Unsupported, "no RLIMIT_CORE");
#endif
#if defined(AMPARO_HAVE_PRCTL)
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0) {
      return make_error(PlatformError::Failed, errno_detail("prctl(PR_SET_DUMPABLE)", errno));
    }
#endif
    HardeningStatus status = hardening_status();
#if defined(AMPARO_HAVE_PRCTL)
    if (!status.hardened()) return make_error(PlatformError::Failed, to_string(status));
#else
    // macOS / iOS: no PR_SET_DUMPABLE; the core limit is all we can set.
    if (status.core_limit_soft != 0) return make_error(PlatformError::Failed, to_string(status));
#endif
    return status;
  } catch (...) {  // std::string allocation in a detail
    return make_error(PlatformError::Failed);
  }
}

std::string to_string(const HardeningStatus& status) {
  const auto limit = [](std::uint64_t v) {
    return v == std::numeric_limits<std::uint64_t>::max() ? std::string("unlimited") : std::to_string(v);
  };
  return "core-limit=" + limit(status.core_limit_soft) + "/" + limit(status.core_limit_hard) +
         " dumpable=" + std::to_string(status.dumpable);
}

}  // namespace amparo::platform
