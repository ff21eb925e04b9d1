// Text helpers: UTF-8 checks, folding for search, markup/URL detection, hotline numbers.
#include <catch2/catch.hpp>

#include "rights/text.h"

using namespace amparo::rights;

TEST_CASE("search folding removes Latin accents and case, keeps other scripts", "[rights][text]") {
  CHECK(text::fold("Deténgase") == "detengase");
  CHECK(text::fold("ÁÉÍÓÚ áéíóú Ññ Üü Çç") == "aeiou aeiou nn uu cc");
  CHECK(text::fold("Straße Œuvre Æsir Þorn") == "strasse oeuvre aesir thorn");
  CHECK(text::fold("Łódź Ångström İstanbul Čeština") == "lodz angstrom istanbul cestina");
  CHECK(text::fold("Tiếng Việt Người") == "tieng viet nguoi");
  CHECK(text::fold("Cafe\xcc\x81") == "cafe");    // combining acute (NFD)
  CHECK(text::fold("ＡＢＣ１２３") == "abc123");  // full-width
  CHECK(text::fold("  don\xe2\x80\x99t \t stop  ") == "don't stop");
  CHECK(text::fold("ПРИВЕТ Ёж") == "привет ёж");
  CHECK(text::fold("保持沉默") == "保持沉默");
  CHECK(text::fold("حقوق") == "حقوق");
  CHECK(text::fold("a\xff"
                   "b") == "ab");  // invalid byte dropped, output stays UTF-8
  CHECK(text::valid_utf8(text::fold("\xe4\xbd")));
}

TEST_CASE("UTF-8 validation and character counts", "[rights][text]") {
  CHECK(text::valid_utf8("ñ 保 😀"));
  CHECK_FALSE(text::valid_utf8("\xc0\xaf"));          // overlong
  CHECK_FALSE(text::valid_utf8("\xed\xa0\x80"));      // surrogate
  CHECK_FALSE(text::valid_utf8("\xf4\x90\x80\x80"));  // > U+10FFFF
  CHECK(text::code_points("ñandú 保") == 7);
}

TEST_CASE("SR-27 forbidden characters, markup and URL detection", "[rights][text][SR-27]") {
  CHECK_FALSE(text::find_forbidden("Plain text, ñ, 保, \xe2\x80\x8f (RLM is fine)"));
  CHECK(text::find_forbidden("a\nb") == 1u);
  CHECK(text::find_forbidden("ab\xe2\x80\xae") == 2u);  // RLO
  CHECK(text::find_forbidden("\xe2\x81\xa7") == 0u);    // RLI
  CHECK(text::find_forbidden("x\xc2\x85") == 1u);       // NEL (C1)
  CHECK(text::looks_like_markup("<b>hi</b>"));
  CHECK(text::looks_like_markup("a &amp; b"));
  CHECK(text::looks_like_markup("<!-- x -->"));
  CHECK_FALSE(text::looks_like_markup("1 < 2 and 3 > 2, salt & pepper"));
  CHECK(text::contains_url("see HTTPS://x.org"));
  CHECK(text::contains_url("www.example.org"));
  CHECK_FALSE(text::contains_url("Call a legal aid hotline."));
  CHECK_FALSE(text::contains_url("Phones keep metadata: times. Data: yours."));
  CHECK(text::contains_url("tel:+18005550100"));
  CHECK(text::placeholders("Hi {name}, call {org_1} {Bad} {}") ==
        std::vector<std::string>{"{name}", "{org_1}"});
  CHECK(text::valid_hotline_number("+1 (800) 555-0100"));
  CHECK(text::valid_hotline_number("911"));
  CHECK_FALSE(text::valid_hotline_number("1-800-LAWYERS"));
  CHECK_FALSE(text::valid_hotline_number("+1 800 +1"));
}
