// SR-10 (best effort): global operator new/delete replaced so that freed memory is zeroed
// (KeePassXC src/core/Alloc.cpp). The replacement lives in secure_alloc.cpp, built as the OBJECT
// library `amparo_secure_alloc`, linked into the app executable only. Memory Qt takes with malloc()
// directly (QString/QByteArray payloads) is NOT covered; secrets belong in crypto::SecretBuffer.
// Under AddressSanitizer the replacement is compiled out (ASan owns operator new/delete).
#pragma once

#include <cstddef>

namespace amparo::platform::secure_alloc {

// Zeroes the whole usable size of a malloc() block (malloc_usable_size), then free()s it.
// Returns the number of bytes zeroed. nullptr is a no-op returning 0.
std::size_t secure_free(void* block) noexcept;

// True when this binary's operator new/delete are the zeroing replacements.
[[nodiscard]] bool replaced() noexcept;

// Test hook: called by secure_free after zeroing and before free(), while the block is still
// valid, so a test can check the bytes without touching freed memory. Must not allocate.
using FreeObserver = void (*)(const void* block, std::size_t zeroed_bytes) noexcept;
void set_free_observer(FreeObserver observer) noexcept;

}  // namespace amparo::platform::secure_alloc
