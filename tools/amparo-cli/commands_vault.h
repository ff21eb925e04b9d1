// The vault commands of amparo-cli: init, add, capture, list, show, history, verify, attach,
// export-attachment, passwd, wipe. Behaviour and exit codes: docs/cli.md.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <span>

#include "cli.h"
#include "crypto/kdf.h"
#include "vault/error.h"

namespace amparo::cli {

// The table entries, in help order.
[[nodiscard]] std::span<const Command> vault_commands();

// Shared helpers for other command files (content, export) that need a vault.
// The folder from --vault, else $AMPARO_VAULT; nullopt (after printing a usage error) if neither.
[[nodiscard]] std::optional<std::filesystem::path> vault_dir(const Args& args);
// Maps a vault error to its exit code and prints "amparo-cli: <description>[: detail]".
int report(const vault::VaultFailure& failure);
[[nodiscard]] Exit exit_for(vault::VaultError code) noexcept;

// Argon2id parameters `init` uses when none are given: crypto::calibrate() on this machine for
// kDefaultKdfTarget with at most kDefaultKdfMaxMemory (docs/cli.md, docs/bench.md).
inline constexpr std::chrono::milliseconds kDefaultKdfTarget{500};
inline constexpr std::uint64_t kDefaultKdfMaxMemory = 256ULL << 20;
[[nodiscard]] crypto::KdfParams default_kdf();

}  // namespace amparo::cli
