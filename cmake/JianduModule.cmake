# jiandu_add_module(<id>
#     VERSION <x.y.z>            defaults to the project version
#     SOURCES <files...>
#     DEPENDS <module ids...>    other feature modules that must load first
#     LIBRARIES <targets...>     extra link libraries
#     TEST_FIXTURE)              build into tests/fixture-modules, never installed
#
# Builds a feature module as a Qt plugin in the module directory. The plugin metadata
# (<id>.json.in beside the sources) gets its version and its dependency list from here,
# so the JSON and the build never disagree.
function(jiandu_add_module id)
    cmake_parse_arguments(ARG "TEST_FIXTURE" "VERSION" "SOURCES;DEPENDS;LIBRARIES" ${ARGN})
    if(NOT ARG_VERSION)
        set(ARG_VERSION "${PROJECT_VERSION}")
    endif()
    set(target "jiandu_module_${id}")

    set(deps_json "")
    foreach(dep IN LISTS ARG_DEPENDS)
        if(deps_json)
            string(APPEND deps_json ", ")
        endif()
        string(APPEND deps_json "{ \"Id\": \"${dep}\", \"Version\": \"${ARG_VERSION}\" }")
    endforeach()
    set(JIANDU_MODULE_ID "${id}")
    set(JIANDU_MODULE_VERSION "${ARG_VERSION}")
    set(JIANDU_MODULE_DEPENDENCIES "[${deps_json}]")
    configure_file("${CMAKE_CURRENT_SOURCE_DIR}/${id}.json.in"
                   "${CMAKE_CURRENT_BINARY_DIR}/${id}.json" @ONLY)

    # The module's code once, as objects: the plugin is made of them, and so can be the
    # tests beside the module (modules/<id>/tests link ${target}_objects).
    add_library(${target}_objects OBJECT ${ARG_SOURCES})
    set_target_properties(${target}_objects PROPERTIES POSITION_INDEPENDENT_CODE ON)
    target_include_directories(${target}_objects PUBLIC "${CMAKE_CURRENT_BINARY_DIR}"
                                                        "${CMAKE_CURRENT_SOURCE_DIR}")
    target_link_libraries(${target}_objects PUBLIC Jiandu::ModuleApi ${ARG_LIBRARIES})
    add_library(${target} MODULE $<TARGET_OBJECTS:${target}_objects>)
    set_target_properties(${target} PROPERTIES AUTOMOC OFF AUTORCC OFF AUTOUIC OFF)
    target_link_libraries(${target} PRIVATE Jiandu::ModuleApi ${ARG_LIBRARIES})
    set_target_properties(${target} PROPERTIES
        PREFIX ""
        OUTPUT_NAME "${id}"
        LIBRARY_OUTPUT_DIRECTORY "${PROJECT_BINARY_DIR}/${JIANDU_MODULE_DIR}"
        INSTALL_RPATH "${JIANDU_MODULE_RPATH}")
    if(ARG_TEST_FIXTURE)
        set_target_properties(${target} PROPERTIES
            LIBRARY_OUTPUT_DIRECTORY "${PROJECT_BINARY_DIR}/tests/fixture-modules"
            INSTALL_RPATH "$ORIGIN/../../${JIANDU_LIB_DIR}")
        return()
    endif()
    install(TARGETS ${target} LIBRARY DESTINATION "${JIANDU_MODULE_DIR}" COMPONENT runtime)
endfunction()

# jiandu_add_library(<name> SOURCES ... LIBRARIES ... [COMPONENT common]) — a shared library
# private to Jiandu, installed beside the modules so every process shares one copy (one log
# hub, one clock). COMPONENT common: also used by the central service (the jiandu-common
# package both the client and jiandu-central depend on); otherwise the client's.
function(jiandu_add_library name)
    cmake_parse_arguments(ARG "" "COMPONENT" "SOURCES;PUBLIC_LIBRARIES;PRIVATE_LIBRARIES" ${ARGN})
    if(NOT ARG_COMPONENT)
        set(ARG_COMPONENT runtime)
    endif()
    set(target "jiandu_${name}")
    add_library(${target} SHARED ${ARG_SOURCES})
    string(TOUPPER "${name}" upper)
    target_compile_definitions(${target} PRIVATE JIANDU_${upper}_LIBRARY)
    target_include_directories(${target} PUBLIC
        "$<BUILD_INTERFACE:${CMAKE_CURRENT_SOURCE_DIR}/..>")
    target_link_libraries(${target} PUBLIC ${ARG_PUBLIC_LIBRARIES} PRIVATE ${ARG_PRIVATE_LIBRARIES})
    set_target_properties(${target} PROPERTIES
        CXX_VISIBILITY_PRESET hidden
        VISIBILITY_INLINES_HIDDEN ON
        INSTALL_RPATH "$ORIGIN"
        VERSION "${PROJECT_VERSION}"
        SOVERSION "${PROJECT_VERSION_MAJOR}")
    install(TARGETS ${target} LIBRARY DESTINATION "${JIANDU_LIB_DIR}" NAMELINK_SKIP
            COMPONENT ${ARG_COMPONENT})
endfunction()

# jiandu_add_plugin(<target> KIND <folder> SOURCES <files...> LIBRARIES <targets...>)
#
# A Qt-style plugin for the outside world (plugins/<kind>/<name>), built into and installed
# in the plugin folder <kind> beside the installation's libraries, where its loader looks.
function(jiandu_add_plugin target)
    cmake_parse_arguments(ARG "" "KIND" "SOURCES;LIBRARIES" ${ARGN})
    add_library(${target} MODULE ${ARG_SOURCES})
    target_link_libraries(${target} PRIVATE ${ARG_LIBRARIES})
    target_include_directories(${target} PRIVATE "${PROJECT_SOURCE_DIR}/modules")
    set_target_properties(${target} PROPERTIES PREFIX ""
        LIBRARY_OUTPUT_DIRECTORY "${PROJECT_BINARY_DIR}/${JIANDU_LIB_DIR}/plugins/${ARG_KIND}"
        INSTALL_RPATH "$ORIGIN/../..")
    install(TARGETS ${target} LIBRARY DESTINATION "${JIANDU_LIB_DIR}/plugins/${ARG_KIND}"
            COMPONENT runtime)
endfunction()
