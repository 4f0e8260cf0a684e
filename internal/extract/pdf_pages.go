package extract

import (
	"github.com/ledongthuc/pdf"
)

// The page tree, walked by us: the library's Reader.Page loops forever on a
// cyclic /Kids. We bound depth and node count, and skip nodes we have seen
// (known by their reference in the parent's /Kids).

type pageRef struct {
	v      pdf.Value
	res    pdf.Value
	box    rect
	rotate int
}

func (d *pdfDoc) pages(limit int) ([]pageRef, int, error) {
	var out []pageRef
	total := 0
	err := guard(func() {
		root := d.r.Trailer().Key("Root").Key("Pages")
		seen := map[int]bool{}
		nodes := 0
		var walk func(n pdf.Value, res, box pdf.Value, rot pdf.Value, depth int)
		walk = func(n pdf.Value, res, box pdf.Value, rot pdf.Value, depth int) {
			nodes++
			if depth > 32 || nodes > 20000 || !d.b.tick() {
				return
			}
			if r := n.Key("Resources"); r.Kind() == pdf.Dict {
				res = r
			}
			if b := n.Key("MediaBox"); b.Len() == 4 {
				box = b
			}
			if cb := n.Key("CropBox"); cb.Len() == 4 {
				box = cb
			}
			if r := n.Key("Rotate"); r.Kind() == pdf.Integer {
				rot = r
			}
			kids := n.Key("Kids")
			typ := n.Key("Type").Name()
			if typ == "Pages" || (typ != "Page" && kids.Kind() == pdf.Array) {
				ids := refIDs(kids)
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
			if n.Kind() != pdf.Dict {
				return
			}
			total++
			if len(out) < limit {
				out = append(out, pageRef{v: n, res: res, box: boxOf(box), rotate: int(rot.Int64())})
			}
		}
		walk(root, pdf.Value{}, pdf.Value{}, pdf.Value{}, 0)
	})
	return out, total, err
}

func boxOf(b pdf.Value) rect {
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

// refIDs reads the object numbers of an array's elements from its String
// form ("[3 0 R 4 0 R]"); 0 where an element is not a reference.
func refIDs(arr pdf.Value) []int {
	if arr.Kind() != pdf.Array {
		return nil
	}
	l := lexer{b: []byte(arr.String()), refs: true}
	o, ok := l.next()
	if !ok || o.kind != kArray {
		return nil
	}
	ids := make([]int, len(o.arr))
	for i, x := range o.arr {
		if x.kind == kRef {
			ids[i] = int(x.num)
		}
	}
	return ids
}

// contents returns a page's content streams joined into one program.
func (d *pdfDoc) contents(p pdf.Value) []byte {
	var out []byte
	guard(func() {
		c := p.Key("Contents")
		switch c.Kind() {
		case pdf.Stream:
			out, _ = d.stream(c)
		case pdf.Array:
			for i := 0; i < c.Len() && i < 1000; i++ {
				s, _ := d.stream(c.Index(i))
				out = append(out, s...)
				out = append(out, '\n')
			}
		}
	})
	return out
}
