// QML singletons built in main.cpp (AppBootstrap): create() hands QML the existing instance.
#pragma once

#include <QJSEngine>
#include <QQmlEngine>

namespace amparo::ui {

template <class T>
class BootstrapSingleton {
 public:
  // Registers `instance` as the one object QML sees. Call before the QML engine loads anything.
  static void setInstance(T* instance) noexcept { s_instance = instance; }
  [[nodiscard]] static T* instance() noexcept { return s_instance; }

  static T* create(QQmlEngine* /*qml*/, QJSEngine* /*js*/) {
    Q_ASSERT_X(s_instance != nullptr, "BootstrapSingleton", "AppBootstrap did not build this service");
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
  }

 private:
  static inline T* s_instance = nullptr;
};

}  // namespace amparo::ui
