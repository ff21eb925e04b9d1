// SR-13: application state and idleness -> cover / lock requests, with an injected clock.
#include <QEvent>
#include <QGuiApplication>
#include <QObject>
#include <catch2/catch.hpp>
#include <chrono>
#include <string>
#include <vector>

#include "platform/lifecycle/lifecycle_monitor.h"

using amparo::platform::LifecycleMonitor;
using amparo::platform::ManualLifecycleClock;
using namespace std::chrono_literals;

namespace {

// Records the monitor's requests in order: "cover", "uncover", "lock".
struct Recorder {
  explicit Recorder(LifecycleMonitor& monitor) {
    QObject::connect(&monitor, &LifecycleMonitor::coverRequested, [this] { log.emplace_back("cover"); });
    QObject::connect(&monitor, &LifecycleMonitor::uncoverRequested, [this] { log.emplace_back("uncover"); });
    QObject::connect(&monitor, &LifecycleMonitor::lockRequested, [this] { log.emplace_back("lock"); });
  }
  std::vector<std::string> take() { return std::exchange(log, {}); }
  std::vector<std::string> log;
};

using Log = std::vector<std::string>;

}  // namespace

TEST_CASE("SR-13 inactive covers and active uncovers without locking") {
  ManualLifecycleClock clock;
  LifecycleMonitor monitor(clock);
  Recorder events(monitor);

  monitor.onApplicationStateChanged(Qt::ApplicationInactive);
  CHECK(monitor.covered());
  CHECK(events.take() == Log{"cover"});
  monitor.onApplicationStateChanged(Qt::ApplicationInactive);  // repeated state: nothing new
  CHECK(events.take().empty());
  monitor.onApplicationStateChanged(Qt::ApplicationActive);
  CHECK_FALSE(monitor.covered());
  CHECK(events.take() == Log{"uncover"});
}

TEST_CASE("SR-13 hidden and suspended lock the vault") {
  ManualLifecycleClock clock;
  LifecycleMonitor monitor(clock);
  Recorder events(monitor);

  monitor.onApplicationStateChanged(Qt::ApplicationHidden);
  CHECK(events.take() == Log{"cover", "lock"});
  monitor.onApplicationStateChanged(Qt::ApplicationActive);
  CHECK(events.take() == Log{"uncover"});

  // Typical phone path: inactive (switcher) first, then suspended.
  monitor.onApplicationStateChanged(Qt::ApplicationInactive);
  monitor.onApplicationStateChanged(Qt::ApplicationSuspended);
  CHECK(events.take() == Log{"cover", "lock"});
  CHECK(monitor.covered());
}

TEST_CASE("SR-13 idle for the default two minutes locks once") {
  ManualLifecycleClock clock;
  LifecycleMonitor monitor(clock);
  Recorder events(monitor);
  CHECK(monitor.idleTimeoutSeconds() == 120);

  clock.advance(119s);
  CHECK(events.take().empty());
  clock.advance(1s);
  CHECK(events.take() == Log{"lock"});
  clock.advance(10min);  // still idle: no repeated lock requests
  CHECK(events.take().empty());

  // Activity starts a new idle period.
  monitor.userActivity();
  clock.advance(2min);
  CHECK(events.take() == Log{"lock"});
}

TEST_CASE("SR-13 user input resets the idle timer through the event filter") {
  ManualLifecycleClock clock;
  LifecycleMonitor monitor(clock);
  Recorder events(monitor);
  QObject target;
  target.installEventFilter(&monitor);

  for (int i = 0; i < 5; ++i) {
    clock.advance(100s);
    QEvent press(QEvent::KeyPress);
    QCoreApplication::sendEvent(&target, &press);
  }
  CHECK(events.take().empty());  // 500 s in total, never 120 s without input

  QEvent paint(QEvent::UpdateRequest);  // not user input
  QCoreApplication::sendEvent(&target, &paint);
  clock.advance(120s);
  CHECK(events.take() == Log{"lock"});

  // Input after an idle lock re-arms the timer.
  QEvent touch(QEvent::TouchBegin);
  QCoreApplication::sendEvent(&target, &touch);
  clock.advance(119s);
  CHECK(events.take().empty());
  clock.advance(1s);
  CHECK(events.take() == Log{"lock"});
}

TEST_CASE("SR-13 idle timeout is configurable and clamped") {
  ManualLifecycleClock clock;
  LifecycleMonitor monitor(clock);
  Recorder events(monitor);
  int changes = 0;
  QObject::connect(&monitor, &LifecycleMonitor::idleTimeoutSecondsChanged, [&changes] { ++changes; });

  monitor.setIdleTimeoutSeconds(30);
  CHECK(monitor.idleTimeoutSeconds() == 30);
  CHECK(changes == 1);
  clock.advance(30s);
  CHECK(events.take() == Log{"lock"});

  monitor.setIdleTimeoutSeconds(0);  // never "off": clamped to the minimum
  CHECK(monitor.idleTimeoutSeconds() == static_cast<int>(LifecycleMonitor::kMinIdleTimeout.count()));
  monitor.setIdleTimeoutSeconds(10 * 24 * 3600);
  CHECK(monitor.idleTimeoutSeconds() == static_cast<int>(LifecycleMonitor::kMaxIdleTimeout.count()));

  // Shortening the timeout mid-period counts the time already idle.
  monitor.setIdleTimeoutSeconds(300);
  monitor.userActivity();
  clock.advance(50s);
  monitor.setIdleTimeoutSeconds(60);
  clock.advance(9s);
  CHECK(events.take().empty());
  clock.advance(1s);
  CHECK(events.take() == Log{"lock"});
}

TEST_CASE("SR-13 no idle lock while covered or in the background") {
  ManualLifecycleClock clock;
  LifecycleMonitor monitor(clock);
  Recorder events(monitor);

  monitor.onApplicationStateChanged(Qt::ApplicationInactive);
  CHECK_FALSE(clock.armed());
  clock.advance(10min);
  CHECK(events.take() == Log{"cover"});

  // Back to active: a fresh idle period starts then.
  monitor.onApplicationStateChanged(Qt::ApplicationActive);
  CHECK(events.take() == Log{"uncover"});
  clock.advance(119s);
  CHECK(events.take().empty());
  clock.advance(1s);
  CHECK(events.take() == Log{"lock"});
}

TEST_CASE("SR-13 attach follows the real application state") {
  ManualLifecycleClock clock;
  LifecycleMonitor monitor(clock);
  REQUIRE(monitor.attach());
  CHECK(monitor.applicationState() == QGuiApplication::applicationState());
}

TEST_CASE("SR-13 attach adopts the start-up state without a cover") {
  ManualLifecycleClock clock;
  LifecycleMonitor monitor(clock);
  Recorder events(monitor);
  REQUIRE(monitor.attach());
  CHECK(events.take().empty());
  CHECK_FALSE(monitor.covered());
  // Later transitions are reported as usual.
  const Qt::ApplicationState other =
      monitor.applicationState() == Qt::ApplicationActive ? Qt::ApplicationHidden : Qt::ApplicationActive;
  monitor.onApplicationStateChanged(other);
  if (other == Qt::ApplicationHidden) {
    CHECK(events.take() == Log{"cover", "lock"});
  } else {
    CHECK(events.take().empty());  // Inactive at start -> Active: nothing was covered
  }
}
