// Shim for ncursesw, imported by TendCurses only.
//
// SwiftPM drops pkg-config's -D_XOPEN_SOURCE flags, which silently turns wide-character
// support off; define what ncursesw needs before any include. NCURSES_OPAQUE asks for an
// opaque WINDOW, but Debian 12's curses.h redefines it to 0, so WINDOW* imports as
// UnsafeMutablePointer<WINDOW> there: Swift code never names the pointer type (SCREEN* is
// always an OpaquePointer).
#ifndef TEND_CNCURSES_SHIM_H
#define TEND_CNCURSES_SHIM_H

#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#define NCURSES_OPAQUE 1

#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <wchar.h>
#include <ncurses.h>

// Attributes are macros that Swift cannot import.
static inline attr_t tend_attr_normal(void) { return A_NORMAL; }
static inline attr_t tend_attr_bold(void) { return A_BOLD; }
static inline attr_t tend_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t tend_attr_reverse(void) { return A_REVERSE; }
static inline attr_t tend_attr_dim(void) { return A_DIM; }

// Function-key codes: KEY_F(n) is a macro.
static inline int tend_key_f(int n) { return KEY_F(n); }

// C globals that Swift 6 rejects as not concurrency-safe.
static inline WINDOW *tend_stdscr(void) { return stdscr; }
static inline WINDOW *tend_curscr(void) { return curscr; }
static inline int tend_lines(void) { return LINES; }
static inline int tend_cols(void) { return COLS; }
static inline int tend_colors(void) { return COLORS; }
static inline int tend_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *tend_stdout(void) { return stdout; }
static inline FILE *tend_stdin(void) { return stdin; }

#endif
