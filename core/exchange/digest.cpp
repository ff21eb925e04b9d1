#include "exchange/digest.h"

#include "crypto/hash.h"
#include "vault/zeroizing.h"

namespace amparo::exchange {

namespace {
constexpr std::string_view kLeafKey = "amparo-att-leaf-v1";  // domain tags (length-prefixed)
constexpr std::string_view kRootKey = "amparo-att-root-v1";
constexpr std::size_t kMaxQueued = 8;

Bytes prefix(std::string_view tag, std::uint64_t n) {
  Bytes p;
  append_field(p, tag);
  append_u64le(p, n);
  return p;
}

Bytes leaf_hash(std::uint64_t index, ByteView leaf) {
  crypto::Blake2b h(32);
  h.update(prefix(kLeafKey, index)).update(leaf);
  return h.finish();
}
}  // namespace

unsigned AttachmentDigest::default_threads() noexcept {
  // Hashing costs about as much as the cipher: one worker per core (up to 4), so on two cores the
  // leaves are hashed on both while the caller encrypts or decrypts.
  const unsigned n = std::thread::hardware_concurrency();
  return n <= 1 ? 0 : std::min(n, 4u);
}

AttachmentDigest::AttachmentDigest(unsigned threads) {
  current_.reserve(kDigestLeafSize);
  for (unsigned i = 0; i < threads; ++i) workers_.emplace_back([this] { worker(); });
}

AttachmentDigest::~AttachmentDigest() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stop_ = true;
  }
  cv_work_.notify_all();
  for (auto& t : workers_) t.join();
  vault::secure_wipe(current_.data(), current_.capacity());
  for (auto& j : queue_) vault::secure_wipe(j.leaf.data(), j.leaf.size());
}

void AttachmentDigest::worker() {
  for (;;) {
    Job job;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      cv_work_.wait(lock, [this] { return stop_ || !queue_.empty(); });
      if (queue_.empty()) return;
      job = std::move(queue_.front());
      queue_.pop_front();
      ++busy_;
    }
    cv_space_.notify_one();
    Bytes h = leaf_hash(job.index, job.leaf);
    vault::secure_wipe(job.leaf.data(), job.leaf.size());
    {
      std::lock_guard<std::mutex> lock(mutex_);
      leaves_[job.index] = std::move(h);
      --busy_;
    }
    cv_done_.notify_all();
  }
}

void AttachmentDigest::submit() {
  const std::uint64_t index = next_index_++;
  if (workers_.empty()) {
    leaves_.push_back(leaf_hash(index, current_));
    current_.clear();
    return;
  }
  std::unique_lock<std::mutex> lock(mutex_);
  leaves_.emplace_back();
  cv_space_.wait(lock, [this] { return queue_.size() < kMaxQueued; });
  queue_.push_back(Job{index, std::move(current_)});
  lock.unlock();
  cv_work_.notify_one();
  current_ = Bytes();
  current_.reserve(kDigestLeafSize);
}

void AttachmentDigest::update(ByteView data) {
  total_ += data.size();
  while (!data.empty()) {
    const std::size_t n = std::min(data.size(), kDigestLeafSize - current_.size());
    current_.insert(current_.end(), data.begin(), data.begin() + static_cast<std::ptrdiff_t>(n));
    data = data.subspan(n);
    if (current_.size() == kDigestLeafSize) submit();
  }
}

Bytes AttachmentDigest::finish() {
  if (!current_.empty()) submit();
  if (!workers_.empty()) {
    std::unique_lock<std::mutex> lock(mutex_);
    cv_done_.wait(lock, [this] { return queue_.empty() && busy_ == 0; });
  }
  crypto::Blake2b root(32);
  root.update(prefix(kRootKey, total_));
  for (const auto& l : leaves_) root.update(l);
  return root.finish();
}

Bytes AttachmentDigest::of(ByteView data) {
  AttachmentDigest d(0);
  d.update(data);
  return d.finish();
}

}  // namespace amparo::exchange
