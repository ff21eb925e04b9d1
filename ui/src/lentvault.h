// SR-14 re-authentication off the GUI thread (issue 6). The vault's owner (VaultBridge) lends the
// unlocked vault to its key-derivation worker: the worker checks the passphrase (Argon2id), wipes
// it, then runs the caller's follow-up work on the same thread while the vault is still lent.
// The same worker, job slot and cancellation as create / unlock / change passphrase: one job at a
// time, and a lock meanwhile drops the vault so the late result acts on nothing.
#pragma once

#include <atomic>
#include <functional>

#include "crypto/secret_buffer.h"

namespace amparo::vault {
class Vault;
}

namespace amparo::ui {

enum class LendResult {
  Done,             // passphrase right, work ran, the vault is handed back
  WrongPassphrase,  // the check failed (wrong passphrase or keystore); work did not run
  Cancelled,        // locked meanwhile: the vault is gone, whatever work did must not count
};

// Runs on the worker, only after a passing check. `cancelled` turns true when the vault is locked
// meanwhile; long work should stop then.
using LentWork = std::function<void(vault::Vault&, const std::atomic<bool>& cancelled)>;
// Runs on the GUI thread, always after the lend call returned.
using LentDone = std::function<void(LendResult)>;
// False when refused at once (a key derivation already runs, or the vault is locked): no `done`.
using VaultLender = std::function<bool(crypto::SecretBuffer passphrase, LentWork work, LentDone done)>;

}  // namespace amparo::ui
