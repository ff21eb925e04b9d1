// PickedFile / DeviceStreamBuf (ui/src/pickedfile.h): what the file picker hands over reaches the
// vault through QFile, so Android content:// URIs work like local paths; other schemes are refused
// without any network access (SR-36); a device that fails mid-way leaves no attachment behind.
#include <QTemporaryDir>
#include <QtTest>
#include <filesystem>
#include <random>

#include "crypto/init.h"
#include "pickedfile.h"
#include "vault/vault.h"

using amparo::ui::DeviceStreamBuf;
using amparo::ui::PickedFile;

namespace {

QByteArray randomBytes(qsizetype n) {
  QByteArray b(n, Qt::Uninitialized);
  std::mt19937 rng(42);
  for (auto& c : b) c = static_cast<char>(rng());
  return b;
}

std::string readAll(std::istream& in, std::size_t block) {
  std::string out;
  std::string buf(block, '\0');
  while (in.read(buf.data(), static_cast<std::streamsize>(buf.size())) || in.gcount() > 0)
    out.append(buf.data(), static_cast<std::size_t>(in.gcount()));
  return out;
}

// A device that serves `good` bytes, then fails.
class FailingDevice final : public QIODevice {
 public:
  explicit FailingDevice(qint64 good) : good_(good) { open(QIODevice::ReadOnly); }

 protected:
  qint64 readData(char* data, qint64 max) override {
    if (served_ >= good_) return -1;
    const qint64 n = std::min(max, good_ - served_);
    std::memset(data, 'x', static_cast<std::size_t>(n));
    served_ += n;
    return n;
  }
  qint64 writeData(const char*, qint64) override { return -1; }

 private:
  qint64 good_;
  qint64 served_ = 0;
};

}  // namespace

class TestPickedFile : public QObject {
  Q_OBJECT
 private slots:
  void initTestCase() { QVERIFY(amparo::crypto::initialize()); }

  void localFilesWithOddNamesStreamEveryByte() {
    QTemporaryDir dir;
    const QByteArray data = randomBytes(3 * 1024 * 1024 + 17);  // several buffers, odd tail
    for (const QString& name : {QStringLiteral("report #1 (final).bin"), QStringLiteral("صورة الحادث.bin")}) {
      QFile f(dir.filePath(name));
      QVERIFY(f.open(QIODevice::WriteOnly));
      f.write(data);
      f.close();
      PickedFile::Problem problem{};
      auto picked = PickedFile::open(QUrl::fromLocalFile(f.fileName()), problem);
      QVERIFY(picked);
      QCOMPARE(problem, PickedFile::Problem::None);
      QCOMPARE(QString::fromStdString(picked->name()), name);
      // Big blocks (the vault's 1 MiB reads, straight into the caller's buffer) ...
      const std::string got = readAll(picked->stream(), 1 << 20);
      QCOMPARE(got.size(), static_cast<std::size_t>(data.size()));
      QVERIFY(std::memcmp(got.data(), data.constData(), got.size()) == 0);
      QVERIFY(!picked->stream().bad());
    }
    // ... and small reads through the buffer.
    PickedFile::Problem problem{};
    auto picked =
        PickedFile::open(QUrl::fromLocalFile(dir.filePath(QStringLiteral("report #1 (final).bin"))), problem);
    QVERIFY(picked);
    const std::string got = readAll(picked->stream(), 1000);
    QVERIFY(got.size() == static_cast<std::size_t>(data.size()) &&
            std::memcmp(got.data(), data.constData(), got.size()) == 0);
  }

  void typeComesFromTheContent() {
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("photo")));  // no extension
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray::fromHex("89504e470d0a1a0a0000000d49484452"));  // PNG signature
    f.close();
    PickedFile::Problem problem{};
    auto picked = PickedFile::open(QUrl::fromLocalFile(f.fileName()), problem);
    QVERIFY(picked);
    QCOMPARE(QString::fromStdString(picked->mime()), QStringLiteral("image/png"));
    QCOMPARE(readAll(picked->stream(), 4096).size(), std::size_t{16});  // the sniffing consumed nothing
  }

  void otherSchemesAreRefusedWithoutFetching() {
    for (const char* url :
         {"http://example.org/a.jpg", "https://example.org/a.jpg", "qrc:/i18n/x", "ftp://h/f"}) {
      PickedFile::Problem problem{};
      QVERIFY(!PickedFile::open(QUrl(QString::fromLatin1(url)), problem));
      QCOMPARE(problem, PickedFile::Problem::NotAFile);
    }
  }

  void missingFilesAndFoldersAreUnreadable() {
    QTemporaryDir dir;
    PickedFile::Problem problem{};
    QVERIFY(!PickedFile::open(QUrl::fromLocalFile(dir.filePath(QStringLiteral("gone.jpg"))), problem));
    QCOMPARE(problem, PickedFile::Problem::Unreadable);
    QVERIFY(!PickedFile::open(QUrl::fromLocalFile(dir.path()), problem));
    QCOMPARE(problem, PickedFile::Problem::Unreadable);
    // On this desktop no content provider answers: refused as unreadable, not crashed.
    QVERIFY(
        !PickedFile::open(QUrl(QStringLiteral("content://com.android.providers.media/document/1")), problem));
    QCOMPARE(problem, PickedFile::Problem::Unreadable);
  }

  void aDeviceFailingMidwayLeavesNoAttachment() {
    FailingDevice device(2 * 1024 * 1024 + 5);
    DeviceStreamBuf buffer(device);
    std::istream in(&buffer);
    QTemporaryDir dir;
    const std::filesystem::path vaultDir = std::filesystem::path(dir.path().toStdString()) / "v";
    const auto pass = [] {
      return amparo::crypto::SecretBuffer::copy_of(std::string_view("passphrase one"));
    };
    auto v = amparo::vault::Vault::create(vaultDir, pass(), amparo::vault::CreateOptions{});
    QVERIFY(v);
    amparo::vault::NoteFields fields;
    fields.title = amparo::vault::to_text("stop");
    auto note = v->add_note(fields);
    QVERIFY(note);
    auto added = v->add_attachment(*note, in, "video.mp4", "video/mp4");
    QVERIFY(!added);  // an I/O error, not a silently shortened attachment
    auto list = v->attachments(*note);
    QVERIFY(list);
    QVERIFY(list->empty());
  }
};

QTEST_GUILESS_MAIN(TestPickedFile)
#include "test_pickedfile.moc"
