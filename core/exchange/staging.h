// Output that appears only on success (SR-24): a private staging folder next to the destination
// (same file system, never /tmp), renamed into place by commit(); removed on destruction otherwise.
#pragma once

#include <filesystem>

#include "exchange/error.h"

namespace amparo::exchange {

class StagedDir {
 public:
  // Refuses (OutputExists) when `destination` exists; creates "<parent>/.<name>.partial-<random>" (0700).
  [[nodiscard]] static ExchangeResult<StagedDir> create(const std::filesystem::path& destination);
  StagedDir(StagedDir&& other) noexcept;
  StagedDir& operator=(StagedDir&&) = delete;
  StagedDir(const StagedDir&) = delete;
  StagedDir& operator=(const StagedDir&) = delete;
  ~StagedDir();

  [[nodiscard]] const std::filesystem::path& path() const noexcept { return temp_; }
  // Renames the staging folder to the destination (fails if the destination appeared meanwhile).
  [[nodiscard]] ExchangeResult<void> commit();

 private:
  StagedDir(std::filesystem::path temp, std::filesystem::path destination)
      : temp_(std::move(temp)), destination_(std::move(destination)) {}
  std::filesystem::path temp_;
  std::filesystem::path destination_;
  bool active_ = true;
};

}  // namespace amparo::exchange
