package extract

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Lines → blocks → reading order. Lines that sit under one another with
// the spacing and size of one paragraph form a block; blocks are ordered by
// recursive XY-cut: cut the page at horizontal gaps into bands, read top to
// bottom, and cut bands at vertical gaps into columns, read left to right. A
// vertical gap wins over horizontal ones when both sides are real columns
// (tall, dense, not row-aligned), so a sidebar stays in one piece.

type tblock struct {
	lines  []*tline
	x0, x1 float64
	y0, y1 float64
	size   float64
	column int
	band   string
}

// refit recomputes a block's box after lines left it.
func (b *tblock) refit() {
	lines := b.lines
	b.lines = nil
	for _, l := range lines {
		b.add(l)
	}
}

func (b *tblock) add(l *tline) {
	if len(b.lines) == 0 {
		b.x0, b.x1, b.y0, b.y1, b.size = l.x0, l.x1, l.top(), l.bottom(), l.size
	} else {
		b.x0, b.x1 = fmin(b.x0, l.x0), fmax(b.x1, l.x1)
		b.y0, b.y1 = fmin(b.y0, l.top()), fmax(b.y1, l.bottom())
	}
	b.lines = append(b.lines, l)
}

// buildBlocks groups lines into paragraph blocks.
func buildBlocks(lines []*tline) []*tblock {
	sorted := append([]*tline(nil), lines...)
	sort.SliceStable(sorted, func(i, j int) bool {
		if math.Abs(sorted[i].base-sorted[j].base) > 0.5 {
			return sorted[i].base < sorted[j].base
		}
		return sorted[i].x0 < sorted[j].x0
	})
	var blocks []*tblock
	for _, l := range sorted {
		var best *tblock
		bestD := math.Inf(1)
		for _, b := range blocks {
			last := b.lines[len(b.lines)-1]
			m := fmax(l.size, last.size)
			d := l.base - last.base
			if d < 0.3*m || l.top()-last.bottom() > 0.75*m {
				continue
			}
			if math.Abs(l.size-last.size) > 0.2*m {
				continue
			}
			ov := fmin(l.x1, b.x1) - fmax(l.x0, b.x0)
			if ov < 0.5*fmin(l.x1-l.x0, b.x1-b.x0) {
				continue
			}
			if d < bestD {
				best, bestD = b, d
			}
		}
		if best == nil {
			best = &tblock{}
			blocks = append(blocks, best)
		}
		best.add(l)
	}
	return blocks
}

// pageLayout is the ordered result for one page.
type pageLayout struct {
	blocks  []*tblock
	columns []Column
}

func orderBlocks(blocks []*tblock, pageW, pageH float64) pageLayout {
	var pl pageLayout
	pl.blocks = xycut(blocks, pageH, &pl, 0)
	return pl
}

func xycut(bs []*tblock, pageH float64, pl *pageLayout, depth int) []*tblock {
	if len(bs) <= 1 || depth > 40 {
		return sortReading(bs)
	}
	ys := splitY(bs)
	xs := splitX(bs)
	// Fields set at a tab stop right of each entry (locations, dates) are
	// not a column: put each on the line it shares a baseline with.
	if len(ys) == 1 && (len(xs) == 1 || !realColumns(xs)) && joinRows(bs) {
		var left []*tblock
		for _, b := range bs {
			if b.refit(); len(b.lines) > 0 {
				left = append(left, b)
			}
		}
		return xycut(left, pageH, pl, depth+1)
	}
	if len(xs) > 1 && (len(ys) == 1 || realColumns(xs)) {
		if pl.columns == nil && realColumns(xs) && span(bs) > 0.3*pageH {
			pl.columns = describeColumns(xs)
			for i, g := range xs {
				for _, b := range g {
					b.column = i + 1
				}
			}
		}
		var out []*tblock
		for _, g := range xs {
			out = append(out, xycut(g, pageH, pl, depth+1)...)
		}
		return out
	}
	if len(ys) > 1 {
		var out []*tblock
		for _, g := range mergeColumnBands(ys) {
			out = append(out, xycut(g, pageH, pl, depth+1)...)
		}
		return out
	}
	return sortReading(bs)
}

// joinRows moves a line set at a tab stop (a location or dates right of an
// entry) onto the line of another block that shares its baseline and ends
// well left of it, separated by a tab. It runs only where no real column
// gutter divides the region, and reports whether any line moved.
func joinRows(bs []*tblock) bool {
	moved := false
	for _, b := range bs {
		keep := b.lines[:0]
		for _, l := range b.lines {
			host := rowHost(bs, b, l)
			if host == nil {
				keep = append(keep, l)
				continue
			}
			l.chunks[0].tab = true
			host.chunks = append(host.chunks, l.chunks...)
			host.x1 = fmax(host.x1, l.x1)
			host.spans = nil
			finishLine(host)
			l.chunks = nil
			moved = true
		}
		b.lines = keep
	}
	return moved
}

// rowHost finds, in a block other than own that starts left of it, the line
// on l's baseline that ends at least a tab stop before l starts.
func rowHost(bs []*tblock, own *tblock, l *tline) *tline {
	var best *tline
	for _, b := range bs {
		if b == own || b.x0 >= own.x0 {
			continue
		}
		for _, o := range b.lines {
			m := fmin(o.size, l.size)
			if len(o.chunks) == 0 || l.x0-o.x1 < 2*m || math.Abs(o.base-l.base) > 0.3*m {
				continue
			}
			if best == nil || o.x1 > best.x1 {
				best = o
			}
		}
	}
	return best
}

// mergeColumnBands undoes horizontal cuts that fall where two columns
// happen to have white space at the same height: consecutive bands whose
// union splits into real columns are read as one region.
func mergeColumnBands(ys [][]*tblock) [][]*tblock {
	var out [][]*tblock
	for i := 0; i < len(ys); {
		best := i
		var union []*tblock
		union = append(union, ys[i]...)
		for j := i + 1; j < len(ys); j++ {
			union = append(union, ys[j]...)
			xs := splitX(union)
			if len(xs) == 1 {
				break // the union only grows: no gutter will reopen
			}
			if realColumns(xs) {
				best = j
			}
		}
		var g []*tblock
		for k := i; k <= best; k++ {
			g = append(g, ys[k]...)
		}
		out = append(out, g)
		i = best + 1
	}
	return out
}

func sortReading(bs []*tblock) []*tblock {
	out := append([]*tblock(nil), bs...)
	sort.SliceStable(out, func(i, j int) bool {
		if math.Abs(out[i].y0-out[j].y0) > 2 {
			return out[i].y0 < out[j].y0
		}
		return out[i].x0 < out[j].x0
	})
	return out
}

// splitY cuts at horizontal gaps (no block spans them).
func splitY(bs []*tblock) [][]*tblock {
	s := append([]*tblock(nil), bs...)
	sort.SliceStable(s, func(i, j int) bool { return s[i].y0 < s[j].y0 })
	var out [][]*tblock
	start := 0
	bottom := s[0].y1
	for i := 1; i < len(s); i++ {
		if s[i].y0 > bottom+0.5 {
			out = append(out, s[start:i])
			start = i
		}
		bottom = fmax(bottom, s[i].y1)
	}
	return append(out, s[start:])
}

// splitX cuts at vertical gaps.
func splitX(bs []*tblock) [][]*tblock {
	s := append([]*tblock(nil), bs...)
	sort.SliceStable(s, func(i, j int) bool { return s[i].x0 < s[j].x0 })
	var out [][]*tblock
	start := 0
	right := s[0].x1
	for i := 1; i < len(s); i++ {
		if s[i].x0 > right+2 {
			out = append(out, s[start:i])
			start = i
		}
		right = fmax(right, s[i].x1)
	}
	return append(out, s[start:])
}

func span(bs []*tblock) float64 {
	y0, y1 := math.Inf(1), math.Inf(-1)
	for _, b := range bs {
		y0, y1 = fmin(y0, b.y0), fmax(y1, b.y1)
	}
	return y1 - y0
}

// coverage is the share of [y0, y1] covered by the blocks' heights.
func coverage(bs []*tblock, y0, y1 float64) float64 {
	iv := make([][2]float64, 0, len(bs))
	for _, b := range bs {
		iv = append(iv, [2]float64{b.y0, b.y1})
	}
	sort.Slice(iv, func(i, j int) bool { return iv[i][0] < iv[j][0] })
	covered, end := 0.0, math.Inf(-1)
	for _, v := range iv {
		if v[0] > end {
			covered += v[1] - v[0]
			end = v[1]
		} else if v[1] > end {
			covered += v[1] - end
			end = v[1]
		}
	}
	if y1 <= y0 {
		return 0
	}
	return covered / (y1 - y0)
}

// realColumns tells a layout column (a sidebar, a second column of text)
// from a table-like row layout (dates right of each entry): columns are
// tall and dense on both sides, and their lines do not pair up row by row.
func realColumns(groups [][]*tblock) bool {
	var all []*tblock
	for _, g := range groups {
		all = append(all, g...)
	}
	y0, y1 := math.Inf(1), math.Inf(-1)
	for _, b := range all {
		y0, y1 = fmin(y0, b.y0), fmax(y1, b.y1)
	}
	h := y1 - y0
	tall := 0
	for _, g := range groups {
		if span(g) >= 0.5*h && coverage(g, y0, y1) >= 0.35 && lineCount(g) >= 3 {
			tall++
		}
	}
	if tall < 2 {
		return false
	}
	// Row alignment: in a row layout most lines of the smaller side share
	// a baseline with a line of the other side.
	for i := 0; i+1 < len(groups); i++ {
		a, b := groups[i], groups[i+1]
		if lineCount(a) > lineCount(b) {
			a, b = b, a
		}
		bases := map[int]bool{}
		for _, bl := range b {
			for _, l := range bl.lines {
				bases[int(math.Round(l.base))] = true
			}
		}
		aligned, n := 0, 0
		for _, bl := range a {
			for _, l := range bl.lines {
				// A heading set in a gap of the other side (a section title
				// above dated rows) is beside nothing: it says nothing about
				// rows or columns.
				if !besideAny(b, l) {
					continue
				}
				n++
				k := int(math.Round(l.base))
				if bases[k] || bases[k-1] || bases[k+1] {
					aligned++
				}
			}
		}
		if n > 0 && float64(aligned) > 0.6*float64(n) {
			return false
		}
	}
	return true
}

// besideAny says whether line l sits at the height of a block of g.
func besideAny(g []*tblock, l *tline) bool {
	top := l.base - l.size
	for _, b := range g {
		if l.base > b.y0 && top < b.y1 {
			return true
		}
	}
	return false
}

func lineCount(g []*tblock) int {
	n := 0
	for _, b := range g {
		n += len(b.lines)
	}
	return n
}

// describeColumns names the widest column "main" (a sidebar is the narrow
// one); columns of about the same width are told apart by how much text
// they hold.
func describeColumns(groups [][]*tblock) []Column {
	cols := make([]Column, len(groups))
	chars := make([]int, len(groups))
	for i, g := range groups {
		x0, x1 := math.Inf(1), math.Inf(-1)
		for _, b := range g {
			x0, x1 = fmin(x0, b.x0), fmax(x1, b.x1)
			for _, l := range b.lines {
				chars[i] += utf8.RuneCountInString(l.text)
			}
		}
		cols[i] = Column{X: round2(x0), W: round2(x1 - x0), Role: "sidebar"}
	}
	best := 0
	for i := range cols {
		wi, wb := cols[i].W, cols[best].W
		switch {
		case wi > 1.25*wb:
			best = i
		case wb > 1.25*wi:
		case chars[i] > chars[best]:
			best = i
		}
	}
	cols[best].Role = "main"
	return cols
}

// markBands flags running heads and footers: text in the top or bottom
// margin that repeats on other pages (digits aside) or is a page number.
func markBands(pages []pageLayout, heights []float64) {
	count := map[string]int{}
	key := func(b *tblock) string {
		var s strings.Builder
		for _, l := range b.lines {
			for _, r := range l.text {
				if unicode.IsDigit(r) {
					r = '#'
				}
				s.WriteRune(r)
			}
		}
		return s.String()
	}
	zone := func(b *tblock, h float64) string {
		switch {
		case b.y1 < 0.1*h:
			return "header"
		case b.y0 > 0.9*h:
			return "footer"
		}
		return ""
	}
	for i, p := range pages {
		seen := map[string]bool{}
		for _, b := range p.blocks {
			if z := zone(b, heights[i]); z != "" {
				k := z + key(b)
				if !seen[k] {
					count[k]++
					seen[k] = true
				}
			}
		}
	}
	for i, p := range pages {
		for _, b := range p.blocks {
			z := zone(b, heights[i])
			if z == "" {
				continue
			}
			if count[z+key(b)] >= 2 || isPageNumber(b) {
				b.band = z
			}
		}
	}
}

func isPageNumber(b *tblock) bool {
	if len(b.lines) != 1 {
		return false
	}
	t := strings.ToLower(strings.TrimSpace(b.lines[0].text))
	t = strings.Trim(t, "-–— ")
	t = strings.TrimPrefix(t, "page")
	t = strings.TrimSpace(t)
	digits := 0
	for _, r := range t {
		switch {
		case unicode.IsDigit(r):
			digits++
		case r == ' ' || r == '/':
		default:
			if !strings.Contains(t, "of") {
				return false
			}
		}
	}
	return digits > 0 && digits <= 6 && len(t) <= 12
}

// dehyphenate joins a word broken at the end of a line (a soft hyphen, or
// a hyphen after a letter followed by a lowercase letter on the next line
// of the same block).
func dehyphenate(b *tblock) {
	for i := 0; i+1 < len(b.lines); i++ {
		l, n := b.lines[i], b.lines[i+1]
		t := l.text
		soft := strings.HasSuffix(t, "\u00ad")
		hard := false
		if !soft && strings.HasSuffix(t, "-") && len(t) >= 2 {
			r, _ := utf8.DecodeLastRuneInString(t[:len(t)-1])
			hard = unicode.IsLetter(r) && unicode.IsLower(r)
		}
		if !soft && !hard {
			continue
		}
		next := n.text
		r, _ := utf8.DecodeRuneInString(next)
		if !soft && !unicode.IsLower(r) {
			continue
		}
		word, rest, _ := strings.Cut(next, " ")
		l.text = strings.TrimSuffix(strings.TrimSuffix(t, "\u00ad"), "-") + word
		n.text = rest
		if k := len(l.spans); k > 0 {
			s := &l.spans[k-1]
			s.Text = strings.TrimSuffix(strings.TrimSuffix(s.Text, "\u00ad"), "-") + word
		}
		if len(n.spans) > 0 {
			n.spans[0].Text = strings.TrimSpace(strings.TrimPrefix(n.spans[0].Text, word))
			if n.spans[0].Text == "" {
				n.spans = n.spans[1:]
			}
		}
	}
	// Soft hyphens that did not end a line are invisible.
	for _, l := range b.lines {
		if strings.Contains(l.text, "\u00ad") {
			l.text = strings.ReplaceAll(l.text, "\u00ad", "")
			for i := range l.spans {
				l.spans[i].Text = strings.ReplaceAll(l.spans[i].Text, "\u00ad", "")
			}
		}
	}
}
