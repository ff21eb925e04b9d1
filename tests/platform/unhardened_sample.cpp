// A deliberately unhardened program (no PIE, lazy binding, no stack protector, no FORTIFY) that
// scripts/check-hardening must reject: proves the SR-37 check can fail.
#include <cstdio>
#include <cstring>

int main(int argc, char** argv) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%s", argc > 1 ? argv[1] : "sample");
  std::strcpy(buffer, argc > 2 ? argv[2] : "sample");
  std::puts(buffer);
  return 0;
}
