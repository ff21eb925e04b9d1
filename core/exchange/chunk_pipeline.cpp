#include "exchange/chunk_pipeline.h"

#include <algorithm>
#include <cstring>
#include <system_error>

#include "exchange/digest.h"
#include "vault/zeroizing.h"

namespace amparo::exchange::detail {

static_assert(kDigestLeafSize == kBundleChunkSize, "a leaf spans at most two full chunks");

unsigned ChunkPipeline::default_helpers() noexcept {
  const unsigned n = std::thread::hardware_concurrency();
  return n <= 1 ? 0 : std::min(n - 1, 3u);
}

ChunkPipeline::ChunkPipeline(unsigned helpers) : helpers_wanted_(helpers) {}

ChunkPipeline::~ChunkPipeline() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stop_ = true;
    queue_.clear();  // leaves of an abandoned digest (a failed read or write): nobody needs them
  }
  cv_work_.notify_all();
  for (auto& t : helpers_) t.join();  // a running leaf finishes; the slots outlive it
  for (auto& slot : slots_) vault::secure_wipe(slot.data(), slot.size());
  vault::secure_wipe(done_.data(), sizeof done_);
}

std::size_t ChunkPipeline::slot_of(const std::uint8_t* p, std::size_t n) const noexcept {
  const auto at = reinterpret_cast<std::uintptr_t>(p);
  for (std::size_t i = 0; i < kPipelineSlots; ++i) {
    const auto begin = reinterpret_cast<std::uintptr_t>(slots_[i].data());
    if (at < begin) continue;
    const std::size_t off = at - begin;
    if (off < slots_[i].size() && n <= slots_[i].size() - off) return i;
  }
  return kPipelineSlots;
}

MutableByteView ChunkPipeline::next_slot() {
  const std::size_t slot = next_slot_;
  next_slot_ = (next_slot_ + 1) % kPipelineSlots;
  {
    std::unique_lock<std::mutex> lock(mutex_);
    while (pending_[slot] != 0) help_or_wait(lock);
  }
  if (slots_[slot].empty()) slots_[slot].resize(kBundleChunkSize);
  return MutableByteView(slots_[slot].data(), slots_[slot].size());
}

void ChunkPipeline::begin_digest(std::uint64_t size) {
  std::unique_lock<std::mutex> lock(mutex_);
  while (rooted_ != submitted_) help_or_wait(lock);  // leaves of an unfinished digest before this one
  declared_ = size;
  fed_ = 0;
  submitted_ = 0;
  rooted_ = 0;
  building_ = Leaf{};
  ready_.fill(false);
  root_ = crypto::Blake2b(32);
  root_.update(digest_root_prefix(size));
}

ExchangeResult<void> ChunkPipeline::digest(ByteView piece) {
  while (!piece.empty()) {
    const std::size_t slot = slot_of(piece.data(), piece.size());
    if (slot == kPipelineSlots) {
      return make_error(ExchangeError::InvalidArgument, "digest piece outside the chunk buffers");
    }
    const std::size_t n = std::min(piece.size(), kDigestLeafSize - building_.bytes);
    Span* last = building_.count > 0 ? &building_.spans[building_.count - 1] : nullptr;
    if (last != nullptr && last->data + last->size == piece.data() && last->slot == slot) {
      last->size += n;  // contiguous in the same slot
    } else {
      if (building_.count == building_.spans.size()) {
        return make_error(ExchangeError::InvalidArgument, "digest leaf in too many pieces");
      }
      building_.spans[building_.count++] = Span{piece.data(), n, slot};
    }
    building_.bytes += n;
    fed_ += n;
    piece = piece.subspan(n);
    if (building_.bytes == kDigestLeafSize) submit_leaf();
  }
  if (fed_ > declared_) return make_error(ExchangeError::InvalidArgument, "digest longer than declared");
  return {};
}

void ChunkPipeline::submit_leaf() {
  Leaf leaf = building_;
  building_ = Leaf{};
  leaf.index = submitted_++;
  std::unique_lock<std::mutex> lock(mutex_);
  // Keep the window of finished-but-unfolded leaf hashes bounded (in practice the slots bound it).
  while (leaf.index - rooted_ >= kWindow) help_or_wait(lock);
  for (std::size_t i = 0; i < leaf.count; ++i) ++pending_[leaf.spans[i].slot];
  // Threads only for attachments of more than one leaf: small ones are hashed inline.
  if (helpers_wanted_ > 0 && helpers_.empty() && leaf.index >= 1) start_helpers();
  if (helpers_.empty()) {
    lock.unlock();
    run(leaf);
    return;
  }
  queue_.push_back(leaf);
  lock.unlock();
  cv_work_.notify_one();
}

void ChunkPipeline::start_helpers() {
  try {
    for (unsigned i = 0; i < helpers_wanted_; ++i) helpers_.emplace_back([this] { helper_loop(); });
  } catch (const std::system_error&) {
    // No threads available: whatever started helps, the caller hashes the rest itself.
  }
  helpers_wanted_ = 0;
}

void ChunkPipeline::run(const Leaf& leaf) {
  crypto::Blake2b h(32);
  h.update(digest_leaf_prefix(leaf.index));
  for (std::size_t i = 0; i < leaf.count; ++i) h.update(ByteView(leaf.spans[i].data, leaf.spans[i].size));
  const Bytes hash = h.finish();
  {
    std::lock_guard<std::mutex> lock(mutex_);
    for (std::size_t i = 0; i < leaf.count; ++i) --pending_[leaf.spans[i].slot];
    const std::size_t w = leaf.index % kWindow;
    std::copy(hash.begin(), hash.end(), done_[w].begin());
    ready_[w] = true;
    // Fold finished leaves into the root in index order.
    while (ready_[rooted_ % kWindow]) {
      ready_[rooted_ % kWindow] = false;
      root_.update(done_[rooted_ % kWindow]);
      ++rooted_;
    }
  }
  cv_done_.notify_all();
}

void ChunkPipeline::help_or_wait(std::unique_lock<std::mutex>& lock) {
  if (!queue_.empty()) {
    // The newest leaf: the helpers keep taking the oldest, so both ends make progress and the caller
    // is not left waiting for the very leaf a helper is already hashing.
    const Leaf leaf = queue_.back();
    queue_.pop_back();
    lock.unlock();
    run(leaf);
    lock.lock();
    return;
  }
  cv_done_.wait(lock);
}

void ChunkPipeline::helper_loop() {
  for (;;) {
    Leaf leaf;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      cv_work_.wait(lock, [this] { return stop_ || !queue_.empty(); });
      if (stop_) return;
      leaf = queue_.front();
      queue_.pop_front();
    }
    run(leaf);
  }
}

ExchangeResult<Bytes> ChunkPipeline::finish_digest() {
  if (building_.bytes > 0) submit_leaf();
  {
    std::unique_lock<std::mutex> lock(mutex_);
    while (rooted_ != submitted_) help_or_wait(lock);
  }
  if (fed_ != declared_) return make_error(ExchangeError::InvalidArgument, "digest shorter than declared");
  return root_.finish();
}

}  // namespace amparo::exchange::detail
