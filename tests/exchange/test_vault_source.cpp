// Export from a real vault (VaultSource): the tree digest the vault stored while encrypting is the
// bundle digest the writer signs; older rows (plain BLAKE2b) are hashed by the writer.
#include <sqlite3.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "crypto/encoding.h"
#include "crypto/random.h"
#include "crypto/tree_digest.h"
#include "exchange/intake.h"
#include "exchange/trust_store.h"
#include "exchange/vault_source.h"
#include "support.h"
#include "vault/testing.h"
#include "vault/vault.h"

using namespace amparo;
using namespace amparo::exchange;
using namespace amparo::exchange::test;
namespace fs = std::filesystem;

namespace {

struct VaultDir {
  fs::path path;
  VaultDir() {
    path = fs::temp_directory_path() / ("amparo-vault-source-test-" + crypto::random_id(8));
    fs::create_directories(path);
  }
  ~VaultDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  VaultDir(const VaultDir&) = delete;
  VaultDir& operator=(const VaultDir&) = delete;
};

crypto::SecretBuffer pass() {
  return crypto::SecretBuffer::copy_of(std::string_view("passphrase one"));
}

vault::CreateOptions options(std::uint32_t schema = 0) {
  vault::CreateOptions o;
  o.kdf = crypto::KdfParams::interactive();
  o.schema_version = schema;
  return o;
}

std::string add(vault::Vault& v, const std::string& note, const Bytes& content, const char* name) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(content.data()), content.size()));
  auto a = v.add_attachment(note, in, name, "application/octet-stream");
  REQUIRE(a);
  return a->id;
}

fs::path export_file(vault::Vault& v, const Org& org, const fs::path& dir) {
  VaultSource src(v);
  std::ostringstream out;
  ExportOptions opts;
  opts.now = kNow;
  auto r = write_bundle(src, org.card, out, opts);
  REQUIRE(r);
  const fs::path p = dir / "export.amparo";
  std::ofstream(p, std::ios::binary) << out.str();
  return p;
}

std::string file_bytes(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("SR-23 export from a vault signs the stored tree digest and opens to the same bytes",
          "[exchange][SR-23][SR-6]") {
  VaultDir tmp;
  const Org org = make_org("Aid");
  const Bytes a1 = crypto::random_bytes(5 * 64 * 1024 + 7);
  const Bytes a2 = crypto::random_bytes(1000);
  auto v = vault::Vault::create(tmp.path / "v", pass(), options());
  REQUIRE(v);
  vault::NoteFields f;
  f.title = vault::to_text("stop");
  auto note = v->add_note(f);
  REQUIRE(note);
  add(*v, *note, a1, "one.bin");
  add(*v, *note, a2, "two.bin");
  VaultSource src(*v);
  auto atts = src.attachments(*note);
  REQUIRE(atts);
  REQUIRE(atts.value().size() == 2);
  CHECK(atts.value()[0].stored_digest == crypto::TreeDigest::of(a1));  // handed to the writer
  CHECK(atts.value()[1].stored_digest == crypto::TreeDigest::of(a2));

  const fs::path bundle = export_file(*v, org, tmp.path);
  auto opened = open_to_folder(bundle, org.keys, tmp.path / "out", tmp.path / "senders.txt", kNow);
  REQUIRE(opened);
  REQUIRE(opened.value().attachment_files.size() == 2);
  CHECK(file_bytes(tmp.path / "out" / opened.value().attachment_files[0]) ==
        std::string(reinterpret_cast<const char*>(a1.data()), a1.size()));
  CHECK(file_bytes(tmp.path / "out" / opened.value().attachment_files[1]) ==
        std::string(reinterpret_cast<const char*>(a2.data()), a2.size()));
  CHECK(opened.value().bundle.attachments[0].content_hash == crypto::TreeDigest::of(a1));
}

TEST_CASE(
    "SR-24 a wrong stored digest (database tampered) fails open with AttachmentHashMismatch, writing nothing",
    "[exchange][SR-24][SR-6]") {
  VaultDir tmp;
  const Org org = make_org("Aid");
  const Bytes content = crypto::random_bytes(200000);
  const fs::path dir = tmp.path / "v";
  crypto::SecretBuffer key;
  std::string att;
  {
    auto v = vault::Vault::create(dir, pass(), options());
    REQUIRE(v);
    vault::NoteFields f;
    f.title = vault::to_text("stop");
    auto note = v->add_note(f);
    REQUIRE(note);
    att = add(*v, *note, content, "one.bin");
    key = vault::VaultTestAccess::data_key(*v).clone();
  }
  {  // Flip one bit of the stored tree digest through a raw connection.
    sqlite3* h = nullptr;
    REQUIRE(sqlite3_open_v2((dir / "vault.db").c_str(), &h, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
    const std::string lit = "x'" + crypto::to_hex(key.view()) + "'";
    REQUIRE(sqlite3_key(h, lit.data(), static_cast<int>(lit.size())) == SQLITE_OK);
    REQUIRE(sqlite3_exec(h, "PRAGMA cipher_page_size = 4096;", nullptr, nullptr, nullptr) == SQLITE_OK);
    Bytes wrong = crypto::TreeDigest::of(content);
    wrong[7] ^= 1;
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(h, "UPDATE attachments SET tree_digest = ? WHERE id = ?", -1, &st, nullptr) ==
            SQLITE_OK);
    sqlite3_bind_blob(st, 1, wrong.data(), static_cast<int>(wrong.size()), SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 2, att.c_str(), -1, SQLITE_TRANSIENT);
    REQUIRE(sqlite3_step(st) == SQLITE_DONE);
    sqlite3_finalize(st);
    REQUIRE(sqlite3_changes(h) == 1);
    sqlite3_close(h);
  }
  auto v = vault::Vault::unlock(dir, pass());
  REQUIRE(v);
  auto rep = v->verify();  // the vault's own check catches it too
  REQUIRE(rep);
  CHECK(rep->damaged_attachments == std::vector<std::string>{att});
  const fs::path bundle = export_file(*v, org, tmp.path);  // the writer signs what the source says
  auto opened = open_to_folder(bundle, org.keys, tmp.path / "out", tmp.path / "senders.txt", kNow);
  REQUIRE_FALSE(opened);
  CHECK(opened.error().code == ExchangeError::AttachmentHashMismatch);
  CHECK_FALSE(fs::exists(tmp.path / "out"));
  CHECK_FALSE(fs::exists(tmp.path / "senders.txt"));
}

TEST_CASE("SR-23 a vault from before schema 4 (plain hashes) still exports and the writer hashes those rows",
          "[exchange][SR-23][SR-6]") {
  VaultDir tmp;
  const Org org = make_org("Aid");
  const Bytes old_content = crypto::random_bytes(3 * 64 * 1024 + 1);
  const Bytes new_content = crypto::random_bytes(4321);
  const fs::path dir = tmp.path / "v";
  std::string note_id;
  {
    auto v = vault::Vault::create(dir, pass(), options(3));
    REQUIRE(v);
    vault::NoteFields f;
    f.title = vault::to_text("old");
    auto note = v->add_note(f);
    REQUIRE(note);
    note_id = *note;
    add(*v, note_id, old_content, "old.bin");
  }
  auto v = vault::Vault::unlock(dir, pass());
  REQUIRE(v);
  CHECK(v->unlock_report().migrated_from_schema == 3);
  add(*v, note_id, new_content, "new.bin");
  auto rep = v->verify();
  REQUIRE(rep);
  CHECK(rep->ok());
  VaultSource src(*v);
  auto atts = src.attachments(note_id);
  REQUIRE(atts);
  REQUIRE(atts.value().size() == 2);
  CHECK(atts.value()[0].stored_digest.empty());  // legacy row: the writer hashes
  CHECK(atts.value()[1].stored_digest == crypto::TreeDigest::of(new_content));
  const fs::path bundle = export_file(*v, org, tmp.path);
  auto opened = open_to_folder(bundle, org.keys, tmp.path / "out", tmp.path / "senders.txt", kNow);
  REQUIRE(opened);
  CHECK(file_bytes(tmp.path / "out" / opened.value().attachment_files[0]) ==
        std::string(reinterpret_cast<const char*>(old_content.data()), old_content.size()));
  CHECK(file_bytes(tmp.path / "out" / opened.value().attachment_files[1]) ==
        std::string(reinterpret_cast<const char*>(new_content.data()), new_content.size()));
}

TEST_CASE("SR-22 trusted-organization records round-trip in the vault and feed the export gate",
          "[exchange][SR-22]") {
  VaultDir tmp;
  const Org org = make_org("Ayuda Legal");
  const Org impostor = make_org("Ayuda Legal");  // same name, new keys
  auto v = vault::Vault::create(tmp.path / "v", pass(), options());
  REQUIRE(v);
  CHECK_FALSE(find_trusted_org(*v, trusted_org_key(org.card)));

  TrustedOrg record;
  record.card = org.card;
  confirm(record);
  REQUIRE(v->put_trusted_org(trusted_org_key(org.card), encode_trusted_org(record)));
  const auto found = find_trusted_org(*v, "Ayuda Legal");
  REQUIRE(found);
  CHECK(found->card == org.card);
  CHECK(found->confirmed);
  CHECK(check_export_allowed(update_trust(found, org.card).record, kNow));

  const auto changed = update_trust(found, impostor.card);
  CHECK(changed.change == CardChange::KeyChanged);
  const auto gate = check_export_allowed(changed.record, kNow);
  REQUIRE_FALSE(gate);
  CHECK(gate.error().code == ExchangeError::KeyChanged);

  // Damaged or foreign records never decode (callers then treat the organization as unconfirmed).
  Bytes bad = encode_trusted_org(record);
  bad[0] ^= 1;
  CHECK_FALSE(decode_trusted_org(bad));
  const std::string truncated = "amparo-trusted-org-v1\n1\n";
  CHECK_FALSE(decode_trusted_org(Bytes(truncated.begin(), truncated.end())));
  const std::string flag = "amparo-trusted-org-v1\n2\n\nAAAA";
  CHECK_FALSE(decode_trusted_org(Bytes(flag.begin(), flag.end())));
}
