// Android share sheet (Android builds only; not compiled in this CI). Qt 6.4 public JNI API.
//
// Flow, on the Android main thread:
//   File f = new File(path);
//   Uri uri = FileProvider.getUriForFile(activity, activity.getPackageName() + ".fileprovider", f);
//   Intent send = new Intent(Intent.ACTION_SEND).setType(mime)
//       .putExtra(Intent.EXTRA_STREAM, uri).addFlags(Intent.FLAG_GRANT_READ_URI_PERMISSION);
//   send.setClipData(ClipData.newRawUri("", uri));   // the grant reaches the app picked in the chooser
//   activity.startActivity(Intent.createChooser(send, null));
// FileProvider is androidx.core.content.FileProvider (androidx.core, which Qt's Android
// build.gradle template already depends on). The authority and the shareable folders must match
// platform/android/AndroidManifest.xml (<provider>) and platform/android/res/xml/share_paths.xml:
// getUriForFile throws IllegalArgumentException for any other folder, reported as Unavailable.
#include <QtCore/qcoreapplication_platform.h>

#include <QCoreApplication>
#include <QFuture>
#include <QJniEnvironment>
#include <QJniObject>
#include <QVariant>

#include "platform/share/share_sheet.h"

namespace amparo::platform {
namespace {

constexpr jint kFlagGrantReadUriPermission = 0x00000001;  // Intent.FLAG_GRANT_READ_URI_PERMISSION

enum class Step : int { Shown = 0, NoActivity, NotShareable, Refused };

QJniObject jstr(const QString& s) {
  return QJniObject::fromString(s);
}

Step showChooser(const QString& path, const QString& mime) {
  QJniEnvironment env;
  QJniObject activity(QNativeInterface::QAndroidApplication::context());
  if (!activity.isValid()) return Step::NoActivity;

  const QJniObject packageName = activity.callObjectMethod("getPackageName", "()Ljava/lang/String;");
  if (env.checkAndClearExceptions() || !packageName.isValid()) return Step::NoActivity;
  const QString authority = packageName.toString() + QStringLiteral(".fileprovider");

  const QJniObject javaPath = jstr(path);
  QJniObject file("java/io/File", "(Ljava/lang/String;)V", javaPath.object<jstring>());
  if (env.checkAndClearExceptions() || !file.isValid()) return Step::NotShareable;

  const QJniObject javaAuthority = jstr(authority);
  QJniObject uri = QJniObject::callStaticObjectMethod(
      "androidx/core/content/FileProvider", "getUriForFile",
      "(Landroid/content/Context;Ljava/lang/String;Ljava/io/File;)Landroid/net/Uri;", activity.object(),
      javaAuthority.object<jstring>(), file.object());
  if (env.checkAndClearExceptions() || !uri.isValid()) return Step::NotShareable;  // outside share_paths

  const QJniObject action =
      QJniObject::getStaticObjectField("android/content/Intent", "ACTION_SEND", "Ljava/lang/String;");
  const QJniObject extraStream =
      QJniObject::getStaticObjectField("android/content/Intent", "EXTRA_STREAM", "Ljava/lang/String;");
  QJniObject send("android/content/Intent", "(Ljava/lang/String;)V", action.object<jstring>());
  if (env.checkAndClearExceptions() || !send.isValid()) return Step::Refused;
  const QJniObject javaMime = jstr(mime);
  send.callObjectMethod("setType", "(Ljava/lang/String;)Landroid/content/Intent;",
                        javaMime.object<jstring>());
  send.callObjectMethod("putExtra", "(Ljava/lang/String;Landroid/os/Parcelable;)Landroid/content/Intent;",
                        extraStream.object<jstring>(), uri.object());
  send.callObjectMethod("addFlags", "(I)Landroid/content/Intent;", kFlagGrantReadUriPermission);
  const QJniObject label = jstr(QString());
  const QJniObject clip = QJniObject::callStaticObjectMethod(
      "android/content/ClipData", "newRawUri",
      "(Ljava/lang/CharSequence;Landroid/net/Uri;)Landroid/content/ClipData;", label.object<jstring>(),
      uri.object());
  if (clip.isValid()) send.callMethod<void>("setClipData", "(Landroid/content/ClipData;)V", clip.object());
  if (env.checkAndClearExceptions()) return Step::Refused;

  QJniObject chooser = QJniObject::callStaticObjectMethod(
      "android/content/Intent", "createChooser",
      "(Landroid/content/Intent;Ljava/lang/CharSequence;)Landroid/content/Intent;", send.object(),
      static_cast<jobject>(nullptr));
  if (env.checkAndClearExceptions() || !chooser.isValid()) return Step::Refused;
  chooser.callObjectMethod("addFlags", "(I)Landroid/content/Intent;", kFlagGrantReadUriPermission);
  activity.callMethod<void>("startActivity", "(Landroid/content/Intent;)V", chooser.object());
  if (env.checkAndClearExceptions()) return Step::Refused;  // e.g. ActivityNotFoundException
  return Step::Shown;
}

class AndroidShareSheet final : public ShareSheet {
 public:
  [[nodiscard]] bool available() const noexcept override { return true; }
  [[nodiscard]] PlatformResult<void> share(const QString& path, const QString& mime) override {
    const auto future = QNativeInterface::QAndroidApplication::runOnAndroidMainThread(
        [path, mime]() -> QVariant { return static_cast<int>(showChooser(path, mime)); });
    switch (static_cast<Step>(future.result().toInt())) {
      case Step::Shown:
        return {};
      case Step::NoActivity:
        return make_error(PlatformError::Unavailable, "no activity");
      case Step::NotShareable:
        return make_error(PlatformError::Unavailable, "FileProvider.getUriForFile");
      case Step::Refused:
        break;
    }
    return make_error(PlatformError::Failed, "startActivity(ACTION_SEND chooser)");
  }
};

}  // namespace

std::unique_ptr<ShareSheet> make_android_share_sheet() {
  return std::make_unique<AndroidShareSheet>();
}

}  // namespace amparo::platform
