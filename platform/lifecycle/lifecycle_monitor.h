// SR-13: maps the application state and user idleness to cover / lock requests.
//
//   Qt::ApplicationInactive            -> coverRequested   (app switcher, notification shade)
//   Qt::ApplicationHidden / Suspended  -> coverRequested + lockRequested
//   back to Qt::ApplicationActive      -> uncoverRequested (the UI shows the lock screen if locked)
//   no user input for idleTimeout      -> lockRequested (once per idle period)
//
// The monitor only emits requests; the UI locks the vault (wiping keys, SR-8..10) and shows the
// neutral cover. lockRequested may arrive while already locked: handlers must be idempotent.
#pragma once

#include <QObject>
#include <QtGlobal>
#include <chrono>
#include <memory>

#include "platform/lifecycle/lifecycle_clock.h"

namespace amparo::platform {

class LifecycleMonitor final : public QObject {
  Q_OBJECT
  Q_PROPERTY(bool covered READ covered NOTIFY coveredChanged)
  Q_PROPERTY(int idleTimeoutSeconds READ idleTimeoutSeconds WRITE setIdleTimeoutSeconds NOTIFY
                 idleTimeoutSecondsChanged)

 public:
  static constexpr std::chrono::seconds kDefaultIdleTimeout{120};
  static constexpr std::chrono::seconds kMinIdleTimeout{10};
  static constexpr std::chrono::seconds kMaxIdleTimeout{24 * 3600};

  // Production: steady clock + QTimer. Call attach() once a QGuiApplication exists.
  explicit LifecycleMonitor(QObject* parent = nullptr);
  // Tests: an injected clock (not owned; must outlive the monitor).
  explicit LifecycleMonitor(LifecycleClock& clock, QObject* parent = nullptr);
  ~LifecycleMonitor() override;

  // Connects to QGuiApplication::applicationStateChanged and installs an application-wide event
  // filter so that key, mouse, wheel and touch input resets the idle timer. Adopts the current
  // state without emitting anything. Returns false (and does nothing) without a QGuiApplication.
  bool attach();

  [[nodiscard]] bool covered() const noexcept { return covered_; }
  [[nodiscard]] int idleTimeoutSeconds() const noexcept { return static_cast<int>(idle_timeout_.count()); }
  [[nodiscard]] Qt::ApplicationState applicationState() const noexcept { return state_; }
  // Values outside [kMinIdleTimeout, kMaxIdleTimeout] are clamped.
  void setIdleTimeoutSeconds(int seconds);

 public Q_SLOTS:
  // Feed an application state (attach() connects this to QGuiApplication).
  void onApplicationStateChanged(Qt::ApplicationState state);
  // Any user activity (the event filter calls it; QML may call it for synthetic activity).
  void userActivity();

 Q_SIGNALS:
  void coverRequested();
  void uncoverRequested();
  void lockRequested();
  void coveredChanged();
  void idleTimeoutSecondsChanged();

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  void armIdleTimer(std::chrono::milliseconds delay);
  void onIdleTimer();
  void setCovered(bool covered);

  std::unique_ptr<LifecycleClock> owned_clock_;
  LifecycleClock& clock_;
  std::chrono::seconds idle_timeout_{kDefaultIdleTimeout};
  std::chrono::milliseconds last_activity_{0};
  Qt::ApplicationState state_ = Qt::ApplicationActive;
  bool covered_ = false;
  bool idle_lock_sent_ = false;
};

}  // namespace amparo::platform
