#define _XOPEN_SOURCE 700
#include "CSupport.h"
#include <langinfo.h>
#include <locale.h>
#include <string.h>
#include <strings.h>
#include <wchar.h>

int lede_wcwidth(unsigned int scalar) {
  return wcwidth((wchar_t)scalar);
}

static int codeset_is_utf8(void) {
  const char *codeset = nl_langinfo(CODESET);
  return codeset != NULL && (strcasecmp(codeset, "UTF-8") == 0 || strcasecmp(codeset, "utf8") == 0);
}

int lede_ensure_utf8_locale(void) {
  setlocale(LC_ALL, "");
  if (codeset_is_utf8()) return 1;
  static const char *fallbacks[] = {"C.UTF-8", "C.utf8", "en_US.UTF-8", NULL};
  for (int i = 0; fallbacks[i] != NULL; i++) {
    if (setlocale(LC_CTYPE, fallbacks[i]) != NULL && codeset_is_utf8()) return 1;
  }
  return 0;
}
