# Front-end assets and public data taken from the npm registry at configure time, pinned by
# version and by the registry's own SHA-512 integrity, so the build never runs npm and never
# takes a package that changed. Downloads are kept in JIANDU_DOWNLOAD_CACHE (default:
# <build>/_downloads) and reused; a machine without the registry can be given the tarballs
# there by hand.
set(JIANDU_DOWNLOAD_CACHE "${PROJECT_BINARY_DIR}/_downloads" CACHE PATH
    "Where downloaded npm tarballs are kept between builds")
set(JIANDU_NPM_REGISTRY "https://registry.npmjs.org" CACHE STRING "The npm registry")

# jiandu_npm_package(<name> <version> <sha512-hex> <out-var>): unpacks the package's tarball
# into <build>/_npm/<name>-<version> and sets <out-var> to its "package" folder.
function(jiandu_npm_package name version sha512 out_var)
    string(REGEX REPLACE "^@[^/]+/" "" base "${name}")
    set(tarball "${JIANDU_DOWNLOAD_CACHE}/${base}-${version}.tgz")
    set(unpacked "${PROJECT_BINARY_DIR}/_npm/${base}-${version}")
    if(NOT EXISTS "${unpacked}/package/package.json")
        if(EXISTS "${tarball}")
            file(SHA512 "${tarball}" have)
            if(NOT have STREQUAL sha512)
                file(REMOVE "${tarball}")
            endif()
        endif()
        if(NOT EXISTS "${tarball}")
            message(STATUS "Fetching ${name} ${version} from ${JIANDU_NPM_REGISTRY}")
            file(DOWNLOAD "${JIANDU_NPM_REGISTRY}/${name}/-/${base}-${version}.tgz" "${tarball}"
                 EXPECTED_HASH SHA512=${sha512} TLS_VERIFY ON STATUS status)
            list(GET status 0 code)
            if(NOT code EQUAL 0)
                file(REMOVE "${tarball}")
                list(GET status 1 reason)
                message(FATAL_ERROR "Could not fetch ${name} ${version} (${reason}). Put "
                        "${base}-${version}.tgz from the npm registry into "
                        "${JIANDU_DOWNLOAD_CACHE} and configure again.")
            endif()
        endif()
        file(REMOVE_RECURSE "${unpacked}")
        file(ARCHIVE_EXTRACT INPUT "${tarball}" DESTINATION "${unpacked}")
    endif()
    set(${out_var} "${unpacked}/package" PARENT_SCOPE)
endfunction()
