// SR-10: zeroing global operator new/delete for the app executable (KeePassXC src/core/Alloc.cpp).
// Every variant is replaced so that no delete path skips the wipe: plain, array, nothrow, sized
// (C++14) and aligned (C++17). All allocate with malloc()/aligned_alloc() so that
// malloc_usable_size() can tell how many bytes to wipe on free.
#include "platform/secure_alloc/secure_alloc.h"

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <new>

#if defined(__linux__)
#include <malloc.h>
#elif defined(__APPLE__)
#include <malloc/malloc.h>
#endif

#if defined(__SANITIZE_ADDRESS__)
#define AMPARO_SECURE_ALLOC_REPLACE 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(memory_sanitizer)
#define AMPARO_SECURE_ALLOC_REPLACE 0
#endif
#endif
#if !defined(AMPARO_SECURE_ALLOC_REPLACE)
#if defined(__linux__) || defined(__APPLE__)
#define AMPARO_SECURE_ALLOC_REPLACE 1
#else
#define AMPARO_SECURE_ALLOC_REPLACE 0
#endif
#endif

namespace amparo::platform::secure_alloc {
namespace {

std::atomic<FreeObserver> g_observer{nullptr};

std::size_t usable_size(void* block) noexcept {
#if defined(__linux__)
  return malloc_usable_size(block);
#elif defined(__APPLE__)
  return malloc_size(block);
#else
  (void)block;
  return 0;
#endif
}

// A wipe the optimiser may not drop (the block is freed right after).
void wipe(void* block, std::size_t size) noexcept {
#if defined(__GLIBC__) || defined(__APPLE__) || defined(__OpenBSD__)
  explicit_bzero(block, size);
#else
  volatile unsigned char* p = static_cast<volatile unsigned char*>(block);
  while (size--) *p++ = 0;
#endif
}

}  // namespace

std::size_t secure_free(void* block) noexcept {
  if (block == nullptr) return 0;
  const std::size_t size = usable_size(block);
  wipe(block, size);
  if (FreeObserver observer = g_observer.load(std::memory_order_acquire)) observer(block, size);
  std::free(block);
  return size;
}

bool replaced() noexcept {
  return AMPARO_SECURE_ALLOC_REPLACE != 0;
}

void set_free_observer(FreeObserver observer) noexcept {
  g_observer.store(observer, std::memory_order_release);
}

}  // namespace amparo::platform::secure_alloc

#if AMPARO_SECURE_ALLOC_REPLACE

namespace {

using amparo::platform::secure_alloc::secure_free;

// [new.delete.single]: loop through the new-handler until memory comes or there is none.
void* allocate(std::size_t size) {
  if (size == 0) size = 1;
  for (;;) {
    if (void* p = std::malloc(size)) return p;
    std::new_handler handler = std::get_new_handler();
    if (handler == nullptr) throw std::bad_alloc();
    handler();
  }
}

void* allocate_aligned(std::size_t size, std::align_val_t alignment) {
  auto align = static_cast<std::size_t>(alignment);
  if (align < sizeof(void*)) align = sizeof(void*);
  if (size == 0) size = 1;
  for (;;) {
    void* p = nullptr;
    if (posix_memalign(&p, align, size) == 0) return p;
    std::new_handler handler = std::get_new_handler();
    if (handler == nullptr) throw std::bad_alloc();
    handler();
  }
}

}  // namespace

// NOLINTBEGIN(misc-new-delete-overloads): the full replaceable set, [new.delete]
void* operator new(std::size_t size) {
  return allocate(size);
}
void* operator new[](std::size_t size) {
  return allocate(size);
}
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
  try {
    return allocate(size);
  } catch (...) {
    return nullptr;
  }
}
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept {
  try {
    return allocate(size);
  } catch (...) {
    return nullptr;
  }
}
void* operator new(std::size_t size, std::align_val_t alignment) {
  return allocate_aligned(size, alignment);
}
void* operator new[](std::size_t size, std::align_val_t alignment) {
  return allocate_aligned(size, alignment);
}
void* operator new(std::size_t size, std::align_val_t alignment, const std::nothrow_t&) noexcept {
  try {
    return allocate_aligned(size, alignment);
  } catch (...) {
    return nullptr;
  }
}
void* operator new[](std::size_t size, std::align_val_t alignment, const std::nothrow_t&) noexcept {
  try {
    return allocate_aligned(size, alignment);
  } catch (...) {
    return nullptr;
  }
}

void operator delete(void* p) noexcept {
  secure_free(p);
}
void operator delete[](void* p) noexcept {
  secure_free(p);
}
void operator delete(void* p, const std::nothrow_t&) noexcept {
  secure_free(p);
}
void operator delete[](void* p, const std::nothrow_t&) noexcept {
  secure_free(p);
}
void operator delete(void* p, std::size_t) noexcept {
  secure_free(p);
}
void operator delete[](void* p, std::size_t) noexcept {
  secure_free(p);
}
void operator delete(void* p, std::align_val_t) noexcept {
  secure_free(p);
}
void operator delete[](void* p, std::align_val_t) noexcept {
  secure_free(p);
}
void operator delete(void* p, std::align_val_t, const std::nothrow_t&) noexcept {
  secure_free(p);
}
void operator delete[](void* p, std::align_val_t, const std::nothrow_t&) noexcept {
  secure_free(p);
}
void operator delete(void* p, std::size_t, std::align_val_t) noexcept {
  secure_free(p);
}
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept {
  secure_free(p);
}
// NOLINTEND(misc-new-delete-overloads)

#endif  // AMPARO_SECURE_ALLOC_REPLACE
