# artgen_add_test(NAME SOURCES ... LIBS ... [LABELS ...] [ENVIRONMENT ...])
# Every test gets its own settings file and data folders under the build tree, so tests never
# touch the user's real settings and can run in parallel.
function(artgen_add_test name)
    cmake_parse_arguments(T "" "" "SOURCES;LIBS;LABELS;ENVIRONMENT" ${ARGN})
    qt_add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test artgen_flags ${T_LIBS})
    target_compile_definitions(${name} PRIVATE
        ARTGEN_TEST_SOURCE_DIR="${CMAKE_SOURCE_DIR}"
        ARTGEN_TEST_BINARY_DIR="${CMAKE_BINARY_DIR}")
    add_test(NAME ${name} COMMAND ${name})
    set(home ${CMAKE_BINARY_DIR}/test-home/${name})
    set_tests_properties(${name} PROPERTIES
        LABELS "${T_LABELS}"
        ENVIRONMENT "ARTGEN_CONFIG=${home}/artgen.conf;XDG_DATA_HOME=${home}/data;XDG_CONFIG_HOME=${home}/config;XDG_RUNTIME_DIR=${home}/run;${T_ENVIRONMENT}")
endfunction()
