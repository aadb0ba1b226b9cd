# One INTERFACE target carries the language level, the warnings and the strict Qt defines, so
# every project target opts in the same way and third-party code is left alone.
add_library(descope_build_settings INTERFACE)
add_library(Descope::BuildSettings ALIAS descope_build_settings)

target_compile_features(descope_build_settings INTERFACE cxx_std_20)

target_compile_options(descope_build_settings INTERFACE
    -Wall -Wextra -Wpedantic
    -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual -Wshadow
    -Wcast-align -Wnull-dereference -Wimplicit-fallthrough
    -Wformat=2 -Wmisleading-indentation)

if(DESCOPE_WARNINGS_AS_ERRORS)
    target_compile_options(descope_build_settings INTERFACE -Werror)
endif()

target_compile_definitions(descope_build_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    $<$<NOT:$<CONFIG:Debug>>:QT_NO_DEBUG_OUTPUT>)
