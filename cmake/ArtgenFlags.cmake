# One interface target carries the strict flags for every target (taken from qBittorrent's
# CommonConfig): warnings on, Qt's implicit conversions and context-less connects off.
add_library(artgen_flags INTERFACE)
target_compile_features(artgen_flags INTERFACE cxx_std_20)
target_compile_options(artgen_flags INTERFACE -Wall -Wextra -Wpedantic)
target_compile_definitions(artgen_flags INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_KEYWORDS
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
