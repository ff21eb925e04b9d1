#include "vault/error.h"

namespace amparo::vault {

std::string_view describe(VaultError code) noexcept {
  switch (code) {
    case VaultError::NotAVault:
      return "no vault in this folder";
    case VaultError::AlreadyExists:
      return "a vault already exists in this folder";
    case VaultError::WrongPassphrase:
      return "wrong passphrase (or a device secret or header that does not match)";
    case VaultError::TooManyAttempts:
      return "too many failed attempts; wait before trying again";
    case VaultError::HeaderCorrupt:
      return "the vault header is damaged";
    case VaultError::HeaderUnsupportedVersion:
      return "the vault header has a format version this app does not support";
    case VaultError::KdfParamsRejected:
      return "the vault header asks for key-derivation parameters outside the accepted range";
    case VaultError::DatabaseDamaged:
      return "the vault database is damaged";
    case VaultError::DatabaseNotOurs:
      return "the database in this folder was not created by this app";
    case VaultError::Locked:
      return "the vault is locked";
    case VaultError::NotFound:
      return "not found";
    case VaultError::InvalidNote:
      return "the note is not valid";
    case VaultError::InvalidArgument:
      return "invalid argument";
    case VaultError::AttachmentTooLarge:
      return "the attachment is too large";
    case VaultError::AttachmentDamaged:
      return "the attachment is damaged or missing";
    case VaultError::InboxEntryMalformed:
      return "a captured note is malformed";
    case VaultError::PublicKeyMismatch:
      return "the vault's capture key file does not match the vault header";
    case VaultError::ChainBroken:
      return "a note's revision history does not verify";
    case VaultError::SchemaTooNew:
      return "the vault was written by a newer version of the app";
    case VaultError::Io:
      return "file system error";
    case VaultError::DeviceSecretUnavailable:
      return "the device secret for this vault is not available";
    case VaultError::Busy:
      return "the vault is in use by another program";
    case VaultError::Internal:
      return "internal error";
  }
  return "unknown error";
}

}  // namespace amparo::vault
