# One helper per concept: every Sightline target gets the same warnings, visibility and
# Qt hygiene; every test gets the headless platform and the data paths it needs.

function(sightline_target_defaults target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                           -Wold-style-cast -Wcast-align -Woverloaded-virtual)
  if(SIGHTLINE_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  if(SIGHTLINE_SANITIZE)
    target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer
                                             -fno-sanitize-recover=undefined)
    target_link_options(${target} PRIVATE -fsanitize=address,undefined)
  endif()
  target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII
                                               QT_NO_URL_CAST_FROM_STRING QT_NO_NARROWING_CONVERSIONS_IN_CONNECT)
  set_target_properties(${target} PROPERTIES CXX_VISIBILITY_PRESET hidden VISIBILITY_INLINES_HIDDEN ON)
endfunction()

# sightline_add_library(name SOURCES ... PUBLIC_LIBS ... PRIVATE_LIBS ...)
# Static libraries: one job each, linked in one direction (app -> ui -> interop -> store/geo -> core).
function(sightline_add_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_LIBS;PRIVATE_LIBS" ${ARGN})
  add_library(sightline_${name} STATIC ${ARG_SOURCES})
  add_library(Sightline::${name} ALIAS sightline_${name})
  target_include_directories(sightline_${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
  target_link_libraries(sightline_${name} PUBLIC ${ARG_PUBLIC_LIBS} PRIVATE ${ARG_PRIVATE_LIBS})
  sightline_target_defaults(sightline_${name})
endfunction()

function(sightline_add_executable name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_LIBS})
  sightline_target_defaults(${name})
  sightline_needs_schema_reference(${name})
endfunction()

# A program of the build finds the schema reference of the same build beside it.
function(sightline_needs_schema_reference target)
  if(TARGET sightline_schema_reference)
    add_dependencies(${target} sightline_schema_reference)
  endif()
endfunction()

# sightline_add_test(name SOURCES ... LIBS ... LABELS ...)
# Every test runs headless and knows where the source tree, the build's executables and the
# optional outside inputs are.
function(sightline_add_test name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS;LABELS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
  sightline_target_defaults(${name})
  sightline_needs_schema_reference(${name})
  target_compile_definitions(${name} PRIVATE
    SIGHTLINE_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    SIGHTLINE_BIN_DIR="${CMAKE_RUNTIME_OUTPUT_DIRECTORY}")
  add_test(NAME ${name} COMMAND ${name})
  set(env "QT_QPA_PLATFORM=offscreen" "SIGHTLINE_BIN_DIR=${CMAKE_RUNTIME_OUTPUT_DIRECTORY}")
  if(SIGHTLINE_SANITIZE)
    # Qt and GDAL keep process-lifetime caches that LeakSanitizer would report as leaks.
    list(APPEND env "ASAN_OPTIONS=detect_leaks=0" "UBSAN_OPTIONS=print_stacktrace=1")
  endif()
  set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}" LABELS "${ARG_LABELS}" TIMEOUT 600)
  set_property(TARGET ${name} PROPERTY SIGHTLINE_TEST_ENV "${env}")
  set_property(TARGET ${name} PROPERTY SIGHTLINE_TEST_LABELS "${ARG_LABELS}")
endfunction()

# sightline_add_test_run(name OF test ENV VAR=VALUE ...)
# Runs a test's executable once more with more variables in its environment, under its own
# name (QT_SCALE_FACTOR=2: a screen with a device pixel ratio of 2).
function(sightline_add_test_run name)
  cmake_parse_arguments(ARG "" "OF" "ENV" ${ARGN})
  get_property(env TARGET ${ARG_OF} PROPERTY SIGHTLINE_TEST_ENV)
  get_property(labels TARGET ${ARG_OF} PROPERTY SIGHTLINE_TEST_LABELS)
  add_test(NAME ${name} COMMAND ${ARG_OF})
  set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env};${ARG_ENV}" LABELS "${labels}" TIMEOUT 600)
endfunction()
