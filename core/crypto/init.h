#pragma once

namespace amparo::crypto {

// Initialises libsodium and runs known-answer self-tests. Call once before any other crypto
// function; returns false (and the caller must refuse to run) if either fails.
[[nodiscard]] bool initialize() noexcept;

}  // namespace amparo::crypto
