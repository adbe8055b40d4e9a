/* Lets the benchmark host's `repeat` command count only its measured calls under callgrind:
 * build with `gcc -shared -fPIC -O2 -o /tmp/callgrind-toggle.so benchmarks/tools/callgrind-toggle.c`
 * (needs valgrind's headers, package valgrind), then run
 *   INSPECT_CALLGRIND_TOGGLE=/tmp/callgrind-toggle.so valgrind --tool=callgrind --collect-atstart=no \
 *     dotnet InspectFramework.Benchmarks.dll repeat Parse 100 3
 * and read "Collected" (see benchmarks/README.md). Outside valgrind the call does nothing. */
#include <valgrind/callgrind.h>

void inspect_callgrind_toggle(void)
{
    CALLGRIND_TOGGLE_COLLECT;
}
