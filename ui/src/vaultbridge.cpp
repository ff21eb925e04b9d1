#include "vaultbridge.h"

#include <QDateTime>
#include <QFile>
#include <QGuiApplication>
#include <QLocale>
#include <QThread>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <optional>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "crypto/secret_buffer.h"
#include "pickedfile.h"
#include "secrettext.h"
#include "textdirection.h"

#ifdef AMPARO_VAULT_AVAILABLE
#include "vault/vault.h"
#endif

namespace amparo::ui {
namespace {

#ifdef AMPARO_VAULT_AVAILABLE
QString fromText(const vault::Text& t) {
  return QString::fromUtf8(t.data(), static_cast<qsizetype>(t.size()));
}
vault::Text toText(const QString& s) {
  const QByteArray utf8 = s.trimmed().toUtf8();
  return vault::Text(utf8.constData(), static_cast<std::size_t>(utf8.size()));
}
std::vector<vault::Text> toLines(const QString& s) {
  std::vector<vault::Text> out;
  for (const QString& line : s.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
    if (!line.trimmed().isEmpty()) out.push_back(toText(line));
  }
  return out;
}
QString joinLines(const std::vector<vault::Text>& lines) {
  QStringList out;
  for (const auto& l : lines) out << fromText(l);
  return out.join(QLatin1Char('\n'));
}
QString when(std::int64_t seconds) {
  return QLocale().toString(QDateTime::fromSecsSinceEpoch(seconds), QLocale::ShortFormat);
}

QString describeError(vault::VaultError code) {
  using E = vault::VaultError;
  switch (code) {
    case E::WrongPassphrase:
      return VaultBridge::tr("That passphrase did not open the vault. Check it and try again.");
    case E::TooManyAttempts:
      return VaultBridge::tr("Too many tries. Wait a moment, then try again.");
    case E::AlreadyExists:
      return VaultBridge::tr("A vault already exists on this device.");
    case E::NotAVault:
      return VaultBridge::tr("There is no vault on this device yet.");
    case E::HeaderCorrupt:
    case E::HeaderUnsupportedVersion:
    case E::KdfParamsRejected:
    case E::DatabaseDamaged:
    case E::DatabaseNotOurs:
    case E::SchemaTooNew:
      return VaultBridge::tr("The vault files are damaged or were changed. Nothing was overwritten.");
    case E::Locked:
      return VaultBridge::tr("The vault is locked. Unlock it first.");
    case E::InvalidNote:
      return VaultBridge::tr("A note needs a title or a description.");
    case E::AttachmentTooLarge:
      return VaultBridge::tr("That file is too large.");
    case E::AttachmentDamaged:
      return VaultBridge::tr("An attached file is damaged.");
    case E::PublicKeyMismatch:
      return VaultBridge::tr("Warning: the vault's capture key was changed. Captures were not saved.");
    case E::DeviceSecretUnavailable:
      return VaultBridge::tr(
          "This device's keystore is not available. The vault cannot be opened here right now.");
    case E::Busy:
      return VaultBridge::tr("The vault is busy. Try again in a moment.");
    case E::InvalidArgument:
      return VaultBridge::tr("Something in the input is not accepted.");
    case E::NotFound:
      return VaultBridge::tr("That note no longer exists.");
    default:
      return VaultBridge::tr("Something went wrong with the vault. Your notes were not changed.");
  }
}
#endif

}  // namespace

// One key derivation. The bridge (GUI thread) fills it, the worker runs it, the bridge takes the
// result back in finish(). Until the worker is done only it touches the secrets and `vault`;
// `cancelled` is the one field both threads use.
struct VaultBridge::KdfJob {
  enum class Kind { Create, Unlock, Change, Lend };
  explicit KdfJob(Kind k) : kind(k) {}
  const Kind kind;
  std::atomic<bool> cancelled{false};
  crypto::SecretBuffer passphrase;     // create / unlock / lend: the passphrase; change: the current one
  crypto::SecretBuffer newPassphrase;  // change only
  LentWork work;                       // lend only: the caller's follow-up, on the worker
  LentDone done;                       // lend only: the caller's answer, on the GUI thread
#ifdef AMPARO_VAULT_AVAILABLE
  std::unique_ptr<vault::Vault> vault;  // create / unlock: the result; change / lend: lent by the bridge
  std::optional<vault::VaultError> error;
#endif
};

// QtKeychain must run on the application's thread: the worker's keystore calls are posted to the
// GUI thread and the worker waits for them (the keystore's own timeout bounds the wait). On
// shutdown() waiting workers are released with DeviceSecretUnavailable, so the bridge's
// destructor can wait for the worker without a deadlock.
class VaultBridge::GuiThreadSecretStore final
#ifdef AMPARO_VAULT_AVAILABLE
    : public vault::DeviceSecretStore
#endif
{
 public:
  GuiThreadSecretStore(vault::DeviceSecretStore* real, QObject* context) : real_(real), context_(context) {}
#ifdef AMPARO_VAULT_AVAILABLE
  vault::VaultResult<crypto::SecretBuffer> load(std::string_view name) override {
    return call<vault::VaultResult<crypto::SecretBuffer>>([this, &name] { return real_->load(name); });
  }
  vault::VaultResult<void> store(std::string_view name, const crypto::SecretBuffer& secret) override {
    return call<vault::VaultResult<void>>([this, &name, &secret] { return real_->store(name, secret); });
  }
  vault::VaultResult<void> erase(std::string_view name) override {
    return call<vault::VaultResult<void>>([this, &name] { return real_->erase(name); });
  }
#endif
  void shutdown() {
    const std::lock_guard<std::mutex> guard(mutex_);
    shutdown_ = true;
    done_.notify_all();
  }

 private:
#ifdef AMPARO_VAULT_AVAILABLE
  // `fn` captures the worker's arguments by reference: it runs only while the worker waits here
  // (a posted call that was abandoned finds `abandoned` set and does nothing).
  template <class R, class F>
  R call(F fn) {
    if (QThread::currentThread() == context_->thread()) return fn();
    struct Slot {
      bool abandoned = false;
      std::optional<R> result;
    };
    auto slot = std::make_shared<Slot>();
    {
      const std::lock_guard<std::mutex> guard(mutex_);
      if (shutdown_) return amparo::make_error(vault::VaultError::DeviceSecretUnavailable, "shutting down");
    }
    QMetaObject::invokeMethod(
        context_,
        [this, slot, fn] {
          {
            const std::lock_guard<std::mutex> guard(mutex_);
            if (slot->abandoned) return;
          }
          R r = fn();  // may spin a nested event loop (the keystore's), never holding the mutex
          const std::lock_guard<std::mutex> guard(mutex_);
          slot->result.emplace(std::move(r));
          done_.notify_all();
        },
        Qt::QueuedConnection);
    std::unique_lock<std::mutex> lock(mutex_);
    done_.wait(lock, [&] { return slot->result.has_value() || shutdown_; });
    if (!slot->result) {
      slot->abandoned = true;
      return amparo::make_error(vault::VaultError::DeviceSecretUnavailable, "shutting down");
    }
    return std::move(*slot->result);
  }
#endif
  vault::DeviceSecretStore* real_;
  QObject* context_;
  std::mutex mutex_;
  std::condition_variable done_;
  bool shutdown_ = false;
};

VaultBridge::VaultBridge(std::filesystem::path dir, vault::DeviceSecretStore* device, QObject* parent)
    : QObject(parent),
      dir_(std::move(dir)),
      device_(device),
      notes_(this),
      current_(this),
      orgs_(
          [this]() -> vault::Vault* {
#ifdef AMPARO_VAULT_AVAILABLE
            return vault_.get();
#else
            return nullptr;
#endif
          },
          [this](crypto::SecretBuffer passphrase, LentWork work, LentDone done) {
            return lendVault(std::move(passphrase), std::move(work), std::move(done));
          },
          this) {
#ifdef AMPARO_VAULT_AVAILABLE
  present_ = vault::Vault::exists(dir_);
#endif
  if (device_ != nullptr) workerDevice_ = std::make_unique<GuiThreadSecretStore>(device_, this);
  // One key derivation at a time (64 MiB each on a cheap phone); the thread stays for reuse.
  worker_.setMaxThreadCount(1);
  worker_.setExpiryTimeout(-1);
  // SR-13: going to the background while a key derivation runs cancels it, even though the vault
  // is not unlocked yet (the auto-lock only acts on an unlocked vault).
  if (auto* gui = qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
    connect(gui, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState s) {
      if (s == Qt::ApplicationHidden || s == Qt::ApplicationSuspended) cancelOnBackground();
    });
  }
  refreshRetryDelay();
}

VaultBridge::~VaultBridge() {
  lock();
  // Release a worker waiting for the keystore, then wait for it: it never outlives the bridge.
  // Its result, if already posted, is deleted with this object's pending events (and locks).
  if (workerDevice_) workerDevice_->shutdown();
  worker_.waitForDone();
}

bool VaultBridge::available() const {
#ifdef AMPARO_VAULT_AVAILABLE
  return true;
#else
  return false;
#endif
}

VaultBridge::State VaultBridge::state() const {
  if (unlocked_) return State::Unlocked;
  return present_ ? State::Locked : State::Absent;
}

void VaultBridge::setError(const QString& message) {
  if (message == errorMessage_) return;
  errorMessage_ = message;
  emit errorMessageChanged();
}

void VaultBridge::clearError() {
  setError({});
}

template <class E>
bool VaultBridge::fail(const E& error) {
#ifdef AMPARO_VAULT_AVAILABLE
  setError(describeError(error.code));
#else
  Q_UNUSED(error);
#endif
  refreshRetryDelay();
  return false;
}

void VaultBridge::refreshRetryDelay() {
  if (job_) return;  // the worker may be recording a failure right now; finish() refreshes
  int seconds = 0;
#ifdef AMPARO_VAULT_AVAILABLE
  if (present_) {
    const auto ms = vault::Vault::required_delay(dir_).count();
    seconds = static_cast<int>((ms + 999) / 1000);
  }
#endif
  if (seconds != retryDelaySeconds_) {
    retryDelaySeconds_ = seconds;
    emit retryDelaySecondsChanged();
  }
}

// A second start while a key derivation runs (double submit): refused quietly; the running one
// answers.
bool VaultBridge::refuseWhileBusy() {
  return job_ != nullptr;
}

bool VaultBridge::create(const QString& passphrase, const QString& confirmation) {
  if (refuseWhileBusy()) return false;
  clearError();
  if (passphrase.toUcs4().size() < 10) {
    setError(tr("Use at least 10 characters."));
    return false;
  }
  if (passphrase != confirmation) {
    setError(tr("The two passphrases are not the same."));
    return false;
  }
#ifdef AMPARO_VAULT_AVAILABLE
  if (present_) return fail(amparo::make_error(vault::VaultError::AlreadyExists));
  auto job = std::make_shared<KdfJob>(KdfJob::Kind::Create);
  job->passphrase = toSecret(passphrase);
  start(std::move(job));
  return true;
#else
  setError(tr("The vault is not part of this build."));
  return false;
#endif
}

bool VaultBridge::unlock(const QString& passphrase) {
  if (refuseWhileBusy()) return false;
  clearError();
#ifdef AMPARO_VAULT_AVAILABLE
  if (unlocked()) {
    // Already open: answer like a finished unlock, later, as the API promises.
    QMetaObject::invokeMethod(
        this, [this] { emit unlockFinished(unlocked()); }, Qt::QueuedConnection);
    return true;
  }
  if (passphrase.isEmpty()) {
    setError(tr("Type your passphrase."));
    return false;
  }
  auto job = std::make_shared<KdfJob>(KdfJob::Kind::Unlock);
  job->passphrase = toSecret(passphrase);
  start(std::move(job));
  return true;
#else
  Q_UNUSED(passphrase);
  setError(tr("The vault is not part of this build."));
  return false;
#endif
}

bool VaultBridge::changePassphrase(const QString& oldPassphrase, const QString& newPassphrase,
                                   const QString& confirmation) {
  if (refuseWhileBusy()) return false;
  clearError();
  if (newPassphrase.toUcs4().size() < 10) {
    setError(tr("Use at least 10 characters."));
    return false;
  }
  if (newPassphrase != confirmation) {
    setError(tr("The two passphrases are not the same."));
    return false;
  }
#ifdef AMPARO_VAULT_AVAILABLE
  if (!vault_) return fail(amparo::make_error(vault::VaultError::Locked));
  auto job = std::make_shared<KdfJob>(KdfJob::Kind::Change);
  job->passphrase = toSecret(oldPassphrase);
  job->newPassphrase = toSecret(newPassphrase);
  // Lent to the worker: nothing on this thread can reach it until finish() (unlocked_ stays).
  job->vault = std::move(vault_);
  start(std::move(job));
  return true;
#else
  Q_UNUSED(oldPassphrase);
  return false;
#endif
}

bool VaultBridge::lendVault(crypto::SecretBuffer passphrase, LentWork work, LentDone done) {
  if (refuseWhileBusy()) return false;
#ifdef AMPARO_VAULT_AVAILABLE
  if (!vault_) return false;
  auto job = std::make_shared<KdfJob>(KdfJob::Kind::Lend);
  job->passphrase = std::move(passphrase);
  job->work = std::move(work);
  job->done = std::move(done);
  // Lent like for a passphrase change: nothing on this thread reaches it until finish().
  job->vault = std::move(vault_);
  start(std::move(job));
  return true;
#else
  Q_UNUSED(passphrase);
  Q_UNUSED(work);
  Q_UNUSED(done);
  return false;
#endif
}

crypto::KdfParams VaultBridge::kdfForThisDevice() {
  return crypto::calibrate_for_app();
}

void VaultBridge::start(std::shared_ptr<KdfJob> job) {
  job_ = job;
  emit busyChanged();
#ifdef AMPARO_VAULT_AVAILABLE
  // The worker gets its own copies: it never reads a member of the bridge.
  const std::filesystem::path dir = dir_;
  vault::DeviceSecretStore* device = workerDevice_.get();
  const KdfChooser chooseKdf = kdfChooser_;
  worker_.start([this, job = std::move(job), dir, device, chooseKdf] {
#if defined(__GLIBC__)
    // Argon2id is about to add 64 MiB or more: freed heap goes back to the system first, so the
    // app's peak is what it really holds plus Argon2id (about 3 MB less on the e2e journey).
    malloc_trim(0);
#endif
    switch (job->kind) {
      case KdfJob::Kind::Create: {
        vault::CreateOptions options;
        options.device = device;
        options.kdf = chooseKdf();
        auto created = vault::Vault::create(dir, job->passphrase, options);
        if (created) {
          job->vault = std::make_unique<vault::Vault>(std::move(created).value());
        } else {
          job->error = created.error().code;
        }
        break;
      }
      case KdfJob::Kind::Unlock: {
        auto opened = vault::Vault::unlock(dir, job->passphrase, device);
        if (opened) {
          job->vault = std::make_unique<vault::Vault>(std::move(opened).value());
        } else {
          job->error = opened.error().code;
        }
        break;
      }
      case KdfJob::Kind::Change: {
        // Re-measured: the vault may have moved to another phone since it was created.
        auto changed = job->vault->change_passphrase(job->passphrase, job->newPassphrase, chooseKdf());
        if (!changed) job->error = changed.error().code;
        break;
      }
      case KdfJob::Kind::Lend: {
        auto checked = job->vault->verify_passphrase(job->passphrase);
        job->passphrase.reset();  // not kept through the follow-up work
        if (!checked) {
          job->error = checked.error().code;
        } else if (job->work && !job->cancelled.load()) {
          job->work(*job->vault, job->cancelled);
        }
        break;
      }
    }
    // Wiped here, not when the last reference goes.
    job->passphrase.reset();
    job->newPassphrase.reset();
    // Locked meanwhile: the keys go now, on this thread; finish() only drops the object.
    if (job->cancelled.load() && job->vault) job->vault->lock();
    // Delivered on the GUI thread. If the bridge is being destroyed, its destructor waits for this
    // thread and the pending call is deleted with the bridge's events (the vault locks then).
    QMetaObject::invokeMethod(
        this, [this, job] { finish(job); }, Qt::QueuedConnection);
  });
#endif
}

void VaultBridge::finish(const std::shared_ptr<KdfJob>& job) {
  if (job != job_) return;
  job_.reset();
  bool ok = false;
#ifdef AMPARO_VAULT_AVAILABLE
  const bool cancelled = job->cancelled.load();
  switch (job->kind) {
    case KdfJob::Kind::Create:
      if (job->vault) {
        present_ = true;
        if (cancelled) {
          job->vault.reset();
          setError(tr("Your vault was created, then locked. Open it with your new passphrase."));
          emit stateChanged();
        } else {
          vault_ = std::move(job->vault);
          unlocked_ = true;
          capturesMerged_ = 0;
          reloadNotes();
          emit stateChanged();
          ok = true;
        }
      } else if (!cancelled && job->error) {
        fail(amparo::make_error(*job->error));
      }
      break;
    case KdfJob::Kind::Unlock:
      if (job->vault && !cancelled) {
        vault_ = std::move(job->vault);
        unlocked_ = true;
        const auto& report = vault_->unlock_report();
        capturesMerged_ = static_cast<int>(report.captures_merged);
        if (report.public_key_mismatch) {
          setError(
              tr("Warning: the vault's capture key file was changed by someone. Captures made since then may "
                 "not be yours."));
        }
        refreshRetryDelay();
        reloadNotes();
        emit stateChanged();
        ok = true;
      } else {
        job->vault.reset();  // locked by the worker already when cancelled
        if (!cancelled && job->error) fail(amparo::make_error(*job->error));
        refreshRetryDelay();
      }
      break;
    case KdfJob::Kind::Change:
      if (cancelled) {
        job->vault.reset();
        if (!job->error) {
          setError(
              tr("The vault locked while your passphrase was being changed. The new passphrase now opens "
                 "it."));
        }
      } else {
        vault_ = std::move(job->vault);  // handed back
        if (job->error) {
          fail(amparo::make_error(*job->error));
        } else {
          ok = true;
        }
      }
      break;
    case KdfJob::Kind::Lend:
      if (cancelled) {
        job->vault.reset();  // locked by the worker already
      } else {
        vault_ = std::move(job->vault);  // handed back
        ok = !job->error;
      }
      break;
  }
#endif
  emit busyChanged();
  switch (job->kind) {
    case KdfJob::Kind::Create:
      emit createFinished(ok);
      break;
    case KdfJob::Kind::Unlock:
      emit unlockFinished(ok);
      break;
    case KdfJob::Kind::Change:
      emit passphraseChangeFinished(ok);
      break;
    case KdfJob::Kind::Lend:
      if (job->done) {
        job->done(ok ? LendResult::Done
                     : (job->cancelled.load() ? LendResult::Cancelled : LendResult::WrongPassphrase));
      }
      break;
  }
}

void VaultBridge::cancelOnBackground() {
  if (job_ && !job_->cancelled.load()) lock();
}

void VaultBridge::lock() {
  const bool was = unlocked();
  notes_.clear();
  current_.clear();
  orgs_.clear();
  capturesMerged_ = 0;
  unlocked_ = false;
  // A running key derivation: its result must not open anything now. The worker locks a vault
  // it holds as soon as it is done; finish() drops it.
  if (job_) job_->cancelled.store(true);
#ifdef AMPARO_VAULT_AVAILABLE
  if (vault_) {
    vault_->lock();
    vault_.reset();
  }
#endif
  clearError();
  if (was) emit stateChanged();
  emit lockedNow();
}

std::unique_ptr<PickedFile> VaultBridge::openPicked(const QUrl& file) {
  PickedFile::Problem problem = PickedFile::Problem::None;
  auto picked = PickedFile::open(file, problem);
  if (!picked) {
    setError(problem == PickedFile::Problem::NotAFile ? tr("Only files on this device can be attached.")
                                                      : tr("That file could not be read."));
  }
  return picked;
}

bool VaultBridge::capture(const QString& text, const QUrl& file) {
  clearError();
#ifdef AMPARO_VAULT_AVAILABLE
  if (!present_) {
    setError(tr("Create a vault first. Then you can record while it is locked."));
    return false;
  }
  const QByteArray utf8 = text.trimmed().toUtf8();
  vault::CaptureInput input;
  input.text = std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size()));
  std::unique_ptr<PickedFile> picked;
  if (file.isValid() && !file.isEmpty()) {
    picked = openPicked(file);
    if (!picked) return false;
    input.attachment = &picked->stream();
    input.attachment_name = picked->name();
    input.attachment_mime = picked->mime();
  }
  if (input.text.empty() && input.attachment == nullptr) {
    setError(tr("Write something or attach a file first."));
    return false;
  }
  auto done = vault::Vault::capture(dir_, input);
  if (!done) return fail(done.error());
  return true;
#else
  Q_UNUSED(text);
  Q_UNUSED(file);
  setError(tr("The vault is not part of this build."));
  return false;
#endif
}

QString VaultBridge::saveNote(const QString& noteId, NoteDraft* draft) {
  clearError();
#ifdef AMPARO_VAULT_AVAILABLE
  if (!vault_ || draft == nullptr) {
    fail(amparo::make_error(job_ ? vault::VaultError::Busy : vault::VaultError::Locked));
    return {};
  }
  vault::NoteFields f;
  f.title = toText(draft->title);
  if (f.title.empty() && draft->narrative.trimmed().isEmpty()) {
    f.title = toText(
        tr("Incident on %1").arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat)));
  }
  f.when_start = toText(draft->when);
  f.where = toText(draft->where);
  if (draft->agency >= 0 && draft->agency <= static_cast<int>(vault::Agency::Other)) {
    f.agency = static_cast<vault::Agency>(draft->agency);
  }
  f.agency_other = toText(draft->agencyOther);
  f.officer_names = toLines(draft->officers);
  f.biometric_steps = static_cast<std::uint8_t>(draft->biometricSteps & vault::kBiometricAll);
  f.officer_device = toText(draft->officerDevice);
  f.consent_asked = static_cast<vault::Answer>(std::clamp(draft->consentAsked, 0, 3));
  f.status_asked = static_cast<vault::Answer>(std::clamp(draft->statusAsked, 0, 3));
  f.reference_number = toText(draft->referenceNumber);
  f.held_duration = toText(draft->heldDuration);
  f.what_was_said = toText(draft->whatWasSaid);
  f.what_was_taken = toText(draft->whatWasTaken);
  f.witnesses = toText(draft->witnesses);
  f.injuries = toText(draft->injuries);
  f.narrative = toText(draft->narrative);
  QString id = noteId;
  if (id.isEmpty()) {
    auto added = vault_->add_note(f);
    if (!added) {
      fail(added.error());
      return {};
    }
    id = QString::fromStdString(added.value());
  } else {
    auto updated = vault_->update_note(noteId.toStdString(), f);
    if (!updated) {
      fail(updated.error());
      return {};
    }
  }
  reloadNotes();
  return id;
#else
  Q_UNUSED(noteId);
  Q_UNUSED(draft);
  return {};
#endif
}

bool VaultBridge::loadDraft(const QString& noteId, NoteDraft* draft) {
#ifdef AMPARO_VAULT_AVAILABLE
  if (!vault_ || draft == nullptr)
    return fail(amparo::make_error(job_ ? vault::VaultError::Busy : vault::VaultError::Locked));
  auto note = vault_->get_note(noteId.toStdString());
  if (!note) return fail(note.error());
  const vault::NoteFields& f = note.value().fields;
  draft->title = fromText(f.title);
  draft->when = fromText(f.when_start);
  draft->where = fromText(f.where);
  draft->agency = f.agency ? static_cast<int>(*f.agency) : -1;
  draft->agencyOther = fromText(f.agency_other);
  draft->officers = joinLines(f.officer_names);
  draft->biometricSteps = f.biometric_steps;
  draft->officerDevice = fromText(f.officer_device);
  draft->consentAsked = static_cast<int>(f.consent_asked);
  draft->statusAsked = static_cast<int>(f.status_asked);
  draft->referenceNumber = fromText(f.reference_number);
  draft->heldDuration = fromText(f.held_duration);
  draft->whatWasSaid = fromText(f.what_was_said);
  draft->whatWasTaken = fromText(f.what_was_taken);
  draft->witnesses = fromText(f.witnesses);
  draft->injuries = fromText(f.injuries);
  draft->narrative = fromText(f.narrative);
  emit draft->changed();
  return true;
#else
  Q_UNUSED(noteId);
  Q_UNUSED(draft);
  return false;
#endif
}

bool VaultBridge::openNote(const QString& noteId) {
  clearError();
#ifdef AMPARO_VAULT_AVAILABLE
  if (!vault_) return fail(amparo::make_error(job_ ? vault::VaultError::Busy : vault::VaultError::Locked));
  const std::string id = noteId.toStdString();
  auto note = vault_->get_note(id);
  if (!note) return fail(note.error());
  auto revisions = vault_->history(id);
  if (!revisions) return fail(revisions.error());
  auto files = vault_->attachments(id);
  if (!files) return fail(files.error());

  const vault::NoteFields& f = note.value().fields;
  current_.clear();
  current_.noteId_ = noteId;
  current_.title_ = fromText(f.title);
  current_.narrative_ = fromText(f.narrative);
  // "Label: answer": the label is the app's, the answer mostly the person's own words, isolated
  // so that it keeps its own direction (English answers in the Arabic interface, and back).
  auto add = [this](const QString& label, const QString& value) {
    if (!value.trimmed().isEmpty()) current_.lines_ << label + QStringLiteral(": ") + isolated(value);
  };
  add(tr("When"), fromText(f.when_start));
  add(tr("Where"), fromText(f.where));
  if (f.agency) {
    static const char* const kAgencies[] = {QT_TR_NOOP("Not sure"), QT_TR_NOOP("ICE"),
                                            QT_TR_NOOP("CBP"),      QT_TR_NOOP("Local police (287(g))"),
                                            QT_TR_NOOP("TSA"),      QT_TR_NOOP("Other")};
    add(tr("Who"),
        tr(kAgencies[static_cast<int>(*f.agency)]) +
            (f.agency_other.empty() ? QString() : QStringLiteral(" – ") + fromText(f.agency_other)));
  }
  add(tr("Officers"), joinLines(f.officer_names).replace(QLatin1Char('\n'), QStringLiteral(", ")));
  QStringList steps;
  if (f.biometric_steps & vault::kBiometricFacePhoto) steps << tr("face photo or scan");
  if (f.biometric_steps & vault::kBiometricFingerprints) steps << tr("fingerprints");
  if (f.biometric_steps & vault::kBiometricIris) steps << tr("iris scan");
  if (f.biometric_steps & vault::kBiometricPhoneUnlock) steps << tr("phone unlocked with face or finger");
  add(tr("Biometrics"), steps.join(QStringLiteral(", ")));
  add(tr("Officer's device or app"), fromText(f.officer_device));
  auto answer = [](vault::Answer a) {
    switch (a) {
      case vault::Answer::Yes:
        return tr("Yes");
      case vault::Answer::No:
        return tr("No");
      case vault::Answer::DontKnow:
        return tr("Not sure");
      default:
        return QString();
    }
  };
  add(tr("Asked for consent"), answer(f.consent_asked));
  add(tr("Asked about status"), answer(f.status_asked));
  add(tr("Reference number"), fromText(f.reference_number));
  add(tr("Held for"), fromText(f.held_duration));
  add(tr("What was said"), fromText(f.what_was_said));
  add(tr("What was taken"), fromText(f.what_was_taken));
  add(tr("Witnesses"), fromText(f.witnesses));
  add(tr("Injuries"), fromText(f.injuries));

  current_.revisions_ = static_cast<int>(note.value().revision_count);
  current_.capturedWhileLocked_ = note.value().origin == vault::Origin::CapturedWhileLocked;
  // Recompute this note's chain: each revision's hash from the previous one (tamper evidence).
  bool intact = true;
  Bytes previous = vault::genesis_hash();
  for (const vault::Revision& r : revisions.value()) {
    const Bytes expected = vault::chain_hash(previous, vault::view(r.canonical));
    if (r.previous_hash != previous || r.hash != expected) intact = false;
    previous = r.hash;
    current_.history_ << tr("Version %1 – saved %2").arg(r.content.number).arg(when(r.content.saved_at));
  }
  current_.chainIntact_ = intact && !revisions.value().empty();
  for (const vault::AttachmentInfo& a : files.value()) {
    current_.attachments_ << fromText(a.name) + QStringLiteral(" (") +
                                 QLocale().formattedDataSize(static_cast<qint64>(a.size)) + QLatin1Char(')');
  }
  current_.notify();
  return true;
#else
  Q_UNUSED(noteId);
  return false;
#endif
}

bool VaultBridge::addAttachment(const QString& noteId, const QUrl& file) {
  clearError();
#ifdef AMPARO_VAULT_AVAILABLE
  if (!vault_) return fail(amparo::make_error(job_ ? vault::VaultError::Busy : vault::VaultError::Locked));
  const auto picked = openPicked(file);
  if (!picked) return false;
  auto added = vault_->add_attachment(noteId.toStdString(), picked->stream(), picked->name(), picked->mime());
  if (!added) return fail(added.error());
  reloadNotes();
  if (current_.noteId_ == noteId) openNote(noteId);
  return true;
#else
  Q_UNUSED(noteId);
  Q_UNUSED(file);
  return false;
#endif
}

void VaultBridge::reloadNotes() {
#ifdef AMPARO_VAULT_AVAILABLE
  if (!vault_) {
    notes_.clear();
    return;
  }
  auto list = vault_->list_notes();
  if (!list) {
    fail(list.error());
    return;
  }
  std::vector<NoteRow> rows;
  for (const vault::NoteSummary& s : list.value()) {
    NoteRow row;
    row.id = QString::fromStdString(s.id);
    row.title = fromText(s.title);
    row.updatedAt = s.updated_at;
    row.revisions = static_cast<int>(s.revision_count);
    row.attachments = static_cast<int>(s.attachment_count);
    row.capturedWhileLocked = s.origin == vault::Origin::CapturedWhileLocked;
    rows.push_back(std::move(row));
  }
  notes_.reset(std::move(rows));
#endif
}

}  // namespace amparo::ui
