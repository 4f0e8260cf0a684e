package extract

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
	"strconv"
)

// Cross-reference data cannot be trusted: a fuzzed subsection start asks
// for 137 GB (a runtime abort no recover catches), a cyclic /Prev chain or
// /Extends loops forever, an object stream that contains itself recurses
// until the stack overflows. So we check every entry against the file (or
// rebuild the table by scanning, as poppler does), and read objects from a
// copy of the file ending in one plain cross-reference stream we wrote.

const maxObjects = 400_000 // ids at or over this are dropped

type xrefEntry struct {
	typ uint8 // 1: at offset off; 2: index gen inside object stream off
	off int
	gen int
}

type xrefTable struct {
	entries map[int]xrefEntry
	trailer pobj // newest trailer dictionary
	hybrid  bool
}

var errNoXref = errors.New("no usable cross-reference data")

// findStartxref returns the offset named by the last startxref.
func findStartxref(buf []byte) int {
	tail := buf[max(0, len(buf)-2048):]
	i := bytes.LastIndex(tail, []byte("startxref"))
	if i < 0 {
		return -1
	}
	l := lexer{b: tail, pos: i + len("startxref")}
	l.skipWhite()
	n, isInt, ok := parseNumber(l.word())
	if !ok || !isInt || n < 0 || n >= float64(len(buf)) {
		return -1
	}
	return int(n)
}

// parseXref follows the chain of cross-reference sections from off.
func parseXref(buf []byte, off int, b *budget) (*xrefTable, error) {
	t := &xrefTable{entries: map[int]xrefEntry{}}
	seen := map[int]bool{}
	first := true
	queue := []int{off}
	for len(queue) > 0 {
		if err := b.check(); err != nil {
			return nil, err
		}
		off := queue[0]
		queue = queue[1:]
		if off < 0 || off >= len(buf) || seen[off] || len(seen) > 64 {
			if seen[off] || len(seen) > 64 {
				continue // a loop in /Prev: we have every section already
			}
			return nil, fmt.Errorf("xref offset %d out of range", off)
		}
		seen[off] = true
		var trailer pobj
		var err error
		l := lexer{b: buf, pos: off}
		l.skipWhite()
		if bytes.HasPrefix(buf[l.pos:], []byte("xref")) {
			trailer, err = parseXrefTable(buf, l.pos+4, t)
		} else {
			trailer, err = parseXrefStream(buf, l.pos, t, b)
		}
		if err != nil {
			return nil, err
		}
		if first {
			t.trailer = trailer
			first = false
		} else {
			// Older trailers fill in keys the newer ones lack.
			for k, v := range trailer.dict {
				if _, ok := t.trailer.dict[k]; !ok {
					t.trailer.dict[k] = v
				}
			}
		}
		if x := trailer.key("XRefStm"); x.kind == kNum {
			t.hybrid = true
			queue = append([]int{x.int()}, queue...)
		}
		if p := trailer.key("Prev"); p.kind == kNum {
			queue = append(queue, p.int())
		}
	}
	return t, nil
}

func parseXrefTable(buf []byte, pos int, t *xrefTable) (pobj, error) {
	l := lexer{b: buf, pos: pos}
	for {
		l.skipWhite()
		if bytes.HasPrefix(buf[l.pos:], []byte("trailer")) {
			l.pos += len("trailer")
			l.refs = true
			d, ok := l.next()
			if !ok || d.kind != kDict {
				return pobj{}, errors.New("xref table without trailer")
			}
			return d, nil
		}
		start, si, ok1 := parseNumber(l.word())
		l.skipWhite()
		count, ci, ok2 := parseNumber(l.word())
		if !ok1 || !ok2 || !si || !ci || start < 0 || count < 0 {
			return pobj{}, errors.New("malformed xref subsection")
		}
		if start+count > maxObjects*4 || count*18 > float64(len(buf)) {
			return pobj{}, fmt.Errorf("xref subsection %v+%v out of range", start, count)
		}
		for i := 0; i < int(count); i++ {
			l.skipWhite()
			o, oi, ok1 := parseNumber(l.word())
			l.skipWhite()
			g, gi, ok2 := parseNumber(l.word())
			l.skipWhite()
			kind := l.word()
			if !ok1 || !ok2 || !oi || !gi || (kind != "n" && kind != "f") {
				return pobj{}, errors.New("malformed xref entry")
			}
			id := int(start) + i
			if _, dup := t.entries[id]; dup || id >= maxObjects {
				continue
			}
			if kind == "n" {
				t.entries[id] = xrefEntry{typ: 1, off: int(o), gen: int(g)}
			} else {
				t.entries[id] = xrefEntry{} // free: blocks older entries
			}
		}
	}
}

func parseXrefStream(buf []byte, pos int, t *xrefTable, b *budget) (pobj, error) {
	ro, ok := readObjAt(buf, pos, nil)
	if !ok || ro.stream == nil || ro.val.key("Type").str != "XRef" {
		return pobj{}, errors.New("no xref stream at offset")
	}
	d := ro.val
	var w [3]int
	wv := d.key("W")
	if wv.kind != kArray || len(wv.arr) < 3 {
		return pobj{}, errors.New("xref stream without W")
	}
	for i := 0; i < 3; i++ {
		w[i] = wv.arr[i].int()
		if w[i] < 0 || w[i] > 8 {
			return pobj{}, errors.New("xref stream W out of range")
		}
	}
	rowLen := w[0] + w[1] + w[2]
	if rowLen == 0 {
		return pobj{}, errors.New("xref stream W is empty")
	}
	names, parms := filterChain(d)
	data, err := decodeAll(ro.stream, names, parms, b.streamLimit())
	if err != nil && len(data) == 0 {
		return pobj{}, err
	}
	size := d.key("Size").int()
	index := []int{0, size}
	if iv := d.key("Index"); iv.kind == kArray {
		index = index[:0]
		for _, x := range iv.arr {
			index = append(index, x.int())
		}
	}
	row := 0
	for k := 0; k+1 < len(index); k += 2 {
		start, count := index[k], index[k+1]
		if start < 0 || count < 0 {
			return pobj{}, errors.New("xref stream Index out of range")
		}
		for i := 0; i < count; i++ {
			p := row * rowLen
			if p+rowLen > len(data) {
				return d, nil // short data: keep what we have
			}
			row++
			f := func(a, n int) int {
				v := 0
				for _, c := range data[p+a : p+a+n] {
					v = v<<8 | int(c)
				}
				return v
			}
			typ := 1
			if w[0] > 0 {
				typ = f(0, w[0])
			}
			f2, f3 := f(w[0], w[1]), f(w[0]+w[1], w[2])
			id := start + i
			if _, dup := t.entries[id]; dup || id >= maxObjects {
				continue
			}
			switch typ {
			case 0:
				t.entries[id] = xrefEntry{}
			case 1:
				t.entries[id] = xrefEntry{typ: 1, off: f2, gen: f3}
			case 2:
				t.entries[id] = xrefEntry{typ: 2, off: f2, gen: f3}
			}
		}
	}
	return d, nil
}

// scanObjects rebuilds the table by finding every "id gen obj" in the file;
// a later definition wins, as after an incremental update.
func scanObjects(buf []byte, b *budget) (*xrefTable, []pobj) {
	t := &xrefTable{entries: map[int]xrefEntry{}}
	var trailers []pobj
	pos := 0
	for pos < len(buf) {
		if b.check() != nil {
			break
		}
		i := bytes.Index(buf[pos:], []byte("obj"))
		j := bytes.Index(buf[pos:], []byte("trailer"))
		if i < 0 && j < 0 {
			break
		}
		if j >= 0 && (i < 0 || j < i) {
			l := lexer{b: buf, pos: pos + j + len("trailer"), refs: true}
			if d, ok := l.next(); ok && d.kind == kDict {
				trailers = append(trailers, d)
			}
			pos += j + len("trailer")
			continue
		}
		at := pos + i
		pos = at + 3
		if at > 0 && !isWhite(buf[at-1]) || at+3 < len(buf) && !isWhite(buf[at+3]) && !isDelimiter(buf[at+3]) {
			continue
		}
		start := backToObjStart(buf, at)
		if start < 0 {
			continue
		}
		id, gen, _, ok := objHeader(buf, start)
		if !ok || id >= maxObjects {
			continue
		}
		t.entries[id] = xrefEntry{typ: 1, off: start, gen: gen}
		// Skip stream data: binary bytes may look like "obj".
		if ro, ok := readObjAt(buf, start, nil); ok {
			if ro.val.key("Type").str == "XRef" {
				trailers = append(trailers, ro.val)
			}
			if ro.stream != nil {
				pos = max(pos, ro.sStart+len(ro.stream))
			}
		}
	}
	return t, trailers
}

// backToObjStart walks back from "obj" over "gen" and "id".
func backToObjStart(buf []byte, at int) int {
	p := at - 1
	for k := 0; k < 2; k++ {
		for p >= 0 && isWhite(buf[p]) {
			p--
		}
		e := p
		for p >= 0 && buf[p] >= '0' && buf[p] <= '9' {
			p--
		}
		if p == e || e-p > 10 {
			return -1
		}
	}
	return p + 1
}

// objStm is an object stream we decoded: the objects it holds, by id, as
// byte ranges of data.
type objStm struct {
	data  []byte
	ids   []int
	spans [][2]int
}

// readObjStm decodes an object stream and cuts it into its objects.
func readObjStm(buf []byte, off int, b *budget, lenOf func(pobj) int) (objStm, bool) {
	ro, ok := readObjAt(buf, off, lenOf)
	if !ok || ro.stream == nil || ro.val.key("Type").str != "ObjStm" {
		return objStm{}, false
	}
	d := ro.val
	nv, fv := d.key("N"), d.key("First")
	first := fv.int()
	if nv.kind != kNum || first <= 0 {
		return objStm{}, false
	}
	names, parms := filterChain(d)
	data, _ := decodeAll(ro.stream, names, parms, b.streamLimit())
	b.spend(len(data))
	if first > len(data) {
		return objStm{}, false
	}
	l := lexer{b: data[:first]}
	var offs []int
	st := objStm{data: data}
	for i := 0; i < nv.int() && i < maxObjects; i++ {
		l.skipWhite()
		id, a, ok1 := parseNumber(l.word())
		l.skipWhite()
		o, c, ok2 := parseNumber(l.word())
		if !ok1 || !ok2 || !a || !c || o < 0 || first+int(o) > len(data) {
			break
		}
		st.ids = append(st.ids, int(id))
		offs = append(offs, first+int(o))
	}
	// An object ends where the next one (in byte order) starts.
	sorted := append([]int(nil), offs...)
	sort.Ints(sorted)
	for _, o := range offs {
		end := len(data)
		if k := sort.SearchInts(sorted, o+1); k < len(sorted) {
			end = sorted[k]
		}
		st.spans = append(st.spans, [2]int{o, end})
	}
	return st, true
}

// buildXref reads the file's cross-reference data and checks it against the
// file, rebuilding it by a scan when it does not hold.
func buildXref(buf []byte, b *budget) (*xrefTable, error) {
	var t *xrefTable
	var err error
	if sx := findStartxref(buf); sx >= 0 {
		t, err = parseXref(buf, sx, b)
	} else {
		err = errNoXref
	}
	if b.check() != nil {
		return nil, b.check()
	}
	good := err == nil && t.trailer.key("Root").kind == kRef
	if good {
		// Every in-file entry must point at its object.
		for id, e := range t.entries {
			if e.typ != 1 {
				continue
			}
			gid, _, _, ok := objHeader(buf, e.off)
			if !ok || gid != id {
				good = false
				break
			}
		}
	}
	if !good {
		st, trailers := scanObjects(buf, b)
		if t != nil {
			// Keep the entries the table got right.
			for id, e := range t.entries {
				if e.typ == 1 {
					if gid, _, _, ok := objHeader(buf, e.off); ok && gid == id {
						st.entries[id] = e
					}
				} else if e.typ == 2 {
					// The table's word beats an older plain definition the
					// scan found (the object moved into a stream in an update).
					st.entries[id] = e
				}
			}
		}
		st.trailer = pickTrailer(t, trailers, st, buf)
		t = st
	}
	if len(t.entries) == 0 {
		return nil, errNoXref
	}
	return t, b.check()
}

// pickTrailer chooses the newest trailer that names a catalog, or makes one
// from a /Type /Catalog object.
func pickTrailer(t *xrefTable, trailers []pobj, st *xrefTable, buf []byte) pobj {
	if t != nil && t.trailer.key("Root").kind == kRef {
		return t.trailer
	}
	for i := len(trailers) - 1; i >= 0; i-- {
		if trailers[i].key("Root").kind == kRef {
			return trailers[i]
		}
	}
	ids := make([]int, 0, len(st.entries))
	for id := range st.entries {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	for _, id := range ids {
		e := st.entries[id]
		if e.typ != 1 {
			continue
		}
		if ro, ok := readObjAt(buf, e.off, nil); ok && ro.val.key("Type").str == "Catalog" {
			return pobj{kind: kDict, dict: map[string]pobj{"Root": {kind: kRef, num: float64(id), gen: e.gen}}}
		}
	}
	return pobj{kind: kDict, dict: map[string]pobj{}}
}

// writeXref appends to buf (our copy of the file) the objects of every
// object stream as plain objects, then one uncompressed cross-reference
// stream listing only plain objects, whose dictionary is the trailer; it
// returns the new file, its objects and the number of that stream. Object
// streams are then never read again: each is inflated once, here, and a bad
// /N or /Extends, or a stream that contains itself, cannot loop. The
// trailer never names /Encrypt: we decrypt files ourselves. (The file is
// written out whole, not just listed, because the reader this replaced read
// it so: an object cut short at the end of the file reads on into what
// follows, and must read the same now.)
func writeXref(buf []byte, t *xrefTable, b *budget) ([]byte, *objStore, int) {
	orig := buf[:len(buf):len(buf)]
	lenOf := func(ref pobj) int {
		e, ok := t.entries[int(ref.num)]
		if !ok || e.typ != 1 {
			return -1
		}
		ro, ok := readObjAt(orig, e.off, nil)
		if !ok || ro.val.kind != kNum {
			return -1
		}
		return ro.val.int()
	}
	out := buf
	offsets := map[int]int{}
	gens := map[int]int{}
	for id, e := range t.entries {
		if e.typ == 1 {
			offsets[id], gens[id] = e.off, e.gen
		}
	}
	// Containers, in a fixed order so that output does not depend on map order.
	var conts []int
	seen := map[int]bool{}
	for _, e := range t.entries {
		if e.typ == 2 && !seen[e.off] {
			seen[e.off] = true
			conts = append(conts, e.off)
		}
	}
	sort.Ints(conts)
	for _, c := range conts {
		ce, ok := t.entries[c]
		if !ok || ce.typ != 1 || b.check() != nil {
			continue
		}
		st, ok := readObjStm(orig, ce.off, b, lenOf)
		if !ok {
			continue
		}
		for i, id := range st.ids {
			e, ok := t.entries[id]
			if !ok || e.typ != 2 || e.off != c {
				continue // a newer definition elsewhere wins
			}
			if _, done := offsets[id]; done {
				continue
			}
			sp := st.spans[i]
			offsets[id], gens[id] = len(out)+1, 0
			out = fmt.Appendf(out, "\n%d 0 obj\n", id)
			out = append(out, st.data[sp[0]:sp[1]]...)
			out = append(out, "\nendobj\n"...)
		}
	}
	maxID := 0
	for id := range offsets {
		maxID = max(maxID, id)
	}
	self := maxID + 1
	size := self + 1
	rows := make([]byte, size*7)
	for id, off := range offsets {
		r := rows[id*7 : id*7+7]
		r[0] = 1
		binary.BigEndian.PutUint32(r[1:5], uint32(off))
		binary.BigEndian.PutUint16(r[5:7], uint16(gens[id]))
	}
	xrefOff := len(out) + 1
	r := rows[self*7 : self*7+7]
	r[0] = 1
	binary.BigEndian.PutUint32(r[1:5], uint32(xrefOff))
	var extra bytes.Buffer
	for _, k := range []string{"Root", "Info", "ID"} {
		v, ok := t.trailer.dict[k]
		if !ok || v.kind == kNull {
			continue
		}
		extra.WriteString("/" + k + " ")
		extra.WriteString(pdfSyntax(v))
	}
	out = fmt.Appendf(out, "\n%d 0 obj\n<</Type/XRef/Size %d/W[1 4 2]/Length %d%s>>\nstream\n", self, size, len(rows), extra.String())
	out = append(out, rows...)
	out = fmt.Appendf(out, "\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n", xrefOff)
	objs := newObjStore(out, size)
	for id, off := range offsets {
		objs.add(id, off, gens[id])
	}
	objs.add(self, xrefOff, 0)
	return out, objs, self
}

// pdfSyntax writes a parsed object back as PDF.
func pdfSyntax(o pobj) string {
	switch o.kind {
	case kNum:
		if o.isInt {
			return strconv.FormatInt(int64(o.num), 10)
		}
		return strconv.FormatFloat(o.num, 'f', -1, 64)
	case kBool:
		if o.num != 0 {
			return "true"
		}
		return "false"
	case kName:
		return "/" + escapeName(o.str)
	case kStr:
		return fmt.Sprintf("<%x>", o.str)
	case kRef:
		return fmt.Sprintf("%d %d R", int(o.num), o.gen)
	case kArray:
		var b bytes.Buffer
		b.WriteByte('[')
		for i, x := range o.arr {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(pdfSyntax(x))
		}
		b.WriteByte(']')
		return b.String()
	case kDict:
		keys := make([]string, 0, len(o.dict))
		for k := range o.dict {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var b bytes.Buffer
		b.WriteString("<<")
		for _, k := range keys {
			b.WriteString("/" + escapeName(k) + " " + pdfSyntax(o.dict[k]))
		}
		b.WriteString(">>")
		return b.String()
	}
	return "null"
}

func escapeName(s string) string {
	var b []byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= ' ' || c >= 0x7f || c == '#' || isDelimiter(c) {
			b = fmt.Appendf(b, "#%02x", c)
		} else {
			b = append(b, c)
		}
	}
	return string(b)
}
