# Warnings, hardening and sanitizers for Amparo's own targets.
# Call amparo_target_defaults(<target>) on every target we own; third-party code is not touched.

# SR-37: PIE, RELRO/now, stack protector and FORTIFY on every build but the sanitizer and fuzz builds.
set(AMPARO_HARDEN_COMPILE -fstack-protector-strong)
set(AMPARO_HARDEN_LINK -Wl,-z,relro -Wl,-z,now -Wl,-z,noexecstack)

function(amparo_target_defaults target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                           -Wconversion -Wno-sign-conversion)
  if(AMPARO_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
    # GCC 12 at -O3 reports false positives inside libstdc++'s std::string/std::copy inlining
    # (GCC bugs 105329, 105651): keep them visible as warnings, but not fatal.
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
      target_compile_options(${target} PRIVATE -Wno-error=restrict -Wno-error=array-bounds
                                               -Wno-error=stringop-overflow -Wno-error=stringop-overread)
    endif()
  endif()
  if(NOT AMPARO_SANITIZE AND NOT AMPARO_FUZZ)
    target_compile_options(${target} PRIVATE ${AMPARO_HARDEN_COMPILE}
                                             $<$<NOT:$<CONFIG:Debug>>:-D_FORTIFY_SOURCE=2>)
    target_link_options(${target} PRIVATE ${AMPARO_HARDEN_LINK})
  endif()
  get_target_property(_type ${target} TYPE)
  if(_type STREQUAL "EXECUTABLE")
    set_target_properties(${target} PROPERTIES POSITION_INDEPENDENT_CODE ON)
    target_link_options(${target} PRIVATE -pie)
  endif()
endfunction()

if(AMPARO_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
