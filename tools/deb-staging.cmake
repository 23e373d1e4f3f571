# The Debian package's CPACK_PRE_BUILD_SCRIPTS (CMakeLists.txt): cpack runs
# it in the folder it installed the package's files into, before making the
# .deb, to do what Debian's policy asks beyond `cmake --install`: the binary
# stripped as dh_strip does (symbols, .comment and .note), the man page
# gzipped with -9n (best compression, no timestamp), the changelog
# (gzipped) and the lintian overrides added from tools/debian/.
set(usr "${CPACK_TEMPORARY_DIRECTORY}${CPACK_PACKAGING_INSTALL_PREFIX}")
function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE status ERROR_VARIABLE error)
  if(NOT status EQUAL 0)
    list(JOIN ARGN " " command)
    message(FATAL_ERROR "tools/deb-staging.cmake: ${command} failed (${status}): ${error}")
  endif()
endfunction()

run(${CPACK_CASEAUDIT_STRIP} --remove-section=.comment --remove-section=.note "${usr}/bin/caseaudit")
run(gzip -9n "${usr}/share/man/man1/caseaudit.1")
set(doc "${usr}/share/doc/caseaudit")
file(COPY_FILE "${CPACK_CASEAUDIT_DEBIAN_DIR}/changelog" "${doc}/changelog")
run(gzip -9n "${doc}/changelog")
file(MAKE_DIRECTORY "${usr}/share/lintian/overrides")
file(COPY_FILE "${CPACK_CASEAUDIT_DEBIAN_DIR}/lintian-overrides" "${usr}/share/lintian/overrides/caseaudit")
