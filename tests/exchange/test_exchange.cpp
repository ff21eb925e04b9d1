#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "crypto/encoding.h"
#include "crypto/hash.h"
#include "exchange/card.h"
#include "exchange/digest.h"
#include "exchange/intake.h"
#include "exchange/sender_register.h"
#include "exchange/text.h"
#include "support.h"

using namespace amparo;
using namespace amparo::exchange;
using namespace amparo::exchange::test;
namespace fs = std::filesystem;

#ifndef AMPARO_EXCHANGE_DATA
#error "AMPARO_EXCHANGE_DATA must point at tests/exchange/data"
#endif

namespace {

struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() / ("amparo-exchange-test-" + crypto::random_id(8));
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

ExchangeError code_of(const ExchangeResult<OpenedBundle>& r) {
  REQUIRE_FALSE(r);
  return r.error().code;
}

// A card payload re-signed after editing, so only the field rule under test can fail.
OrgCard resigned(OrgCard card, const OrgKeys& keys) {
  card.signature = crypto::sign_detached(keys.sign.secret_key, signed_bytes(card)).value();
  return card;
}

std::string text_of(const OrgCard& card) {
  return card_text(card);
}

}  // namespace

// ---------------------------------------------------------------------------------------------------
// SR-21

TEST_CASE("SR-21 card self-signature covers every field", "[exchange][SR-21]") {
  const Org org = make_org("Hotline Legal Aid");
  REQUIRE(verify_card(org.card, kNow));
  // Round trip through both text forms.
  auto parsed = read_card_text(card_text(org.card), kNow);
  REQUIRE(parsed);
  CHECK(parsed.value() == org.card);
  auto from_file = read_card_file(card_file(org.card), kNow);
  REQUIRE(from_file);
  CHECK(from_file.value() == org.card);

  // Change each field, keep the old signature: the signature must fail.
  const Org other = make_org("Other");
  std::vector<std::pair<const char*, std::function<void(OrgCard&)>>> edits = {
      {"name", [](OrgCard& c) { c.name = "Hotline Legal Aid."; }},
      {"region", [](OrgCard& c) { c.region = "Texa"; }},
      {"hotline", [](OrgCard& c) { c.hotline = "+1 555 0101"; }},
      {"languages", [](OrgCard& c) { c.languages = "en"; }},
      {"sign key", [&](OrgCard& c) { c.sign_public_key = other.card.sign_public_key; }},
      {"box key", [&](OrgCard& c) { c.box_public_key = other.card.box_public_key; }},
      {"created", [](OrgCard& c) { c.created -= 1; }},
      {"expires", [](OrgCard& c) { c.expires += 1; }},
  };
  for (auto& [name, edit] : edits) {
    INFO(name);
    OrgCard c = org.card;
    edit(c);
    auto v = verify_card(c, kNow);
    REQUIRE_FALSE(v);
    CHECK(v.error().code == ExchangeError::CardBadSignature);
    // ... and through the text form as well.
    auto t = read_card_text(card_text(c), kNow);
    REQUIRE_FALSE(t);
    CHECK(t.error().code == ExchangeError::CardBadSignature);
  }

  // Flip every bit-position class of every byte of the binary payload: never accepted.
  const Bytes payload = encode_card(org.card);
  for (std::size_t i = 0; i < payload.size(); ++i) {
    Bytes p = payload;
    p[i] ^= 0x01;
    auto r = read_card_text(std::string(kCardTextPrefix) + crypto::to_base64url(p), kNow);
    INFO("byte " << i);
    CHECK_FALSE(r);
  }

  // The readable lines of org.card must match the signed payload.
  std::string file = card_file(org.card);
  const auto pos = file.find("name: Hotline Legal Aid");
  std::string spoofed = file;
  spoofed.replace(pos, 23, "name: Hotline Legal Aic");
  auto r = read_card_file(spoofed, kNow);
  REQUIRE_FALSE(r);
  CHECK(r.error().code == ExchangeError::CardFileMismatch);
  std::string dup = file + "name: Hotline Legal Aid\n";
  r = read_card_file(dup, kNow);
  REQUIRE_FALSE(r);
  CHECK(r.error().code == ExchangeError::CardMalformed);
}

TEST_CASE("SR-21 expired / unsigned / oversized cards", "[exchange][SR-21]") {
  const Org org = make_org("Aid", kNow - 2 * kYear, kNow - 10);
  auto r = read_card_text(card_text(org.card), kNow);
  REQUIRE_FALSE(r);
  CHECK(r.error().code == ExchangeError::CardExpired);
  CHECK(describe(r.error().code) == "the organization card has expired");

  const Org future = make_org("Aid", kNow + 7 * 24 * 3600, kNow + kYear);
  r = read_card_text(card_text(future.card), kNow);
  REQUIRE_FALSE(r);
  CHECK(r.error().code == ExchangeError::CardNotYetValid);

  // Unsigned: payload without the signature, or an all-zero signature.
  const Org ok = make_org("Aid");
  OrgCard unsigned_card = ok.card;
  unsigned_card.signature.clear();
  r = read_card_text(card_text(unsigned_card), kNow);
  REQUIRE_FALSE(r);
  CHECK(r.error().code == ExchangeError::CardUnsigned);
  unsigned_card.signature.assign(64, 0);
  r = read_card_text(card_text(unsigned_card), kNow);
  REQUIRE_FALSE(r);
  CHECK(r.error().code == ExchangeError::CardUnsigned);
  // A card file without its card line is unsigned too.
  std::string file = card_file(ok.card);
  file.erase(file.find("card: "));
  r = read_card_file(file, kNow);
  REQUIRE_FALSE(r);
  CHECK(r.error().code == ExchangeError::CardUnsigned);

  // Oversized fields are refused at creation and at parsing (even when correctly signed).
  CardFields f{std::string(CardLimits::kName + 1, 'a'), "", "", "", kNow, kNow + kYear};
  auto made = make_card(f, ok.keys.sign, ok.keys.box.public_key);
  REQUIRE_FALSE(made);
  CHECK(made.error().code == ExchangeError::CardOversized);
  OrgCard big = ok.card;
  big.region = std::string(CardLimits::kRegion + 1, 'r');
  big = resigned(big, ok.keys);
  r = read_card_text(text_of(big), kNow);
  REQUIRE_FALSE(r);
  CHECK(r.error().code == ExchangeError::CardOversized);
  r = read_card_text(std::string(kCardTextPrefix) + std::string(CardLimits::kText, 'A'), kNow);
  REQUIRE_FALSE(r);
  CHECK(r.error().code == ExchangeError::CardOversized);
  r = read_card_file(std::string(CardLimits::kFile + 1, '#'), kNow);
  REQUIRE_FALSE(r);
  CHECK(r.error().code == ExchangeError::CardOversized);
}

TEST_CASE("SR-21 RLO in name refused", "[exchange][SR-21]") {
  const Org org = make_org("Aid");
  const char* bad[] = {"Legal \u202EdiA", "Legal \u202A Aid", "\u2066Aid\u2069", "Aid\u2067", "Aid\nFake",
                       "Aid\x1b[31m",     "Aid\u0085",        "Aid\u2028",       "Aid\xff",   "Aid\xc0\xaf"};
  for (const char* name : bad) {
    INFO(name);
    CHECK_FALSE(is_safe_display_text(name));
    CardFields f{name, "", "", "", kNow - 1, kNow + kYear};
    auto made = make_card(f, org.keys.sign, org.keys.box.public_key);
    REQUIRE_FALSE(made);
    CHECK(made.error().code == ExchangeError::CardBadText);
    // A correctly self-signed card carrying it is refused by the parser too.
    OrgCard c = org.card;
    c.name = name;
    auto r = read_card_text(card_text(resigned(c, org.keys)), kNow);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ExchangeError::CardBadText);
  }
  // Right-to-left scripts themselves are fine (the UI isolates them).
  CHECK(is_safe_display_text("مركز المساعدة القانونية"));
  CHECK(is_safe_display_text("Ayuda Legal — Tejas ñ"));
  CardFields f{"מרכז סיוע", "", "", "he,en", kNow - 1, kNow + kYear};
  CHECK(make_card(f, org.keys.sign, org.keys.box.public_key));
}

// ---------------------------------------------------------------------------------------------------
// SR-22

TEST_CASE("SR-22 safety number vectors", "[exchange][SR-22]") {
  std::ifstream in(fs::path(AMPARO_EXCHANGE_DATA) / "safety-number-vectors.txt");
  REQUIRE(in);
  std::string line;
  int orgs = 0, senders = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream ls(line);
    std::string kind, spk, bpk;
    ls >> kind >> spk >> bpk;
    std::string rest;
    std::getline(ls, rest);
    rest = rest.substr(1);
    const Bytes s = crypto::from_hex(spk).value();
    if (kind == "org") {
      const Bytes b = crypto::from_hex(bpk).value();
      const auto bar = rest.find(" | fingerprint ");
      CHECK(safety_number(s, b) == rest.substr(0, bar));
      CHECK(crypto::to_hex(recipient_fingerprint(s, b)) == rest.substr(bar + 15));
      ++orgs;
    } else if (kind == "sender") {
      CHECK(sender_number(s) == rest);
      ++senders;
    }
  }
  CHECK(orgs == 4);
  CHECK(senders == 2);

  // The committed vector card (used by the CLI tests as well) shows the same number in its file.
  std::ifstream cf(fs::path(AMPARO_EXCHANGE_DATA) / "vector-org.card");
  REQUIRE(cf);
  std::stringstream ss;
  ss << cf.rdbuf();
  auto card = read_card_file(ss.str(), kNow);
  REQUIRE(card);
  std::ifstream ef(fs::path(AMPARO_EXCHANGE_DATA) / "vector-org.safety-number");
  std::string expected;
  std::getline(ef, expected);
  CHECK(safety_number(card.value()) == expected);
  // Format: 6 groups of 5 digits.
  REQUIRE(expected.size() == 35);
  for (std::size_t i = 0; i < expected.size(); ++i) {
    CHECK((i % 6 == 5 ? expected[i] == ' ' : (expected[i] >= '0' && expected[i] <= '9')));
  }
}

TEST_CASE("SR-22 changed key blocks export", "[exchange][SR-22]") {
  const Org org = make_org("Hotline Legal Aid");
  auto first = update_trust(std::nullopt, org.card);
  CHECK(first.change == CardChange::New);
  auto gate = check_export_allowed(first.record, kNow);
  REQUIRE_FALSE(gate);
  CHECK(gate.error().code == ExchangeError::NotConfirmed);
  confirm(first.record);
  CHECK(check_export_allowed(first.record, kNow));

  // Same keys, renewed dates: stays confirmed.
  CardFields f{org.card.name, org.card.region, org.card.hotline, org.card.languages, kNow, kNow + 2 * kYear};
  auto renewed_card = make_card(f, org.keys.sign, org.keys.box.public_key).value();
  auto renewed = update_trust(first.record, renewed_card);
  CHECK(renewed.change == CardChange::Renewed);
  CHECK(check_export_allowed(renewed.record, kNow));
  CHECK(update_trust(first.record, org.card).change == CardChange::Same);

  // New keys under the same name: loud KeyChanged, export blocked until confirmed.
  const Org impostor = make_org("Hotline Legal Aid");
  auto changed = update_trust(renewed.record, impostor.card);
  CHECK(changed.change == CardChange::KeyChanged);
  CHECK(changed.record.previous_safety_number == safety_number(org.card));
  gate = check_export_allowed(changed.record, kNow);
  REQUIRE_FALSE(gate);
  CHECK(gate.error().code == ExchangeError::KeyChanged);
  // Re-presenting yet another card keeps the originally confirmed number as "previous".
  auto again = update_trust(changed.record, make_org("Hotline Legal Aid").card);
  CHECK(again.record.previous_safety_number == safety_number(org.card));
  confirm(changed.record);
  CHECK(check_export_allowed(changed.record, kNow));
  // An expired confirmed card is still refused.
  CHECK_FALSE(check_export_allowed(changed.record, impostor.card.expires + 1));
}

// ---------------------------------------------------------------------------------------------------
// SR-23

TEST_CASE("SR-23 round trip", "[exchange][SR-23]") {
  const Org org = make_org("Aid");
  MemorySource src;
  const auto n1 = src.add_note({"first draft", "second draft", "final version with ñ and 中文"});
  const auto n2 = src.add_note({"another note"});
  Bytes big(200 * 1024 + 7);
  crypto::random_fill(big);
  src.add_attachment(n1, big, "../../etc/passwd");
  src.add_attachment(n1, {}, "empty.txt");
  src.add_attachment(n2, to_vec("hello"), "note.txt");

  std::ostringstream out;
  ExportOptions opts;
  opts.now = kNow;
  auto summary = write_bundle(src, org.card, out, opts);
  REQUIRE(summary);
  CHECK(summary.value().notes == 2);
  CHECK(summary.value().revisions == 4);
  CHECK(summary.value().attachments == 3);
  const Bytes bundle = to_vec(out.str());
  CHECK(summary.value().bytes_written == bundle.size());

  // No sender key, no plaintext in clear.
  const Bytes sender = src.signing_public_key();
  CHECK(std::search(bundle.begin(), bundle.end(), sender.begin(), sender.end()) == bundle.end());
  const std::string marker = "final version";
  CHECK(std::search(bundle.begin(), bundle.end(), marker.begin(), marker.end()) == bundle.end());
  // The sealed file key is exactly 80 bytes at its documented place; the header carries the fingerprint.
  CHECK(kBundleHeaderSize == 146);
  const Bytes fp = recipient_fingerprint(org.card);
  CHECK(std::equal(fp.begin(), fp.end(), bundle.begin() + 10));

  struct Collect final : AttachmentSink {
    std::vector<Bytes> files;
    ExchangeResult<void> begin(std::size_t, const SourceAttachment&) override {
      files.emplace_back();
      return {};
    }
    ExchangeResult<void> write(ByteView d) override {
      append_bytes(files.back(), d);
      return {};
    }
    ExchangeResult<void> end() override { return {}; }
  } sink;
  std::istringstream in(out.str());
  auto opened = open_bundle(in, org.keys, &sink);
  REQUIRE(opened);
  const auto& b = opened.value();
  CHECK(b.bundle_id == summary.value().bundle_id);
  CHECK(b.sender_public_key == sender);
  REQUIRE(b.notes.size() == 2);
  CHECK(b.notes[0].id == n1);
  REQUIRE(b.notes[0].revisions.size() == 3);
  for (std::size_t k = 0; k < 3; ++k) {
    CHECK(b.notes[0].revisions[k].canonical == src.revisions(n1)[k].canonical);
    CHECK(b.notes[0].revisions[k].hash == src.revisions(n1)[k].hash);
  }
  CHECK(vault::view(b.notes[0].revisions[2].content.fields.narrative) == "final version with ñ and 中文");
  CHECK(b.notes[0].revisions[0].previous_hash == vault::genesis_hash());
  REQUIRE(sink.files.size() == 3);
  CHECK(sink.files[0] == big);
  CHECK(sink.files[1].empty());
  CHECK(sink.files[2] == to_vec("hello"));
  CHECK(b.attachments[0].content_hash == AttachmentDigest::of(big));
  CHECK(b.attachments[0].name == "../../etc/passwd");
  CHECK(attachment_file_name(0, b.attachments[0].name) == "attachments/001-_.._etc_passwd");

  // Selected notes only; unknown ids and empty vaults are errors.
  opts.note_ids = {n2};
  std::ostringstream one;
  REQUIRE(write_bundle(src, org.card, one, opts));
  auto only = open_bytes(to_vec(one.str()), org.keys);
  REQUIRE(only);
  CHECK(only.value().notes.size() == 1);
  CHECK(only.value().attachments.size() == 1);
  MemorySource empty;
  std::ostringstream e;
  opts.note_ids.clear();
  auto nothing = write_bundle(empty, org.card, e, opts);
  REQUIRE_FALSE(nothing);
  CHECK(nothing.error().code == ExchangeError::NothingToExport);
  // Exporting to an expired card is refused.
  opts.now = org.card.expires + 1;
  auto expired = write_bundle(src, org.card, e, opts);
  REQUIRE_FALSE(expired);
  CHECK(expired.error().code == ExchangeError::CardExpired);
}

TEST_CASE("SR-23 every byte region flipped is detected", "[exchange][SR-23]") {
  const Org org = make_org("Aid");
  MemorySource src;
  const auto n = src.add_note({"one", "two"});
  Bytes content(150 * 1024);
  crypto::random_fill(content);
  src.add_attachment(n, content);
  const Bytes bundle = export_bytes(src, org.card);
  const auto spans = chunk_spans(bundle);
  REQUIRE(spans.size() == 3);
  REQUIRE(open_bytes(bundle, org.keys));

  struct Region {
    const char* name;
    std::size_t offset;
    ExchangeError expected;
  };
  const std::vector<Region> regions = {
      {"magic", 0, ExchangeError::NotABundle},
      {"magic end", 7, ExchangeError::NotABundle},
      {"version", 8, ExchangeError::BundleUnsupportedVersion},
      {"version high", 9, ExchangeError::BundleUnsupportedVersion},
      {"fingerprint", 10, ExchangeError::WrongRecipient},
      {"fingerprint end", 41, ExchangeError::WrongRecipient},
      {"sealed key: ephemeral key", 42, ExchangeError::FileKeyUnsealFailed},
      {"sealed key: ciphertext", 42 + 40, ExchangeError::FileKeyUnsealFailed},
      {"sealed key: MAC", 121, ExchangeError::FileKeyUnsealFailed},
      {"stream header", 122, ExchangeError::ChunkAuthFailed},
      {"stream header end", 145, ExchangeError::ChunkAuthFailed},
      {"chunk 0 start", spans[0].first, ExchangeError::ChunkAuthFailed},
      {"chunk 0 middle", spans[0].first + 30000, ExchangeError::ChunkAuthFailed},
      {"chunk 0 MAC", spans[0].first + spans[0].second - 1, ExchangeError::ChunkAuthFailed},
      {"chunk 1", spans[1].first + 100, ExchangeError::ChunkAuthFailed},
      {"final chunk", spans[2].first + 5, ExchangeError::ChunkAuthFailed},
      {"final chunk MAC", bundle.size() - 1, ExchangeError::ChunkAuthFailed},
  };
  for (const auto& region : regions) {
    for (std::uint8_t mask : {std::uint8_t{0x01}, std::uint8_t{0x80}}) {
      Bytes b = bundle;
      b[region.offset] ^= mask;
      INFO(region.name << " mask " << int(mask));
      auto r = open_bytes(b, org.keys);
      CHECK(code_of(r) == region.expected);
    }
  }
  // Exhaustive over the header, sampled over the body: nothing flipped is ever accepted.
  for (std::size_t i = 0; i < bundle.size(); i += (i < kBundleHeaderSize ? 1 : 997)) {
    Bytes b = bundle;
    b[i] ^= 0x20;
    INFO("offset " << i);
    CHECK_FALSE(open_bytes(b, org.keys));
  }
  // Bytes appended after a short final chunk extend that chunk, which then fails authentication.
  Bytes extra = bundle;
  extra.push_back(0);
  CHECK(code_of(open_bytes(extra, org.keys)) == ExchangeError::ChunkAuthFailed);
  // Wrong recipient key altogether.
  const Org other = make_org("Other");
  CHECK(code_of(open_bytes(bundle, other.keys)) == ExchangeError::WrongRecipient);
}

TEST_CASE("SR-23 truncated / reordered chunks", "[exchange][SR-23]") {
  const Org org = make_org("Aid");
  MemorySource src;
  const auto n = src.add_note({"one"});
  Bytes content(200 * 1024);
  crypto::random_fill(content);
  src.add_attachment(n, content);
  const Bytes bundle = export_bytes(src, org.card);
  const auto spans = chunk_spans(bundle);
  REQUIRE(spans.size() == 4);

  // Cut at a chunk boundary (final chunk missing), inside the header, inside a chunk, to nothing.
  CHECK(code_of(open_bytes(
            Bytes(bundle.begin(), bundle.begin() + static_cast<std::ptrdiff_t>(spans[3].first)), org.keys)) ==
        ExchangeError::BundleTruncated);
  CHECK(code_of(open_bytes(
            Bytes(bundle.begin(), bundle.begin() + static_cast<std::ptrdiff_t>(spans[1].first)), org.keys)) ==
        ExchangeError::BundleTruncated);
  CHECK(code_of(open_bytes(Bytes(bundle.begin(), bundle.begin() + kBundleHeaderSize), org.keys)) ==
        ExchangeError::BundleTruncated);
  CHECK(code_of(open_bytes(Bytes(bundle.begin(), bundle.begin() + 100), org.keys)) ==
        ExchangeError::BundleTruncated);
  CHECK(code_of(open_bytes(Bytes(bundle.begin(), bundle.end() - 1), org.keys)) ==
        ExchangeError::ChunkAuthFailed);
  CHECK(code_of(open_bytes(
            Bytes(bundle.begin(), bundle.begin() + static_cast<std::ptrdiff_t>(spans[1].first + 10)),
            org.keys)) == ExchangeError::BundleTruncated);
  CHECK(code_of(open_bytes(
            Bytes(bundle.begin(), bundle.begin() + static_cast<std::ptrdiff_t>(spans[1].first + 100)),
            org.keys)) == ExchangeError::ChunkAuthFailed);
  CHECK(code_of(open_bytes(Bytes(), org.keys)) == ExchangeError::NotABundle);

  // Swap chunks 1 and 2; drop chunk 1; duplicate chunk 0.
  auto rebuild = [&](std::vector<std::size_t> order) {
    Bytes b(bundle.begin(), bundle.begin() + kBundleHeaderSize);
    for (auto i : order) {
      b.insert(b.end(), bundle.begin() + static_cast<std::ptrdiff_t>(spans[i].first),
               bundle.begin() + static_cast<std::ptrdiff_t>(spans[i].first + spans[i].second));
    }
    return b;
  };
  auto swapped = open_bytes(rebuild({0, 2, 1, 3}), org.keys);
  CHECK(code_of(swapped) == ExchangeError::ChunkAuthFailed);
  CHECK(swapped.error().detail == "chunk 1");
  CHECK(code_of(open_bytes(rebuild({0, 2, 3}), org.keys)) == ExchangeError::ChunkAuthFailed);
  CHECK(code_of(open_bytes(rebuild({0, 0, 1, 2, 3}), org.keys)) == ExchangeError::ChunkAuthFailed);
  CHECK(code_of(open_bytes(rebuild({0, 1, 2, 3, 3}), org.keys)) == ExchangeError::ChunkAuthFailed);
  // A full-size final chunk followed by more bytes: trailing data. Craft a plaintext whose record
  // stream fills the final chunk exactly.
  {
    Bytes exact(kBundleChunkSize, 0);
    Bytes sealed = seal_plaintext(exact, org.card);
    REQUIRE(sealed.size() == kBundleHeaderSize + kCt);
    sealed.push_back(1);
    CHECK(code_of(open_bytes(sealed, org.keys)) == ExchangeError::BundleTrailingData);
  }
  // A chunk from another bundle to the same organization (same position) fails too.
  const Bytes other = export_bytes(src, org.card);
  Bytes mixed = bundle;
  std::copy(other.begin() + static_cast<std::ptrdiff_t>(spans[1].first),
            other.begin() + static_cast<std::ptrdiff_t>(spans[1].first + spans[1].second),
            mixed.begin() + static_cast<std::ptrdiff_t>(spans[1].first));
  CHECK(code_of(open_bytes(mixed, org.keys)) == ExchangeError::ChunkAuthFailed);
}

TEST_CASE("SR-23 bundle re-sealed to another org fails the recipient check", "[exchange][SR-23]") {
  const Org a = make_org("Org A");
  const Org b = make_org("Org B");
  MemorySource src;
  src.add_note({"for A only"});
  const Bytes bundle = export_bytes(src, a.card);
  // Org A (or anyone holding its key) decrypts and re-encrypts the signed content to org B.
  const Bytes plain = decrypt_plaintext(bundle, a.keys);
  REQUIRE(open_bytes(seal_plaintext(plain, a.card), a.keys));  // the helper itself is faithful
  const Bytes resealed = seal_plaintext(plain, b.card);
  auto r = open_bytes(resealed, b.keys);
  CHECK(code_of(r) == ExchangeError::RecipientMismatch);
  // Swapping only the header fingerprint to B's: B is not the recipient of the sealed key.
  Bytes forged = bundle;
  const Bytes fpb = recipient_fingerprint(b.card);
  std::copy(fpb.begin(), fpb.end(), forged.begin() + 10);
  CHECK(code_of(open_bytes(forged, b.keys)) == ExchangeError::FileKeyUnsealFailed);
  CHECK(code_of(open_bytes(forged, a.keys)) == ExchangeError::WrongRecipient);

  // Tampering with the signed manifest (re-encrypted by someone without the vault key) is caught.
  Bytes tampered = plain;
  tampered[tampered.size() - 70] ^= 1;  // inside the manifest, before the signature
  auto t = open_bytes(seal_plaintext(tampered, a.card), a.keys);
  REQUIRE_FALSE(t);
  CHECK((t.error().code == ExchangeError::BadSenderSignature ||
         t.error().code == ExchangeError::BundleMalformed));
  Bytes bad_sig = plain;
  bad_sig[bad_sig.size() - 1] ^= 1;  // the signature
  CHECK(code_of(open_bytes(seal_plaintext(bad_sig, a.card), a.keys)) == ExchangeError::BadSenderSignature);
  // Changing a note record body (re-encrypted) breaks the manifest's item hash.
  Bytes body = plain;
  const std::string needle = "for A only";
  auto it = std::search(body.begin(), body.end(), needle.begin(), needle.end());
  REQUIRE(it != body.end());
  *it = 'F';
  CHECK(code_of(open_bytes(seal_plaintext(body, a.card), a.keys)) == ExchangeError::ManifestMismatch);
}

TEST_CASE("SR-23 broken vault chains are refused at export and at intake", "[exchange][SR-23][SR-24]") {
  const Org org = make_org("Aid");
  MemorySource src;
  const auto n = src.add_note({"one", "two"});
  src.revisions(n)[1].hash[0] ^= 1;
  std::ostringstream out;
  ExportOptions opts;
  opts.now = kNow;
  auto r = write_bundle(src, org.card, out, opts);
  REQUIRE_FALSE(r);
  CHECK(r.error().code == ExchangeError::ChainBroken);
}

// ---------------------------------------------------------------------------------------------------
// SR-24

TEST_CASE("SR-24 bad bundles leave no output", "[exchange][SR-24]") {
  TempDir tmp;
  const Org org = make_org("Aid");
  MemorySource src;
  const auto n = src.add_note({"one", "two"});
  Bytes content(300 * 1024);
  crypto::random_fill(content);
  src.add_attachment(n, content, "video.mp4");
  const Bytes bundle = export_bytes(src, org.card);
  const auto spans = chunk_spans(bundle);

  auto write = [&](const Bytes& b) {
    const fs::path p = tmp.path / ("b-" + crypto::random_id(4) + ".amparo");
    std::ofstream(p, std::ios::binary)
        .write(reinterpret_cast<const char*>(b.data()), static_cast<std::streamsize>(b.size()));
    return p;
  };
  auto dir_entries = [&] {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(tmp.path)) names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
  };

  std::vector<Bytes> bad;
  Bytes b = bundle;
  b[spans.back().first + 3] ^= 1;  // last chunk: the attachment has been streamed to disk already
  bad.push_back(b);
  bad.emplace_back(bundle.begin(), bundle.begin() + static_cast<std::ptrdiff_t>(spans.back().first));
  b = bundle;
  b[20] ^= 1;
  bad.push_back(b);
  bad.push_back(seal_plaintext(decrypt_plaintext(bundle, org.keys), make_org("Other").card));
  for (const auto& bytes : bad) {
    const fs::path p = write(bytes);
    const auto before = dir_entries();
    auto r = open_to_folder(p, org.keys, tmp.path / "out", tmp.path / "senders.txt", kNow);
    REQUIRE_FALSE(r);
    CHECK_FALSE(fs::exists(tmp.path / "out"));
    CHECK(dir_entries() == before);  // no staging folder, no register left behind
  }
  // The good one opens, once; the output folder must not exist beforehand.
  const fs::path good = write(bundle);
  auto ok = open_to_folder(good, org.keys, tmp.path / "out", tmp.path / "senders.txt", kNow);
  REQUIRE(ok);
  CHECK(fs::exists(tmp.path / "out" / "report.json"));
  CHECK(fs::file_size(tmp.path / "out" / ok.value().attachment_files[0]) == content.size());
  auto again = open_to_folder(good, org.keys, tmp.path / "out", tmp.path / "senders.txt", kNow);
  REQUIRE_FALSE(again);
  CHECK(again.error().code == ExchangeError::OutputExists);
  // A failing report writer (e.g. the PDF) also leaves nothing.
  auto failing = open_to_folder(good, org.keys, tmp.path / "out2", {}, kNow,
                                [](const IntakeResult&, const fs::path&) -> ExchangeResult<void> {
                                  return make_error(ExchangeError::Io, "pdf");
                                });
  REQUIRE_FALSE(failing);
  CHECK_FALSE(fs::exists(tmp.path / "out2"));
  // report.json schema essentials.
  std::ifstream rj(tmp.path / "out" / "report.json");
  auto j = nlohmann::json::parse(rj);
  CHECK(j["format"] == "amparo-intake-report");
  CHECK(j["notes"][0]["revisions"].size() == 2);
  CHECK(j["notes"][0]["fields"]["narrative"] == "two");
  CHECK(j["notes"][0]["revisions"][0]["fields"]["narrative"] == "one");
  CHECK(j["notes"][0]["attachments"][0]["file"] == "attachments/001-video.mp4");
  CHECK(j["notes"][0]["chain_status"] == "intact");
}

TEST_CASE("SR-24 same sender is recognised", "[exchange][SR-24]") {
  TempDir tmp;
  const Org org = make_org("Aid");
  MemorySource phone1, phone2;
  phone1.add_note({"a"});
  phone2.add_note({"b"});
  const fs::path reg = tmp.path / "senders.txt";
  auto open_one = [&](MemorySource& s, const std::string& out) {
    const Bytes b = export_bytes(s, org.card);
    const fs::path p = tmp.path / (out + ".amparo");
    std::ofstream(p, std::ios::binary)
        .write(reinterpret_cast<const char*>(b.data()), static_cast<std::streamsize>(b.size()));
    auto r = open_to_folder(p, org.keys, tmp.path / out, reg, kNow);
    REQUIRE(r);
    return r.value();
  };
  auto first = open_one(phone1, "o1");
  CHECK(first.continuity == "new sender");
  auto second = open_one(phone1, "o2");
  CHECK(second.continuity ==
        "same sender as bundle " + crypto::to_hex(first.bundle.bundle_id) + " (1 bundle opened before)");
  CHECK(second.verdict.find("VERIFIED") == 0);
  CHECK(second.verdict.find(sender_number(phone1.signing_public_key())) != std::string::npos);
  auto third = open_one(phone2, "o3");
  CHECK(third.continuity == "new sender");
  auto fourth = open_one(phone1, "o4");
  CHECK(fourth.continuity.find("(2 bundles opened before)") != std::string::npos);
  auto loaded = SenderRegister::load(reg);
  REQUIRE(loaded);
  CHECK(loaded.value().entries().size() == 2);
  // verify_file reports continuity but records nothing.
  const auto size_before = fs::file_size(reg);
  auto v = verify_file(tmp.path / "o4.amparo", org.keys, reg);
  REQUIRE(v);
  CHECK(fs::file_size(reg) == size_before);
}

// ---------------------------------------------------------------------------------------------------
// SR-28

TEST_CASE("SR-28 parser caps", "[exchange][SR-28]") {
  const Org org = make_org("Aid");
  // Card: a field length claiming 4 GiB is refused before allocation.
  Bytes payload = encode_card(org.card);
  payload[1] = payload[2] = payload[3] = payload[4] = 0xff;
  auto c = decode_card(payload);
  REQUIRE_FALSE(c);
  CHECK(c.error().code == ExchangeError::CardOversized);
  Bytes trailing = encode_card(org.card);
  trailing.push_back(0);
  c = decode_card(trailing);
  REQUIRE_FALSE(c);
  // Non-canonical base64 (non-zero pad bits / padding / whitespace).
  std::string text = card_text(org.card);
  CHECK_FALSE(read_card_text(text + "=", kNow));
  CHECK_FALSE(read_card_text(text.substr(0, 20) + " " + text.substr(20), kNow));
  CHECK_FALSE(read_card_text("AMPARO-ORG2:" + text.substr(12), kNow));
  // Wrong key lengths: payload shortened inside the keys.
  Bytes short_keys = encode_card(org.card);
  short_keys.resize(short_keys.size() - 64 - 16 - 1);
  CHECK_FALSE(decode_card(short_keys));

  // Bundles: records crafted inside a valid stream with absurd lengths are refused, not allocated.
  MemorySource src;
  src.add_note({"x"});
  const Bytes plain = decrypt_plaintext(export_bytes(src, org.card), org.keys);
  auto with = [&](std::size_t offset, std::uint32_t value) {
    Bytes p = plain;
    p[offset] = static_cast<std::uint8_t>(value);
    p[offset + 1] = static_cast<std::uint8_t>(value >> 8);
    p[offset + 2] = static_cast<std::uint8_t>(value >> 16);
    p[offset + 3] = static_cast<std::uint8_t>(value >> 24);
    return open_bytes(seal_plaintext(p, org.card), org.keys);
  };
  CHECK(code_of(with(1, 0xffffffffu)) == ExchangeError::BundleOversized);  // info record length
  // The info record declares the counts: 10,001 notes is over the cap.
  const std::size_t info_len = read_u32le(plain.data() + 1);
  CHECK(code_of(with(5 + info_len - 8, 10001)) == ExchangeError::BundleOversized);
  // Note record length over 64 MiB.
  CHECK(code_of(with(5 + info_len + 1, 0x7fffffffu)) == ExchangeError::BundleOversized);
  // Unknown record kind.
  Bytes unknown = plain;
  unknown[5 + info_len] = 'Z';
  CHECK(code_of(open_bytes(seal_plaintext(unknown, org.card), org.keys)) == ExchangeError::BundleMalformed);
  // Records after the manifest.
  Bytes after = plain;
  after.push_back('I');
  CHECK(code_of(open_bytes(seal_plaintext(after, org.card), org.keys)) == ExchangeError::BundleMalformed);

  // org.secret: exact size, magic, KDF window checked before the KDF runs.
  auto pass = crypto::SecretBuffer::copy_of(std::string_view("correct horse battery"));
  auto sealed = seal_org_secret(org.keys, pass, crypto::KdfParams::interactive());
  REQUIRE(sealed);
  CHECK(sealed.value().size() == kOrgSecretFileSize);
  auto opened = open_org_secret(sealed.value(), pass);
  REQUIRE(opened);
  CHECK(opened.value().fingerprint() == org.keys.fingerprint());
  auto wrong = open_org_secret(sealed.value(), crypto::SecretBuffer::copy_of(std::string_view("wrong")));
  REQUIRE_FALSE(wrong);
  CHECK(wrong.error().code == ExchangeError::WrongPassphrase);
  Bytes longer = sealed.value();
  longer.push_back(0);
  CHECK(open_org_secret(longer, pass).error().code == ExchangeError::SecretKeyMalformed);
  Bytes greedy = sealed.value();
  greedy[9 + 8 + 7] = 0x40;  // memlimit far over 1 GiB
  CHECK(open_org_secret(greedy, pass).error().code == ExchangeError::SecretKeyMalformed);
}
