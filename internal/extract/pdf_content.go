package extract

import (
	"bytes"
	"math"
)

// The content-stream interpreter: runs text, graphics-state, clipping, color
// and XObject operators and emits positioned glyphs. It tokenizes with our
// lexer and checks the budget between operators.

type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

// mul returns m then n (m × n in PDF's row-vector convention).
func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

func (m matrix) apply(x, y float64) (float64, float64) {
	return x*m[0] + y*m[2] + m[4], x*m[1] + y*m[3] + m[5]
}

type rect struct{ x0, y0, x1, y1 float64 }

func (r rect) contains(x, y float64) bool {
	return x >= r.x0 && x <= r.x1 && y >= r.y0 && y <= r.y1
}

func (r rect) intersect(o rect) rect {
	return rect{fmax(r.x0, o.x0), fmax(r.y0, o.y0), fmin(r.x1, o.x1), fmin(r.y1, o.y1)}
}

func (r rect) empty() bool { return r.x1 < r.x0 || r.y1 < r.y0 }

func (r *rect) add(x, y float64) {
	r.x0, r.y0 = fmin(r.x0, x), fmin(r.y0, y)
	r.x1, r.y1 = fmax(r.x1, x), fmax(r.y1, y)
}

func emptyRect() rect { return rect{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)} }

type gstate struct {
	ctm        matrix
	font       *font
	size       float64
	tc, tw, th float64
	tl, rise   float64
	mode       int
	fill       float64 // fill luminance, 0 black … 1 white
	stroke     float64
	fillAlpha  float64
	clip       rect
	fillCS     int // components of the fill color space
	strokeCS   int
}

// glyph is one shown character in device space (y grows upward). It holds
// no pointers (text and font are numbers in the document's glyphStore): a
// page has thousands, and the collector then has nothing to scan.
type glyph struct {
	x, y   float64 // origin on the baseline
	dx, dy float64 // advance vector
	size   float64
	text   uint32
	font   uint32
	dir    int8  // 0 upright, 1 rotated 90° (up), 2 upside down, 3 rotated 270°, -1 other
	hidden uint8 // hidNone or why a reader would not see it
	bold   bool
	rise   bool // raised or lowered from the line (superscript)
}

type filled struct {
	r   rect
	lum float64
}

// pageRun holds what one page's content produces.
type pageRun struct {
	box     rect
	glyphs  []glyph
	fills   []filled
	images  int
	imgArea float64
}

type resources struct {
	v     value
	fonts map[string]*font
	xobj  map[string]value
}

type marked struct {
	actual bool
	idx    int // glyph holding the ActualText, -1 until the first glyph
}

type runner struct {
	d      *pdfDoc
	pg     *pageRun
	gs     gstate
	stack  []gstate
	tm     matrix
	tlm    matrix
	res    *resources
	depth  int
	active map[int]bool // form streams being run, by offset
	path   rect
	clipW  bool
	marks  []marked
	codes  []code
	args   []ctok
	tok    *ctokenizer // of the stream being run: operands' text
}

type formInfo struct {
	data []byte
	err  error
}

func newResources(v value) *resources {
	return &resources{v: v, fonts: map[string]*font{}, xobj: map[string]value{}}
}

func (r *runner) run(data []byte) error {
	// The tokenizer's buffers outlive the run: pages and documents' pages
	// reuse them rather than grow them anew. A form run from this stream
	// gets its own.
	t := &ctokenizer{b: data, arena: r.d.arena, elems: r.d.elems}
	r.d.arena, r.d.elems = nil, nil
	args := r.args[:0]
	saved := r.tok
	r.tok = t
	defer func() {
		r.args, r.tok = args[:0], saved
		t.reset()
		r.d.arena, r.d.elems = t.arena, t.elems
	}()
	for {
		if !r.d.b.tick() {
			return errTimeout
		}
		mk := t.mark()
		o, op, ok := t.next()
		if !ok {
			return nil
		}
		if o.kind != kOp {
			if len(args) < 64 {
				args = append(args, o)
			} else {
				t.release(mk)
			}
			continue
		}
		if op == "BI" {
			l := lexer{b: data, pos: t.pos}
			r.inlineImage(&l)
			t.pos = l.pos
			args = args[:0]
			t.reset()
			continue
		}
		if err := r.op(op, args); err != nil {
			return err
		}
		args = args[:0]
		t.reset()
	}
}

func num(args []ctok, i int) float64 {
	if i < len(args) && args[i].kind == kNum {
		return args[i].num
	}
	return 0
}

func (r *runner) op(op string, a []ctok) error {
	g := &r.gs
	t := r.tok
	switch op {
	case "q":
		if len(r.stack) < 256 {
			r.stack = append(r.stack, *g)
		}
	case "Q":
		if n := len(r.stack); n > 0 {
			*g = r.stack[n-1]
			r.stack = r.stack[:n-1]
		}
	case "cm":
		if len(a) == 6 {
			m := matrix{num(a, 0), num(a, 1), num(a, 2), num(a, 3), num(a, 4), num(a, 5)}
			g.ctm = m.mul(g.ctm)
		}
	case "BT":
		r.tm, r.tlm = identity, identity
	case "Tc":
		g.tc = num(a, 0)
	case "Tw":
		g.tw = num(a, 0)
	case "Tz":
		g.th = num(a, 0) / 100
	case "TL":
		g.tl = num(a, 0)
	case "Ts":
		g.rise = num(a, 0)
	case "Tr":
		g.mode = int(num(a, 0))
	case "Tf":
		if len(a) == 2 {
			g.font = r.font(t.text(a[0]))
			g.size = num(a, 1)
		}
	case "Td":
		r.move(num(a, 0), num(a, 1))
	case "TD":
		g.tl = -num(a, 1)
		r.move(num(a, 0), num(a, 1))
	case "Tm":
		if len(a) == 6 {
			r.tm = matrix{num(a, 0), num(a, 1), num(a, 2), num(a, 3), num(a, 4), num(a, 5)}
			r.tlm = r.tm
		}
	case "T*":
		r.move(0, -g.tl)
	case "Tj":
		if len(a) > 0 {
			r.show(t.text(a[len(a)-1]))
		}
	case "'":
		r.move(0, -g.tl)
		if len(a) > 0 {
			r.show(t.text(a[len(a)-1]))
		}
	case "\"":
		if len(a) == 3 {
			g.tw, g.tc = num(a, 0), num(a, 1)
			r.move(0, -g.tl)
			r.show(t.text(a[2]))
		}
	case "TJ":
		if len(a) > 0 && a[len(a)-1].kind == kArray {
			for _, x := range t.array(a[len(a)-1]) {
				if x.kind == kStr {
					r.show(t.text(x))
				} else if x.kind == kNum {
					r.advance(-x.num / 1000 * g.size * g.th)
				}
			}
		}
	case "g":
		g.fill, g.fillCS = num(a, 0), 1
	case "G":
		g.stroke, g.strokeCS = num(a, 0), 1
	case "rg":
		g.fill, g.fillCS = lumRGB(num(a, 0), num(a, 1), num(a, 2)), 3
	case "RG":
		g.stroke, g.strokeCS = lumRGB(num(a, 0), num(a, 1), num(a, 2)), 3
	case "k":
		g.fill, g.fillCS = lumCMYK(num(a, 0), num(a, 1), num(a, 2), num(a, 3)), 4
	case "K":
		g.stroke, g.strokeCS = lumCMYK(num(a, 0), num(a, 1), num(a, 2), num(a, 3)), 4
	case "cs":
		g.fill, g.fillCS = 0, csComponents(t, a)
	case "CS":
		g.stroke, g.strokeCS = 0, csComponents(t, a)
	case "sc", "scn":
		g.fill = lumArgs(a, g.fillCS)
	case "SC", "SCN":
		g.stroke = lumArgs(a, g.strokeCS)
	case "gs":
		if len(a) > 0 {
			r.extGState(string(t.text(a[0])))
		}
	case "re":
		if len(a) == 4 {
			x, y, w, h := num(a, 0), num(a, 1), num(a, 2), num(a, 3)
			for _, p := range [][2]float64{{x, y}, {x + w, y}, {x, y + h}, {x + w, y + h}} {
				px, py := g.ctm.apply(p[0], p[1])
				r.path.add(px, py)
			}
		}
	case "m", "l":
		if len(a) == 2 {
			px, py := g.ctm.apply(num(a, 0), num(a, 1))
			r.path.add(px, py)
		}
	case "c", "v", "y":
		for i := 0; i+1 < len(a); i += 2 {
			px, py := g.ctm.apply(num(a, i), num(a, i+1))
			r.path.add(px, py)
		}
	case "W", "W*":
		r.clipW = true
	case "f", "F", "f*", "B", "B*", "b", "b*":
		if !r.path.empty() && len(r.pg.fills) < 4096 {
			r.pg.fills = append(r.pg.fills, filled{r.path, g.fill})
		}
		r.endPath()
	case "n", "S", "s":
		r.endPath()
	case "Do":
		if len(a) > 0 {
			return r.xobject(t.text(a[0]))
		}
	case "BMC":
		r.marks = append(r.marks, marked{idx: -1})
	case "BDC":
		m := marked{idx: -1}
		if len(a) == 2 {
			if props := t.dict(a[1]); props.kind == kDict {
				if t := props.key("ActualText"); t.kind == kStr {
					r.marks = append(r.marks, marked{actual: true, idx: -1})
					r.pg.glyphs = append(r.pg.glyphs, glyph{}) // placeholder, filled by the first glyph
					r.marks[len(r.marks)-1].idx = len(r.pg.glyphs) - 1
					r.pg.glyphs[len(r.pg.glyphs)-1].text = r.d.store.addText(pdfText(t.str))
					r.pg.glyphs[len(r.pg.glyphs)-1].dir = -2 // not placed yet
					return nil
				}
			}
		}
		r.marks = append(r.marks, m)
	case "EMC":
		if n := len(r.marks); n > 0 {
			if m := r.marks[n-1]; m.actual && m.idx >= 0 && r.pg.glyphs[m.idx].dir == -2 {
				// ActualText that covered no glyph: drop it.
				r.pg.glyphs[m.idx].text = 0
				r.pg.glyphs[m.idx].dir = -1
				r.pg.glyphs[m.idx].hidden = hidUnplaced
			}
			r.marks = r.marks[:n-1]
		}
	}
	return nil
}

func (r *runner) endPath() {
	if r.clipW && !r.path.empty() {
		r.gs.clip = r.gs.clip.intersect(r.path)
	}
	r.clipW = false
	r.path = emptyRect()
}

func (r *runner) move(tx, ty float64) {
	r.tlm = matrix{1, 0, 0, 1, tx, ty}.mul(r.tlm)
	r.tm = r.tlm
}

func (r *runner) advance(tx float64) {
	r.tm[4] += tx * r.tm[0]
	r.tm[5] += tx * r.tm[1]
}

// show emits the glyphs of one string and moves the text matrix past them.
func (r *runner) show(s []byte) {
	g := &r.gs
	f := g.font
	if f == nil {
		if r.d.fallback == nil {
			r.d.fallback = newFallbackFont()
			r.d.store.addFont(r.d.fallback)
		}
		f = r.d.fallback
	}
	r.codes = f.codes(s, r.codes)
	for _, c := range r.codes {
		text := f.text(&r.d.store, c)
		w0 := f.width(c, r.d.store.text(text)) * f.scale
		tx := w0*g.size + g.tc
		if c.n == 1 && c.v == 32 {
			tx += g.tw
		}
		tx *= g.th
		if f.vertical {
			r.emit(text, 0, f, c)
			r.tm[4] += -w0 * g.size * r.tm[2]
			r.tm[5] += -w0 * g.size * r.tm[3]
			if w0 == 0 {
				r.tm[5] -= g.size * r.tm[3]
			}
			continue
		}
		r.emit(text, tx, f, c)
		r.advance(tx)
	}
}

// newFallbackFont stands in for a missing or broken /Tf font: WinAnsi text,
// estimated widths. One per document: fonts cache what they decode.
func newFallbackFont() *font {
	f := &font{scale: 0.001, noWidth: true, widths: map[uint32]float64{}}
	for c := 32; c < 256; c++ {
		if r := winAnsi[c]; r != 0 {
			f.simple[c] = string(r)
		}
	}
	return f
}

func (r *runner) emit(text uint32, tx float64, f *font, c code) {
	g := &r.gs
	m := r.tm.mul(g.ctm)
	trm := matrix{g.size * g.th, 0, 0, g.size, 0, g.rise}.mul(m)
	size := math.Abs(trm[3]) // math.Hypot's value when trm[2] is 0, without its call
	if trm[2] != 0 {
		size = math.Hypot(trm[2], trm[3])
	}
	gl := glyph{
		text: text,
		x:    trm[4], y: trm[5],
		dx: tx * m[0], dy: tx * m[1],
		size: size,
		font: f.id,
		bold: f.bold || g.mode == 2,
		rise: g.rise != 0,
	}
	ax, ay := m[0], m[1]
	switch {
	case math.Abs(ay) <= 0.05*math.Abs(ax) && ax > 0:
		gl.dir = 0
	case math.Abs(ax) <= 0.05*math.Abs(ay) && ay > 0:
		gl.dir = 1
	case math.Abs(ay) <= 0.05*math.Abs(ax) && ax < 0:
		gl.dir = 2
	case math.Abs(ax) <= 0.05*math.Abs(ay) && ay < 0:
		gl.dir = 3
	default:
		gl.dir = -1
	}
	gl.hidden = r.hiddenReason(&gl)
	// Inside /ActualText, the first glyph carries the replacement text and
	// the rest only widen it.
	for i := len(r.marks) - 1; i >= 0; i-- {
		mk := r.marks[i]
		if !mk.actual {
			continue
		}
		h := &r.pg.glyphs[mk.idx]
		if h.dir == -2 {
			t := h.text
			*h = gl
			h.text = t
		} else {
			h.dx += gl.dx
			h.dy += gl.dy
		}
		return
	}
	if len(r.pg.glyphs) < 1<<18 {
		r.pg.glyphs = append(r.pg.glyphs, gl)
	}
}

// hiddenReason says why a reader would not see a glyph, or hidNone.
func (r *runner) hiddenReason(gl *glyph) uint8 {
	g := &r.gs
	if g.mode == 3 || g.mode == 7 {
		return hidInvisible
	}
	if g.fillAlpha <= 0.01 && g.mode != 1 && g.mode != 5 {
		return hidTransparent
	}
	if gl.size < 1.5 {
		return hidTiny
	}
	cx, cy := gl.x+gl.dx/2, gl.y+gl.size/3
	b := r.pg.box
	if cx < b.x0-2 || cx > b.x1+2 || cy < b.y0-2 || cy > b.y1+2 {
		return hidOffpage
	}
	if !g.clip.contains(cx, cy) {
		return hidClipped
	}
	color := g.fill
	if g.mode == 1 || g.mode == 5 {
		color = g.stroke
	}
	if color > 0.93 && math.Abs(color-r.background(cx, cy)) < 0.07 {
		return hidBackground
	}
	return hidNone
}

// background is the luminance of the last filled shape under a point.
func (r *runner) background(x, y float64) float64 {
	for i := len(r.pg.fills) - 1; i >= 0; i-- {
		if r.pg.fills[i].r.contains(x, y) {
			return r.pg.fills[i].lum
		}
	}
	return 1
}

func lumRGB(r, g, b float64) float64 { return 0.299*r + 0.587*g + 0.114*b }

func lumCMYK(c, m, y, k float64) float64 {
	return lumRGB((1-c)*(1-k), (1-m)*(1-k), (1-y)*(1-k))
}

func lumArgs(a []ctok, n int) float64 {
	var v [4]float64 // the first numbers: no more are read
	k := 0
	for _, x := range a {
		if x.kind == kNum {
			if k < len(v) {
				v[k] = x.num
			}
			k++
		}
	}
	switch {
	case n == 4 && k >= 4:
		return lumCMYK(v[0], v[1], v[2], v[3])
	case n == 3 && k >= 3:
		return lumRGB(v[0], v[1], v[2])
	case n == 1 && k >= 1:
		return v[0]
	}
	return 0 // patterns and unknown spaces: assume ink
}

func csComponents(t *ctokenizer, a []ctok) int {
	if len(a) == 0 {
		return 0
	}
	switch string(t.text(a[0])) {
	case "DeviceGray", "CalGray", "G":
		return 1
	case "DeviceRGB", "CalRGB", "RGB":
		return 3
	case "DeviceCMYK", "CMYK":
		return 4
	}
	return 0
}

func (r *runner) font(nb []byte) *font {
	if f, ok := r.res.fonts[string(nb)]; ok {
		return f
	}
	name := string(nb)
	var f *font
	guard(func() { f = r.d.loadFont(r.res.v.Key("Font").Key(name)) })
	r.res.fonts[name] = f
	return f
}

func (r *runner) extGState(name string) {
	guard(func() {
		gs := r.res.v.Key("ExtGState").Key(name)
		if ca := gs.Key("ca"); ca.Kind() == vInteger || ca.Kind() == vReal {
			r.gs.fillAlpha = ca.Float64()
		}
		if fa := gs.Key("Font"); fa.Len() == 2 {
			r.gs.font = r.d.loadFont(fa.Index(0))
			r.gs.size = fa.Index(1).Float64()
		}
	})
}

func (r *runner) inlineImage(l *lexer) {
	// Skip the dictionary up to ID, then the binary data up to EI.
	for {
		o, ok := l.next()
		if !ok {
			return
		}
		if o.kind == kOp && o.str == "ID" {
			break
		}
	}
	p := l.pos + 1
	for p < len(l.b) {
		i := bytes.Index(l.b[p:], []byte("EI"))
		if i < 0 {
			p = len(l.b)
			break
		}
		e := p + i
		before := e == 0 || isWhite(l.b[e-1])
		after := e+2 >= len(l.b) || isWhite(l.b[e+2]) || isDelimiter(l.b[e+2])
		p = e + 2
		if before && after {
			break
		}
	}
	l.pos = min(p, len(l.b))
	r.image()
}

func (r *runner) image() {
	r.pg.images++
	box := emptyRect()
	for _, p := range [][2]float64{{0, 0}, {1, 0}, {0, 1}, {1, 1}} {
		x, y := r.gs.ctm.apply(p[0], p[1])
		box.add(x, y)
	}
	box = box.intersect(r.pg.box)
	if !box.empty() {
		r.pg.imgArea += (box.x1 - box.x0) * (box.y1 - box.y0)
		if len(r.pg.fills) < 4096 {
			r.pg.fills = append(r.pg.fills, filled{box, 0.5})
		}
	}
}

func (r *runner) xobject(nb []byte) error {
	x, ok := r.res.xobj[string(nb)]
	if !ok {
		name := string(nb)
		guard(func() { x = r.res.v.Key("XObject").Key(name) })
		r.res.xobj[name] = x
	}
	var sub string
	guard(func() { sub = x.Key("Subtype").Name() })
	switch sub {
	case "Image":
		r.image()
		return nil
	case "Form":
	default:
		return nil
	}
	off := x.streamOffset()
	if r.depth >= r.d.b.maxFormDepth || r.active[off] {
		return nil // a form that draws itself, or nesting past any real need
	}
	fi, ok := r.d.forms[off]
	if !ok {
		fi.data, fi.err = r.d.stream(x)
		r.d.forms[off] = fi
	}
	if len(fi.data) == 0 {
		return nil
	}
	saved, savedTm, savedTlm, savedRes := r.gs, r.tm, r.tlm, r.res
	savedStack := len(r.stack)
	guard(func() {
		if m := x.Key("Matrix"); m.Len() == 6 {
			var mm matrix
			for i := range mm {
				mm[i] = m.Index(i).Float64()
			}
			r.gs.ctm = mm.mul(r.gs.ctm)
		}
		if bb := x.Key("BBox"); bb.Len() == 4 {
			box := emptyRect()
			x0, y0, x1, y1 := bb.Index(0).Float64(), bb.Index(1).Float64(), bb.Index(2).Float64(), bb.Index(3).Float64()
			for _, p := range [][2]float64{{x0, y0}, {x1, y0}, {x0, y1}, {x1, y1}} {
				px, py := r.gs.ctm.apply(p[0], p[1])
				box.add(px, py)
			}
			r.gs.clip = r.gs.clip.intersect(box)
		}
		if res := x.Key("Resources"); res.Kind() == vDict {
			r.res = newResources(res)
		}
	})
	r.active[off] = true
	r.depth++
	err := r.run(fi.data)
	r.depth--
	delete(r.active, off)
	r.gs, r.tm, r.tlm, r.res = saved, savedTm, savedTlm, savedRes
	r.stack = r.stack[:min(savedStack, len(r.stack))]
	return err
}

// pdfText decodes a PDF text string (UTF-16 with a BOM, or PDFDocEncoding,
// which matches Latin-1 for the characters that matter here).
func pdfText(s string) string {
	if len(s) >= 2 && s[0] == 0xfe && s[1] == 0xff {
		return utf16Text(s[2:])
	}
	if len(s) >= 3 && s[:3] == "\xef\xbb\xbf" {
		return s[3:]
	}
	rs := make([]rune, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 && c < 0xa0 {
			if r := winAnsi[c]; r != 0 {
				rs = append(rs, r)
				continue
			}
		}
		rs = append(rs, rune(c))
	}
	return string(rs)
}
