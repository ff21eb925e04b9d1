// iOS only (not built in this CI): mark the vault folder NSURLIsExcludedFromBackupKey so that
// neither iCloud nor Finder/iTunes backups copy it (SR-31). Files inside inherit the exclusion.
#include "platform/storage/backup_exclusion.h"

#import <Foundation/Foundation.h>

namespace amparo::platform {

PlatformResult<void> exclude_from_backup(const std::filesystem::path& folder) {
  @autoreleasepool {
    NSString* path = [NSString stringWithUTF8String:folder.c_str()];
    NSURL* url = [NSURL fileURLWithPath:path isDirectory:YES];
    NSError* error = nil;
    if (![url setResourceValue:@YES forKey:NSURLIsExcludedFromBackupKey error:&error]) {
      return make_error(PlatformError::Failed, "NSURLIsExcludedFromBackupKey");
    }
  }
  return {};
}

}  // namespace amparo::platform
