// amparo-intake's building blocks: QR (decoded back with ZXing), CSV quoting and formula guard,
// the PDF writer's encoding.
#include <catch2/catch.hpp>

#define ZX_USE_UTF8 1
#include <ReadBarcode.h>

#include "csv.h"
#include "exchange/card.h"
#include "pdf.h"
#include "qr_png.h"
#include "support.h"

using namespace amparo;
using namespace amparo::exchange::test;

TEST_CASE("SR-21 QR code of a card decodes back to a card that verifies", "[exchange][SR-21][qr]") {
  const Org org = make_org("Ayuda Legal del Valle — Tejas");
  const std::string text = exchange::card_text(org.card);
  auto image = tools::qr_image(text, 4);
  REQUIRE(image);
  ZXing::DecodeHints hints;
  hints.setFormats(ZXing::BarcodeFormat::QRCode);
  auto result = ZXing::ReadBarcode(ZXing::ImageView(image->pixels.data(), static_cast<int>(image->size),
                                                    static_cast<int>(image->size), ZXing::ImageFormat::Lum),
                                   hints);
  REQUIRE(result.isValid());
  CHECK(result.text() == text);
  auto card = exchange::read_card_text(result.text(), kNow);
  REQUIRE(card);
  CHECK(card.value() == org.card);
  // The largest possible card still fits one QR code.
  exchange::CardFields f{std::string(exchange::CardLimits::kName, 'n'),
                         std::string(exchange::CardLimits::kRegion, 'r'),
                         std::string(exchange::CardLimits::kHotline, '1'),
                         "en,es,fr,de,it,pt,zh,ar",
                         kNow,
                         kNow + kYear};
  auto big = exchange::make_card(f, org.keys.sign, org.keys.box.public_key);
  REQUIRE(big);
  CHECK(tools::qr_image(exchange::card_text(big.value()), 2));
  const auto png = tools::qr_png(text);
  REQUIRE(png);
  CHECK(png->size() > 8);
  CHECK((*png)[1] == 'P');
}

TEST_CASE("CSV cells are quoted and guarded against formula injection", "[exchange][csv]") {
  CHECK(tools::csv_cell("plain") == "\"plain\"");
  CHECK(tools::csv_cell("say \"no\"") == "\"say \"\"no\"\"\"");
  CHECK(tools::csv_cell("a,b\nc") == "\"a,b\nc\"");
  CHECK(tools::csv_cell("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"");
  CHECK(tools::csv_cell("+1 555") == "\"'+1 555\"");
  CHECK(tools::csv_cell("-2+3") == "\"'-2+3\"");
  CHECK(tools::csv_cell("@SUM(A1)") == "\"'@SUM(A1)\"");
  CHECK(tools::csv_cell("\tx") == "\"'\tx\"");
  CHECK(tools::csv_cell("") == "\"\"");
  std::string error;
  CHECK_FALSE(tools::csv_rows(nlohmann::json::object(), error));
  CHECK_FALSE(error.empty());
}

TEST_CASE("PDF text is WinAnsi and other scripts are flagged", "[exchange][pdf]") {
  bool replaced = false;
  CHECK(tools::PdfWriter::to_winansi("Ñandú — ‘a’ €", replaced) ==
        "\xd1"
        "and\xfa \x97 \x91"
        "a\x92 \x80");
  CHECK_FALSE(replaced);
  CHECK(tools::PdfWriter::to_winansi("中文", replaced) == "??");
  CHECK(replaced);
  replaced = false;
  CHECK(tools::PdfWriter::to_winansi("a\u202Eb\x01", replaced) == "ab");
  CHECK_FALSE(replaced);
  tools::PdfWriter pdf("header (with parens)");
  for (int i = 0; i < 200; ++i) pdf.paragraph("line " + std::to_string(i) + " (x) \\ end");
  const Bytes doc = pdf.finish();
  const std::string s(doc.begin(), doc.end());
  CHECK(s.rfind("%PDF-1.4", 0) == 0);
  CHECK(s.find("/Count 4") != std::string::npos);
  CHECK(s.find("\\(x\\) \\\\ end") != std::string::npos);
  CHECK(s.substr(s.size() - 6) == "%%EOF\n");
}
