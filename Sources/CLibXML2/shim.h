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

// The running libxml2's version, as digits ("20914"): `xmlParserVersion` is a macro over a
// per-thread global, which Swift does not import.
static inline const char *clx_parser_version(void) { return xmlParserVersion; }

// libxml2 exports its error reporter but declares it only for its own build (IN_LIBXML).
XMLPUBFUN void XMLCALL __xmlRaiseError(xmlStructuredErrorFunc schannel, xmlGenericErrorFunc channel,
    void *data, void *ctx, void *node, int domain, int code, xmlErrorLevel level, const char *file,
    int line, const char *str1, const char *str2, const char *str3, int int1, int col,
    const char *msg, ...);

// An error of the HTML parser with one string argument, raised exactly as libxml2's own
// htmlParseErr (HTMLparser.c, 2.9.14) raises it: the handlers see it at the input's line.
static inline void clx_html_error(xmlParserCtxtPtr ctxt, int code, const char *msg, const xmlChar *str1) {
    if (ctxt->disableSAX != 0 && ctxt->instate == XML_PARSER_EOF) return;
    ctxt->errNo = code;
    __xmlRaiseError(NULL, NULL, NULL, ctxt, NULL, XML_FROM_HTML, code, XML_ERR_ERROR, NULL, 0,
        (const char *)str1, NULL, NULL, 0, 0, msg, str1, NULL);
    ctxt->wellFormed = 0;
}

#endif
