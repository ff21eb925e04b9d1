#include "readaloud.h"

#include <QLocale>
#include <algorithm>

#include "rightsbridge.h"

#ifdef AMPARO_HAVE_TTS
#include <QTextToSpeech>
#endif

namespace amparo::ui {

#ifdef AMPARO_HAVE_TTS
namespace {
// What the person is told: no audio output (say so, show the card instead), or any other failure.
ReadAloud::Problem problemFor(QTextToSpeech::ErrorReason reason) {
  return reason == QTextToSpeech::ErrorReason::Playback ? ReadAloud::Problem::NoAudioOutput
                                                        : ReadAloud::Problem::Failed;
}
}  // namespace
#endif

ReadAloud::ReadAloud(QObject* parent) : QObject(parent) {
#ifdef AMPARO_HAVE_TTS
  // Plugin metadata only (about 0.1 ms): this can run while the first screen is built.
  available_ = !QTextToSpeech::availableEngines().isEmpty();
#endif
  startTimeout_.setSingleShot(true);
  startTimeout_.setInterval(kStartTimeoutMs);
  connect(&startTimeout_, &QTimer::timeout, this, [this] {
    if (status_ == Status::Starting) fail(Problem::Failed);
  });
}

ReadAloud::~ReadAloud() = default;

void ReadAloud::setStatus(Status status) {
  if (status == status_) return;
  status_ = status;
  emit stateChanged();
}

void ReadAloud::fail(Problem problem) {
  startTimeout_.stop();
  // The next attempt starts from a new engine: it looks for the audio output again.
  dropEngine();
  if (status_ == Status::Error && problem_ == problem) return;
  problem_ = problem;
  status_ = Status::Error;
  emit stateChanged();
}

void ReadAloud::dropEngine() {
#ifdef AMPARO_HAVE_TTS
  if (!tts_) return;
  tts_->disconnect(this);
  tts_->stop();
  tts_->deleteLater();  // may be inside one of its own signals
  tts_ = nullptr;
#endif
}

bool ReadAloud::prepare() {
#ifdef AMPARO_HAVE_TTS
  if (tts_) return !voiceName_.isEmpty();
  if (!available_) return false;
  // flite speaks in this process, offline; speech-dispatcher (if installed) would talk to a daemon.
  const QStringList engines = QTextToSpeech::availableEngines();
  tts_ =
      new QTextToSpeech(engines.contains(QLatin1String("flite")) ? QStringLiteral("flite") : QString(), this);
  connect(tts_, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) {
    if (status_ != Status::Starting && status_ != Status::Speaking) return;  // stopped by the person
    switch (state) {
      case QTextToSpeech::Speaking:
        startTimeout_.stop();
        setStatus(Status::Speaking);
        break;
      case QTextToSpeech::Ready:  // done
        startTimeout_.stop();
        setStatus(Status::Stopped);
        break;
      case QTextToSpeech::Error:
        fail(problemFor(tts_->errorReason()));
        break;
      case QTextToSpeech::Paused:
        break;
    }
  });
  connect(tts_, &QTextToSpeech::errorOccurred, this,
          [this](QTextToSpeech::ErrorReason reason, const QString&) {
            if (status_ != Status::Starting && status_ != Status::Speaking) return;
            fail(problemFor(reason));
          });
  chooseEnglishVoice();
  return !voiceName_.isEmpty();
#else
  return false;
#endif
}

void ReadAloud::chooseEnglishVoice() {
#ifdef AMPARO_HAVE_TTS
  const QString before = voiceName_ + voiceLocale_;
  voiceName_.clear();
  voiceLocale_.clear();
  // The lines are for an officer in the United States: US English first, any English otherwise.
  QLocale english;
  bool found = false;
  for (const QLocale& locale : tts_->availableLocales()) {
    if (locale.language() != QLocale::English) continue;
    if (!found || locale.territory() == QLocale::UnitedStates) english = locale;
    found = true;
  }
  if (found) {
    tts_->setLocale(english);
    const QList<QVoice> voices = tts_->availableVoices();
    QVoice chosen = tts_->voice();
    // flite's default voice (awb) is Scottish; slt and rms are US voices and are clearer.
    for (const char* name : {"slt", "rms", "kal16"}) {
      const auto it = std::find_if(voices.cbegin(), voices.cend(),
                                   [name](const QVoice& v) { return v.name() == QLatin1String(name); });
      if (it != voices.cend()) {
        chosen = *it;
        break;
      }
    }
    if (chosen.locale().language() != QLocale::English) {
      const auto it = std::find_if(voices.cbegin(), voices.cend(),
                                   [](const QVoice& v) { return v.locale().language() == QLocale::English; });
      chosen = it != voices.cend() ? *it : QVoice();
    }
    if (!chosen.name().isEmpty() && chosen.locale().language() == QLocale::English) {
      tts_->setVoice(chosen);
      voiceName_ = chosen.name();
      voiceLocale_ = chosen.locale().name();
    }
  }
  if (voiceName_ + voiceLocale_ != before) emit voiceChanged();
#endif
}

void ReadAloud::readCard() {
  const RightsBridge* rights = RightsBridge::instance();
  if (rights) say(rights->encounterLinesEnglish());
}

void ReadAloud::say(const QStringList& lines) {
#ifdef AMPARO_HAVE_TTS
  const QString text = lines.join(QLatin1Char(' ')).trimmed();
  if (!available_ || text.isEmpty()) return;
  if (speaking()) stop();
  problem_ = Problem::None;
  // Creating the engine opens the audio output (tens of milliseconds): only now, on a tap.
  if (!prepare()) {
    fail(tts_ ? Problem::NoEnglishVoice : Problem::Failed);
    return;
  }
  // flite knows at once when there is no audio output: say so instead of pretending to speak.
  if (tts_->state() == QTextToSpeech::Error || tts_->errorReason() != QTextToSpeech::ErrorReason::NoError) {
    fail(problemFor(tts_->errorReason()));
    return;
  }
  setStatus(Status::Starting);
  startTimeout_.start();
  tts_->say(text);
#else
  Q_UNUSED(lines);
#endif
}

void ReadAloud::stop() {
  startTimeout_.stop();
#ifdef AMPARO_HAVE_TTS
  if (tts_) tts_->stop();
#endif
  const bool hadProblem = problem_ != Problem::None;
  problem_ = Problem::None;
  if (status_ != Status::Stopped) {
    setStatus(Status::Stopped);
  } else if (hadProblem) {
    emit stateChanged();
  }
}

}  // namespace amparo::ui
