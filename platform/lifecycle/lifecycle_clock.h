// Injected time for the lifecycle monitor (KeePassXC's Clock/MockClock idea): production uses a
// monotonic clock and a QTimer; tests use ManualClock, which fires its timer when advanced.
#pragma once

#include <chrono>
#include <functional>

namespace amparo::platform {

class LifecycleClock {
 public:
  using Duration = std::chrono::milliseconds;
  virtual ~LifecycleClock() = default;
  // Monotonic time since an arbitrary origin.
  [[nodiscard]] virtual Duration now() const = 0;
  // One pending single-shot timer: arm() replaces any earlier one; cancel() drops it.
  virtual void arm(Duration delay, std::function<void()> callback) = 0;
  virtual void cancel() = 0;
};

// std::chrono::steady_clock + QTimer (needs a Qt event loop on the calling thread).
class SteadyLifecycleClock final : public LifecycleClock {
 public:
  SteadyLifecycleClock();
  ~SteadyLifecycleClock() override;
  SteadyLifecycleClock(const SteadyLifecycleClock&) = delete;
  SteadyLifecycleClock& operator=(const SteadyLifecycleClock&) = delete;

  [[nodiscard]] Duration now() const override;
  void arm(Duration delay, std::function<void()> callback) override;
  void cancel() override;

 private:
  struct Impl;
  Impl* impl_;
};

// Test clock: time moves only through advance(), which runs the timer when its deadline passes.
class ManualLifecycleClock final : public LifecycleClock {
 public:
  [[nodiscard]] Duration now() const override { return now_; }
  void arm(Duration delay, std::function<void()> callback) override {
    deadline_ = now_ + delay;
    callback_ = std::move(callback);
  }
  void cancel() override { callback_ = nullptr; }
  [[nodiscard]] bool armed() const noexcept { return static_cast<bool>(callback_); }
  [[nodiscard]] Duration deadline() const noexcept { return deadline_; }

  // Moves time forward, firing the timer (possibly re-armed by its callback) as deadlines pass.
  void advance(Duration by) {
    const Duration target = now_ + by;
    while (callback_ && deadline_ <= target) {
      now_ = deadline_;
      auto fire = std::move(callback_);
      callback_ = nullptr;
      fire();
    }
    now_ = target;
  }

 private:
  Duration now_{0};
  Duration deadline_{0};
  std::function<void()> callback_;
};

}  // namespace amparo::platform
