// Error codes of the exchange module (organization cards, safety numbers, export bundles, intake).
// Details never contain user data: they name a field, a chunk index, a record kind or a file kind.
#pragma once

#include <string_view>

#include "common/expected.h"

namespace amparo::exchange {

enum class ExchangeError {
  // Organization cards (SR-21, SR-28)
  CardMalformed,           // not a card: bad prefix, bad base64, bad lengths, trailing bytes (detail: field)
  CardUnsupportedVersion,  // a card from a newer or unknown format version
  CardOversized,           // the card or one of its fields is over its cap (detail: field)
  CardBadText,       // a text field has invalid UTF-8, control or bidi-override characters (detail: field)
  CardUnsigned,      // no self-signature
  CardBadSignature,  // the self-signature does not verify over the card's fields
  CardExpired,       // now is after the card's expiry date
  CardNotYetValid,   // created in the future (beyond the allowed clock skew) or expires <= created
  CardFileMismatch,  // the human-readable lines of org.card differ from its signed payload
  // Trust (SR-22)
  KeyChanged,    // a known organization presents new keys: export blocked until confirmed
  NotConfirmed,  // the safety number of this organization has not been confirmed yet
  // Organization secret key file
  SecretKeyMalformed,  // org.secret is not a valid secret-key file (detail: field)
  WrongPassphrase,     // org.secret did not open with this passphrase
  // Bundles (SR-23, SR-24, SR-28)
  NotABundle,  // bad magic or shorter than the header
  BundleUnsupportedVersion,
  WrongRecipient,       // the header's recipient fingerprint is not this organization's
  FileKeyUnsealFailed,  // the sealed file key does not open with this organization's key (tampered header)
  ChunkAuthFailed,  // a chunk failed authentication: flipped byte, reordered or foreign chunk (detail: chunk)
  BundleTruncated,  // the stream ends before its final chunk
  BundleTrailingData,      // bytes after the final chunk
  BundleMalformed,         // a record inside the authenticated stream is malformed (detail: record/field)
  BundleOversized,         // a count or length over its cap (detail: which)
  ManifestMismatch,        // the signed manifest does not list exactly the records read (detail: item)
  RecipientMismatch,       // the signed manifest names another recipient than the header / this org
  BadSenderSignature,      // the manifest signature does not verify
  ChainBroken,             // a revision hash chain does not recompute (detail: note index, revision)
  AttachmentHashMismatch,  // attachment content does not match its hash (detail: attachment index)
  // Writing / output
  SourceFailed,     // the vault (bundle source) refused or failed (detail: vault error text)
  NothingToExport,  // no notes selected or vault empty
  OutputExists,     // the output file or folder already exists
  Io,               // file system error (detail: file kind, errno text)
  InvalidArgument,  // bad caller input (detail: which)
};

using ExchangeFailure = Error<ExchangeError>;
template <class T>
using ExchangeResult = Expected<T, ExchangeFailure>;

// English description for the CLI; the UI translates codes itself.
[[nodiscard]] std::string_view describe(ExchangeError code) noexcept;
// "description (detail)" or just the description.
[[nodiscard]] std::string message(const ExchangeFailure& failure);

}  // namespace amparo::exchange
