# Translations for all three programs, embedded into artgen_core under :/i18n so the GUI and
# artgenctl load the same .qm files. `ninja update_translations` refreshes the .ts files from
# the sources (the `artgen_core_lupdate` target); tests/unit/tst_translations fails on any
# string of the code that has no finished Russian translation.
file(GLOB_RECURSE ARTGEN_TR_SOURCES CONFIGURE_DEPENDS
    ${CMAKE_SOURCE_DIR}/src/*.cpp ${CMAKE_SOURCE_DIR}/src/*.h ${CMAKE_SOURCE_DIR}/ui/*.ui)
set(ARTGEN_TS_FILES
    ${CMAKE_SOURCE_DIR}/translations/artgen_ru.ts
    ${CMAKE_SOURCE_DIR}/translations/artgen_en.ts)
qt_add_translations(artgen_core
    TS_FILES ${ARTGEN_TS_FILES}
    SOURCES ${ARTGEN_TR_SOURCES}
    RESOURCE_PREFIX /i18n
    LUPDATE_OPTIONS -no-obsolete -locations none)
