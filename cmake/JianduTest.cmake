# jiandu_add_test(<name> SOURCES ... LIBRARIES ... [GUI])
# A QtTest executable registered with CTest. Every test runs on the offscreen platform with
# its own empty HOME and XDG directories, so it never touches a user's real data.
function(jiandu_add_test name)
    cmake_parse_arguments(ARG "GUI" "" "SOURCES;LIBRARIES" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBRARIES})
    target_include_directories(${name} PRIVATE "${PROJECT_SOURCE_DIR}/tests/support")
    set_target_properties(${name} PROPERTIES
        RUNTIME_OUTPUT_DIRECTORY "${PROJECT_BINARY_DIR}/tests/bin"
        INSTALL_RPATH "$ORIGIN/../../${JIANDU_LIB_DIR}")
    add_test(NAME ${name} COMMAND ${name})
    set(home "${PROJECT_BINARY_DIR}/tests/home/${name}")
    set_tests_properties(${name} PROPERTIES
        TIMEOUT 120
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;HOME=${home};XDG_DATA_HOME=${home}/.local/share;XDG_CONFIG_HOME=${home}/.config;XDG_RUNTIME_DIR=${home}/run;JIANDU_MODULE_DIR=${PROJECT_BINARY_DIR}/${JIANDU_MODULE_DIR};QT_PLUGIN_PATH=${PROJECT_BINARY_DIR}/${JIANDU_LIB_DIR}/plugins;GST_REGISTRY=${PROJECT_BINARY_DIR}/tests/gstreamer-registry.bin")
    file(MAKE_DIRECTORY "${home}/run")
    file(CHMOD "${home}/run" PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
endfunction()
