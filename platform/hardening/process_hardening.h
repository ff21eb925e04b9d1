// SR-34: no core dumps and no ptrace/proc access to a process holding secrets.
// Plain C++ (no Qt): static library `amparo_hardening`, linkable by the app and by tools/.
#pragma once

#include <cstdint>
#include <string>

#include "platform/common/platform_error.h"

namespace amparo::platform {

struct HardeningStatus {
  std::uint64_t core_limit_soft = 0;  // RLIMIT_CORE; UINT64_MAX means unlimited
  std::uint64_t core_limit_hard = 0;
  int dumpable = -1;  // prctl(PR_GET_DUMPABLE): 0 once hardened; -1 unknown
  [[nodiscard]] bool hardened() const noexcept {
    return core_limit_soft == 0 && core_limit_hard == 0 && dumpable == 0;
  }
};

// Sets RLIMIT_CORE to 0/0 and PR_SET_DUMPABLE to 0. Call first thing in main(). Returns the
// status read back afterwards; Failed (detail: the call) if either setting did not take.
// On platforms without these calls it returns Unsupported.
[[nodiscard]] PlatformResult<HardeningStatus> harden_process() noexcept;

// Reads both values now (diagnostics, About screen, `--self-test`).
[[nodiscard]] HardeningStatus hardening_status() noexcept;

// "core-limit=0/0 dumpable=0" — for diagnostics output; contains no user data.
[[nodiscard]] std::string to_string(const HardeningStatus& status);

}  // namespace amparo::platform
