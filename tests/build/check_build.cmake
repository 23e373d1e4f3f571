# cmake -DBUILD_DIR=DIR -DCONFIG=C -DTARGET=T -DEXPECT=fail|build [-DHEADER=H] -P check_build.cmake
# Builds T in DIR. EXPECT=fail passes only when the build fails and the
# compiler says it did not find H; EXPECT=build only when it builds.
cmake_minimum_required(VERSION 3.25)
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --config ${CONFIG} --target ${TARGET}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(EXPECT STREQUAL "build")
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${TARGET} should build, but it failed:\n${out}")
  endif()
  message(STATUS "${TARGET} builds, as it should")
  return()
endif()
if(rc EQUAL 0)
  message(FATAL_ERROR "${TARGET} built, though it includes ${HEADER}, which it may not use:\n${out}")
endif()
string(FIND "${out}" "${HEADER}: No such file or directory" gcc)  # GCC
string(FIND "${out}" "'${HEADER}' file not found" clang)           # Clang
if(gcc EQUAL -1 AND clang EQUAL -1)
  message(FATAL_ERROR "${TARGET} failed to build, but not because ${HEADER} was not found:\n${out}")
endif()
message(STATUS "${TARGET} does not build: ${HEADER} is not found, as it should not be")
