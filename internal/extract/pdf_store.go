package extract

import "sync"

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
		e.clean, e.cleaned = cleanGlyph(e.raw), true
	}
	return e.clean
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
