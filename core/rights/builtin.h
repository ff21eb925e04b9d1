// The pack compiled into the app (library amparo_rights_builtin). It is trusted with the binary:
// the build lints content/us, signs it with a key made for that build only (the secret never
// leaves the build tool's memory) and embeds the pack bytes and the public key (SR-25, SR-37).
#pragma once

#include "common/bytes.h"
#include "rights/container.h"
#include "rights/error.h"
#include "rights/pack.h"

namespace amparo::rights {

[[nodiscard]] ByteView builtin_pack_bytes() noexcept;
[[nodiscard]] ByteView builtin_public_key() noexcept;
[[nodiscard]] Publisher builtin_publisher();

// Verifies the signature and parses, every call (for benchmarks and the self-test).
[[nodiscard]] RightsResult<Pack> load_builtin_pack();
// The same, done once and cached (thread-safe). An error here is a build defect.
[[nodiscard]] RightsResult<Pack> builtin_pack();

}  // namespace amparo::rights
