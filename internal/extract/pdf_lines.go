package extract

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Glyphs → words → lines. Spaces come from real gaps: a glyph that starts
// more than wordGap × font size after the previous one ends begins a new
// word (poppler uses 0.1); a space glyph always does. A gap wider than
// chunkGap, or a move backwards, ends the run, so that text in separate
// columns never fuses into one line.

const (
	wordGap  = 0.11
	chunkGap = 1.5
)

// item is one glyph of a chunk. It holds no pointers (text and font are
// numbers in the glyphStore): a page has thousands.
type item struct {
	x0, x1      float64
	size        float64
	gap         float64 // white space before the glyph
	text        uint32  // cleaned text: glyphStore.clean
	font        uint32
	bold        bool
	spaceBefore bool // an explicit space glyph came before
}

type chunk struct {
	items        []item
	x0, x1       float64
	base, size   float64
	seq          int
	pendingSpace bool
	tab          bool // set apart from the chunk before by a tab stop (a row layout's field)
}

// tline is a line under construction, in page coordinates from the top.
type tline struct {
	st         *glyphStore // what the chunks' items refer to
	chunks     []*chunk
	x0, x1     float64
	base, size float64
	seq        int
	text       string
	spans      []Span
	bold       bool
	block      int
	column     int
	band       string
}

func (l *tline) top() float64    { return l.base - 0.8*l.size }
func (l *tline) bottom() float64 { return l.base + 0.25*l.size }

// upright maps a glyph into a frame where its text runs left to right,
// y measured down from top.
func upright(g *glyph, top float64) (x, y, w float64) {
	switch g.dir {
	case 1:
		return g.y, g.x, g.dy
	case 2:
		return -g.x, g.y - top, -g.dx
	case 3:
		return -g.y, -g.x, -g.dy
	}
	return g.x, top - g.y, g.dx
}

// buildLines turns one direction's glyphs into lines. Their items go onto
// arena, which it returns: a chunk's items are always the arena's tail
// while it grows, so appending to the arena extends the open chunk. The
// caller may reuse the arena once it is done with the lines.
func buildLines(st *glyphStore, gs []glyph, dir int8, box rect, arena []item) ([]*tline, []item) {
	var chunks []*chunk
	var cur *chunk
	n := 0
	for i := range gs {
		if gs[i].dir == dir && gs[i].hidden == hidNone {
			n++
		}
	}
	if n == 0 {
		return nil, arena // most pages have no text in three of the four directions
	}
	if cap(arena)-len(arena) < n {
		arena = make([]item, 0, n)
	}
	// Chunks come from one slab; a chunk is only ever reached through its
	// pointer, so a slab that grows leaves earlier chunks where they are.
	slab := make([]chunk, 0, 64)
	for i := range gs {
		g := &gs[i]
		if g.dir != dir || g.hidden != hidNone {
			continue
		}
		t, space := st.cleanSpace(g.text)
		tid := g.text
		x, base, w := upright(g, box.y1)
		if dir == 0 {
			x -= box.x0
		}
		s := fmax(g.size, 0.5)
		if w < 0 {
			w = 0
		}
		if cur != nil && t != "" && !space {
			last := &cur.items[len(cur.items)-1]
			if math.Abs(x-last.x0) < 0.2*s && math.Abs(base-cur.base) < 0.2*s && t == st.clean(last.text) {
				continue // the same glyph drawn again (fake bold, shadow)
			}
		}
		if cur != nil && sameRun(cur, x, base, s) {
			if space {
				cur.pendingSpace = true
				cur.x1 = fmax(cur.x1, x+w)
				continue
			}
			if t == "" {
				cur.x1 = fmax(cur.x1, x+w)
				continue
			}
			arena = append(arena, item{text: tid, x0: x, x1: x + w, size: s, font: g.font, bold: g.bold, spaceBefore: cur.pendingSpace, gap: x - cur.x1})
			cur.items = arena[len(arena)-len(cur.items)-1:]
			cur.x1 = fmax(x+w, cur.x1)
			if !g.rise && s >= cur.size*0.8 {
				cur.size = fmax(cur.size, s)
			}
			cur.pendingSpace = false
			continue
		}
		if space || t == "" {
			continue
		}
		slab = append(slab, chunk{x0: x, x1: x + w, base: base, size: s, seq: i})
		cur = &slab[len(slab)-1]
		arena = append(arena, item{text: tid, x0: x, x1: x + w, size: s, font: g.font, bold: g.bold})
		cur.items = arena[len(arena)-1:]
		chunks = append(chunks, cur)
	}
	return chunksToLines(st, chunks), arena
}

func sameRun(c *chunk, x, base, s float64) bool {
	m := fmax(s, c.size)
	gap := x - c.x1
	if gap < -0.6*m || gap > chunkGap*m {
		return false
	}
	d := math.Abs(base - c.base)
	if d < 0.3*fmin(s, c.size) {
		return true
	}
	// Superscripts and subscripts: a smaller glyph within the line's height.
	return s < 0.85*c.size && d < 0.5*c.size
}

// chunksToLines joins chunks that share a baseline and touch: text drawn
// out of order, or words drawn one by one.
func chunksToLines(st *glyphStore, chunks []*chunk) []*tline {
	var lines []*tline
	// Lines come from one slab, as chunks do; there are never more lines
	// than chunks, so it never grows.
	slab := make([]tline, 0, len(chunks))
	for _, c := range chunks {
		var best *tline
		for _, l := range lines {
			m := fmin(l.size, c.size)
			if math.Abs(l.base-c.base) >= 0.3*m {
				continue
			}
			gapR := c.x0 - l.x1
			gapL := l.x0 - c.x1
			if gapR > chunkGap*m || gapL > chunkGap*m {
				continue
			}
			if gapR < -0.3*m && gapL < -0.3*m && overlapsText(st, l, c) {
				best = l
				c = nil // a duplicate drawn over the line
				break
			}
			best = l
			break
		}
		if c == nil {
			continue
		}
		if best == nil {
			slab = append(slab, tline{st: st, x0: c.x0, x1: c.x1, base: c.base, size: c.size, seq: c.seq})
			best = &slab[len(slab)-1]
			lines = append(lines, best)
		}
		best.chunks = append(best.chunks, c)
		best.x0, best.x1 = fmin(best.x0, c.x0), fmax(best.x1, c.x1)
		best.size = fmax(best.size, c.size)
	}
	for _, l := range lines {
		finishLine(l)
	}
	out := lines[:0]
	for _, l := range lines {
		if strings.TrimSpace(l.text) != "" {
			out = append(out, l)
		}
	}
	return out
}

func overlapsText(st *glyphStore, l *tline, c *chunk) bool {
	ct := chunkText(st, c)
	for _, o := range l.chunks {
		if chunkText(st, o) == ct {
			return true
		}
	}
	return false
}

func chunkText(st *glyphStore, c *chunk) string {
	var b strings.Builder
	for _, it := range c.items {
		b.WriteString(st.clean(it.text))
	}
	return b.String()
}

// finishLine orders a line's chunks, writes its text and spans.
func finishLine(l *tline) {
	// The same stable sort as sort.SliceStable, without its allocations.
	slices.SortStableFunc(l.chunks, func(a, b *chunk) int {
		if a.x0 < b.x0 {
			return -1
		}
		return 0 // only "less" is asked
	})
	st := l.st
	var b strings.Builder
	size := 0
	for _, c := range l.chunks {
		for _, it := range c.items {
			size += len(st.clean(it.text)) + 1
		}
	}
	b.Grow(size)
	var sp *Span
	var startsBuf [8]int
	starts := startsBuf[:0] // byte offset in the line text where each span starts
	boldChars, chars := 0, 0
	prevEnd := math.Inf(-1)
	for ci, c := range l.chunks {
		thr := spaceThreshold(st, c)
		for ii, it := range c.items {
			space := it.spaceBefore || ii > 0 && it.gap > thr
			if ii == 0 && ci > 0 {
				space = c.x0-prevEnd > wordGap*fmin(c.size, l.size) || c.pendingSpace
			}
			switch {
			case ii == 0 && ci > 0 && c.tab && b.Len() > 0:
				b.WriteByte('\t')
			case space && b.Len() > 0:
				b.WriteByte(' ')
			}
			name, italic := "", false
			if f := st.font(it.font); f != nil {
				name, italic = f.name, f.italic
			}
			text := st.clean(it.text)
			if sp == nil || sp.Font != name || sp.Bold != it.bold || math.Abs(sp.Size-it.size) > 0.5 {
				l.spans = append(l.spans, Span{X: round2(it.x0), Y: round2(l.base - it.size*0.8), Font: name, Size: round2(it.size), Bold: it.bold, Italic: italic})
				sp = &l.spans[len(l.spans)-1]
				starts = append(starts, b.Len())
			}
			b.WriteString(text)
			sp.W = round2(it.x1 - sp.X)
			n := len(text)
			if n > 1 {
				n = utf8.RuneCountInString(text)
			}
			chars += n
			if it.bold {
				boldChars += n
			}
		}
		prevEnd = fmax(prevEnd, c.x1)
	}
	l.text = b.String()
	l.bold = chars > 0 && boldChars*2 > chars
	for i := range l.spans {
		end := len(l.text)
		if i+1 < len(starts) {
			end = starts[i+1]
		}
		l.spans[i].Text = strings.TrimSpace(l.text[starts[i]:end])
	}
}

// spaceThreshold is the gap that separates words in a chunk. In
// letter-spaced text (every gap wide) most gaps are letter spacing: a word
// break is a gap clearly wider than the median one, so "C O N T A C T"
// reads "CONTACT" (xpdf adapts per line in a similar way).
func spaceThreshold(st *glyphStore, c *chunk) float64 {
	thr := wordGap * c.size
	if len(c.items) < 4 {
		return thr // fewer than three gaps
	}
	// The three tests are independent: the cheap ones go first, and the
	// gaps are only gathered when all pass.
	n, narrow := 0, 0
	for _, it := range c.items[1:] {
		if !it.spaceBefore {
			n++
			if it.gap <= thr {
				narrow++
			}
		}
	}
	if n < 3 {
		return thr
	}
	if narrow*5 > n {
		return thr // ordinary text: letters touch
	}
	letters := 0
	for _, it := range c.items {
		if r, _ := utf8.DecodeRuneInString(st.clean(it.text)); unicode.IsLetter(r) {
			letters++
		}
	}
	if letters*5 < len(c.items)*3 {
		return thr // dot leaders and the like stay spaced, as poppler prints them
	}
	var buf [64]float64
	gaps := buf[:0]
	for _, it := range c.items[1:] {
		if !it.spaceBefore {
			gaps = append(gaps, it.gap)
		}
	}
	slices.Sort(gaps) // NaNs first, as sort.Float64s
	return gaps[len(gaps)/2] + 0.12*c.size
}

func round2(v float64) float64 { return math.Round(v*100) / 100 }

// cleanGlyph drops what is not text (controls, U+FFFD, private-use icon
// glyphs, zero-width marks) and folds compatibility characters: ligatures
// become letters, NBSP a space.
func cleanGlyph(t string) string {
	if t == "" {
		return ""
	}
	ascii := true
	for i := 0; i < len(t); i++ {
		if t[i] < 0x20 || t[i] >= 0x7f {
			ascii = false
			break
		}
	}
	if ascii {
		return t
	}
	var b strings.Builder
	for _, r := range t {
		switch {
		case r == '\t' || r == '\n' || r == '\r' || r == 0xa0 || r == 0x2007 || r == 0x202f:
			b.WriteByte(' ')
		case r < 0x20 || r == 0x7f || r == 0xfffd || r == 0xfeff:
		case r >= 0xe000 && r <= 0xf8ff, r >= 0xf0000:
		case r == 0x200b || r == 0x200c || r == 0x200d || r == 0x2060:
		case unicode.Is(unicode.Cc, r):
		default:
			b.WriteRune(r)
		}
	}
	s := b.String()
	if s == "\u00ad" {
		return s // soft hyphen: kept until lines are joined
	}
	k := nfkc(s)
	if strings.HasPrefix(k, " ") && !strings.HasPrefix(s, " ") {
		return s // a spacing accent: NFKC would make it a space and a mark
	}
	return k
}
