package extract

import (
	"math"
	"sort"
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

type item struct {
	text        string
	x0, x1      float64
	size        float64
	font        *font
	bold        bool
	spaceBefore bool    // an explicit space glyph came before
	gap         float64 // white space before the glyph
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

// buildLines turns one direction's glyphs into lines.
func buildLines(st *glyphStore, gs []glyph, dir int8, box rect) []*tline {
	var chunks []*chunk
	var cur *chunk
	// Items live in one arena: a chunk's items are always the arena's tail
	// while it grows, so appending to the arena extends the open chunk.
	n := 0
	for i := range gs {
		if gs[i].dir == dir && gs[i].hidden == hidNone {
			n++
		}
	}
	if n == 0 {
		return nil // most pages have no text in three of the four directions
	}
	arena := make([]item, 0, n)
	push := func(it item) {
		arena = append(arena, it)
		cur.items = arena[len(arena)-len(cur.items)-1:]
	}
	for i := range gs {
		g := &gs[i]
		if g.dir != dir || g.hidden != hidNone {
			continue
		}
		t := st.clean(g.text)
		x, base, w := upright(g, box.y1)
		if dir == 0 {
			x -= box.x0
		}
		s := math.Max(g.size, 0.5)
		if w < 0 {
			w = 0
		}
		space := t != "" && strings.TrimSpace(t) == ""
		if cur != nil && t != "" && !space {
			last := &cur.items[len(cur.items)-1]
			if t == last.text && math.Abs(x-last.x0) < 0.2*s && math.Abs(base-cur.base) < 0.2*s {
				continue // the same glyph drawn again (fake bold, shadow)
			}
		}
		if cur != nil && sameRun(cur, x, base, s) {
			if space {
				cur.pendingSpace = true
				cur.x1 = math.Max(cur.x1, x+w)
				continue
			}
			if t == "" {
				cur.x1 = math.Max(cur.x1, x+w)
				continue
			}
			push(item{text: t, x0: x, x1: x + w, size: s, font: st.font(g.font), bold: g.bold, spaceBefore: cur.pendingSpace, gap: x - cur.x1})
			cur.x1 = math.Max(x+w, cur.x1)
			if !g.rise && s >= cur.size*0.8 {
				cur.size = math.Max(cur.size, s)
			}
			cur.pendingSpace = false
			continue
		}
		if space || t == "" {
			continue
		}
		cur = &chunk{x0: x, x1: x + w, base: base, size: s, seq: i}
		push(item{text: t, x0: x, x1: x + w, size: s, font: st.font(g.font), bold: g.bold})
		chunks = append(chunks, cur)
	}
	return chunksToLines(chunks)
}

func sameRun(c *chunk, x, base, s float64) bool {
	m := math.Max(s, c.size)
	gap := x - c.x1
	if gap < -0.6*m || gap > chunkGap*m {
		return false
	}
	d := math.Abs(base - c.base)
	if d < 0.3*math.Min(s, c.size) {
		return true
	}
	// Superscripts and subscripts: a smaller glyph within the line's height.
	return s < 0.85*c.size && d < 0.5*c.size
}

// chunksToLines joins chunks that share a baseline and touch: text drawn
// out of order, or words drawn one by one.
func chunksToLines(chunks []*chunk) []*tline {
	var lines []*tline
	for _, c := range chunks {
		var best *tline
		for _, l := range lines {
			m := math.Min(l.size, c.size)
			if math.Abs(l.base-c.base) >= 0.3*m {
				continue
			}
			gapR := c.x0 - l.x1
			gapL := l.x0 - c.x1
			if gapR > chunkGap*m || gapL > chunkGap*m {
				continue
			}
			if gapR < -0.3*m && gapL < -0.3*m && overlapsText(l, c) {
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
			best = &tline{x0: c.x0, x1: c.x1, base: c.base, size: c.size, seq: c.seq}
			lines = append(lines, best)
		}
		best.chunks = append(best.chunks, c)
		best.x0, best.x1 = math.Min(best.x0, c.x0), math.Max(best.x1, c.x1)
		best.size = math.Max(best.size, c.size)
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

func overlapsText(l *tline, c *chunk) bool {
	ct := chunkText(c)
	for _, o := range l.chunks {
		if chunkText(o) == ct {
			return true
		}
	}
	return false
}

func chunkText(c *chunk) string {
	var b strings.Builder
	for _, it := range c.items {
		b.WriteString(it.text)
	}
	return b.String()
}

// finishLine orders a line's chunks, writes its text and spans.
func finishLine(l *tline) {
	sort.SliceStable(l.chunks, func(i, j int) bool { return l.chunks[i].x0 < l.chunks[j].x0 })
	var b strings.Builder
	var sp *Span
	var starts []int // byte offset in the line text where each span starts
	boldChars, chars := 0, 0
	prevEnd := math.Inf(-1)
	for ci, c := range l.chunks {
		thr := spaceThreshold(c)
		for ii, it := range c.items {
			space := it.spaceBefore || ii > 0 && it.gap > thr
			if ii == 0 && ci > 0 {
				space = c.x0-prevEnd > wordGap*math.Min(c.size, l.size) || c.pendingSpace
			}
			switch {
			case ii == 0 && ci > 0 && c.tab && b.Len() > 0:
				b.WriteByte('\t')
			case space && b.Len() > 0:
				b.WriteByte(' ')
			}
			name, italic := "", false
			if it.font != nil {
				name, italic = it.font.name, it.font.italic
			}
			if sp == nil || sp.Font != name || sp.Bold != it.bold || math.Abs(sp.Size-it.size) > 0.5 {
				l.spans = append(l.spans, Span{X: round2(it.x0), Y: round2(l.base - it.size*0.8), Font: name, Size: round2(it.size), Bold: it.bold, Italic: italic})
				sp = &l.spans[len(l.spans)-1]
				starts = append(starts, b.Len())
			}
			b.WriteString(it.text)
			sp.W = round2(it.x1 - sp.X)
			n := len(it.text)
			if n > 1 {
				n = utf8.RuneCountInString(it.text)
			}
			chars += n
			if it.bold {
				boldChars += n
			}
		}
		prevEnd = math.Max(prevEnd, c.x1)
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
func spaceThreshold(c *chunk) float64 {
	thr := wordGap * c.size
	gaps := make([]float64, 0, len(c.items))
	for _, it := range c.items[min(1, len(c.items)):] {
		if !it.spaceBefore {
			gaps = append(gaps, it.gap)
		}
	}
	if len(gaps) < 3 {
		return thr
	}
	letters := 0
	for _, it := range c.items {
		if r, _ := utf8.DecodeRuneInString(it.text); unicode.IsLetter(r) {
			letters++
		}
	}
	if letters*5 < len(c.items)*3 {
		return thr // dot leaders and the like stay spaced, as poppler prints them
	}
	narrow := 0
	for _, g := range gaps {
		if g <= thr {
			narrow++
		}
	}
	if narrow*5 > len(gaps) {
		return thr // ordinary text: letters touch
	}
	sort.Float64s(gaps)
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
