package check

import (
	"unicode"
	"unicode/utf8"

	"github.com/resumescore/resumescore/internal/textmatch"
)

// Helpers for the hand-written matchers that stand in for regular
// expressions. They follow the regexp package's (RE2's) reading of the
// pieces: \b and \w are ASCII, \s is [\t\n\f\r ], \d is [0-9], and under
// (?i) a literal matches every rune of its simple case-folding orbit (so the
// Kelvin sign matches k and the long s matches s). Each matcher's expression
// is kept in oracle_test.go, which holds the matcher to it.

// foldAt returns the end of lit matched at byte i of s under (?i), or -1.
func foldAt(s string, i int, lit string) int { return textmatch.FoldAt(s, i, lit) }

// foldEq says whether two runes are equal under simple case folding.
func foldEq(r, l rune) bool { return textmatch.FoldEq(r, l) }

// foldAny tries each literal at byte i (in order) and returns the first end
// for which then holds, or -1.
func foldAny(s string, i int, lits []string, then func(end int) bool) bool {
	for _, lit := range lits {
		if e := foldAt(s, i, lit); e >= 0 && (then == nil || then(e)) {
			return true
		}
	}
	return false
}

// isSpaceRE is regexp's \s.
func isSpaceRE(c byte) bool { return textmatch.Space(c) }

// skipSpaces is \s*: the end of the whitespace from i.
func skipSpaces(s string, i int) int { return textmatch.SkipSpaces(s, i) }

// digitsFrom counts the ASCII digits from i.
func digitsFrom(s string, i int) int {
	n := 0
	for i+n < len(s) && isDigit(s[i+n]) {
		n++
	}
	return n
}

// digitAt says whether s holds an ASCII digit at i.
func digitAt(s string, i int) bool { return i >= 0 && i < len(s) && isDigit(s[i]) }

// byteAt says whether s holds c at i.
func byteAt(s string, i int, c byte) bool { return i >= 0 && i < len(s) && s[i] == c }

// letterAt says whether s holds a letter (\p{L}) at i, and its width.
func letterAt(s string, i int) (bool, int) {
	if i >= len(s) {
		return false, 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z', 1
	}
	r, w := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r), w
}

// dashAt is [-–—] at i: its end, or -1.
func dashAt(s string, i int) int {
	if i >= len(s) {
		return -1
	}
	if s[i] == '-' {
		return i + 1
	}
	for _, d := range [...]string{"–", "—"} {
		if len(s)-i >= len(d) && s[i:i+len(d)] == d {
			return i + len(d)
		}
	}
	return -1
}

// quoteAt is ['’] at i: its end, or -1.
func quoteAt(s string, i int) int {
	if byteAt(s, i, '\'') {
		return i + 1
	}
	if len(s)-i >= 3 && s[i:i+3] == "’" {
		return i + 3
	}
	return -1
}

// litAlt is one literal of a litSet, with whether \b must hold before and
// after it.
type litAlt struct {
	lit       string // lower case
	pre, post bool
}

// litSet matches `(?i)` alternations of literals, each with or without \b
// on either side, as regexp does: leftmost first, then in the order given.
type litSet struct {
	alts  []litAlt
	first [256][]uint16 // by a match's first byte: the alternatives to try, in order
	gate  gramGate      // the first two runes of every alternative
}

// newLitSet reads each spec as a literal in lower case, with a leading or
// trailing `\b` for a word boundary there.
//
//go:noinline
func newLitSet(specs ...string) *litSet {
	ls := &litSet{alts: make([]litAlt, 0, len(specs))}
	var buf [utf8.UTFMax]byte
	for k, sp := range specs {
		a := litAlt{lit: sp}
		if len(a.lit) > 2 && a.lit[:2] == `\b` {
			a.lit, a.pre = a.lit[2:], true
		}
		if len(a.lit) > 2 && a.lit[len(a.lit)-2:] == `\b` {
			a.lit, a.post = a.lit[:len(a.lit)-2], true
		}
		ls.alts = append(ls.alts, a)
		ls.gate.add(a.lit)
		r, _ := utf8.DecodeRuneInString(a.lit)
		f := r
		for {
			utf8.EncodeRune(buf[:], f)
			if l := ls.first[buf[0]]; len(l) == 0 || l[len(l)-1] != uint16(k) {
				ls.first[buf[0]] = append(l, uint16(k))
			}
			if f = unicode.SimpleFold(f); f == r {
				break
			}
		}
	}
	return ls
}

// at returns the end of the first alternative matching at i, or -1.
func (ls *litSet) at(s string, i int) int {
	if i >= len(s) {
		return -1
	}
	for _, k := range ls.first[s[i]] {
		a := &ls.alts[k]
		if a.pre && !boundaryAt(s, i) {
			continue
		}
		if e := foldAt(s, i, a.lit); e >= 0 && (!a.post || boundaryAt(s, e)) {
			return e
		}
	}
	return -1
}

// find returns the leftmost match from byte from on, or -1, -1.
func (ls *litSet) find(s string, from int) (int, int) {
	for i := from; i < len(s); i++ {
		if e := ls.at(s, i); e >= 0 {
			return i, e
		}
	}
	return -1, -1
}

func (ls *litSet) matchString(s string) bool {
	i, _ := ls.find(s, 0)
	return i >= 0
}

// findString is regexp's FindString.
func (ls *litSet) findString(s string) string {
	if i, e := ls.find(s, 0); i >= 0 {
		return s[i:e]
	}
	return ""
}

// ---------------------------------------------------------------- gates

// A gramSet records the pairs of neighbouring runes of a text, folded as
// (?i) folds them, hashed into 256 bits, and the text's ASCII digits. A
// literal whose first two folded runes are missing from a text's set is not
// in the text, so a matcher can pass over most lines after one look.
type gramSet struct {
	w      [4]uint64
	digits int
}

// foldKey maps a rune to one member of its case-folding orbit.
func foldKey(r rune) rune {
	if r < utf8.RuneSelf {
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	m := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		m = min(m, f)
	}
	if m < utf8.RuneSelf && m >= 'A' && m <= 'Z' {
		m += 'a' - 'A'
	}
	return m
}

func gramBit(a, b rune) uint8 { return uint8(uint32(a)*31 + uint32(b)*7 + uint32(b)>>8) }

func readGrams(s string) gramSet {
	var g gramSet
	prev := rune(-1)
	for i := 0; i < len(s); {
		c := s[i]
		var r rune
		if c < utf8.RuneSelf {
			if c >= '0' && c <= '9' {
				g.digits++
			}
			r = foldKey(rune(c))
			i++
		} else {
			var w int
			r, w = utf8.DecodeRuneInString(s[i:])
			r = foldKey(r)
			i += w
		}
		if prev >= 0 {
			b := gramBit(prev, r)
			g.w[b>>6] |= 1 << (b & 63)
		}
		prev = r
	}
	return g
}

// grams returns the text's gramSet, once.
//
//go:noinline
func (t *textInfo) grams() *gramSet {
	if t.gramsS == nil {
		g := readGrams(t.s)
		t.gramsS = &g
	}
	return t.gramsS
}

// gramGate is what a text must hold for one of some literals to be in it:
// every pair of neighbouring runes of one of them; open when a literal is
// a single rune.
type gramGate struct {
	lits [][4]uint64
	open bool
}

func (gg *gramGate) add(lit string) {
	a, w := utf8.DecodeRuneInString(lit)
	if w == len(lit) || w == 0 {
		gg.open = true
		return
	}
	var m [4]uint64
	a = foldKey(a)
	for _, b := range lit[w:] {
		b = foldKey(b)
		k := gramBit(a, b)
		m[k>>6] |= 1 << (k & 63)
		a = b
	}
	gg.lits = append(gg.lits, m)
}

// may says whether a text with grams g may hold one of the literals.
func (gg *gramGate) may(g *gramSet) bool {
	if gg.open {
		return true
	}
	for i := range gg.lits {
		m := &gg.lits[i]
		if m[0]&^g.w[0] == 0 && m[1]&^g.w[1] == 0 && m[2]&^g.w[2] == 0 && m[3]&^g.w[3] == 0 {
			return true
		}
	}
	return false
}

// newGate is a gramGate for literals (lower case). (Not inlined, like the
// other constructors of package-level tables: each call site would carry a
// copy in the init code of the WebAssembly build.)
//
//go:noinline
func newGate(lits ...string) gramGate {
	var gg gramGate
	for _, l := range lits {
		gg.add(l)
	}
	return gg
}

// hasDigit says whether s holds an ASCII digit: strings.ContainsAny(s,
// "0123456789") without building its byte set on every call.
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			return true
		}
	}
	return false
}
