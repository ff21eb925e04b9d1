// Read-aloud of the encounter card's English lines, for the officer (Qt TextToSpeech; on Debian the
// offline flite engine, qt6-speech-flite-plugin). `available` says Qt has a speech engine plugin
// (plugin metadata only); the engine itself (audio output, voices) is created on first use, never
// before the first frame. Only the card's lines are ever spoken: QML cannot pass text, so no note,
// passphrase or other sensitive text can reach a speech engine or the audio stack.
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QObject>
#include <QStringList>
#include <QTimer>

class QTextToSpeech;

namespace amparo::ui {

class ReadAloud : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_SINGLETON
  Q_PROPERTY(bool available READ available CONSTANT)
  Q_PROPERTY(Status status READ status NOTIFY stateChanged)
  Q_PROPERTY(bool speaking READ speaking NOTIFY stateChanged)
  Q_PROPERTY(Problem problem READ problem NOTIFY stateChanged)
  Q_PROPERTY(QString voiceName READ voiceName NOTIFY voiceChanged)
  Q_PROPERTY(QString voiceLocale READ voiceLocale NOTIFY voiceChanged)

 public:
  enum class Status { Stopped, Starting, Speaking, Error };
  Q_ENUM(Status)
  enum class Problem { None, NoAudioOutput, NoEnglishVoice, Failed };
  Q_ENUM(Problem)
  // How long an engine may take to start speaking before it counts as failed: never a silent hang.
  static constexpr int kStartTimeoutMs = 10000;

  explicit ReadAloud(QObject* parent = nullptr);
  ~ReadAloud() override;

  [[nodiscard]] bool available() const { return available_; }
  [[nodiscard]] Status status() const { return status_; }
  // Starting or speaking: the button offers "Stop reading".
  [[nodiscard]] bool speaking() const { return status_ == Status::Starting || status_ == Status::Speaking; }
  [[nodiscard]] Problem problem() const { return problem_; }
  // The English voice chosen ("" until the engine exists or when there is none), e.g. "slt", "en_US".
  [[nodiscard]] QString voiceName() const { return voiceName_; }
  [[nodiscard]] QString voiceLocale() const { return voiceLocale_; }

  // Reads the current encounter card's English lines (Rights.encounterLinesEnglish).
  Q_INVOKABLE void readCard();
  Q_INVOKABLE void stop();
  // Creates the engine and picks an English voice now (readCard does it on first use). False when
  // there is no engine or no English voice.
  bool prepare();
  // The card's lines, from C++ only (readCard, tests).
  void say(const QStringList& lines);

 signals:
  void stateChanged();
  void voiceChanged();

 private:
  void setStatus(Status status);
  void fail(Problem problem);
  void dropEngine();
  void chooseEnglishVoice();

  bool available_ = false;
  Status status_ = Status::Stopped;
  Problem problem_ = Problem::None;
  QString voiceName_, voiceLocale_;
  QTextToSpeech* tts_ = nullptr;
  QTimer startTimeout_;
};

}  // namespace amparo::ui
