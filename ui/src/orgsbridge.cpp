#include "orgsbridge.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QStandardPaths>
#include <QUrl>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>

#include "cameranodes.h"
#include "crypto/secret_buffer.h"
#include "displaydate.h"
#include "languagecontroller.h"
#include "qrdecode.h"
#include "secrettext.h"
#include "textdirection.h"

#ifdef AMPARO_EXCHANGE_AVAILABLE
#include "crypto/encoding.h"
#include "exchange/bundle.h"
#include "exchange/card.h"
#include "exchange/trust_store.h"
#include "exchange/vault_source.h"
#include "vault/vault.h"
#endif

namespace amparo::ui {
namespace {

QString localPath(const QString& pathOrUrl) {
  const QString trimmed = pathOrUrl.trimmed();
  if (trimmed.startsWith(QLatin1String("file:"))) return QUrl(trimmed).toLocalFile();
  return trimmed;
}

std::uint64_t nowSeconds() {
  return static_cast<std::uint64_t>(
      std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
          .count());
}

#ifdef AMPARO_EXCHANGE_AVAILABLE
using exchange::ExchangeError;

QString qs(const std::string& s) {
  return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QString describeExchange(ExchangeError code) {
  using E = ExchangeError;
  switch (code) {
    case E::CardMalformed:
    case E::CardFileMismatch:
      return OrgsBridge::tr("This is not a valid organization card.");
    case E::CardUnsupportedVersion:
      return OrgsBridge::tr("This card was made by a newer version of Amparo. Update the app.");
    case E::CardOversized:
      return OrgsBridge::tr("This card is too large to be a real organization card.");
    case E::CardBadText:
      return OrgsBridge::tr("This card contains hidden or invalid characters and was refused.");
    case E::CardUnsigned:
      return OrgsBridge::tr("This card is not signed by the organization and was refused.");
    case E::CardBadSignature:
      return OrgsBridge::tr("This card's signature does not match: it was changed or forged.");
    case E::CardExpired:
      return OrgsBridge::tr("This card has expired. Ask the organization for a new one.");
    case E::CardNotYetValid:
      return OrgsBridge::tr("This card's dates are not valid. Check your device's date.");
    case E::KeyChanged:
      return OrgsBridge::tr(
          "This organization's keys changed. Nothing is sent until you compare the new safety number "
          "with them and confirm it.");
    case E::NotConfirmed:
      return OrgsBridge::tr("Confirm this organization's safety number before sending anything.");
    case E::NothingToExport:
      return OrgsBridge::tr("There are no notes to send.");
    case E::OutputExists:
      return OrgsBridge::tr("A file with that name already exists in that folder.");
    case E::Io:
      return OrgsBridge::tr("The file could not be written. Check the folder and free space.");
    case E::SourceFailed:
    case E::ChainBroken:
      return OrgsBridge::tr("The notes could not be read from the vault. Nothing was sent.");
    default:
      return OrgsBridge::tr("Something went wrong. Nothing was sent.");
  }
}

QStringList groups(const std::string& number) {
  return qs(number).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// "en,es,ar" as people read it: each language in its own name ("English, español, العربية", as
// the language picker shows them), each isolated so mixed scripts keep their order.
QString languageNames(const QString& tags) {
  QStringList names;
  for (const QString& tag : tags.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
    names << isolated(LanguageController::nativeNameOf(tag));
  }
  return names.join(QStringLiteral(", "));
}

QVariantMap view(const exchange::TrustedOrg& r, std::uint64_t now) {
  QVariantMap m;
  const auto& c = r.card;
  m[QStringLiteral("id")] = qs(c.name);
  m[QStringLiteral("name")] = qs(c.name);
  m[QStringLiteral("region")] = qs(c.region);
  m[QStringLiteral("hotline")] = qs(c.hotline);
  m[QStringLiteral("languages")] = qs(c.languages);
  m[QStringLiteral("languageNames")] = languageNames(qs(c.languages));
  m[QStringLiteral("expires")] =
      displayDate(QDateTime::fromSecsSinceEpoch(static_cast<qint64>(c.expires), Qt::UTC).date());
  m[QStringLiteral("expired")] = c.expires <= now;
  const auto number = exchange::safety_number(c);
  m[QStringLiteral("safetyNumber")] = qs(number);
  m[QStringLiteral("groups")] = groups(number);
  m[QStringLiteral("confirmed")] = r.confirmed;
  m[QStringLiteral("keyChanged")] = !r.confirmed && !r.previous_safety_number.empty();
  m[QStringLiteral("previousSafetyNumber")] = qs(r.previous_safety_number);
  m[QStringLiteral("canSend")] = static_cast<bool>(exchange::check_export_allowed(r, now));
  return m;
}

// The record to store: the pending card (`id` empty, `pendingCard` its base64url) with what is
// known of that organization, or a stored organization. `error` says why when there is none.
std::optional<exchange::TrustedOrg> resolveRecord(vault::Vault& v, const std::string& pendingCard,
                                                  const QString& id, QString& error) {
  if (!id.isEmpty()) {
    auto found = exchange::find_trusted_org(v, id.toStdString());
    if (!found) error = OrgsBridge::tr("That organization is no longer in your list.");
    return found;
  }
  auto payload = crypto::from_base64url(pendingCard);
  if (pendingCard.empty() || !payload) {
    error = OrgsBridge::tr("Open an organization card first.");
    return std::nullopt;
  }
  auto card = exchange::decode_card(*payload);
  if (!card) {
    error = describeExchange(card.error().code);
    return std::nullopt;
  }
  return exchange::update_trust(exchange::find_trusted_org(v, card.value().name), card.value()).record;
}

// The vault as bundle source, failing as soon as the vault is locked (the worker notices between
// reads), so write_bundle_file removes its partial output.
class StoppableSource final : public exchange::BundleSource {
 public:
  StoppableSource(exchange::BundleSource& inner, const std::atomic<bool>& cancelled)
      : inner_(inner), cancelled_(cancelled) {}
  exchange::ExchangeResult<std::vector<std::string>> all_note_ids() override {
    if (cancelled_.load()) return stopped();
    return inner_.all_note_ids();
  }
  exchange::ExchangeResult<std::vector<exchange::SourceRevision>> history(
      const std::string& note_id) override {
    if (cancelled_.load()) return stopped();
    return inner_.history(note_id);
  }
  exchange::ExchangeResult<std::vector<exchange::SourceAttachment>> attachments(
      const std::string& note_id) override {
    if (cancelled_.load()) return stopped();
    return inner_.attachments(note_id);
  }
  exchange::ExchangeResult<std::uint64_t> read_attachment(
      const std::string& attachment_id, const std::function<bool(ByteView)>& sink) override {
    if (cancelled_.load()) return stopped();
    return inner_.read_attachment(attachment_id,
                                  [&](ByteView chunk) { return !cancelled_.load() && sink(chunk); });
  }
  Bytes signing_public_key() override { return inner_.signing_public_key(); }
  exchange::ExchangeResult<Bytes> sign(ByteView message) override {
    if (cancelled_.load()) return stopped();
    return inner_.sign(message);
  }

 private:
  static exchange::ExchangeFailure stopped() {
    return amparo::make_error(ExchangeError::SourceFailed, "vault locked during export");
  }
  exchange::BundleSource& inner_;
  const std::atomic<bool>& cancelled_;
};
#endif

}  // namespace

OrgsBridge::OrgsBridge(VaultGetter vault, VaultLender lend, QObject* parent)
    : QObject(parent), vault_(std::move(vault)), lend_(std::move(lend)) {}

QString OrgsBridge::defaultFolder() const {
  return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

bool OrgsBridge::imageScanAvailable() const {
  return qr::available();
}

bool OrgsBridge::cameraScanBuilt() const {
#ifdef AMPARO_HAVE_CAMERA_SCAN
  return qr::available();
#else
  return false;
#endif
}

bool OrgsBridge::cameraNodesPresent() const {
  return cameraDeviceNodesPresent();
}

bool OrgsBridge::setError(const QString& message) {
  if (errorMessage_ != message) {
    errorMessage_ = message;
    emit errorMessageChanged();
  }
  return false;
}

void OrgsBridge::clearError() {
  setError(QString());
}

void OrgsBridge::clear() {
  list_.clear();
  emit listChanged();
  discardPending();
  lastExportFile_.clear();
  lastExportOrg_.clear();
  lastExportPath_.clear();
  emit exported();
  clearError();
}

void OrgsBridge::reload() {
  list_.clear();
#ifdef AMPARO_EXCHANGE_AVAILABLE
  if (auto* v = vault_(); v != nullptr && v->is_unlocked()) {
    auto all = v->trusted_orgs();
    if (all) {
      const auto now = nowSeconds();
      for (const auto& rec : all.value()) {
        if (auto r = exchange::decode_trusted_org(rec.record)) list_.append(view(*r, now));
      }
    }
  }
#endif
  emit listChanged();
}

QVariantMap OrgsBridge::org(const QString& id) const {
  for (const auto& entry : list_) {
    const auto m = entry.toMap();
    if (m.value(QStringLiteral("id")).toString() == id) return m;
  }
  return {};
}

void OrgsBridge::discardPending() {
  pendingCard_.clear();
  pendingView_.clear();
  emit pendingChanged();
}

bool OrgsBridge::loadCard(const std::string& contents, bool file) {
#ifdef AMPARO_EXCHANGE_AVAILABLE
  auto* v = vault_();
  if (v == nullptr || !v->is_unlocked()) return setError(tr("The vault is locked. Unlock it first."));
  const auto now = nowSeconds();
  auto card = file ? exchange::read_card_file(contents, now) : exchange::read_card_text(contents, now);
  if (!card) return setError(describeExchange(card.error().code));
  const auto existing = exchange::find_trusted_org(*v, card.value().name);
  const auto update = exchange::update_trust(existing, card.value());
  pendingCard_ = crypto::to_base64url(exchange::encode_card(card.value()));
  pendingView_ = view(update.record, now);
  const char* change = "new";
  switch (update.change) {
    case exchange::CardChange::New:
      change = "new";
      break;
    case exchange::CardChange::Same:
      change = "same";
      break;
    case exchange::CardChange::Renewed:
      change = "renewed";
      break;
    case exchange::CardChange::KeyChanged:
      change = "keyChanged";
      pendingView_[QStringLiteral("keyChanged")] = true;
      break;
  }
  pendingView_[QStringLiteral("change")] = QString::fromLatin1(change);
  clearError();
  emit pendingChanged();
  return true;
#else
  Q_UNUSED(contents);
  Q_UNUSED(file);
  return setError(tr("Sending to organizations is not available in this build."));
#endif
}

bool OrgsBridge::loadCardText(const QString& text) {
  return loadCard(text.trimmed().toStdString(), false);
}

bool OrgsBridge::loadCardFile(const QString& path) {
  QFile f(localPath(path));
  if (!f.open(QIODevice::ReadOnly)) return setError(tr("That file could not be opened."));
  if (f.size() > 4096) return setError(tr("This card is too large to be a real organization card."));
  const QByteArray data = f.read(4097);
  return loadCard(data.toStdString(), true);
}

bool OrgsBridge::loadCardImage(const QString& path) {
  if (!qr::available()) return setError(tr("Reading QR codes from images is not available in this build."));
  const QString file = localPath(path);
  if (QFileInfo(file).size() > 20LL * 1024 * 1024) return setError(tr("That image is too large."));
  const QImage image(file);
  if (image.isNull()) return setError(tr("That image could not be opened."));
  if (image.width() > qr::kMaxSide || image.height() > qr::kMaxSide)
    return setError(tr("That image is too large."));
  const QByteArray bytes = qr::decodeImage(image);
  if (bytes.isEmpty()) return setError(tr("No organization QR code was found in that image."));
  return loadCard(bytes.toStdString(), false);
}

// The passphrase goes to the worker in guarded memory at once; `then` runs on the GUI thread with
// the vault handed back (or gone: Cancelled) and says whether the call succeeded.
bool OrgsBridge::check(const QString& passphrase, LentWork work, std::function<bool(LendResult)> then,
                       Finished finished) {
  auto done = [this, then = std::move(then), finished](LendResult result) {
    busy_ = false;
    emit busyChanged();
    const bool ok = then(result);
    emit(this->*finished)(ok);
  };
  // Refused: another key derivation runs (the vault is lent) or the vault locked.
  if (!lend_(toSecret(passphrase), std::move(work), std::move(done))) return false;
  busy_ = true;
  clearError();
  emit busyChanged();
  return true;
}

bool OrgsBridge::commit(const QString& id, const exchange::TrustedOrg& record) {
#ifdef AMPARO_EXCHANGE_AVAILABLE
  auto* v = vault_();
  if (v == nullptr || !v->is_unlocked()) return setError(tr("The vault is locked. Unlock it first."));
  if (auto put =
          v->put_trusted_org(exchange::trusted_org_key(record.card), exchange::encode_trusted_org(record));
      !put)
    return setError(tr("Something went wrong with the vault. Nothing was changed."));
  if (id.isEmpty()) discardPending();
  clearError();
  reload();
  return true;
#else
  Q_UNUSED(id);
  Q_UNUSED(record);
  return false;
#endif
}

bool OrgsBridge::savePending() {
#ifdef AMPARO_EXCHANGE_AVAILABLE
  if (busy_) return false;
  auto* v = vault_();
  if (v == nullptr || !v->is_unlocked()) return setError(tr("The vault is locked. Unlock it first."));
  QString error;
  const auto record = resolveRecord(*v, pendingCard_, QString(), error);
  return record ? commit(QString(), *record) : setError(error);
#else
  return setError(tr("Sending to organizations is not available in this build."));
#endif
}

bool OrgsBridge::trust(const QString& id, const QString& passphrase, bool comparedAloud) {
#ifdef AMPARO_EXCHANGE_AVAILABLE
  if (busy_) return false;  // double submit: the running check answers
  auto* v = vault_();
  if (v == nullptr || !v->is_unlocked()) return setError(tr("The vault is locked. Unlock it first."));
  if (!comparedAloud)
    return setError(tr("First read the safety number aloud with the organization and tick the box."));
  if (passphrase.isEmpty()) return setError(tr("Type your passphrase to trust this organization."));
  // Resolved now, so a missing card fails before Argon2id. Nothing else can change the records
  // while the vault is lent to the worker, so it is still current when the check passes.
  QString error;
  auto record = resolveRecord(*v, pendingCard_, id, error);
  if (!record) return setError(error);
  exchange::confirm(*record);
  // Stored here on the GUI thread, and only if no lock came first (Cancelled).
  return check(
      passphrase, nullptr,
      [this, id, record = std::move(*record)](LendResult result) {
        if (result == LendResult::WrongPassphrase)
          return setError(tr("That passphrase is not right. Nothing was changed."));
        return result == LendResult::Done && commit(id, record);
      },
      &OrgsBridge::trustFinished);
#else
  Q_UNUSED(id);
  Q_UNUSED(passphrase);
  Q_UNUSED(comparedAloud);
  return setError(tr("Sending to organizations is not available in this build."));
#endif
}

bool OrgsBridge::trustPending(const QString& passphrase, bool comparedAloud) {
  return trust(QString(), passphrase, comparedAloud);
}

bool OrgsBridge::confirmOrg(const QString& id, const QString& passphrase, bool comparedAloud) {
  if (id.isEmpty()) return setError(tr("That organization is no longer in your list."));
  return trust(id, passphrase, comparedAloud);
}

bool OrgsBridge::removeOrg(const QString& id) {
#ifdef AMPARO_EXCHANGE_AVAILABLE
  auto* v = vault_();
  if (v == nullptr || !v->is_unlocked()) return setError(tr("The vault is locked. Unlock it first."));
  if (auto r = v->remove_trusted_org(id.toStdString()); !r)
    return setError(tr("That organization is no longer in your list."));
  clearError();
  reload();
  return true;
#else
  Q_UNUSED(id);
  return setError(tr("Sending to organizations is not available in this build."));
#endif
}

bool OrgsBridge::exportTo(const QString& id, const QStringList& noteIds, const QString& folder,
                          const QString& passphrase) {
#ifdef AMPARO_EXCHANGE_AVAILABLE
  if (busy_) return false;  // double submit: the running export answers
  auto* v = vault_();
  if (v == nullptr || !v->is_unlocked()) return setError(tr("The vault is locked. Unlock it first."));
  auto record = exchange::find_trusted_org(*v, id.toStdString());
  if (!record) return setError(tr("That organization is no longer in your list."));
  const auto now = nowSeconds();
  // SR-22 gate before anything else: a changed or unconfirmed key sends nothing.
  if (auto allowed = exchange::check_export_allowed(*record, now); !allowed)
    return setError(describeExchange(allowed.error().code));
  const QString dir = folder.trimmed().isEmpty() ? defaultFolder() : localPath(folder);
  if (!QFileInfo(dir).isDir()) return setError(tr("That folder does not exist."));
  if (passphrase.isEmpty()) return setError(tr("Type your passphrase to send notes."));

  const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
  QString name = QStringLiteral("amparo-%1.amparo").arg(stamp);
  for (int n = 2; QFileInfo::exists(QDir(dir).filePath(name)) && n < 100; ++n)
    name = QStringLiteral("amparo-%1-%2.amparo").arg(stamp).arg(n);
  const QString path = QDir(dir).filePath(name);

  // Filled on the worker, read on the GUI thread after it is done.
  struct Export {
    exchange::OrgCard card;
    std::filesystem::path path;
    exchange::ExportOptions options;
    std::optional<ExchangeError> error;
    bool written = false;
  };
  auto job = std::make_shared<Export>();
  job->card = record->card;
  job->path = QFile::encodeName(path).toStdString();
  job->options.now = now;
  job->options.app_version = "amparo-app";
  for (const auto& n : noteIds) job->options.note_ids.push_back(n.toStdString());
  // The bundle is written on the worker too (it reads every note and file); a lock stops it.
  auto work = [job](vault::Vault& lent, const std::atomic<bool>& cancelled) {
    exchange::VaultSource notes(lent);
    StoppableSource source(notes, cancelled);
    auto written = exchange::write_bundle_file(source, job->card, job->path, job->options);
    if (written) {
      job->written = true;
    } else {
      job->error = written.error().code;
    }
  };
  const QString org = qs(record->card.name);
  return check(
      passphrase, std::move(work),
      [this, job, name, org, path](LendResult result) {
        if (result == LendResult::Cancelled) {
          // Locked after the last write: nothing leaves the vault once it is locked.
          if (job->written) QFile::remove(path);
          return false;
        }
        if (result == LendResult::WrongPassphrase)
          return setError(tr("That passphrase is not right. Nothing was sent."));
        if (!job->written) return setError(describeExchange(job->error.value_or(ExchangeError::Io)));
        lastExportFile_ = name;
        lastExportOrg_ = org;
        lastExportPath_ = QFileInfo(path).absoluteFilePath();
        clearError();
        emit exported();
        return true;
      },
      &OrgsBridge::exportFinished);
#else
  Q_UNUSED(id);
  Q_UNUSED(noteIds);
  Q_UNUSED(folder);
  Q_UNUSED(passphrase);
  return setError(tr("Sending to organizations is not available in this build."));
#endif
}

}  // namespace amparo::ui
