// SR-31: keep the vault out of the OS's backups.
//   iOS:     sets NSURLIsExcludedFromBackupKey on the vault folder (backup_exclusion_ios.mm); the
//            flag must be set again if the folder is re-created, so call it after every create.
//   Android: nothing to do at run time; AndroidManifest.xml disables backup and device transfer.
//   Linux:   Unsupported: desktop backups are chosen by the person (the SR-38 notice says so).
#pragma once

#include <filesystem>

#include "platform/common/platform_error.h"

namespace amparo::platform {

[[nodiscard]] PlatformResult<void> exclude_from_backup(const std::filesystem::path& folder);

}  // namespace amparo::platform
