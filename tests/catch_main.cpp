// Shared Catch2 main: initialises libsodium once before any test runs.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "crypto/init.h"

int main(int argc, char* argv[]) {
  if (!amparo::crypto::initialize()) {
    return 2;
  }
  return Catch::Session().run(argc, argv);
}
