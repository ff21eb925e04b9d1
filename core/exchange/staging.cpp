#include "exchange/staging.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "crypto/random.h"

namespace amparo::exchange {

ExchangeResult<StagedDir> StagedDir::create(const std::filesystem::path& destination) {
  std::error_code ec;
  if (destination.empty() || !destination.has_filename()) {
    return make_error(ExchangeError::InvalidArgument, "output folder");
  }
  if (std::filesystem::exists(std::filesystem::symlink_status(destination, ec))) {
    return make_error(ExchangeError::OutputExists, destination.filename().string());
  }
  const auto parent = destination.has_parent_path() ? destination.parent_path() : std::filesystem::path(".");
  if (!std::filesystem::is_directory(parent, ec)) {
    return make_error(ExchangeError::Io, "the output folder's parent does not exist");
  }
  const auto temp = parent / ("." + destination.filename().string() + ".partial-" + crypto::random_id(8));
  if (::mkdir(temp.c_str(), 0700) != 0) {
    return make_error(ExchangeError::Io, std::string("creating the staging folder: ") + std::strerror(errno));
  }
  return StagedDir(temp, destination);
}

StagedDir::StagedDir(StagedDir&& other) noexcept
    : temp_(std::move(other.temp_)), destination_(std::move(other.destination_)), active_(other.active_) {
  other.active_ = false;
}

StagedDir::~StagedDir() {
  if (active_) {
    std::error_code ec;
    std::filesystem::remove_all(temp_, ec);
  }
}

ExchangeResult<void> StagedDir::commit() {
  if (!active_) return make_error(ExchangeError::InvalidArgument, "already committed");
  std::error_code ec;
  if (std::filesystem::exists(std::filesystem::symlink_status(destination_, ec))) {
    return make_error(ExchangeError::OutputExists, destination_.filename().string());
  }
  // rename(2) onto a non-existent name; an empty folder created meanwhile would be replaced, so
  // re-check above narrows the window; RENAME_NOREPLACE is not portable to every target libc.
  if (std::rename(temp_.c_str(), destination_.c_str()) != 0) {
    return make_error(ExchangeError::Io,
                      std::string("moving the output into place: ") + std::strerror(errno));
  }
  active_ = false;
  return {};
}

}  // namespace amparo::exchange
