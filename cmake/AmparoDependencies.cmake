# All dependencies come from Debian 12 packages (scripts/deps installs them).
find_package(PkgConfig REQUIRED)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium>=1.0.18)
pkg_check_modules(SQLCIPHER REQUIRED IMPORTED_TARGET sqlcipher)
find_package(nlohmann_json 3.10 REQUIRED)

# SR-37: libsodium older than Debian's 1.0.18-1+deb12u1 carries CVE-2025-69277. pkg-config cannot see the
# Debian revision, so ask dpkg where it exists; elsewhere (phones) the build pins its own copy.
find_program(DPKG_QUERY dpkg-query)
if(DPKG_QUERY)
  execute_process(COMMAND ${DPKG_QUERY} -W -f=\${Version} libsodium23
                  OUTPUT_VARIABLE AMPARO_SODIUM_DEB RESULT_VARIABLE _rc ERROR_QUIET)
  if(_rc EQUAL 0 AND AMPARO_SODIUM_DEB)
    execute_process(COMMAND dpkg --compare-versions "${AMPARO_SODIUM_DEB}" ge "1.0.18-1+deb12u1"
                    RESULT_VARIABLE _ok)
    if(NOT _ok EQUAL 0)
      message(FATAL_ERROR "libsodium ${AMPARO_SODIUM_DEB} is older than 1.0.18-1+deb12u1 (CVE-2025-69277)")
    endif()
    message(STATUS "libsodium (Debian) ${AMPARO_SODIUM_DEB}")
  endif()
endif()
message(STATUS "SQLCipher ${SQLCIPHER_VERSION}, libsodium ${SODIUM_VERSION}")

if(AMPARO_BUILD_TESTS AND NOT AMPARO_FUZZ)
  find_package(Catch2 2.13 REQUIRED)
endif()
