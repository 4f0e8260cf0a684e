package extract

// The page tree, walked with care: a /Kids may be cyclic. We bound depth
// and node count, and skip nodes we have seen (known by their reference in
// the parent's /Kids).

type pageRef struct {
	v      value
	res    value
	box    rect
	rotate int
}

func (d *pdfDoc) pages(limit int) ([]pageRef, int, error) {
	var out []pageRef
	total := 0
	err := guard(func() {
		root := d.trailer.Key("Root").Key("Pages")
		seen := map[int]bool{}
		nodes := 0
		var walk func(n value, res, box value, rot value, depth int)
		walk = func(n value, res, box value, rot value, depth int) {
			nodes++
			if depth > 32 || nodes > 20000 || !d.b.tick() {
				return
			}
			if r := n.Key("Resources"); r.Kind() == vDict {
				res = r
			}
			if b := n.Key("MediaBox"); b.Len() == 4 {
				box = b
			}
			if cb := n.Key("CropBox"); cb.Len() == 4 {
				box = cb
			}
			if r := n.Key("Rotate"); r.Kind() == vInteger {
				rot = r
			}
			kids := n.Key("Kids")
			typ := n.Key("Type").Name()
			if typ == "Pages" || (typ != "Page" && kids.Kind() == vArray) {
				ids := kids.refIDs()
				if len(ids) != kids.Len() {
					ids = nil
				}
				for i := 0; i < kids.Len(); i++ {
					if i < len(ids) && ids[i] > 0 {
						if seen[ids[i]] {
							continue
						}
						seen[ids[i]] = true
					}
					walk(kids.Index(i), res, box, rot, depth+1)
				}
				return
			}
			if n.Kind() != vDict {
				return
			}
			total++
			if len(out) < limit {
				out = append(out, pageRef{v: n, res: res, box: boxOf(box), rotate: int(rot.Int64())})
			}
		}
		walk(root, value{}, value{}, value{}, 0)
	})
	return out, total, err
}

func boxOf(b value) rect {
	if b.Len() != 4 {
		return rect{0, 0, 612, 792}
	}
	x0, y0, x1, y1 := b.Index(0).Float64(), b.Index(1).Float64(), b.Index(2).Float64(), b.Index(3).Float64()
	r := rect{min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)}
	if r.x1-r.x0 < 10 || r.y1-r.y0 < 10 || r.x1-r.x0 > 20000 || r.y1-r.y0 > 20000 {
		return rect{0, 0, 612, 792}
	}
	return r
}

// contents returns a page's content streams joined into one program.
func (d *pdfDoc) contents(p value) []byte {
	var out []byte
	guard(func() {
		c := p.Key("Contents")
		switch c.Kind() {
		case vStream:
			out, _ = d.stream(c)
		case vArray:
			for i := 0; i < c.Len() && i < 1000; i++ {
				s, _ := d.stream(c.Index(i))
				out = append(out, s...)
				out = append(out, '\n')
			}
		}
	})
	return out
}
