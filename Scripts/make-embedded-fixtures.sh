#!/usr/bin/env bash
# Writes Tests/Data/embedded-site/images/: small real JPEG, PNG and WebP files carrying credit
# metadata in XMP, IPTC-IIM, Exif and PNG text, which the embedded-metadata tests read and the
# site's pages show. Needs ImageMagick (convert) and exiftool. The generated files are
# committed; run this again only to change them.
set -euo pipefail
cd "$(dirname "$0")/.."
out=Tests/Data/embedded-site/images
mkdir -p "$out"
rm -f "$out"/*
# -strip: no profile, no timestamps, so the files only hold what exiftool writes below.
base() { convert -size 16x16 xc:'#4a7ab0' -strip "$1"; }
# exiftool's own tags that change with every run (its version) stay out.
tool() { exiftool -q -overwrite_original -XMP-x:XMPToolkit= "$@"; }
by_sa=https://creativecommons.org/licenses/by-sa/4.0/

# Every block at once: XMP, IPTC-IIM (UTF-8) and Exif agree.
base "$out/harbour.jpg"
tool -codedcharacterset=utf8 \
    -XMP-dc:Creator='Tomas Berg' -XMP-photoshop:Credit='Tomas Berg / Nordic Pictures' \
    -XMP-photoshop:Source='Nordic Pictures' -XMP-dc:Rights='© 2024 Tomas Berg' \
    -XMP-xmpRights:WebStatement="$by_sa" -XMP-xmpRights:UsageTerms='CC BY-SA 4.0' \
    -IPTC:By-line='Tomas Berg' -IPTC:Credit='Tomas Berg / Nordic Pictures' -IPTC:Source='Nordic Pictures' \
    -IPTC:CopyrightNotice='© 2024 Tomas Berg' \
    -EXIF:Artist='Tomas Berg' -EXIF:Copyright='Tomas Berg' "$out/harbour.jpg"

# IPTC-IIM alone, two by-lines, the way older newsroom tools write it.
base "$out/ferry.jpg"
tool -codedcharacterset=utf8 -IPTC:By-line='Jens Holm' -IPTC:By-line+='Eva Strand' \
    -IPTC:Credit='Harbour Press Agency' -IPTC:CopyrightNotice='Harbour Press Agency' "$out/ferry.jpg"

# Exif alone, with a camera's boilerplate copyright that names nobody.
base "$out/pier.jpg"
tool -EXIF:Artist='Lena Voss' -EXIF:Copyright='Copyright' "$out/pier.jpg"

# PNG: XMP in iTXt, Author and Copyright in tEXt.
base "$out/crane.png"
tool -XMP-dc:Creator='Anna Lind' -XMP-plus:LicensorURL='https://photos.example.org/licensing' \
    -PNG:Author='Anna Lind' -PNG:Copyright='Anna Lind' "$out/crane.png"

# WebP: XMP and EXIF chunks (the extended format, after the image data).
base "$out/lighthouse.webp"
tool -XMP-dc:Creator='Renée Dupont' -XMP-photoshop:Credit='Renée Dupont / Coastline Images' \
    -EXIF:Artist='Renée Dupont' "$out/lighthouse.webp"

# No metadata at all.
base "$out/plain.jpg"
ls -l "$out"
