package extract

import (
	"bytes"
	"errors"
	"strings"
)

// pdfDoc is one open PDF: the objects of our checked copy of the file, plus
// what we cache per document.
type pdfDoc struct {
	objs     *objStore
	trailer  value
	buf      []byte
	b        *budget
	fonts    map[string]*font // by font dictionary fingerprint
	fontOf   map[*node]*font  // by font dictionary, once fingerprinted
	forms    map[int]formInfo // Form XObjects by stream offset
	fallback *font            // for text shown without a usable font
	store    glyphStore
	glyphs   []glyph // reused from page to page
	items    []item  // line items, reused from page to page
	// Scratch space reused from page to page: the content tokenizer's
	// text and array elements, the CMap parser's.
	arena []byte
	elems []ctok
	cmap  cmapScratch
}

// openPDF checks the file, decrypts it when it only has an owner password,
// and opens its objects.
func openPDF(data []byte, b *budget) (*pdfDoc, error) {
	h := bytes.Index(head(data, 1024), []byte("%PDF-"))
	if h < 0 {
		return nil, errorf(KindUnsupported, "no %%PDF- header")
	}
	src := data[h:]
	t, err := buildXref(src, b)
	if errors.Is(err, errTimeout) {
		return nil, errorf(KindTimeout, "reading the cross-reference table")
	}
	if err != nil {
		return nil, errorf(KindDamaged, "%v", err)
	}
	work := getWork(len(src), len(src)+len(t.entries)*7+1024)
	copy(work, src)
	if enc := t.trailer.key("Encrypt"); enc.kind != kNull {
		if enc.kind == kRef {
			enc = lookup(work, t, enc)
		}
		id0 := ""
		if ids := t.trailer.key("ID"); ids.kind == kArray && len(ids.arr) > 0 {
			id0 = ids.arr[0].str
		}
		d, err := newDecrypter(enc, id0)
		if errors.Is(err, errUserPassword) {
			return nil, errorf(KindEncrypted, "user password set")
		}
		if err != nil {
			return nil, &Error{Kind: KindEncrypted, Detail: "unsupported encryption: " + err.Error()}
		}
		if err := d.decryptFile(work, t, b); err != nil {
			return nil, errorf(KindTimeout, "decrypting")
		}
	}
	work, objs, self := writeXref(work, t, b)
	fixHeader(work)
	doc := &pdfDoc{buf: work, b: b, objs: objs, fonts: map[string]*font{}, fontOf: map[*node]*font{},
		forms: map[int]formInfo{}, store: newGlyphStore()}
	// The trailer is the dictionary of the cross-reference stream we wrote.
	err = guard(func() { doc.trailer = objs.resolve(&node{kind: vRef, i: int64(self)}) })
	if err != nil {
		return nil, errorf(KindDamaged, "%v", err)
	}
	return doc, nil
}

// lookup parses an object directly from the file (before its objects open).
func lookup(buf []byte, t *xrefTable, ref pobj) pobj {
	e, ok := t.entries[int(ref.num)]
	if !ok || e.typ != 1 {
		return pobj{}
	}
	ro, ok := readObjAt(buf, e.off, nil)
	if !ok {
		return pobj{}
	}
	return ro.val
}

// fixHeader makes the first line "%PDF-1.0" to "%PDF-1.7" and an end of
// line, as the reader this layer replaced required: PDF 2.0 files read the
// same.
func fixHeader(b []byte) {
	if len(b) < 9 {
		return
	}
	ok := string(b[5:7]) == "1." && b[7] >= '0' && b[7] <= '7'
	if !ok {
		copy(b[5:8], "1.7")
	}
	if b[8] != '\r' && b[8] != '\n' {
		b[8] = '\n'
	}
}

// pdfErrKind maps a library failure to what we tell the user.
func pdfErrKind(err error) Kind {
	s := strings.ToLower(err.Error())
	if strings.Contains(s, "encrypt") || strings.Contains(s, "password") {
		return KindEncrypted
	}
	return KindDamaged
}
