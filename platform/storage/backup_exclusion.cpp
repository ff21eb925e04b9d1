#include "platform/storage/backup_exclusion.h"

#if defined(__APPLE__)
#include <TargetConditionals.h>
#endif

namespace amparo::platform {

#if !(defined(__APPLE__) && TARGET_OS_IPHONE)
PlatformResult<void> exclude_from_backup(const std::filesystem::path& folder) {
  std::error_code ec;
  if (!std::filesystem::is_directory(folder, ec)) return make_error(PlatformError::Failed, "not a folder");
#if defined(__ANDROID__)
  return {};  // the manifest's allowBackup="false" + data_extraction_rules.xml cover every file
#else
  return make_error(PlatformError::Unsupported, "desktop backups are not controlled by the app");
#endif
}
#endif

}  // namespace amparo::platform
