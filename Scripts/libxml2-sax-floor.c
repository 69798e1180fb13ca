/*
 * The part of a creditlint scan that is libxml2's alone: reads each file named in LIST (paths
 * ended by NUL bytes, as `find -print0` writes them) and runs libxml2's HTML parser over it the way creditlint's
 * LibXML2Converter does (the same options, the bytes taken as UTF-8, a structured error
 * handler), with SAX callbacks that do nothing, so no tree is built. Scripts/benchmark.sh
 * times it beside `xmllint --html --noout` (the same parse, plus libxml2's own tree) and
 * creditlint, to show how much of each is the parse both share.
 *
 *   cc -O2 $(pkg-config --cflags libxml-2.0) Scripts/libxml2-sax-floor.c \
 *       $(pkg-config --libs libxml-2.0) -o sax-floor
 *   find pages -name '*.html' -print0 > list && ./sax-floor list
 */
#include <libxml/xmlversion.h>
#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void start_element(void *context, const xmlChar *name, const xmlChar **attributes) {}
static void end_element(void *context, const xmlChar *name) {}
static void characters(void *context, const xmlChar *bytes, int count) {}
static void comment(void *context, const xmlChar *value) {}
static void instruction(void *context, const xmlChar *target, const xmlChar *data) {}
static void structured_error(void *context, xmlErrorPtr error) {}

static const int options = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOWARNING | HTML_PARSE_NOERROR
    | HTML_PARSE_COMPACT | XML_PARSE_BIG_LINES | HTML_PARSE_IGNORE_ENC | XML_PARSE_HUGE;

static void parse(const char *bytes, long count) {
    xmlParserCtxtPtr context = xmlCreateMemoryParserCtxt(bytes, (int)count);
    if (context == NULL) return;
    htmlDefaultSAXHandlerInit();
    memcpy(context->sax, &htmlDefaultSAXHandler, sizeof(xmlSAXHandlerV1));
    context->sax->startDocument = NULL;
    context->sax->endDocument = NULL;
    context->sax->internalSubset = NULL;
    context->sax->startElement = start_element;
    context->sax->endElement = end_element;
    context->sax->characters = characters;
    context->sax->cdataBlock = characters;
    context->sax->comment = comment;
    context->sax->processingInstruction = instruction;
    htmlCtxtUseOptions(context, options);
    context->html = 1;
    xmlSwitchEncoding(context, XML_CHAR_ENCODING_UTF8);
    htmlParseDocument(context);
    if (context->myDoc != NULL) xmlFreeDoc(context->myDoc);
    xmlFreeParserCtxt(context);
}

static int parse_file(const char *path) {
    FILE *file = fopen(path, "rb");
    if (file == NULL) { perror(path); return 0; }
    fseek(file, 0, SEEK_END);
    long count = ftell(file);
    fseek(file, 0, SEEK_SET);
    char *bytes = malloc(count > 0 ? count : 1);
    int read_all = bytes != NULL && fread(bytes, 1, count, file) == (size_t)count;
    fclose(file);
    if (!read_all) { perror(path); free(bytes); return 0; }
    if (count > 0) parse(bytes, count);
    free(bytes);
    return 1;
}

int main(int argc, char **argv) {
    if (argc != 2) { fprintf(stderr, "usage: %s LIST\n", argv[0]); return 2; }
    FILE *list = fopen(argv[1], "rb");
    if (list == NULL) { perror(argv[1]); return 2; }
    xmlSetStructuredErrorFunc(NULL, structured_error);
    char *path = NULL;
    size_t capacity = 0;
    while (getdelim(&path, &capacity, '\0', list) > 0) {
        if (!parse_file(path)) return 2;
    }
    free(path);
    fclose(list);
    return 0;
}
