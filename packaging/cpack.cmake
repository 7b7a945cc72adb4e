# SPDX-License-Identifier: MIT
# The Debian package: `cpack -G DEB` in the build folder writes quadrant_VERSION_ARCH.deb.
# Library dependencies are computed by dpkg-shlibdeps; what is loaded as a plugin or only read
# (the SQLite driver, Qt's own translations, a font with Chinese glyphs) is named here.
set(CPACK_PACKAGE_NAME quadrant)
set(CPACK_PACKAGE_VENDOR "The Quadrant developers")
set(CPACK_PACKAGE_CONTACT "The Quadrant developers <quadrant@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "offline product and customer analytics workbench")
set(CPACK_PACKAGE_DESCRIPTION
    "Quadrant imports behaviour events and CRM data into one local project file and answers\n\
product and customer-success questions without a server: funnels, retention grids, paths,\n\
heatmaps, trends, A/B tests, account health, pipeline, channel ROI and lead scoring.\n\
quadrant-cli runs the same analyses from scripts.")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/quadrant-analytics/quadrant")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, libqt6svg6, fonts-wqy-microhei | fonts-noto-cjk")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, xdg-utils")

# Windows and macOS (not built here; packaging/README.md has the deploy steps).
set(CPACK_NSIS_DISPLAY_NAME Quadrant)
set(CPACK_NSIS_PACKAGE_NAME Quadrant)
set(CPACK_NSIS_INSTALLED_ICON_NAME bin/quadrant.exe)
set(CPACK_NSIS_CREATE_ICONS_EXTRA
    "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\Quadrant.lnk' '$INSTDIR\\\\bin\\\\quadrant.exe'")
set(CPACK_DMG_VOLUME_NAME Quadrant)

include(CPack)
