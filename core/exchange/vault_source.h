// BundleSource over an unlocked vault::Vault (the app's and amparo-cli's export path).
#pragma once

#include "exchange/bundle.h"
#include "vault/vault.h"

namespace amparo::exchange {

class VaultSource final : public BundleSource {
 public:
  explicit VaultSource(vault::Vault& vault) : vault_(vault) {}
  ExchangeResult<std::vector<std::string>> all_note_ids() override;
  ExchangeResult<std::vector<SourceRevision>> history(const std::string& note_id) override;
  ExchangeResult<std::vector<SourceAttachment>> attachments(const std::string& note_id) override;
  ExchangeResult<std::uint64_t> read_attachment(const std::string& attachment_id,
                                                const std::function<bool(ByteView)>& sink) override;
  Bytes signing_public_key() override;
  ExchangeResult<Bytes> sign(ByteView message) override;

 private:
  vault::Vault& vault_;
};

}  // namespace amparo::exchange
