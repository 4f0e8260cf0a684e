package extract

import (
	"fmt"
	"strconv"
)

// value is a PDF object as the text layer reads it: dictionaries, arrays
// and streams whose references resolve on access. Each indirect object is
// parsed once per document and kept (resolving used to re-read and re-parse
// an object from the file on every access). The zero value is null.
type value struct {
	st *objStore
	n  *node
}

// objStore is the document's indirect objects, by number.
type objStore struct {
	buf     []byte
	entries []objEntry
	p       objParser
}

// objEntry is kept small: a hostile file may number its objects up to
// maxObjects, and the table has an entry for each number.
type objEntry struct {
	off  int
	gen  uint16
	used bool       // listed in the cross-reference data
	got  *parsedObj // nil until first resolved
}

type parsedObj struct {
	obj node
	err any // what parsing panicked with
}

func newObjStore(buf []byte, size int) *objStore {
	return &objStore{buf: buf, entries: make([]objEntry, size), p: objParser{buf: buf}}
}

func (s *objStore) add(id, off, gen int) {
	if id >= 0 && id < len(s.entries) {
		s.entries[id] = objEntry{off: off, gen: uint16(gen), used: true}
	}
}

// object returns indirect object id, parsing it on first use. A reference
// to a missing object, or with the wrong generation, is null; an object
// that does not parse fails (panics) every time it is resolved.
func (s *objStore) object(id int64, gen uint16) *node {
	if id < 0 || id >= int64(len(s.entries)) {
		return nil
	}
	e := &s.entries[id]
	if !e.used || e.gen != gen || e.off == 0 {
		return nil
	}
	if e.got == nil {
		e.got = new(parsedObj)
		e.got.obj, e.got.err = s.parseCaught(e.off, id, gen)
	}
	if e.got.err != nil {
		panic(e.got.err)
	}
	return &e.got.obj
}

// parseCaught parses an object, keeping what a failure panicked with so
// that every later resolve fails the same way.
func (s *objStore) parseCaught(off int, id int64, gen uint16) (o node, err any) {
	defer func() {
		if p := recover(); p != nil {
			err = p
		}
	}()
	return s.parseAt(off, id, gen), nil
}

func (s *objStore) parseAt(off int, id int64, gen uint16) node {
	p := &s.p
	p.pos, p.unread, p.depth, p.stack = off, p.unread[:0], 0, p.stack[:0]
	o := p.readObject()
	if o.kind != vObjdef {
		panic(fmt.Errorf("loading %d %d R: found %s instead of objdef", id, gen, goTypeOf(o.kind)))
	}
	if o.i != id || o.gen != gen {
		panic(fmt.Errorf("loading %d %d R: found %d %d R", id, gen, o.i, o.gen))
	}
	return o.kids[0]
}

func goTypeOf(k vkind) string {
	return [...]string{"<nil>", "bool", "int64", "float64", "string", "pdf.name", "pdf.dict", "pdf.array", "pdf.stream", "pdf.objptr", "pdf.objdef"}[k]
}

// resolve follows a reference.
func (s *objStore) resolve(n *node) value {
	if n.kind == vRef {
		n = s.object(n.i, n.gen)
		if n == nil {
			return value{}
		}
	}
	if n.kind == vRef || n.kind == vObjdef {
		panic(fmt.Errorf("unexpected value type %s in resolve", goTypeOf(n.kind)))
	}
	return value{s, n}
}

func (v value) Kind() vkind {
	if v.n == nil {
		return vNull
	}
	return v.n.kind
}

// Key looks a key up in a dictionary or a stream's dictionary.
func (v value) Key(k string) value {
	if v.n == nil || v.n.kind != vDict && v.n.kind != vStream {
		return value{}
	}
	kids := v.n.kids
	// From the end: of keys given twice, the last counts.
	for i := len(kids) - 2; i >= 0; i -= 2 {
		if kids[i].s == k {
			return v.st.resolve(&kids[i+1])
		}
	}
	return value{}
}

func (v value) Index(i int) value {
	if v.n == nil || v.n.kind != vArray || i < 0 || i >= len(v.n.kids) {
		return value{}
	}
	return v.st.resolve(&v.n.kids[i])
}

func (v value) Len() int {
	if v.n == nil || v.n.kind != vArray {
		return 0
	}
	return len(v.n.kids)
}

func (v value) Name() string {
	if v.n == nil || v.n.kind != vName {
		return ""
	}
	return v.n.s
}

func (v value) RawString() string {
	if v.n == nil || v.n.kind != vString {
		return ""
	}
	return v.n.s
}

func (v value) Int64() int64 {
	if v.n == nil || v.n.kind != vInteger {
		return 0
	}
	return v.n.i
}

func (v value) Float64() float64 {
	if v.n == nil {
		return 0
	}
	switch v.n.kind {
	case vInteger:
		return float64(v.n.i)
	case vReal:
		return v.n.f
	}
	return 0
}

// streamOffset is where a stream's data starts in the file, -1 for a value
// that is not a stream.
func (v value) streamOffset() int {
	if v.n == nil || v.n.kind != vStream {
		return -1
	}
	return int(v.n.i)
}

// refIDs returns the object numbers of an array's elements, 0 where an
// element is not a reference.
func (v value) refIDs() []int {
	if v.n == nil || v.n.kind != vArray {
		return nil
	}
	ids := make([]int, len(v.n.kids))
	for i, k := range v.n.kids {
		if k.kind == vRef {
			ids[i] = int(k.i)
		}
	}
	return ids
}

// fingerprint writes an object out with sorted keys and references as
// "n g R": two font dictionaries with the same fingerprint read the same.
func (v value) fingerprint() string {
	if v.n == nil {
		return ""
	}
	return string(appendFingerprint(nil, v.n))
}

func appendFingerprint(b []byte, n *node) []byte {
	switch n.kind {
	case vNull:
		b = append(b, "<nil>"...)
	case vBool:
		b = strconv.AppendBool(b, n.i != 0)
	case vInteger:
		b = strconv.AppendInt(b, n.i, 10)
	case vReal:
		b = strconv.AppendFloat(b, n.f, 'g', -1, 64)
	case vString:
		b = strconv.AppendQuote(b, n.s)
	case vName:
		b = append(append(b, '/'), n.s...)
	case vRef:
		b = appendRef(b, n)
		b = append(b, " R"...)
	case vArray:
		b = append(b, '[')
		for i := range n.kids {
			if i > 0 {
				b = append(b, ' ')
			}
			b = appendFingerprint(b, &n.kids[i])
		}
		b = append(b, ']')
	case vObjdef:
		b = appendRef(append(b, '{'), n)
		b = append(b, " obj}"...)
		b = appendFingerprint(b, &n.kids[0])
	case vDict, vStream:
		b = append(b, "<<"...)
		for _, i := range sortedKeys(n.kids) {
			b = append(append(append(b, " /"...), n.kids[i].s...), ' ')
			b = appendFingerprint(b, &n.kids[i+1])
		}
		b = append(b, ">>"...)
		if n.kind == vStream {
			b = strconv.AppendInt(append(b, '@'), n.i, 10)
		}
	}
	return b
}

// appendRef writes "n g".
func appendRef(b []byte, n *node) []byte {
	b = strconv.AppendInt(b, n.i, 10)
	return strconv.AppendUint(append(b, ' '), uint64(n.gen), 10)
}

// sortedKeys returns the positions of a dictionary's keys in key order,
// each key once (its last value counts).
func sortedKeys(kids []node) []int {
	var pos []int
	var seen map[string]bool // past a few keys; before, pos is searched
	for i := len(kids) - 2; i >= 0; i -= 2 {
		k := kids[i].s
		if seen == nil && len(pos) == 16 {
			seen = map[string]bool{}
			for _, p := range pos {
				seen[kids[p].s] = true
			}
		}
		dup := false
		if seen != nil {
			dup = seen[k]
			seen[k] = true
		} else {
			for _, p := range pos {
				if kids[p].s == k {
					dup = true
					break
				}
			}
		}
		if !dup {
			pos = append(pos, i)
		}
	}
	for i := 1; i < len(pos); i++ {
		for j := i; j > 0 && kids[pos[j]].s < kids[pos[j-1]].s; j-- {
			pos[j], pos[j-1] = pos[j-1], pos[j]
		}
	}
	return pos
}
