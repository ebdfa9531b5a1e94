#ifndef LEDE_CSUPPORT_H
#define LEDE_CSUPPORT_H

/// Display width of one Unicode scalar as libc's wcwidth() reports it under the
/// process locale: the same function ncursesw uses, so lede and the terminal agree.
/// Returns -1 for non-printable scalars.
int lede_wcwidth(unsigned int scalar);

/// Calls setlocale(LC_ALL, "") and, when the resulting codeset is not UTF-8,
/// sets LC_CTYPE to C.UTF-8 (then en_US.UTF-8). Returns 1 when the process ends
/// up with a UTF-8 LC_CTYPE, 0 otherwise. Call once, early, before ncurses or
/// any width computation; tests call it too.
int lede_ensure_utf8_locale(void);

#endif
