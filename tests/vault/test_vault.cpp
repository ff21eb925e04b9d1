// Vault lifecycle, notes, revisions, attachments, search, migrations.
#include <catch2/catch.hpp>

#include "crypto/hash.h"
#include "crypto/random.h"
#include "crypto/signature.h"
#include "crypto/tree_digest.h"
#include "helpers.h"
#include "vault/testing.h"

using namespace amparo;
using namespace amparo::vault;
using namespace amparo::vault::test;

TEST_CASE("create, add notes, lock, unlock, read back", "[vault]") {
  TempDir tmp;
  const auto dir = tmp / "v";
  std::string id1, id2;
  {
    auto v = Vault::create(dir, pass("correct horse battery"), fast_options());
    REQUIRE(v);
    CHECK(v->is_unlocked());
    CHECK(v->schema_version() == Vault::kLatestSchema);
    CHECK(v->id().size() == 32);
    CHECK(v->signing_public_key().size() == 32);
    CHECK(v->capture_public_key().size() == 32);
    auto a = v->add_note(full_note("first"));
    REQUIRE(a);
    id1 = *a;
    auto b = v->add_note(simple_note("", "just a narrative"));
    REQUIRE(b);
    id2 = *b;
    CHECK_FALSE(v->add_note(NoteFields{}));
    v->lock();
    CHECK_FALSE(v->is_unlocked());
    auto locked = v->list_notes();
    REQUIRE_FALSE(locked);
    CHECK(locked.error().code == VaultError::Locked);
  }
  CHECK(Vault::exists(dir));
  auto info = Vault::inspect(dir);
  REQUIRE(info);
  CHECK(info->format_version == 1);
  CHECK_FALSE(info->device_secret_required);
  CHECK(info->kdf == crypto::KdfParams::interactive());

  auto v = Vault::unlock(dir, pass("correct horse battery"));
  REQUIRE(v);
  auto list = v->list_notes();
  REQUIRE(list);
  REQUIRE(list->size() == 2);
  auto n = v->get_note(id1);
  REQUIRE(n);
  CHECK(n->fields == full_note("first"));
  CHECK(n->revision_count == 1);
  CHECK(n->origin == Origin::Typed);
  auto n2 = v->get_note(id2);
  REQUIRE(n2);
  CHECK(view(n2->fields.narrative) == "just a narrative");
  CHECK(v->get_note("00000000000000000000000000000000").error().code == VaultError::NotFound);
  CHECK(v->get_note("not an id").error().code == VaultError::NotFound);
  // The signing key is the vault's own: same after unlock, and it signs.
  auto sig = v->sign(as_bytes("manifest"));
  REQUIRE(sig);
  CHECK(crypto::verify_detached(v->signing_public_key(), as_bytes("manifest"), *sig));
}

TEST_CASE("every save appends a chained revision and history exposes canonical bytes", "[vault]") {
  TempDir tmp;
  auto v = Vault::create(tmp / "v", pass("passphrase one"), fast_options());
  REQUIRE(v);
  auto id = v->add_note(simple_note("v1"));
  REQUIRE(id);
  auto r2 = v->update_note(*id, simple_note("v2", "more"));
  REQUIRE(r2);
  CHECK(*r2 == 2);
  auto r3 = v->update_note(*id, simple_note("v3", "even more"));
  REQUIRE(r3);
  CHECK(*r3 == 3);
  CHECK(v->update_note("00000000000000000000000000000000", simple_note("x")).error().code ==
        VaultError::NotFound);
  CHECK(v->update_note(*id, NoteFields{}).error().code == VaultError::InvalidNote);

  auto h = v->history(*id);
  REQUIRE(h);
  REQUIRE(h->size() == 3);
  Bytes prev = genesis_hash();
  for (std::size_t i = 0; i < h->size(); ++i) {
    const auto& rev = (*h)[i];
    CHECK(rev.content.number == i + 1);
    CHECK(rev.content.note_id == *id);
    CHECK(rev.previous_hash == prev);
    CHECK(rev.hash == chain_hash(prev, view(rev.canonical)));
    auto decoded = decode_revision(view(rev.canonical));
    REQUIRE(decoded);
    CHECK(decoded->fields == rev.content.fields);
    prev = rev.hash;
  }
  CHECK(view((*h)[0].content.fields.title) == "v1");
  CHECK(view((*h)[2].content.fields.title) == "v3");
  auto head = v->chain_head(*id);
  REQUIRE(head);
  CHECK(*head == prev);
  auto note = v->get_note(*id);
  REQUIRE(note);
  CHECK(view(note->fields.title) == "v3");
  CHECK(note->revision_count == 3);
  auto list = v->list_notes();
  REQUIRE(list);
  CHECK((*list)[0].revision_count == 3);
  auto rep = v->verify();
  REQUIRE(rep);
  CHECK(rep->ok());
  CHECK(rep->notes == 1);
  CHECK(rep->revisions == 3);
}

TEST_CASE("SR-7 full-text search runs inside the encrypted database", "[vault]") {
  TempDir tmp;
  auto v = Vault::create(tmp / "v", pass("passphrase one"), fast_options());
  REQUIRE(v);
  auto a = v->add_note(full_note("alpha"));
  auto b = v->add_note(simple_note("Checkpoint at the airport", "TSA asked for a face photo"));
  REQUIRE(a);
  REQUIRE(b);
  auto r = v->search_notes("estacion");  // diacritics folded: "Estación"
  REQUIRE(r);
  REQUIRE(r->size() == 1);
  CHECK((*r)[0].id == *a);
  r = v->search_notes("face phot");  // prefixes, all words
  REQUIRE(r);
  REQUIRE(r->size() == 1);
  CHECK((*r)[0].id == *b);
  r = v->search_notes("\"unbalanced OR NEAR/3 -x* ) (");  // operators are not interpreted
  REQUIRE(r);
  CHECK(r->empty());
  r = v->search_notes("   ");
  REQUIRE(r);
  CHECK(r->empty());
  // After an update the index follows the latest revision.
  REQUIRE(v->update_note(*b, simple_note("Checkpoint", "changed words")));
  r = v->search_notes("photo");
  REQUIRE(r);
  CHECK(r->empty());
  r = v->search_notes("changed");
  REQUIRE(r);
  CHECK(r->size() == 1);
}

TEST_CASE("schema migrations: a v1 vault is migrated to the latest schema on unlock", "[vault][migration]") {
  TempDir tmp;
  const auto dir = tmp / "v";
  std::string id;
  {
    auto o = fast_options();
    o.schema_version = 1;
    auto v = Vault::create(dir, pass("passphrase one"), o);
    REQUIRE(v);
    CHECK(v->schema_version() == 1);
    auto n = v->add_note(simple_note("Old note about the border"));
    REQUIRE(n);
    id = *n;
  }
  auto v = Vault::unlock(dir, pass("passphrase one"));
  REQUIRE(v);
  CHECK(v->schema_version() == Vault::kLatestSchema);
  CHECK(v->unlock_report().migrated_from_schema == 1);
  auto r = v->search_notes("border");  // the v2 migration indexed the existing note
  REQUIRE(r);
  REQUIRE(r->size() == 1);
  CHECK((*r)[0].id == id);
  auto rep = v->verify();
  REQUIRE(rep);
  CHECK(rep->ok());
  v->lock();
  // A second unlock runs no migration.
  auto again = Vault::unlock(dir, pass("passphrase one"));
  REQUIRE(again);
  CHECK(again->unlock_report().migrated_from_schema == 0);
}

TEST_CASE("SR-6 attachments stream through per-file keys and read back", "[vault][attachment]") {
  TempDir tmp;
  auto v = Vault::create(tmp / "v", pass("passphrase one"), fast_options());
  REQUIRE(v);
  auto id = v->add_note(simple_note("with photo"));
  REQUIRE(id);
  const Bytes content = crypto::random_bytes(200 * 1024 + 17);  // several 64 KiB chunks
  std::istringstream in(std::string(as_chars(content)));
  auto info = v->add_attachment(*id, in, "photo.jpg", "image/jpeg");
  REQUIRE(info);
  CHECK(info->size == content.size());
  CHECK(info->digest_kind == DigestKind::Tree);  // schema 4: the tree digest, equal to the reference
  CHECK(info->digest == crypto::TreeDigest::of(content));
  CHECK(stdfs::exists(tmp / "v" / "files" / info->id));
  CHECK(mode_of(tmp / "v" / "files" / info->id) == 0600);

  std::istringstream empty_in("");
  auto empty = v->add_attachment(*id, empty_in, "empty.txt", "text/plain");
  REQUIRE(empty);
  CHECK(empty->size == 0);

  Bytes back;
  std::size_t calls = 0;
  auto n = v->read_attachment(info->id, [&](ByteView chunk) {
    ++calls;
    CHECK(chunk.size() <= 64 * 1024);
    back.insert(back.end(), chunk.begin(), chunk.end());
    return true;
  });
  REQUIRE(n);
  CHECK(back == content);
  CHECK(calls == 4);
  auto n0 = v->read_attachment(empty->id, [](ByteView) { return true; });
  REQUIRE(n0);
  CHECK(*n0 == 0);

  auto list = v->attachments(*id);
  REQUIRE(list);
  CHECK(list->size() == 2);
  auto notes = v->list_notes();
  REQUIRE(notes);
  CHECK((*notes)[0].attachment_count == 2);

  std::istringstream x("data");
  CHECK(v->add_attachment("00000000000000000000000000000000", x, "a", "text/plain").error().code ==
        VaultError::NotFound);
  CHECK(v->add_attachment(*id, x, "", "text/plain").error().code == VaultError::InvalidArgument);
  CHECK(v->add_attachment(*id, x, "a", "bad mime").error().code == VaultError::InvalidArgument);
  CHECK(v->read_attachment("00000000000000000000000000000000", [](ByteView) { return true; }).error().code ==
        VaultError::NotFound);
  // A reader that stops early gets Io, not a success.
  CHECK(v->read_attachment(info->id, [](ByteView) { return false; }).error().code == VaultError::Io);
}

TEST_CASE("SR-6 a flipped, truncated or swapped attachment file is detected", "[vault][attachment]") {
  TempDir tmp;
  auto v = Vault::create(tmp / "v", pass("passphrase one"), fast_options());
  REQUIRE(v);
  auto id = v->add_note(simple_note("n"));
  REQUIRE(id);
  const Bytes content = crypto::random_bytes(100 * 1024);
  std::istringstream in1(std::string(as_chars(content))), in2(std::string(as_chars(content)));
  auto a = v->add_attachment(*id, in1, "a.bin", "application/octet-stream");
  auto b = v->add_attachment(*id, in2, "b.bin", "application/octet-stream");
  REQUIRE(a);
  REQUIRE(b);
  const auto pa = tmp / "v" / "files" / a->id;
  const auto pb = tmp / "v" / "files" / b->id;
  const std::string good = read_all(pa);
  auto read = [&](const std::string& id_) { return v->read_attachment(id_, [](ByteView) { return true; }); };

  for (std::size_t offset :
       {std::size_t{0}, std::size_t{5}, std::size_t{20}, std::size_t{40}, good.size() / 2, good.size() - 1}) {
    std::string bad = good;
    bad[offset] = static_cast<char>(bad[offset] ^ 0x01);
    write_all(pa, bad);
    auto r = read(a->id);
    INFO("offset " << offset);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == VaultError::AttachmentDamaged);
  }
  write_all(pa, good.substr(0, good.size() - 100));
  CHECK(read(a->id).error().code == VaultError::AttachmentDamaged);
  write_all(pa, good + "x");
  CHECK(read(a->id).error().code == VaultError::AttachmentDamaged);
  // The file of another attachment (same content, other key and id) does not pass.
  write_all(pa, read_all(pb));
  CHECK(read(a->id).error().code == VaultError::AttachmentDamaged);
  auto rep = v->verify();
  REQUIRE(rep);
  CHECK_FALSE(rep->ok());
  CHECK(rep->damaged_attachments == std::vector<std::string>{a->id});
  stdfs::remove(pa);
  CHECK(read(a->id).error().code == VaultError::AttachmentDamaged);
  write_all(pa, good);
  CHECK(read(a->id));
}

TEST_CASE("create refuses an existing vault or a non-empty folder", "[vault]") {
  TempDir tmp;
  REQUIRE(Vault::create(tmp / "v", pass("passphrase one"), fast_options()));
  CHECK(Vault::create(tmp / "v", pass("passphrase one"), fast_options()).error().code ==
        VaultError::AlreadyExists);
  write_all(tmp / "other", "x");
  stdfs::create_directory(tmp / "full");
  write_all(tmp / "full" / "file", "x");
  CHECK(Vault::create(tmp / "full", pass("passphrase one"), fast_options()).error().code ==
        VaultError::AlreadyExists);
  CHECK(Vault::unlock(tmp / "nothing", pass("x")).error().code == VaultError::NotAVault);
  auto o = fast_options();
  o.kdf.memlimit = 1 << 20;
  CHECK(Vault::create(tmp / "weak", pass("passphrase one"), o).error().code == VaultError::KdfParamsRejected);
}

TEST_CASE("SR-14 verify_passphrase re-authenticates without changing anything", "[vault]") {
  TempDir tmp;
  auto v = Vault::create(tmp / "v", pass("correct horse battery"), fast_options());
  REQUIRE(v);
  CHECK(v->verify_passphrase(pass("correct horse battery")));
  auto wrong = v->verify_passphrase(pass("wrong horse battery"));
  REQUIRE_FALSE(wrong);
  CHECK(wrong.error().code == VaultError::WrongPassphrase);
  CHECK(v->is_unlocked());
  v->lock();
  CHECK(v->verify_passphrase(pass("correct horse battery")).error().code == VaultError::Locked);
}

TEST_CASE("trusted organizations are stored inside the vault (schema 3)", "[vault]") {
  TempDir tmp;
  const auto dir = tmp / "v";
  const Bytes record = {1, 2, 3, 4};
  {
    auto v = Vault::create(dir, pass("correct horse battery"), fast_options());
    REQUIRE(v);
    REQUIRE(v->trusted_orgs());
    CHECK(v->trusted_orgs()->empty());
    REQUIRE(v->put_trusted_org("Legal Aid", record));
    REQUIRE(v->put_trusted_org("Other", Bytes{9}));
    REQUIRE(v->put_trusted_org("Other", Bytes{7, 7}));  // replaces
    CHECK_FALSE(v->put_trusted_org("", record));
    CHECK_FALSE(v->put_trusted_org("big", Bytes(16 * 1024 + 1, 0)));
  }
  auto v = Vault::unlock(dir, pass("correct horse battery"));
  REQUIRE(v);
  auto all = v->trusted_orgs();
  REQUIRE(all);
  REQUIRE(all->size() == 2);
  CHECK((*all)[0].org_id == "Legal Aid");
  CHECK((*all)[0].record == record);
  CHECK((*all)[1].record == Bytes{7, 7});
  REQUIRE(v->remove_trusted_org("Other"));
  CHECK(v->remove_trusted_org("Other").error().code == VaultError::NotFound);
  CHECK(v->trusted_orgs()->size() == 1);
  v->lock();
  CHECK(v->trusted_orgs().error().code == VaultError::Locked);
}

namespace {
Bytes read_back(Vault& v, const std::string& attachment_id) {
  Bytes out;
  auto n = v.read_attachment(attachment_id, [&](ByteView c) {
    out.insert(out.end(), c.begin(), c.end());
    return true;
  });
  REQUIRE(n);
  return out;
}
}  // namespace

TEST_CASE(
    "SR-6 schema 4: a v3 vault keeps its plain attachment hashes and verifies, new ones get the tree digest",
    "[vault][migration][attachment]") {
  TempDir tmp;
  const auto dir = tmp / "v";
  const Bytes old_content = crypto::random_bytes(3 * 64 * 1024 + 99);
  const Bytes new_content = crypto::random_bytes(70000);
  std::string note_id, old_id;
  {
    auto o = fast_options();
    o.schema_version = 3;
    auto v = Vault::create(dir, pass("passphrase one"), o);
    REQUIRE(v);
    auto n = v->add_note(simple_note("before the upgrade"));
    REQUIRE(n);
    note_id = *n;
    std::istringstream in(std::string(as_chars(old_content)));
    auto a = v->add_attachment(note_id, in, "old.bin", "application/octet-stream");
    REQUIRE(a);
    CHECK(a->digest_kind == DigestKind::Blake2b);  // what releases before schema 4 stored
    CHECK(a->digest == crypto::blake2b(old_content));
    old_id = a->id;
  }
  auto v = Vault::unlock(dir, pass("passphrase one"));
  REQUIRE(v);
  CHECK(v->schema_version() == 4);
  CHECK(v->unlock_report().migrated_from_schema == 3);
  auto list = v->attachments(note_id);
  REQUIRE(list);
  REQUIRE(list->size() == 1);
  CHECK((*list)[0].digest_kind == DigestKind::Blake2b);
  CHECK((*list)[0].digest == crypto::blake2b(old_content));
  CHECK(digest_scheme((*list)[0].digest_kind) == "blake2b-256");
  std::istringstream in(std::string(as_chars(new_content)));
  auto added = v->add_attachment(note_id, in, "new.bin", "application/octet-stream");
  REQUIRE(added);
  CHECK(added->digest_kind == DigestKind::Tree);
  CHECK(added->digest == crypto::TreeDigest::of(new_content));
  CHECK(digest_scheme(added->digest_kind) == "amparo-att-tree-v1");
  auto rep = v->verify();
  REQUIRE(rep);
  CHECK(rep->ok());
  CHECK(rep->attachments == 2);
  CHECK(read_back(*v, old_id) == old_content);

  SECTION("a tampered file is caught by verify, old row or new") {
    // Swap the two encrypted files: each still authenticates nothing under the other's key/AD.
    const std::string a = read_all(dir / "files" / old_id);
    const std::string b = read_all(dir / "files" / added->id);
    write_all(dir / "files" / old_id, b);
    write_all(dir / "files" / added->id, a);
    auto bad = v->verify();
    REQUIRE(bad);
    CHECK_FALSE(bad->ok());
    CHECK(bad->damaged_attachments.size() == 2);
  }
  SECTION("SR-5 rekey re-encrypts every attachment and stores the tree digest") {
    REQUIRE(v->rekey_everything(pass("passphrase one")));
    auto after = v->attachments(note_id);
    REQUIRE(after);
    REQUIRE(after->size() == 2);
    for (const auto& a : *after) {
      CHECK(a.digest_kind == DigestKind::Tree);
      CHECK(a.digest == crypto::TreeDigest::of(read_back(*v, a.id)));
    }
    auto ok = v->verify();
    REQUIRE(ok);
    CHECK(ok->ok());
  }
}

TEST_CASE("SR-6 a source that cannot seek still gets the tree digest (second pass)", "[vault][attachment]") {
  // A streambuf without seeking, like a pipe.
  struct Pipe : std::streambuf {
    explicit Pipe(std::string s) : data(std::move(s)) {
      setg(data.data(), data.data(), data.data() + data.size());
    }
    std::string data;
  };
  TempDir tmp;
  auto v = Vault::create(tmp / "v", pass("passphrase one"), fast_options());
  REQUIRE(v);
  auto id = v->add_note(simple_note("piped"));
  REQUIRE(id);
  const Bytes content = crypto::random_bytes(5 * 64 * 1024 + 1);
  Pipe pipe{std::string(as_chars(content))};
  std::istream in(&pipe);
  auto a = v->add_attachment(*id, in, "p.bin", "application/octet-stream");
  REQUIRE(a);
  CHECK(a->digest == crypto::TreeDigest::of(content));
  auto rep = v->verify();
  REQUIRE(rep);
  CHECK(rep->ok());
}

TEST_CASE("SR-15 a quick-capture attachment is merged with the tree digest", "[vault][capture][attachment]") {
  TempDir tmp;
  const auto dir = tmp / "v";
  { REQUIRE(Vault::create(dir, pass("passphrase one"), fast_options())); }
  const Bytes content = crypto::random_bytes(100000);
  std::istringstream in(std::string(as_chars(content)));
  CaptureInput input;
  input.attachment = &in;
  input.attachment_name = "cap.jpg";
  input.attachment_mime = "image/jpeg";
  REQUIRE(Vault::capture(dir, input));
  auto v = Vault::unlock(dir, pass("passphrase one"));
  REQUIRE(v);
  CHECK(v->unlock_report().captures_merged == 1);
  auto notes = v->list_notes();
  REQUIRE(notes);
  REQUIRE(notes->size() == 1);
  auto atts = v->attachments((*notes)[0].id);
  REQUIRE(atts);
  REQUIRE(atts->size() == 1);
  CHECK((*atts)[0].digest_kind == DigestKind::Tree);
  CHECK((*atts)[0].digest == crypto::TreeDigest::of(content));
  auto rep = v->verify();
  REQUIRE(rep);
  CHECK(rep->ok());
}
