#!/usr/bin/env bash
# Regenerates the binary fixtures in resumes/ from the sources in sources/.
# Tests never run this: the outputs are committed. Run it by hand after editing a source:
#
#   bash internal/testdata/generate.sh            # everything
#   bash internal/testdata/generate.sh chrome-pm  # only fixtures whose name starts with an argument
#
# Needs (Debian 12 package names): libreoffice-writer-nogui chromium poppler-utils qpdf img2pdf
# python3-pil zip fonts-dejavu fonts-liberation fonts-crosextra-carlito fonts-crosextra-caladea.
# Measured with LibreOffice 7.4.7.2, Chromium 156, poppler 22.12, qpdf 11.3, img2pdf 0.4.4.
# LibreOffice and Chromium stamp a creation date into each PDF, so outputs are not byte-identical
# from run to run; the text, fonts and layout are.
set -euo pipefail

cd "$(dirname "$0")"
HERE=$(pwd)
SRC=$HERE/sources
OUT=$HERE/resumes
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
export TZ=UTC

want() { # NAME -> true when NAME is selected on the command line (or nothing is)
  [ "${#ARGS[@]}" -eq 0 ] && return 0
  local a; for a in "${ARGS[@]}"; do [[ $1 == "$a"* ]] && return 0; done
  return 1
}
ARGS=("$@")

# LibreOffice: any document it can open -> PDF (writer_pdf_Export, default settings: subset-embedded fonts).
lo_pdf() { # IN OUT.pdf
  local base; base=$(basename "${1%.*}")
  soffice --headless "-env:UserInstallation=file://$TMP/lo-profile" \
    --convert-to pdf --outdir "$TMP/lo" "$1" >/dev/null 2>&1
  mv "$TMP/lo/$base.pdf" "$2"
}
# LibreOffice: flat ODF -> DOCX ("MS Word 2007 XML" filter).
lo_docx() { # IN OUT.docx
  local base; base=$(basename "${1%.*}")
  soffice --headless "-env:UserInstallation=file://$TMP/lo-profile" \
    --convert-to 'docx:MS Word 2007 XML' --outdir "$TMP/lo" "$1" >/dev/null 2>&1
  mv "$TMP/lo/$base.docx" "$2"
}
# Chromium print-to-PDF (Skia/PDF), no header/footer, a fresh profile, no background networking.
chr_pdf() { # IN.html OUT.pdf
  local ud; ud=$(mktemp -d "$TMP/chr.XXXX")
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$ud" --no-pdf-header-footer --print-to-pdf="$2" "file://$1" >/dev/null 2>&1
  rm -rf "$ud"
}
# A folder holding the parts of an OOXML package -> .docx ([Content_Types].xml first, fixed timestamps).
zip_docx() { # DIR OUT.docx
  rm -f "$2"
  find "$1" -exec touch -h -d '2026-10-02 21:40:00' {} +
  (cd "$1" && zip -X -D -q -r "$2" '[Content_Types].xml' _rels docProps word)
}
# poppler's plain-mode text next to the PDF, as in ../shared/corpus.
pdftext() { pdftotext -enc UTF-8 "$1" "${1%.pdf}.pdftotext.txt"; }

mkdir -p "$OUT" "$TMP/lo"

# --- LibreOffice Writer, from flat ODF sources --------------------------------------------------
for n in lo-classic-backend lo-twocol-datasci lo-headerfooter-accountant lo-es-fullstack lo-de-projektleiter \
         lo-pt-enfermeira lo-salesrep-pharma; do
  want "$n" || continue
  echo "$n.pdf"
  lo_pdf "$SRC/$n.fodt" "$OUT/$n.pdf"
  pdftext "$OUT/$n.pdf"
done
# The two-column one also as a DOCX written by LibreOffice (its table becomes a w:tbl).
if want lo-twocol-datasci; then
  echo "lo-twocol-datasci.docx"
  lo_docx "$SRC/lo-twocol-datasci.fodt" "$OUT/lo-twocol-datasci.docx"
fi

# --- Chromium print-to-PDF (Skia, as Google Docs' PDF export) ------------------------------------
for n in chrome-pm chrome-ux-sidebar chrome-fr-marketing chrome-pt-frontend chrome-gdocs-dataeng chrome-de-lebenslauf; do
  want "$n" || continue
  echo "$n.pdf"
  chr_pdf "$SRC/$n.html" "$OUT/$n.pdf"
  pdftext "$OUT/$n.pdf"
done

# --- Canva-like: text inside Form XObjects ---------------------------------------------------------
# Print the design, then overlay it twice onto a blank page of the same size: qpdf --overlay turns
# the overlaid page into a Form XObject. The page content is only "/Fx0 Do /Fx1 Do" (the empty blank
# page and the overlay); /Fx1's content is again "/Fx0 Do /Fx1 Do", and that /Fx1 holds the text.
if want canva-like-social; then
  echo "canva-like-social.pdf"
  chr_pdf "$SRC/canva-like-social.html" "$TMP/design.pdf"
  printf '%s' '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Harriet Osei-Mensah — Social Media Manager</title><style>@page{size:A4;margin:0}</style></head><body></body></html>' >"$TMP/blank.html"
  chr_pdf "$TMP/blank.html" "$TMP/blank.pdf"
  qpdf "$TMP/blank.pdf" --overlay "$TMP/design.pdf" -- "$TMP/once.pdf"
  qpdf "$TMP/blank.pdf" --overlay "$TMP/once.pdf" -- "$OUT/canva-like-social.pdf"
  pdftext "$OUT/canva-like-social.pdf"
fi

# --- Word-like DOCX, hand-written OOXML; a PDF of each through LibreOffice ----------------------------
for n in docx-numbered-nurse docx-table-sales docx-header-recruiter \
         docx-twocol-marketing docx-ladder-teacher docx-es-contadora docx-fr-commercial; do
  want "$n" || continue
  echo "$n.docx $n.pdf"
  zip_docx "$SRC/$n" "$OUT/$n.docx"
  lo_pdf "$OUT/$n.docx" "$OUT/$n.pdf"
  pdftext "$OUT/$n.pdf"
done

# --- Scanned: the nurse's PDF rasterised, tilted a little, with noise, JPEG, no text layer ----------
if want scanned-nurse; then
  echo "scanned-nurse.pdf"
  [ -f "$OUT/docx-numbered-nurse.pdf" ] || { echo "needs resumes/docx-numbered-nurse.pdf" >&2; exit 1; }
  pdftoppm -r 150 -gray -png -singlefile "$OUT/docx-numbered-nurse.pdf" "$TMP/scan"
  /usr/bin/python3 - "$TMP/scan.png" "$TMP/scan.jpg" <<'PY'
import sys, random
from PIL import Image, ImageFilter
random.seed(7)
im = Image.open(sys.argv[1]).convert("L")
im = im.rotate(0.6, resample=Image.BICUBIC, expand=False, fillcolor=255)
noise = Image.effect_noise(im.size, 10).convert("L")
im = Image.blend(im, noise, 0.06).filter(ImageFilter.GaussianBlur(0.4))
im.save(sys.argv[2], "JPEG", quality=55, dpi=(150, 150))
PY
  img2pdf --pagesize Letter --title "Scan" --creator "Scanner" --producer "img2pdf" \
    -o "$OUT/scanned-nurse.pdf" "$TMP/scan.jpg"
  pdftext "$OUT/scanned-nurse.pdf"
fi

# --- Hostile: HTML/JS payloads in the text (for XSS tests); the .txt is its own source --------------
if want hostile-xss; then
  echo "hostile-xss.pdf hostile-xss.docx"
  chr_pdf "$SRC/hostile-xss.html" "$OUT/hostile-xss.pdf"
  pdftext "$OUT/hostile-xss.pdf"
  zip_docx "$SRC/hostile-xss" "$OUT/hostile-xss.docx"
fi

# resumes/txt-teacher.txt, resumes/md-frontend.md, resumes/hostile-xss.txt and resumes/jsonresume-backend.json
# (JSON Resume, schema v1.x) are written by hand.
echo done
