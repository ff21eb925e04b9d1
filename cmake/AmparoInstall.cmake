# Install rules (issue 6/5 packaging): `cmake --install <build> --prefix <dir>` gives a desktop
# install that runs from any prefix and needs nothing from the build tree:
#   bin/amparo, bin/amparo-cli, bin/amparo-intake, bin/amparo-pack
#   <libdir>/amparo/qml/Amparo/Scan/   qmldir, amparo_scan.qmltypes, the plugin and its library
#   share/doc/amparo/                  README.md, cli.md
# The app adds <app dir>/${AMPARO_QML_INSTALL_RELDIR} to its QML import path (appbootstrap.cpp);
# the build tree keeps working from <build>/ui/Amparo/Scan (next to ui/amparo). Benchmarks, tests
# and static libraries are never installed. tests/packaging installs into a temporary prefix and
# runs the result. Included by the top-level CMakeLists.txt after ui/ and tools/.

# No world-writable (or group-writable) directories whatever the umask.
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

# Our executables link no shared library of ours (core, platform and ui are static; Qt and the
# other dependencies are system libraries): no RPATH in the installed copies. The build-tree
# RPATH is removed by the install step.
foreach(_tool amparo amparo-cli amparo-intake amparo-pack)
  if(TARGET ${_tool})
    set_target_properties(${_tool} PROPERTIES INSTALL_RPATH "")
    install(TARGETS ${_tool} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
  endif()
endforeach()

# Amparo.Scan: the QML plugin loads libamparo_scan.so from its own folder ($ORIGIN), wherever the
# prefix is. Qt's default plugin RPATH ($ORIGIN/../../../<libdir>) does not fit this layout.
if(TARGET amparo_scan AND TARGET amparo_scanplugin)
  set(_scan_dest ${AMPARO_INSTALL_QMLDIR}/Amparo/Scan)
  set_target_properties(amparo_scan PROPERTIES INSTALL_RPATH "")
  set_target_properties(amparo_scanplugin PROPERTIES INSTALL_RPATH "\$ORIGIN")
  install(TARGETS amparo_scan amparo_scanplugin LIBRARY DESTINATION ${_scan_dest})
  get_target_property(_scan_dir amparo_scan QT_QML_MODULE_OUTPUT_DIRECTORY)
  get_target_property(_scan_types amparo_scan QT_QML_MODULE_TYPEINFO)
  if(NOT _scan_types)
    set(_scan_types amparo_scan.qmltypes)
  endif()
  install(FILES ${_scan_dir}/qmldir ${_scan_dir}/${_scan_types} DESTINATION ${_scan_dest})
endif()

install(FILES ${CMAKE_SOURCE_DIR}/README.md ${CMAKE_SOURCE_DIR}/docs/cli.md
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/amparo)
