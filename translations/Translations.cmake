# The console's message catalogues: one .ts file per language, compiled by lrelease and embedded
# in the target under ":/i18n" (app/Translations.cpp loads them from there). Included from
# app/CMakeLists.txt for descope_app_services, which both the program and the GUI tests link.
#
#   cmake --build <dir> --target update_translations   # refresh the .ts files from the sources
#
# English is the source language: its catalogue holds only the plural forms ("%n key(s)" as
# "1 key" / "2 keys"), so lupdate fills it with -pluralonly and it gets a lupdate target of its
# own. scripts/check-translations runs lupdate with the same options and fails on anything left
# to translate; keep the two in step.

set(DESCOPE_TRANSLATED_LANGUAGES de fr he)
set(DESCOPE_SOURCE_LANGUAGE en)
set(DESCOPE_LUPDATE_OPTIONS -locations none -no-obsolete)

function(descope_add_translations target)
    set(ts_dir "${PROJECT_SOURCE_DIR}/translations")
    set(source_dirs
        "${PROJECT_SOURCE_DIR}/api" "${PROJECT_SOURCE_DIR}/models"
        "${PROJECT_SOURCE_DIR}/app" "${PROJECT_SOURCE_DIR}/ui")
    set(globs "")
    foreach(dir IN LISTS source_dirs)
        list(APPEND globs "${dir}/*.cpp" "${dir}/*.h")
    endforeach()
    file(GLOB sources CONFIGURE_DEPENDS ${globs})

    set(translated_ts "")
    foreach(language IN LISTS DESCOPE_TRANSLATED_LANGUAGES)
        list(APPEND translated_ts "${ts_dir}/descope_keys_${language}.ts")
    endforeach()
    set(source_ts "${ts_dir}/descope_keys_${DESCOPE_SOURCE_LANGUAGE}.ts")

    qt_add_lupdate(${target}
        TS_FILES ${translated_ts}
        SOURCES ${sources}
        INCLUDE_DIRECTORIES ${source_dirs}
        OPTIONS ${DESCOPE_LUPDATE_OPTIONS})
    qt_add_lupdate(${target}_plurals
        TS_FILES ${source_ts}
        SOURCES ${sources}
        INCLUDE_DIRECTORIES ${source_dirs}
        OPTIONS ${DESCOPE_LUPDATE_OPTIONS} -pluralonly)
    qt_add_lrelease(${target}
        TS_FILES ${translated_ts} ${source_ts}
        QM_FILES_OUTPUT_VARIABLE qm_files)
    qt_add_resources(${target} descope_translations
        PREFIX "/i18n"
        BASE "${CMAKE_CURRENT_BINARY_DIR}"
        FILES ${qm_files})
endfunction()
