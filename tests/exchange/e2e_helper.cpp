// Test helper for tests/exchange/e2e.sh, doing through the vault API what amparo-cli cannot (passphrase
// on fd 3):
//   exchange_e2e_helper revise VAULT NOTE_ID TEXT     adds a revision to a note (no edit command)
//   exchange_e2e_helper trust VAULT ORG.card 0|1      stores the card as the app's trusted-org record,
//                                                     confirmed (1) or not (0), as Settings does
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "crypto/init.h"
#include "exchange/trust_store.h"
#include "vault/vault.h"

using namespace amparo;

namespace {

int trust(vault::Vault& v, const char* card_file, const std::string& confirmed) {
  std::ifstream in(card_file, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  const auto now = static_cast<std::uint64_t>(
      std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
          .count());
  auto card = exchange::read_card_file(ss.str(), now);
  if (!card) {
    std::fprintf(stderr, "card refused: %s\n", exchange::message(card.error()).c_str());
    return 1;
  }
  exchange::TrustedOrg record;
  record.card = card.value();
  record.confirmed = confirmed == "1";
  if (!v.put_trusted_org(exchange::trusted_org_key(record.card), exchange::encode_trusted_org(record)))
    return 1;
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string command = argc > 1 ? argv[1] : "";
  if (!crypto::initialize() || argc != 5 || (command != "revise" && command != "trust")) {
    std::fprintf(stderr,
                 "usage: exchange_e2e_helper revise VAULT NOTE_ID TEXT | trust VAULT ORG.card 0|1"
                 " (passphrase on fd 3)\n");
    return 2;
  }
  std::string pass;
  char c = 0;
  while (::read(3, &c, 1) == 1 && c != '\n') pass += c;
  auto v = vault::Vault::unlock(argv[2], crypto::SecretBuffer::copy_of(std::string_view(pass)));
  if (!v) {
    std::fprintf(stderr, "unlock failed: %s\n", std::string(vault::describe(v.error().code)).c_str());
    return 1;
  }
  if (command == "trust") return trust(*v, argv[3], argv[4]);
  auto note = v->get_note(argv[3]);
  if (!note) return 1;
  auto fields = note->fields;
  fields.narrative = vault::to_text(argv[4]);
  fields.witnesses = vault::to_text("Revision witness: " + std::string(argv[4]).substr(0, 20));
  auto r = v->update_note(argv[3], fields);
  if (!r) {
    std::fprintf(stderr, "update failed: %s\n", std::string(vault::describe(r.error().code)).c_str());
    return 1;
  }
  std::printf("%u\n", r.value());
  return 0;
}
