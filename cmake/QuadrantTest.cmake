# SPDX-License-Identifier: MIT
# quadrant_add_test(NAME SOURCES ... LIBS ... [LABEL engine|gui|cli])
# One Qt Test executable per class; run offscreen so no display is needed.
function(quadrant_add_test name)
    cmake_parse_arguments(T "" "LABEL" "SOURCES;LIBS" ${ARGN})
    if(NOT T_LABEL)
        set(T_LABEL engine)
    endif()
    add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test quadrant_warnings ${T_LIBS})
    target_compile_definitions(${name} PRIVATE
        QUADRANT_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data"
        QUADRANT_CLI_PATH="$<TARGET_FILE:quadrant-cli>")
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        LABELS ${T_LABEL}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8"
        SKIP_RETURN_CODE 77
        TIMEOUT 300)
endfunction()
