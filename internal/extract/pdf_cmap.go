package extract

import (
	"sort"
	"unicode/utf16"
)

// CMaps: ToUnicode maps (code → text) and encoding CMaps (code → CID). Ranges
// stay ranges: a hostile "<00000000> <FFFFFFFF>" must not become a table.

type codeRange struct {
	lo, hi uint32
	n      uint8 // code length in bytes
}

type cmapRange struct {
	lo, hi uint32
	n      uint8
	dst    []uint16 // UTF-16 of the first code (ToUnicode) …
	arr    []string // … or one text per code
	cid    uint32   // encoding CMaps: CID of lo
}

type cmap struct {
	space  []codeRange
	single map[uint64]string // ToUnicode bfchar
	cids   map[uint64]uint32 // encoding cidchar
	ranges []cmapRange       // sorted by (n, lo)
}

func codeKey(code uint32, n uint8) uint64 { return uint64(n)<<32 | uint64(code) }

func strCode[S string | []byte](s S) (uint32, uint8) {
	var v uint32
	n := min(len(s), 4)
	for i := 0; i < n; i++ {
		v = v<<8 | uint32(s[i])
	}
	return v, uint8(n)
}

// cmapScratch is the CMap parser's tokenizer buffers and operand stack,
// kept from one CMap to the next.
type cmapScratch struct {
	arena []byte
	elems []ctok
	stk   []ctok
}

// parseCMap reads a CMap program. It stops early when the budget is spent.
func parseCMap(data []byte, b *budget, sc *cmapScratch) *cmap {
	// The maps are made at the first block, at its size: growing them one
	// entry at a time was most of the parse.
	m := &cmap{}
	t := ctokenizer{b: data, arena: sc.arena[:0], elems: sc.elems[:0]}
	stk := sc.stk[:0]
	defer func() {
		t.reset()
		sc.arena, sc.elems, sc.stk = t.arena, t.elems, stk[:0]
	}()
	for {
		if !b.tick() {
			break
		}
		mk := t.mark()
		o, op, ok := t.next()
		if !ok {
			break
		}
		if o.kind != kOp {
			if len(stk) < 1<<16 {
				stk = append(stk, o)
			} else {
				t.release(mk)
			}
			continue
		}
		switch op {
		case "endcodespacerange":
			for i := 0; i+1 < len(stk); i += 2 {
				lo, n := strCode(t.text(stk[i]))
				hi, n2 := strCode(t.text(stk[i+1]))
				if n > 0 && n == n2 && lo <= hi {
					m.space = append(m.space, codeRange{lo, hi, n})
				}
			}
		case "endbfchar":
			if m.single == nil {
				m.single = make(map[uint64]string, min(len(stk)/2, 512))
			}
			for i := 0; i+1 < len(stk); i += 2 {
				c, n := strCode(t.text(stk[i]))
				if n == 0 {
					continue
				}
				d := stk[i+1]
				if d.kind == kName { // a glyph name instead of text
					if r := glyphText(string(t.text(d))); r != "" {
						m.single[codeKey(c, n)] = r
					}
					continue
				}
				m.single[codeKey(c, n)] = utf16Text(t.text(d))
			}
		case "endbfrange":
			for i := 0; i+2 < len(stk); i += 3 {
				lo, n := strCode(t.text(stk[i]))
				hi, n2 := strCode(t.text(stk[i+1]))
				if n == 0 || n != n2 || lo > hi {
					continue
				}
				r := cmapRange{lo: lo, hi: hi, n: n}
				d := stk[i+2]
				if d.kind == kArray {
					for _, x := range t.array(d) {
						r.arr = append(r.arr, utf16Text(t.text(x)))
					}
				} else {
					r.dst = utf16Units(t.text(d))
					if len(r.dst) == 0 {
						continue
					}
				}
				m.ranges = append(m.ranges, r)
			}
		case "endcidchar":
			if m.cids == nil {
				m.cids = make(map[uint64]uint32, min(len(stk)/2, 512))
			}
			for i := 0; i+1 < len(stk); i += 2 {
				c, n := strCode(t.text(stk[i]))
				if n > 0 {
					m.cids[codeKey(c, n)] = uint32(stk[i+1].int())
				}
			}
		case "endcidrange":
			for i := 0; i+2 < len(stk); i += 3 {
				lo, n := strCode(t.text(stk[i]))
				hi, n2 := strCode(t.text(stk[i+1]))
				if n > 0 && n == n2 && lo <= hi {
					m.ranges = append(m.ranges, cmapRange{lo: lo, hi: hi, n: n, cid: uint32(stk[i+2].int())})
				}
			}
		}
		stk = stk[:0]
		t.reset()
	}
	sort.Slice(m.ranges, func(i, j int) bool {
		a, c := m.ranges[i], m.ranges[j]
		if a.n != c.n {
			return a.n < c.n
		}
		return a.lo < c.lo
	})
	return m
}

func utf16Units[S string | []byte](s S) []uint16 {
	u := make([]uint16, 0, len(s)/2)
	for i := 0; i+1 < len(s); i += 2 {
		u = append(u, uint16(s[i])<<8|uint16(s[i+1]))
	}
	if len(s)%2 == 1 { // a one-byte destination: treat as Latin-1
		u = append(u, uint16(s[len(s)-1]))
	}
	return u
}

func utf16Text[S string | []byte](s S) string { return string(utf16.Decode(utf16Units(s))) }

// find returns the range holding code, if any.
func (m *cmap) find(code uint32, n uint8) *cmapRange {
	rs := m.ranges
	i := sort.Search(len(rs), func(i int) bool {
		return rs[i].n > n || rs[i].n == n && rs[i].hi >= code
	})
	// Ranges may overlap: scan the few that could hold code.
	for ; i < len(rs) && rs[i].n == n && rs[i].lo <= code; i++ {
		if code <= rs[i].hi {
			return &rs[i]
		}
	}
	return nil
}

// text maps a code to Unicode; ok is false when the map says nothing.
func (m *cmap) text(code uint32, n uint8) (string, bool) {
	if s, ok := m.single[codeKey(code, n)]; ok {
		return s, true
	}
	r := m.find(code, n)
	if r == nil {
		return "", false
	}
	off := code - r.lo
	if r.arr != nil {
		if int(off) < len(r.arr) {
			return r.arr[off], true
		}
		return "", false
	}
	if r.dst == nil {
		return "", false
	}
	u := append([]uint16(nil), r.dst...)
	u[len(u)-1] += uint16(off)
	return string(utf16.Decode(u)), true
}

// cid maps a code to a CID through an encoding CMap.
func (m *cmap) cid(code uint32, n uint8) (uint32, bool) {
	if c, ok := m.cids[codeKey(code, n)]; ok {
		return c, true
	}
	r := m.find(code, n)
	if r == nil || r.dst != nil || r.arr != nil {
		return 0, false
	}
	return r.cid + code - r.lo, true
}

// codeLen says how many bytes the next code in s takes.
func (m *cmap) codeLen(s []byte) int {
	for n := 1; n <= 4 && n <= len(s); n++ {
		c, _ := strCode(s[:n])
		for _, r := range m.space {
			if int(r.n) == n && inRange(c, r, n) {
				return n
			}
		}
	}
	return 0
}

// inRange checks each byte against the range's bytes, as the spec says.
func inRange(c uint32, r codeRange, n int) bool {
	for i := 0; i < n; i++ {
		sh := uint(8 * (n - 1 - i))
		b, lo, hi := byte(c>>sh), byte(r.lo>>sh), byte(r.hi>>sh)
		if b < lo || b > hi {
			return false
		}
	}
	return true
}
