#include "platform/lifecycle/lifecycle_monitor.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QTimer>
#include <algorithm>

namespace amparo::platform {

using std::chrono::milliseconds;

// --- SteadyLifecycleClock -------------------------------------------------------------------

struct SteadyLifecycleClock::Impl {
  QTimer timer;
  std::function<void()> callback;
};

SteadyLifecycleClock::SteadyLifecycleClock() : impl_(new Impl) {
  impl_->timer.setSingleShot(true);
  impl_->timer.setTimerType(Qt::CoarseTimer);
  QObject::connect(&impl_->timer, &QTimer::timeout, &impl_->timer, [impl = impl_] {
    if (auto fire = std::move(impl->callback)) {
      impl->callback = nullptr;
      fire();
    }
  });
}

SteadyLifecycleClock::~SteadyLifecycleClock() {
  delete impl_;
}

LifecycleClock::Duration SteadyLifecycleClock::now() const {
  return std::chrono::duration_cast<milliseconds>(std::chrono::steady_clock::now().time_since_epoch());
}

void SteadyLifecycleClock::arm(Duration delay, std::function<void()> callback) {
  impl_->callback = std::move(callback);
  impl_->timer.start(std::max(delay, Duration{0}));
}

void SteadyLifecycleClock::cancel() {
  impl_->timer.stop();
  impl_->callback = nullptr;
}

// --- LifecycleMonitor ---------------------------------------------------------------------------

LifecycleMonitor::LifecycleMonitor(QObject* parent)
    : QObject(parent), owned_clock_(std::make_unique<SteadyLifecycleClock>()), clock_(*owned_clock_) {
  userActivity();
}

LifecycleMonitor::LifecycleMonitor(LifecycleClock& clock, QObject* parent) : QObject(parent), clock_(clock) {
  userActivity();
}

LifecycleMonitor::~LifecycleMonitor() {
  clock_.cancel();
  if (QCoreApplication* app = QCoreApplication::instance()) app->removeEventFilter(this);
}

bool LifecycleMonitor::attach() {
  auto* app = qobject_cast<QGuiApplication*>(QCoreApplication::instance());
  if (app == nullptr) return false;
  connect(app, &QGuiApplication::applicationStateChanged, this, &LifecycleMonitor::onApplicationStateChanged,
          Qt::UniqueConnection);
  app->installEventFilter(this);
  // Adopt the start-up state quietly: before the first window is focused Qt reports Inactive, and
  // nothing sensitive shows yet (the vault starts locked), so no cover at launch.
  state_ = QGuiApplication::applicationState();
  if (state_ == Qt::ApplicationActive) {
    userActivity();
  } else {
    clock_.cancel();
  }
  return true;
}

void LifecycleMonitor::setIdleTimeoutSeconds(int seconds) {
  const auto clamped = std::clamp(std::chrono::seconds(seconds), kMinIdleTimeout, kMaxIdleTimeout);
  if (clamped == idle_timeout_) return;
  idle_timeout_ = clamped;
  if (state_ == Qt::ApplicationActive && !idle_lock_sent_) {
    const milliseconds idle = clock_.now() - last_activity_;
    armIdleTimer(std::max(milliseconds{0}, milliseconds(idle_timeout_) - idle));
  }
  Q_EMIT idleTimeoutSecondsChanged();
}

void LifecycleMonitor::onApplicationStateChanged(Qt::ApplicationState state) {
  if (state == state_) return;
  state_ = state;
  switch (state) {
    case Qt::ApplicationActive:
      userActivity();  // coming back counts as activity; the idle period starts again
      if (covered_) {
        setCovered(false);
        Q_EMIT uncoverRequested();
      }
      break;
    case Qt::ApplicationInactive:
      clock_.cancel();
      if (!covered_) {
        setCovered(true);
        Q_EMIT coverRequested();
      }
      break;
    case Qt::ApplicationHidden:
    case Qt::ApplicationSuspended:
      clock_.cancel();
      if (!covered_) {
        setCovered(true);
        Q_EMIT coverRequested();
      }
      Q_EMIT lockRequested();
      break;
  }
}

void LifecycleMonitor::userActivity() {
  last_activity_ = clock_.now();
  idle_lock_sent_ = false;
  if (state_ == Qt::ApplicationActive) armIdleTimer(idle_timeout_);
}

bool LifecycleMonitor::eventFilter(QObject* watched, QEvent* event) {
  switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
      // Only remember the time: the armed timer checks it when it fires (cheap per event).
      last_activity_ = clock_.now();
      if (idle_lock_sent_) userActivity();
      break;
    default:
      break;
  }
  return QObject::eventFilter(watched, event);
}

void LifecycleMonitor::armIdleTimer(milliseconds delay) {
  clock_.arm(delay, [this] { onIdleTimer(); });
}

void LifecycleMonitor::onIdleTimer() {
  if (state_ != Qt::ApplicationActive || idle_lock_sent_) return;
  const milliseconds idle = clock_.now() - last_activity_;
  const milliseconds limit(idle_timeout_);
  if (idle < limit) {
    armIdleTimer(limit - idle);  // input arrived meanwhile: wait for the rest of the period
    return;
  }
  idle_lock_sent_ = true;
  Q_EMIT lockRequested();
}

void LifecycleMonitor::setCovered(bool covered) {
  if (covered_ == covered) return;
  covered_ = covered;
  Q_EMIT coveredChanged();
}

}  // namespace amparo::platform
