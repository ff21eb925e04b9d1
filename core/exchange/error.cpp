#include "exchange/error.h"

#include <string>

namespace amparo::exchange {

std::string_view describe(ExchangeError code) noexcept {
  switch (code) {
    case ExchangeError::CardMalformed:
      return "the organization card is malformed";
    case ExchangeError::CardUnsupportedVersion:
      return "the organization card uses an unsupported format version";
    case ExchangeError::CardOversized:
      return "the organization card or one of its fields is too large";
    case ExchangeError::CardBadText:
      return "the organization card contains invalid text (bad UTF-8, control or bidi-override characters)";
    case ExchangeError::CardUnsigned:
      return "the organization card is not signed";
    case ExchangeError::CardBadSignature:
      return "the organization card's signature does not match its contents";
    case ExchangeError::CardExpired:
      return "the organization card has expired";
    case ExchangeError::CardNotYetValid:
      return "the organization card is not valid yet (check the clock)";
    case ExchangeError::CardFileMismatch:
      return "the readable lines of the card file do not match its signed payload";
    case ExchangeError::KeyChanged:
      return "this organization's keys have changed: confirm the new safety number before exporting";
    case ExchangeError::NotConfirmed:
      return "the organization's safety number has not been confirmed";
    case ExchangeError::SecretKeyMalformed:
      return "the organization secret-key file is malformed";
    case ExchangeError::WrongPassphrase:
      return "wrong passphrase for the organization secret-key file";
    case ExchangeError::NotABundle:
      return "not an Amparo export bundle";
    case ExchangeError::BundleUnsupportedVersion:
      return "the bundle uses an unsupported format version";
    case ExchangeError::WrongRecipient:
      return "the bundle was made for another organization";
    case ExchangeError::FileKeyUnsealFailed:
      return "the bundle's file key does not open with this organization's key (damaged or forged header)";
    case ExchangeError::ChunkAuthFailed:
      return "a bundle chunk failed authentication (modified, reordered or damaged)";
    case ExchangeError::BundleTruncated:
      return "the bundle is truncated";
    case ExchangeError::BundleTrailingData:
      return "unexpected data after the end of the bundle";
    case ExchangeError::BundleMalformed:
      return "the bundle contents are malformed";
    case ExchangeError::BundleOversized:
      return "the bundle exceeds a size or count limit";
    case ExchangeError::ManifestMismatch:
      return "the signed manifest does not match the bundle contents";
    case ExchangeError::RecipientMismatch:
      return "the signed manifest names a different recipient (bundle re-addressed)";
    case ExchangeError::BadSenderSignature:
      return "the sender's signature over the manifest is invalid";
    case ExchangeError::ChainBroken:
      return "a note's revision hash chain is broken";
    case ExchangeError::AttachmentHashMismatch:
      return "an attachment does not match its recorded hash";
    case ExchangeError::SourceFailed:
      return "reading from the vault failed";
    case ExchangeError::NothingToExport:
      return "there are no notes to export";
    case ExchangeError::OutputExists:
      return "the output already exists";
    case ExchangeError::Io:
      return "reading or writing a file failed";
    case ExchangeError::InvalidArgument:
      return "invalid argument";
  }
  return "unknown exchange error";
}

std::string message(const ExchangeFailure& failure) {
  std::string out(describe(failure.code));
  if (!failure.detail.empty()) out += " (" + failure.detail + ")";
  return out;
}

}  // namespace amparo::exchange
