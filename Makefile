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

FILTERS = norm strip split nums csv
# The shell tools that chain the filters: scripts/ntx-NAME, with its man
# page scripts/ntx-NAME.1, goes into bin/ beside the filters it runs.
SCRIPTS = $(patsubst scripts/ntx-%,%,$(filter-out %.1,$(wildcard scripts/ntx-*)))
PROGS = $(FILTERS:%=$(BIN)/ntx-%) $(SCRIPTS:%=$(BIN)/ntx-%)
MANS = $(foreach f,$(FILTERS),filters/$(f)/ntx-$(f).1) $(SCRIPTS:%=scripts/ntx-%.1)

LIB_OBJ = $(patsubst filters/lib/%.c,$(B)/lib/%.o,$(filter-out %/gen-stable.c,$(wildcard filters/lib/*.c)))
LIB = $(B)/libntx.a

# Evaluated when a recipe runs, after ensure-packages has installed them.
pkg_cflags = $(shell pkg-config --cflags $(1))
pkg_libs = $(if $(1),$(shell pkg-config --libs $(1)))

# $$(wildcard ...) in prerequisites.
.SECONDEXPANSION:

.PHONY: all deps test unit bench eval fuzz demo install uninstall clean

all: $(PROGS)

deps:
	@scripts/ensure-packages build

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

# Every filter: the .c files of its directory, linked with libntx and the
# libraries named in NAME_PKGS.
norm_PKGS = libutf8proc
strip_PKGS = libxml-2.0 json-c libutf8proc
split_PKGS = libutf8proc
nums_PKGS = libutf8proc libpcre2-8
# libcsv has no pkg-config file.
csv_LIBS = -lcsv
ALL_PKGS = libutf8proc libxml-2.0 json-c libpcre2-8

define filter_rules
$(BIN)/ntx-$(1): $$(patsubst filters/%.c,$$(B)/%.o,$$(filter-out %/gen-stable.c,$$(wildcard filters/$(1)/*.c))) $$(LIB)
	@mkdir -p $$(@D)
	$$(CC) $$(CFLAGS) -o $$@ $$^ $$(LDFLAGS) $$(call pkg_libs,$$($(1)_PKGS)) $$($(1)_LIBS)
endef

$(BIN)/ntx-%: scripts/ntx-%
	@mkdir -p $(@D)
	install -m 755 $< $@
$(foreach f,$(FILTERS),$(eval $(call filter_rules,$(f))))

$(B)/%.o: filters/%.c filters/lib/ntx.h $$(wildcard filters/$$(*D)/*.h) | deps
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) -I$(B)/$(*D) $(CFLAGS) $(WARN) $(call pkg_cflags,$(ALL_PKGS)) -c -o $@ $<

# strip: the HTML5 character references, from a data file.
$(B)/strip/entities.c: filters/strip/entities.tsv filters/strip/gen-entities.awk
	@mkdir -p $(@D)
	awk -f filters/strip/gen-entities.awk $< > $@.tmp && mv $@.tmp $@

$(B)/strip/feed.o: $(B)/strip/entities.c

# split: the abbreviation and sentence-starter lists, compiled in.
SPLIT_LISTS = $(sort $(wildcard filters/split/abbrev-*.txt filters/split/starters-*.txt))
$(B)/split/lists.inc: $(SPLIT_LISTS) filters/lib/gen-cstrings.awk
	@mkdir -p $(@D)
	awk -v prefix=split -f filters/lib/gen-cstrings.awk $(SPLIT_LISTS) > $@.tmp && mv $@.tmp $@

$(B)/split/lists.o: $(B)/split/lists.inc

# nums: its word table, compiled in.
$(B)/nums/words.inc: filters/nums/words.tsv filters/lib/gen-cstrings.awk
	@mkdir -p $(@D)
	awk -v prefix=nums -f filters/lib/gen-cstrings.awk $< > $@.tmp && mv $@.tmp $@

$(B)/nums/words.o: $(B)/nums/words.inc

# Tests.
$(B)/test-lib: tests/unit/test-lib.c $(LIB)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) -o $@ $^ $(LDFLAGS) $(call pkg_libs,libutf8proc)

# The fault tests' LD_PRELOAD library: plain flags whatever the build, as
# it wraps libc's stdio and no sanitizer runtime may come before it.
$(B)/fault-shim.so: tests/faults/shim.c
	@mkdir -p $(@D)
	$(CC) -O1 -g $(WARN) -shared -fPIC -o $@ $< -ldl

unit: $(B)/test-lib $(B)/fault-shim.so

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
	tests/bench/strip-bench
	tests/bench/split-bench
	tests/bench/nums-bench
	tests/bench/csv-bench

# Main-content quality of ntx-strip on tests/strip-eval/pages, sentence
# boundaries of ntx-split on tests/split-eval, and the facts table of
# ntx-nums on tests/nums-eval.
eval: all
	tests/strip-eval/score
	tests/strip-eval/score --all
	tests/split-eval/score
	tests/nums-eval/score

fuzz:
	@scripts/ensure-packages fuzz
	tests/fuzz/run

demo:
	@scripts/ensure-packages demo
	$(MAKE) -s all
	scripts/demo

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)
	install -m 755 $(PROGS) $(DESTDIR)$(BINDIR)
	install -m 644 $(MANS) $(DESTDIR)$(MANDIR)

uninstall:
	rm -f $(patsubst %,$(DESTDIR)$(BINDIR)/%,$(notdir $(PROGS))) $(patsubst %,$(DESTDIR)$(MANDIR)/%,$(notdir $(MANS)))

clean:
	rm -rf build bin
