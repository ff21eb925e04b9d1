// The vault as QML sees it: state, create / unlock / lock / change passphrase, quick capture
// while locked, notes. Passphrases cross from QML as QString only to be copied at once into a
// crypto::SecretBuffer; the QML fields are cleared by the caller. Errors are translated codes.
// While locked, nothing here reveals note counts or capture times (SR-13).
//
// Argon2id (create, unlock, change passphrase: up to a second and 64 MiB) runs on one worker
// thread, never on the GUI thread. Those three calls return at once: true when the work started
// (`busy` turns true, the result comes later as createFinished / unlockFinished /
// passphraseChangeFinished, always on the GUI thread and always after the call returned), false
// when it was refused at once (no signal follows): invalid input (errorMessage says why) or,
// quietly, one is already running (`busy`), so a double submit cannot run twice. The passphrase
// travels to the worker in guarded memory and is wiped there right after the key derivation.
// Only the worker touches the vault object while a job runs (a vault being re-keyed is handed to
// it and handed back); lock() during a job is immediate for the UI and the late result is locked
// and dropped, never opened. The SR-14 passphrase checks of Vault.orgs use the same worker and job
// slot through lendVault() (lentvault.h).
//
// SR-3: a new vault, and a vault whose passphrase changes, get Argon2id parameters measured on
// this device (about 0.5 s, at most 64 MiB: see kdfForThisDevice()), on the worker thread.
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QUrl>
#include <filesystem>
#include <functional>
#include <memory>

#include "crypto/kdf.h"
#include "lentvault.h"
#include "notesmodel.h"
#include "orgsbridge.h"
#include "singleton.h"

namespace amparo::vault {
class Vault;
class DeviceSecretStore;
}  // namespace amparo::vault

namespace amparo::ui {

class PickedFile;

class VaultBridge : public QObject, public BootstrapSingleton<VaultBridge> {
  Q_OBJECT
  QML_NAMED_ELEMENT(Vault)
  QML_SINGLETON
  Q_PROPERTY(State state READ state NOTIFY stateChanged)
  Q_PROPERTY(bool exists READ exists NOTIFY stateChanged)
  Q_PROPERTY(bool unlocked READ unlocked NOTIFY stateChanged)
  // A key derivation (create, unlock, change passphrase) is running on the worker thread.
  Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
  Q_PROPERTY(bool available READ available CONSTANT)
  Q_PROPERTY(bool deviceBound READ deviceBound NOTIFY stateChanged)
  Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
  Q_PROPERTY(int retryDelaySeconds READ retryDelaySeconds NOTIFY retryDelaySecondsChanged)
  Q_PROPERTY(int capturesMerged READ capturesMerged NOTIFY stateChanged)
  Q_PROPERTY(NotesModel* notes READ notes CONSTANT)
  Q_PROPERTY(NoteDetail* current READ current CONSTANT)
  // Trusted organizations and "Send to…" (issue 6); empty while locked.
  Q_PROPERTY(OrgsBridge* orgs READ orgs CONSTANT)

 public:
  enum class State { Absent, Locked, Unlocked };
  Q_ENUM(State)

  // `dir`: the vault folder. `device`: keystore for the device secret, or null (passphrase only).
  VaultBridge(std::filesystem::path dir, vault::DeviceSecretStore* device, QObject* parent = nullptr);
  ~VaultBridge() override;
  using BootstrapSingleton<VaultBridge>::create;

  [[nodiscard]] State state() const;
  [[nodiscard]] bool exists() const { return state() != State::Absent; }
  [[nodiscard]] bool unlocked() const { return state() == State::Unlocked; }
  [[nodiscard]] bool available() const;
  [[nodiscard]] bool busy() const { return job_ != nullptr; }
  [[nodiscard]] bool deviceBound() const { return device_ != nullptr; }
  [[nodiscard]] QString errorMessage() const { return errorMessage_; }
  [[nodiscard]] int retryDelaySeconds() const { return retryDelaySeconds_; }
  [[nodiscard]] int capturesMerged() const { return unlocked() ? capturesMerged_ : 0; }
  [[nodiscard]] NotesModel* notes() { return &notes_; }
  [[nodiscard]] NoteDetail* current() { return &current_; }
  [[nodiscard]] OrgsBridge* orgs() { return &orgs_; }

  // Asynchronous (see the top of this file): true = started, the result comes as a signal.
  Q_INVOKABLE bool create(const QString& passphrase, const QString& confirmation);
  Q_INVOKABLE bool unlock(const QString& passphrase);
  // Panic and auto-lock: closes the database, wipes keys, empties every model. Never fails, never
  // waits: a key derivation still running is cancelled (its result is locked and dropped).
  Q_INVOKABLE void lock();
  Q_INVOKABLE bool changePassphrase(const QString& oldPassphrase, const QString& newPassphrase,
                                    const QString& confirmation);
  // SR-15: write-only; works locked or unlocked; `file` optional (local file URL).
  Q_INVOKABLE bool capture(const QString& text, const QUrl& file);
  // Saves the draft as a new note (noteId empty) or a new revision; returns the note id or "".
  Q_INVOKABLE QString saveNote(const QString& noteId, NoteDraft* draft);
  // Fills `draft` from the latest revision of a note, for editing.
  Q_INVOKABLE bool loadDraft(const QString& noteId, NoteDraft* draft);
  Q_INVOKABLE bool openNote(const QString& noteId);
  Q_INVOKABLE bool addAttachment(const QString& noteId, const QUrl& file);
  Q_INVOKABLE void refreshRetryDelay();
  Q_INVOKABLE void clearError();
  // C++ only (Vault.orgs): see lentvault.h. Counts as `busy` while it runs.
  bool lendVault(crypto::SecretBuffer passphrase, LentWork work, LentDone done);

  // SR-3: the Argon2id parameters for a new header (create, change passphrase), called on the
  // worker thread. The default is kdfForThisDevice(); tests replace it to check that the header
  // carries what it returned.
  using KdfChooser = std::function<crypto::KdfParams()>;
  void setKdfChooser(KdfChooser chooser) { kdfChooser_ = std::move(chooser); }
  // crypto::calibrate_for_app(): about 0.5 s on this device within 64 MiB (DESIGN.md §3: 0.5-1 s;
  // the memory cap keeps the whole journey under 150 MB). Runs Argon2id once to measure.
  static crypto::KdfParams kdfForThisDevice();

 signals:
  void stateChanged();
  void errorMessageChanged();
  void retryDelaySecondsChanged();
  // After lock(): QML returns to Home.
  void lockedNow();
  void busyChanged();
  // Results of the asynchronous calls, on the GUI thread. `ok` false: errorMessage says why (or
  // the vault was locked meanwhile).
  void createFinished(bool ok);
  void unlockFinished(bool ok);
  void passphraseChangeFinished(bool ok);

 private:
  struct KdfJob;
  class GuiThreadSecretStore;
  void setError(const QString& message);
  // The file a person picked (local path or Android content:// URI), or null with the error set.
  std::unique_ptr<PickedFile> openPicked(const QUrl& file);
  template <class E>
  bool fail(const E& error);
  void reloadNotes();
  bool refuseWhileBusy();
  void start(std::shared_ptr<KdfJob> job);
  void finish(const std::shared_ptr<KdfJob>& job);
  void cancelOnBackground();

  std::filesystem::path dir_;
  vault::DeviceSecretStore* device_;
  // The keystore as the worker sees it: every call is run on the GUI thread (QtKeychain's rule).
  std::unique_ptr<GuiThreadSecretStore> workerDevice_;
  std::unique_ptr<vault::Vault> vault_;
  bool unlocked_ = false;        // GUI thread; stays true while an unlocked vault is lent to the worker
  std::shared_ptr<KdfJob> job_;  // the running key derivation, if any
  KdfChooser kdfChooser_ = &VaultBridge::kdfForThisDevice;
  QThreadPool worker_;
  NotesModel notes_;
  NoteDetail current_;
  OrgsBridge orgs_;
  QString errorMessage_;
  int retryDelaySeconds_ = 0;
  int capturesMerged_ = 0;
  bool present_ = false;
};

}  // namespace amparo::ui
