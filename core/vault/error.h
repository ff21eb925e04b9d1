// Error codes of the vault module. Details never contain user data (notes, passphrases, status):
// they name a header field, a file kind, a note id or a revision number.
#pragma once

#include <string_view>

#include "common/expected.h"

namespace amparo::vault {

enum class VaultError {
  NotAVault,                 // no header file in the folder (or the folder does not exist)
  AlreadyExists,             // create() on a folder that already holds a vault
  WrongPassphrase,           // no wrap slot opened: wrong passphrase, wrong device secret or a forged header
  TooManyAttempts,           // SR-12: wait required_delay() before trying again (detail: milliseconds)
  HeaderCorrupt,             // header truncated, bad magic, bad checksum, bad field (detail names it)
  HeaderUnsupportedVersion,  // a header from a newer (or unknown) format version
  KdfParamsRejected,         // stored Argon2id parameters outside 2..16 ops / 64 MiB..1 GiB (SR-3)
  DatabaseDamaged,           // SQLCipher page authentication failed, integrity check failed, missing DB
  DatabaseNotOurs,           // a plain SQLite file or a database this app did not create (SR-29)
  Locked,                    // operation on a locked vault
  NotFound,                  // unknown note or attachment id
  InvalidNote,               // neither title nor narrative, a field too long, bad UTF-8 (detail: field)
  InvalidArgument,           // other bad input (empty passphrase, bad id format, bad search query)
  AttachmentTooLarge,        // attachment or capture over its size cap
  AttachmentDamaged,         // attachment file missing, truncated or failing authentication
  InboxEntryMalformed,       // a capture inbox entry that cannot be parsed or opened
  PublicKeyMismatch,         // SR-16: capture.pub differs from the key in the header
  ChainBroken,               // verify(): a revision hash chain does not recompute (detail: note, revision)
  SchemaTooNew,              // database written by a newer app version
  Io,                        // file system error (detail: which file kind, errno text)
  DeviceSecretUnavailable,   // the header needs a device secret and the keystore has none / is absent
  Busy,                      // the database is locked by another process
  Internal,                  // an invariant broke (e.g. SQLite allocator could not be installed)
};

using VaultFailure = Error<VaultError>;
template <class T>
using VaultResult = Expected<T, VaultFailure>;

// English description for the CLI; the UI translates codes itself.
[[nodiscard]] std::string_view describe(VaultError code) noexcept;

}  // namespace amparo::vault
