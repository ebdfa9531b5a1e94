#ifndef LEDE_CNCURSES_SHIM_H
#define LEDE_CNCURSES_SHIM_H
// SwiftPM drops pkg-config's -D_XOPEN_SOURCE=600; without a wide-character
// request the cchar_t / get_wch API is silently absent (see TERMINAL.md).
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

// Swift cannot import function-like macros, and Swift 6 rejects the mutable C
// globals (stdscr, COLORS, stdout...) as not concurrency-safe: read them here.

static inline attr_t lede_attr_normal(void) { return A_NORMAL; }
static inline attr_t lede_attr_bold(void) { return A_BOLD; }
static inline attr_t lede_attr_dim(void) { return A_DIM; }
static inline attr_t lede_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t lede_attr_reverse(void) { return A_REVERSE; }
static inline attr_t lede_attr_italic(void) { return A_ITALIC; }

static inline int lede_key_f(int number) { return KEY_F(number); }

// Mouse masks are macros too. lede asks for the primary button going down and up
// and for the wheel (buttons 4 and 5), nothing else.
static inline mmask_t lede_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t lede_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t lede_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t lede_button5_pressed(void) { return BUTTON5_PRESSED; }

static inline WINDOW *lede_stdscr(void) { return stdscr; }
static inline WINDOW *lede_curscr(void) { return curscr; }
static inline int lede_colors(void) { return COLORS; }
static inline int lede_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *lede_stdin(void) { return stdin; }
static inline FILE *lede_stdout(void) { return stdout; }

/// A terminfo string capability of the current terminal, or NULL when it is
/// absent or not a string capability (tigetstr's (char *)-1).
static inline const char *lede_tigetstr(const char *name) {
  char *value = tigetstr(name);
  if (value == NULL || value == (char *)-1) return NULL;
  return value;
}

#endif
