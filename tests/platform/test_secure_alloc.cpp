// SR-10: the replaced operator delete zeroes every freed block. The free observer runs after the
// wipe and before free(), so the test reads only live memory (no use-after-free).
#include <array>
#include <catch2/catch.hpp>
#include <cstddef>
#include <cstring>
#include <memory>
#include <new>
#include <string>
#include <vector>

#include "platform/secure_alloc/secure_alloc.h"

namespace sa = amparo::platform::secure_alloc;

namespace {

// Observer state: which block to watch, and what it looked like at the moment of the wipe.
const void* g_watched = nullptr;
bool g_seen = false;
bool g_all_zero = false;
std::size_t g_zeroed = 0;

void observe(const void* block, std::size_t zeroed) noexcept {
  if (block != g_watched) return;
  g_seen = true;
  g_zeroed = zeroed;
  const auto* bytes = static_cast<const unsigned char*>(block);
  g_all_zero = true;
  for (std::size_t i = 0; i < zeroed; ++i) g_all_zero = g_all_zero && bytes[i] == 0;
}

void watch(const void* block) {
  g_watched = block;
  g_seen = false;
  g_all_zero = false;
  g_zeroed = 0;
  sa::set_free_observer(&observe);
}

void check_wiped(std::size_t at_least) {
  sa::set_free_observer(nullptr);
  CHECK(g_seen);
  CHECK(g_all_zero);
  CHECK(g_zeroed >= at_least);
}

}  // namespace

TEST_CASE("SR-10 secure_free zeroes the whole usable block") {
  void* block = std::malloc(100);
  REQUIRE(block != nullptr);
  std::memset(block, 'M', 100);
  watch(block);
  CHECK(sa::secure_free(block) >= 100);
  check_wiped(100);
  CHECK(sa::secure_free(nullptr) == 0);
}

TEST_CASE("SR-10 operator delete zeroes freed memory") {
  if (!sa::replaced()) {
    WARN("operator new/delete are not replaced in this build (sanitizer): nothing to check");
    return;
  }
  SECTION("single object") {
    auto* marker = new std::array<char, 64>;
    marker->fill('S');
    watch(marker);
    delete marker;  // sized delete
    check_wiped(64);
  }
  SECTION("array") {
    char* text = new char[333];
    std::memset(text, 'A', 333);
    watch(text);
    delete[] text;
    check_wiped(333);
  }
  SECTION("over-aligned") {
    struct alignas(64) Block {
      char bytes[128];
    };
    auto* block = new Block;
    std::memset(block->bytes, 'L', sizeof block->bytes);
    watch(block);
    delete block;
    check_wiped(128);
  }
  SECTION("nothrow") {
    auto* value = new (std::nothrow) std::array<char, 48>;
    REQUIRE(value != nullptr);
    value->fill('N');
    watch(value);
    ::operator delete(value, std::nothrow);
    check_wiped(48);
  }
  SECTION("standard library buffers") {
    auto text = std::make_unique<std::string>(200, 'X');  // heap buffer beyond SSO
    const void* buffer = text->data();
    watch(buffer);
    text.reset();
    check_wiped(200);
  }
}
