// Quick capture while locked (SR-15) and the inbox merge (SR-16).
#include <catch2/catch.hpp>

#include "crypto/file_cipher.h"
#include "crypto/random.h"
#include "crypto/sealed_box.h"
#include "helpers.h"
#include "vault/inbox.h"

using namespace amparo;
using namespace amparo::vault;
using namespace amparo::vault::test;

namespace {

std::vector<stdfs::path> entries_in(const stdfs::path& dir) {
  std::vector<stdfs::path> out;
  std::error_code ec;
  for (const auto& e : stdfs::directory_iterator(dir, ec)) {
    if (e.path().extension() == ".entry") out.push_back(e.path());
  }
  return out;
}

struct Fixture {
  TempDir tmp;
  stdfs::path dir = tmp / "v";
  Fixture() { REQUIRE(Vault::create(dir, pass("passphrase one"), fast_options())); }
};

}  // namespace

TEST_CASE("SR-15 capture needs no passphrase and cannot be read back", "[capture]") {
  Fixture f;
  const std::string marker = "CAPTURE-" + crypto::random_id(6);
  const std::string photo = "JPEGDATA" + marker + std::string(100000, 'p');
  std::istringstream att(photo);
  REQUIRE(
      Vault::capture(f.dir, CaptureInput{marker + " officers at the door", &att, "door.jpg", "image/jpeg"}));
  REQUIRE(Vault::capture(f.dir, text_only("second one")));
  auto entries = entries_in(f.dir / "inbox");
  REQUIRE(entries.size() == 2);
  CHECK(count_files(f.dir / "inbox") == 3);  // two entries, one sealed attachment
  for (const auto& e : stdfs::directory_iterator(f.dir / "inbox")) {
    const std::string bytes = read_all(e.path());
    CHECK(bytes.find(marker) == std::string::npos);
    CHECK(bytes.find("door.jpg") == std::string::npos);
    CHECK(bytes.find("JPEGDATA") == std::string::npos);
    CHECK(mode_of(e.path()) == 0600);
    // Random names: 32 hex characters.
    CHECK(e.path().stem().string().size() == 32);
  }
  // The public key alone opens nothing: a sealed box needs the secret key, which lives only in the
  // encrypted database. (An unrelated key pair fails too.)
  const std::string entry = read_all(entries[0]);
  auto frame = parse_inbox_frame(as_bytes(entry));
  REQUIRE(frame);
  auto stranger = crypto::BoxKeyPair::generate();
  CHECK_FALSE(crypto::seal_open(stranger, frame->sealed_key));

  auto v = Vault::unlock(f.dir, pass("passphrase one"));
  REQUIRE(v);
  CHECK(v->unlock_report().captures_merged == 2);
  CHECK(v->unlock_report().captures_quarantined == 0);
  CHECK(entries_in(f.dir / "inbox").empty());
  CHECK(count_files(f.dir / "inbox") == 0);  // the attachment moved into files/
  auto list = v->list_notes();
  REQUIRE(list);
  REQUIRE(list->size() == 2);
  bool found = false;
  for (const auto& s : *list) {
    CHECK(s.origin == Origin::CapturedWhileLocked);
    auto n = v->get_note(s.id);
    REQUIRE(n);
    if (view(n->fields.narrative) == marker + " officers at the door") {
      found = true;
      auto atts = v->attachments(s.id);
      REQUIRE(atts);
      REQUIRE(atts->size() == 1);
      CHECK(view((*atts)[0].name) == "door.jpg");
      std::string back;
      REQUIRE(v->read_attachment((*atts)[0].id, [&](ByteView c) {
        back.append(as_chars(c));
        return true;
      }));
      CHECK(back == photo);
      auto h = v->history(s.id);
      REQUIRE(h);
      CHECK((*h)[0].content.origin == Origin::CapturedWhileLocked);
    }
  }
  CHECK(found);
  auto rep = v->verify();
  REQUIRE(rep);
  CHECK(rep->ok());
}

TEST_CASE("SR-15 capture size caps and empty captures", "[capture]") {
  Fixture f;
  CHECK(Vault::capture(f.dir, text_only(std::string(CaptureLimits::kMaxText + 1, 'a'))).error().code ==
        VaultError::AttachmentTooLarge);
  CHECK(Vault::capture(f.dir, text_only("")).error().code == VaultError::InvalidArgument);
  CHECK(Vault::capture(f.dir, text_only("bad \xff utf8")).error().code == VaultError::InvalidNote);
  CHECK(Vault::capture(f.dir, text_only(std::string(CaptureLimits::kMaxText, 'a'))));
  CHECK(Vault::capture(f.dir / "missing", text_only("x")).error().code == VaultError::NotAVault);
}

TEST_CASE("SR-16 swapped public key is detected", "[capture]") {
  Fixture f;
  const auto pub = f.dir / "capture.pub";
  const std::string good = read_all(pub);
  REQUIRE(good.size() == 56);
  // An attacker replaces the key file with their own key.
  auto attacker = crypto::BoxKeyPair::generate();
  std::string swapped = good.substr(0, 24) + std::string(as_chars(attacker.public_key));
  write_all(pub, swapped);
  auto r = Vault::capture(f.dir, text_only("must not be sealed to the attacker"));
  REQUIRE_FALSE(r);
  CHECK(r.error().code == VaultError::PublicKeyMismatch);
  CHECK(entries_in(f.dir / "inbox").empty());

  auto v = Vault::unlock(f.dir, pass("passphrase one"));
  REQUIRE(v);
  CHECK(v->unlock_report().public_key_mismatch);
  REQUIRE(v->restore_capture_key_file());
  CHECK_FALSE(v->unlock_report().public_key_mismatch);
  CHECK(read_all(pub) == good);
  CHECK(Vault::capture(f.dir, text_only("now fine")));
  // A missing key file is a mismatch as well.
  stdfs::remove(pub);
  CHECK(Vault::capture(f.dir, text_only("x")).error().code == VaultError::PublicKeyMismatch);
}

TEST_CASE("SR-16 malformed inbox entries are quarantined", "[capture]") {
  Fixture f;
  REQUIRE(Vault::capture(f.dir, text_only("good capture")));
  const auto good_entry = entries_in(f.dir / "inbox").at(0);
  const std::string good = read_all(good_entry);
  auto name = [] { return crypto::random_id(16) + ".entry"; };
  // Random bytes, a truncated copy, a flipped payload byte, an oversized file, an entry whose name
  // does not match its id, and an entry sealed to another vault.
  write_all(f.dir / "inbox" / name(), as_chars(crypto::random_bytes(300)));
  write_all(f.dir / "inbox" / name(), good.substr(0, good.size() - 10));
  std::string flipped = good;
  flipped[flipped.size() - 5] = static_cast<char>(flipped[flipped.size() - 5] ^ 1);
  write_all(f.dir / "inbox" / name(), flipped);
  write_all(f.dir / "inbox" / name(), std::string(kInboxMaxEntrySize + 1, 'x'));
  write_all(f.dir / "inbox" / name(), good);
  {
    TempDir other;
    REQUIRE(Vault::create(other / "w", pass("passphrase two"), fast_options()));
    REQUIRE(Vault::capture(other / "w", text_only("for another vault")));
    const auto e = entries_in(other / "w" / "inbox").at(0);
    stdfs::copy_file(e, f.dir / "inbox" / e.filename());
  }
  // Files that are not entries are left alone.
  write_all(f.dir / "inbox" / "README", "not an entry");

  auto v = Vault::unlock(f.dir, pass("passphrase one"));
  REQUIRE(v);
  CHECK(v->unlock_report().captures_merged == 1);
  CHECK(v->unlock_report().captures_quarantined == 6);
  CHECK(entries_in(f.dir / "inbox").empty());
  CHECK(entries_in(f.dir / "quarantine").size() == 6);
  CHECK(stdfs::exists(f.dir / "inbox" / "README"));
  auto list = v->list_notes();
  REQUIRE(list);
  CHECK(list->size() == 1);
}

TEST_CASE("SR-16 an entry forged with the public key is merged and marked as captured", "[capture]") {
  Fixture f;
  auto info = Vault::inspect(f.dir);
  REQUIRE(info);
  // Anyone holding the public key can write an entry (capture is unauthenticated by design); it
  // can only ever arrive as a note marked "captured while locked".
  CapturePayload p;
  p.captured_at = 1000;
  p.text = to_text("forged by someone with the public key");
  const SecureBytes plain = encode_capture_payload(p);
  const auto key = crypto::random_secret(32);
  auto sealed = crypto::seal(info->capture_public_key, key.view());
  REQUIRE(sealed);
  std::array<std::uint8_t, 16> vid{}, eid{};
  auto vid_bytes = crypto::from_hex(info->vault_id);
  REQUIRE(vid_bytes);
  std::copy(vid_bytes->begin(), vid_bytes->end(), vid.begin());
  crypto::random_fill(eid);
  Bytes ad = build_inbox_prefix(vid, eid, *sealed, 0);
  ad.resize(kInboxAdSize);
  auto ct = crypto::encrypt_bytes(view(plain), key, ad);
  REQUIRE(ct);
  Bytes entry = build_inbox_prefix(vid, eid, *sealed, static_cast<std::uint32_t>(ct->size()));
  append_bytes(entry, *ct);
  write_all(f.dir / "inbox" / (crypto::to_hex(eid) + ".entry"), as_chars(entry));
  auto v = Vault::unlock(f.dir, pass("passphrase one"));
  REQUIRE(v);
  CHECK(v->unlock_report().captures_merged == 1);
  auto list = v->list_notes();
  REQUIRE(list);
  REQUIRE(list->size() == 1);
  CHECK((*list)[0].origin == Origin::CapturedWhileLocked);
}

TEST_CASE("SR-16 an entry is removed only after its merge commits and a re-run does not duplicate",
          "[capture]") {
  Fixture f;
  std::istringstream att("attached bytes");
  REQUIRE(Vault::capture(f.dir, CaptureInput{"captured", &att, "a.txt", "text/plain"}));
  const auto entry = entries_in(f.dir / "inbox").at(0);
  const std::string bytes = read_all(entry);
  {
    auto v = Vault::unlock(f.dir, pass("passphrase one"));
    REQUIRE(v);
    CHECK(v->unlock_report().captures_merged == 1);
  }
  // Simulate a crash after the commit but before the entry was deleted: the entry is back.
  write_all(entry, bytes);
  auto v = Vault::unlock(f.dir, pass("passphrase one"));
  REQUIRE(v);
  CHECK(v->unlock_report().captures_merged == 0);
  CHECK(v->unlock_report().captures_quarantined == 0);
  CHECK_FALSE(stdfs::exists(entry));
  auto list = v->list_notes();
  REQUIRE(list);
  CHECK(list->size() == 1);
  auto rep = v->verify();
  REQUIRE(rep);
  CHECK(rep->ok());
  CHECK(rep->attachments == 1);
}

TEST_CASE("SR-16 an inbox that cannot be processed never blocks unlocking", "[capture]") {
  Fixture f;
  const auto bad = f.dir / "inbox" / (crypto::random_id(16) + ".entry");
  write_all(bad, "garbage");
  // Quarantine impossible: a file sits where the folder should be.
  stdfs::remove_all(f.dir / "quarantine");
  write_all(f.dir / "quarantine", "not a folder");
  auto v = Vault::unlock(f.dir, pass("passphrase one"));
  REQUIRE(v);
  REQUIRE(v->unlock_report().inbox_error);
  CHECK(*v->unlock_report().inbox_error == VaultError::Io);
  CHECK(stdfs::exists(bad));  // left in place, not deleted
  CHECK(v->add_note(simple_note("still usable")));
}
