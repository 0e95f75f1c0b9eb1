# haven_module(NAME SOURCES ... DEPS ... [PRIVATE_DEPS ...])
# One static library per module, named haven_<NAME>, with the public headers under
# include/haven/<NAME>/ and its sources private under src/<NAME>/.
function(haven_module name)
  cmake_parse_arguments(M "" "" "SOURCES;DEPS;PRIVATE_DEPS" ${ARGN})
  add_library(haven_${name} STATIC ${M_SOURCES})
  add_library(haven::${name} ALIAS haven_${name})
  target_include_directories(haven_${name}
    PUBLIC ${PROJECT_SOURCE_DIR}/include
    PRIVATE ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(haven_${name} PUBLIC ${M_DEPS} PRIVATE ${M_PRIVATE_DEPS})
endfunction()

# haven_test(NAME SOURCES ... DEPS ...): a GoogleTest executable registered with CTest.
function(haven_test name)
  cmake_parse_arguments(T "" "" "SOURCES;DEPS" ${ARGN})
  add_executable(${name} ${T_SOURCES})
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/src ${PROJECT_SOURCE_DIR}/tests)
  target_link_libraries(${name} PRIVATE ${T_DEPS} GTest::gtest GTest::gtest_main)
  target_compile_definitions(${name} PRIVATE
    HAVEN_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    HAVEN_BINARY_DIR="${PROJECT_BINARY_DIR}")
  gtest_discover_tests(${name} DISCOVERY_TIMEOUT 60)
endfunction()
