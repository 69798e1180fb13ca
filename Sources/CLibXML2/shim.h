#ifndef CREDITLINT_CLIBXML2_SHIM_H
#define CREDITLINT_CLIBXML2_SHIM_H

// Debian's libxml2 headers include ICU's unicode/*.h when LIBXML_ICU_ENABLED is set, and those
// clash with the ICU that Foundation bundles. Nothing here needs ICU, so switch it off before
// the other headers are read.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

// xmlFree is a global function-pointer variable, which Swift 6 rejects as shared mutable state.
static inline void clx_free(void *pointer) { xmlFree(pointer); }

// Generic errors are variadic, which Swift cannot implement; this no-op stands in so that no
// libxml2 message ever reaches stderr.
static inline void clx_ignore_generic_error(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}
// libxml2 keeps the generic handler per thread: the second call makes it the default that every
// thread created later starts with, so pages parsed on worker threads stay silent too.
static inline void clx_silence_generic_errors(void) {
    xmlSetGenericErrorFunc(NULL, clx_ignore_generic_error);
    xmlThrDefSetGenericErrorFunc(NULL, clx_ignore_generic_error);
}

#endif
