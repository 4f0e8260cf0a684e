package extract

import (
	"context"
	"errors"
	"math"
	"strings"
)

// readPDF is the PDF text layer: open (checked, repaired, decrypted), walk
// the pages, run each page's content into glyphs, lay them out as lines and
// blocks in reading order.
func readPDF(ctx context.Context, data []byte, lim Limits) (*Document, error) {
	b := newBudget(ctx, lim)
	d, err := openPDF(data, b)
	if err != nil {
		return nil, err
	}
	d.glyphs, d.items = getGlyphs(), getItems()
	defer func() { putGlyphs(d.glyphs); putItems(d.items); putWork(d.buf) }()
	refs, total, err := d.pages(lim.MaxPages)
	if errors.Is(b.check(), errTimeout) {
		return nil, errorf(KindTimeout, "walking the page tree")
	}
	if len(refs) == 0 {
		if err != nil {
			return nil, errorf(KindDamaged, "page tree: %v", err)
		}
		return nil, errorf(KindDamaged, "no pages")
	}
	doc := &Document{Format: "pdf", TotalPages: total}
	layouts := make([]pageLayout, len(refs))
	heights := make([]float64, len(refs))
	images := 0
	var links [][]annotLink
	for i, p := range refs {
		run, w, h := d.runPage(p)
		if errors.Is(b.check(), errTimeout) {
			return nil, errorf(KindTimeout, "page %d", i+1)
		}
		box := rect{0, 0, w, h}
		var lines []*tline
		items := d.items[:0]
		if cap(items) < len(run.glyphs) {
			items = make([]item, 0, len(run.glyphs)) // room for every direction's
		}
		for _, dir := range []int8{0, 1, 3, 2} {
			var ls []*tline
			ls, items = buildLines(&d.store, run.glyphs, dir, box, items)
			lines = append(lines, ls...)
		}
		layouts[i] = orderBlocks(buildBlocks(lines), w, h)
		// Past the layout nothing reads a line's items: the next page may
		// overwrite them.
		d.items = items[:0]
		heights[i] = h
		doc.Hidden = append(doc.Hidden, hiddenRuns(&d.store, run.glyphs, i+1)...)
		d.glyphs = run.glyphs[:0] // lines and hidden runs hold copies: the next page reuses it
		images += run.images
		doc.Pages = append(doc.Pages, Page{Number: i + 1, Width: round2(w), Height: round2(h), Images: run.images,
			ImageCover: round2(fmin(run.imgArea/(w*h), 1)), Columns: layouts[i].columns})
		links = append(links, d.pageLinks(p, h))
	}
	markBands(layouts, heights)
	for i := range doc.Pages {
		fillPage(&doc.Pages[i], layouts[i])
		doc.Links = append(doc.Links, attachLinks(&doc.Pages[i], links[i])...)
	}
	if doc.WordCount() == 0 {
		if images > 0 {
			return nil, errorf(KindNoText, "%d pages, %d images, no text", len(refs), images)
		}
		return nil, errorf(KindNoText, "%d pages, no text", len(refs))
	}
	return doc, nil
}

// runPage runs one page's content in a frame where the page, as a viewer
// shows it (after /Rotate), spans (0,0)–(w,h).
func (d *pdfDoc) runPage(p pageRef) (*pageRun, float64, float64) {
	bx := p.box
	w, h := bx.x1-bx.x0, bx.y1-bx.y0
	var ctm matrix
	switch ((p.rotate % 360) + 360) % 360 {
	case 90:
		ctm = matrix{0, -1, 1, 0, -bx.y0, bx.x1}
		w, h = h, w
	case 180:
		ctm = matrix{-1, 0, 0, -1, bx.x1, bx.y1}
	case 270:
		ctm = matrix{0, 1, -1, 0, bx.y1, -bx.x0}
		w, h = h, w
	default:
		ctm = matrix{1, 0, 0, 1, -bx.x0, -bx.y0}
	}
	pr := &pageRun{box: rect{0, 0, w, h}}
	r := &runner{
		d: d, pg: pr, res: newResources(p.res), active: map[int]bool{},
		gs:   gstate{ctm: ctm, th: 1, fillAlpha: 1, clip: rect{-1, -1, w + 1, h + 1}},
		path: emptyRect(),
	}
	data := d.contents(p.v)
	// One glyph per 6 to 16 bytes of content in text-heavy streams; append
	// grows the rest (a page of vector art would otherwise reserve a lot).
	pr.glyphs = d.glyphs[:0]
	if n := min(len(data)/6, 8192); cap(pr.glyphs) < n {
		pr.glyphs = make([]glyph, 0, n)
	}
	guard(func() { r.run(data) })
	// Unplaced ActualText placeholders carry no position: drop them.
	gs := pr.glyphs[:0]
	for _, g := range pr.glyphs {
		if g.dir != -2 && g.hidden != hidUnplaced {
			gs = append(gs, g)
		}
	}
	pr.glyphs = gs
	return pr, w, h
}

// fillPage writes the ordered blocks into the page's lines.
func fillPage(p *Page, pl pageLayout) {
	var head, body, foot []*tblock
	for _, b := range pl.blocks {
		switch b.band {
		case "header":
			head = append(head, b)
		case "footer":
			foot = append(foot, b)
		default:
			body = append(body, b)
		}
	}
	n := 0
	for bi, b := range append(append(head, body...), foot...) {
		dehyphenate(b)
		for _, l := range b.lines {
			t := strings.TrimSpace(l.text)
			if t == "" {
				continue
			}
			n++
			p.Lines = append(p.Lines, Line{
				Number: n, Text: t, Spans: l.spans,
				X: round2(l.x0), Y: round2(l.top()), W: round2(l.x1 - l.x0), Size: round2(l.size), Bold: l.bold,
				Block: bi + 1, Column: b.column, Band: b.band,
			})
		}
	}
}

// hiddenRuns groups hidden glyphs into runs of text, by reason.
func hiddenRuns(s *glyphStore, gs []glyph, page int) []Hidden {
	var out []Hidden
	var cur *Hidden
	var last *glyph
	for i := range gs {
		g := &gs[i]
		if g.hidden == hidNone {
			continue
		}
		t := s.clean(g.text)
		if t == "" {
			continue
		}
		reason := hiddenNames[g.hidden]
		if cur == nil || cur.Reason != reason || len(cur.Text) > 2000 {
			if len(out) >= 200 {
				break
			}
			out = append(out, Hidden{Page: page, Reason: reason})
			cur = &out[len(out)-1]
			last = nil
		}
		if last != nil {
			ex, ey := last.x+last.dx, last.y+last.dy
			if math.Hypot(g.x-ex, g.y-ey) > wordGap*fmax(g.size, 1) && !strings.HasSuffix(cur.Text, " ") {
				cur.Text += " "
			}
		}
		cur.Text += t
		last = g
	}
	res := out[:0]
	for _, h := range out {
		h.Text = strings.Join(strings.Fields(h.Text), " ")
		if h.Text != "" {
			res = append(res, h)
		}
	}
	return res
}

// annotLink is a URI link annotation's rectangle, from the top of the page.
type annotLink struct {
	r   rect
	uri string
}

func (d *pdfDoc) pageLinks(p pageRef, h float64) []annotLink {
	var out []annotLink
	guard(func() {
		annots := p.v.Key("Annots")
		for i := 0; i < annots.Len() && i < 500; i++ {
			a := annots.Index(i)
			if a.Key("Subtype").Name() != "Link" {
				continue
			}
			uri := safeURI(pdfText(a.Key("A").Key("URI").RawString()))
			if uri == "" {
				continue
			}
			rc := a.Key("Rect")
			if rc.Len() != 4 {
				continue
			}
			x0, y0 := rc.Index(0).Float64()-p.box.x0, rc.Index(1).Float64()-p.box.y0
			x1, y1 := rc.Index(2).Float64()-p.box.x0, rc.Index(3).Float64()-p.box.y0
			r := rect{fmin(x0, x1), h - fmax(y0, y1), fmax(x0, x1), h - fmin(y0, y1)}
			out = append(out, annotLink{r: r, uri: uri})
		}
	})
	return out
}

// attachLinks marks the spans under each link and lists the links.
func attachLinks(p *Page, links []annotLink) []Link {
	var out []Link
	for _, a := range links {
		lk := Link{Page: p.Number, URI: a.uri}
		var words []string
		for li := range p.Lines {
			l := &p.Lines[li]
			mid := l.Y + l.Size*0.5
			if mid < a.r.y0-1 || mid > a.r.y1+1 {
				continue
			}
			for si := range l.Spans {
				s := &l.Spans[si]
				if s.X+s.W < a.r.x0-1 || s.X > a.r.x1+1 {
					continue
				}
				s.URI = a.uri
				if lk.Line == 0 {
					lk.Line = l.Number
				}
				words = append(words, s.Text)
			}
		}
		lk.Text = strings.Join(words, " ")
		out = append(out, lk)
	}
	return out
}
