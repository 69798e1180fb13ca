// mimalloc replaces the C allocator for the whole creditlint process: linked into the
// executable ahead of libc, its malloc and free serve libxml2, SQLite and the Swift runtime.
#include <mimalloc.h>
