// SR-12 failed-attempt delay (internal). A small file `attempts` beside the header records the
// number of consecutive failures and the time of the last one. UX only: it slows the app's own
// unlock screen; anyone holding a copy of the files is limited only by Argon2id and the device
// secret. A missing or malformed file counts as no failures.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>

#include "vault/error.h"

namespace amparo::vault::attempts {

inline constexpr std::size_t kFileSize = 16;  // "AMPA" u32 failures, i64 last failure (ms since epoch)

// 0 for the first failure, then 1, 2, 4, 8, 16 s, capped at 30 s.
[[nodiscard]] std::chrono::milliseconds delay_for(std::uint32_t failures);
[[nodiscard]] std::chrono::milliseconds required_delay(const std::filesystem::path& dir);
[[nodiscard]] VaultResult<void> record_failure(const std::filesystem::path& dir);
[[nodiscard]] VaultResult<void> reset(const std::filesystem::path& dir);

}  // namespace amparo::vault::attempts
