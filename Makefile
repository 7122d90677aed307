# ntx: news text filters.  `make` builds them into bin/, `make test` runs
# the whole suite (twice: plain, and under AddressSanitizer and UBSan).
# Every target first makes sure the Debian packages it needs are there.

PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man/man1

CC ?= cc
CFLAGS ?= -O2 -g
WARN = -Wall -Wextra
CPPFLAGS += -Ifilters/lib -D_GNU_SOURCE

# B holds objects and generated sources, BIN the programs; the sanitizer
# build of `make test` sets both to its own directories.
B = build
BIN = bin

FILTERS = norm
PROGS = $(FILTERS:%=$(BIN)/ntx-%)
MANS = $(foreach f,$(FILTERS),filters/$(f)/ntx-$(f).1)

LIB_OBJ = $(patsubst filters/lib/%.c,$(B)/lib/%.o,$(filter-out %/gen-stable.c,$(wildcard filters/lib/*.c)))
LIB = $(B)/libntx.a

# Evaluated when a recipe runs, after ensure-packages has installed them.
pkg_cflags = $(shell pkg-config --cflags $(1))
pkg_libs = $(shell pkg-config --libs $(1))

.PHONY: all deps test unit bench fuzz demo install uninstall clean

all: $(PROGS)

deps:
	@scripts/ensure-packages build

$(B)/lib/%.o: filters/lib/%.c filters/lib/ntx.h | deps
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) -I$(B)/lib $(CFLAGS) $(WARN) $(call pkg_cflags,libutf8proc) -c -o $@ $<

$(LIB): $(LIB_OBJ)
	rm -f $@
	$(AR) rcs $@ $(LIB_OBJ)

# The tables of already-normalized code points come from the very utf8proc
# the filters link.
$(B)/gen-stable: filters/lib/gen-stable.c | deps
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(WARN) $(call pkg_cflags,libutf8proc) -o $@ $< $(LDFLAGS) $(call pkg_libs,libutf8proc)

$(B)/lib/stable.c: $(B)/gen-stable
	@mkdir -p $(@D)
	$(B)/gen-stable > $@.tmp && mv $@.tmp $@

$(B)/lib/nf.o: $(B)/lib/stable.c

$(B)/norm/norm.o: filters/norm/norm.c filters/lib/ntx.h | deps
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) $(call pkg_cflags,libutf8proc) -c -o $@ $<

$(BIN)/ntx-norm: $(B)/norm/norm.o $(LIB)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -o $@ $^ $(LDFLAGS) $(call pkg_libs,libutf8proc)

# Tests.
$(B)/test-lib: tests/unit/test-lib.c $(LIB)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) -o $@ $^ $(LDFLAGS) $(call pkg_libs,libutf8proc)

unit: $(B)/test-lib

SAN = -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all

test:
	@scripts/ensure-packages test
	$(MAKE) -s all unit
	$(MAKE) -s B=build/asan BIN=build/asan/bin CFLAGS="$(SAN) -Werror" LDFLAGS="$(SAN)" all unit
	tests/run bin:build build/asan/bin:build/asan

bench:
	@scripts/ensure-packages bench
	$(MAKE) -s all
	tests/bench/norm-bench

fuzz:
	@scripts/ensure-packages fuzz
	tests/fuzz/run

demo: all
	scripts/demo

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)
	install -m 755 $(PROGS) $(DESTDIR)$(BINDIR)
	install -m 644 $(MANS) $(DESTDIR)$(MANDIR)

uninstall:
	rm -f $(FILTERS:%=$(DESTDIR)$(BINDIR)/ntx-%) $(FILTERS:%=$(DESTDIR)$(MANDIR)/ntx-%.1)

clean:
	rm -rf build bin
