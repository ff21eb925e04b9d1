// Optional read-aloud of the encounter card (Qt TextToSpeech). `available` is false when Qt has
// no speech engine on this system; the UI hides the button then. The engine is created on first use.
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QObject>
#include <memory>

class QTextToSpeech;

namespace amparo::ui {

class ReadAloud : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_SINGLETON
  Q_PROPERTY(bool available READ available CONSTANT)
  Q_PROPERTY(bool speaking READ speaking NOTIFY speakingChanged)

 public:
  explicit ReadAloud(QObject* parent = nullptr);
  ~ReadAloud() override;

  [[nodiscard]] bool available() const { return available_; }
  [[nodiscard]] bool speaking() const { return speaking_; }
  Q_INVOKABLE void say(const QString& text, const QString& languageCode);
  Q_INVOKABLE void stop();

 signals:
  void speakingChanged();

 private:
  bool available_ = false;
  bool speaking_ = false;
  QTextToSpeech* tts_ = nullptr;
};

}  // namespace amparo::ui
