// Test helper for tests/exchange/e2e.sh: adds revisions to an existing note through the vault API
// (amparo-cli has no edit command). Usage: exchange_e2e_helper revise VAULT NOTE_ID TEXT
// (passphrase on fd 3).
#include <unistd.h>

#include <cstdio>
#include <string>

#include "crypto/init.h"
#include "vault/vault.h"

using namespace amparo;

int main(int argc, char** argv) {
  if (!crypto::initialize() || argc != 5 || std::string(argv[1]) != "revise") {
    std::fprintf(stderr, "usage: exchange_e2e_helper revise VAULT NOTE_ID TEXT (passphrase on fd 3)\n");
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
