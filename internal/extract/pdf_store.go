package extract

import (
	"strings"
	"sync"
)

// glyphStore holds what glyphs refer to by number, so that a glyph holds no
// pointers: the page's glyph slice is then never scanned by the collector
// and grows without write barriers. One store per document; number 0 is the
// empty text and the missing font.
type glyphStore struct {
	texts []storedText
	fonts []*font
}

type storedText struct {
	raw     string
	clean   string // cleanGlyph(raw), once cleaned is set
	cleaned bool
	space   bool // clean is white space only, and not empty
}

func newGlyphStore() glyphStore {
	return glyphStore{texts: []storedText{{cleaned: true}}, fonts: []*font{nil}}
}

// addText stores a text and returns its number.
func (s *glyphStore) addText(t string) uint32 {
	if t == "" {
		return 0
	}
	s.texts = append(s.texts, storedText{raw: t})
	return uint32(len(s.texts) - 1)
}

func (s *glyphStore) text(id uint32) string { return s.texts[id].raw }

// clean is cleanGlyph of a stored text, worked out once per text: most
// glyphs of a page share a few dozen texts.
func (s *glyphStore) clean(id uint32) string {
	e := &s.texts[id]
	if !e.cleaned {
		s.doClean(e)
	}
	return e.clean
}

// cleanSpace is clean, and whether the text is white space only.
func (s *glyphStore) cleanSpace(id uint32) (string, bool) {
	e := &s.texts[id]
	if !e.cleaned {
		s.doClean(e)
	}
	return e.clean, e.space
}

func (s *glyphStore) doClean(e *storedText) {
	e.clean, e.cleaned = cleanGlyph(e.raw), true
	e.space = e.clean != "" && strings.TrimSpace(e.clean) == ""
}

// addFont numbers a font.
func (s *glyphStore) addFont(f *font) {
	s.fonts = append(s.fonts, f)
	f.id = uint32(len(s.fonts) - 1)
}

func (s *glyphStore) font(id uint32) *font { return s.fonts[id] }

// Why a glyph is hidden, as a small code (glyph.hidden); 0 is visible.
const (
	hidNone uint8 = iota
	hidInvisible
	hidTransparent
	hidTiny
	hidOffpage
	hidClipped
	hidBackground
	hidUnplaced
)

var hiddenNames = [...]string{
	hidNone:        "",
	hidInvisible:   "invisible",
	hidTransparent: "transparent",
	hidTiny:        "tiny",
	hidOffpage:     "offpage",
	hidClipped:     "clipped",
	hidBackground:  "same color as background",
	hidUnplaced:    "unplaced",
}

// glyphBufs keeps glyph slices from one document to the next: a résumé
// page has a few thousand glyphs, and a slice of them was the largest
// allocation of a read. Glyphs hold no pointers, so a kept slice costs the
// collector nothing to keep.
var glyphBufs sync.Pool

func getGlyphs() []glyph {
	if p, ok := glyphBufs.Get().(*[]glyph); ok {
		return (*p)[:0]
	}
	return nil
}

func putGlyphs(gs []glyph) {
	if cap(gs) > 0 && cap(gs) <= 1<<15 {
		glyphBufs.Put(&gs)
	}
}

// itemBufs does for line items what glyphBufs does for glyphs.
var itemBufs sync.Pool

func getItems() []item {
	if p, ok := itemBufs.Get().(*[]item); ok {
		return (*p)[:0]
	}
	return nil
}

func putItems(its []item) {
	if cap(its) > 0 && cap(its) <= 1<<15 {
		itemBufs.Put(&its)
	}
}

// workBufs keeps the working copy of a file (pdfDoc.buf) from one document
// to the next: nothing read from a document refers to it once the read is
// over (every string is copied out of it), and zeroing and collecting a
// fresh copy per file cost more than the copy itself.
var workBufs sync.Pool

// getWork returns a slice of length n and capacity at least c, its bytes
// not zeroed: the caller overwrites them.
func getWork(n, c int) []byte {
	if p, ok := workBufs.Get().(*[]byte); ok && cap(*p) >= c {
		return (*p)[:n]
	}
	return make([]byte, n, c)
}

func putWork(b []byte) {
	if cap(b) > 0 && cap(b) <= 4<<20 {
		workBufs.Put(&b)
	}
}
