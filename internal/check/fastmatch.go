package check

import (
	"math/bits"
	"strings"
	"unicode/utf8"
)

// Exact fast paths for the patterns every bullet goes through. Each stands
// for a regexp that stays in the code as its definition; the tests hold each
// fast path to its regexp on the fixtures and on variants of them. The
// patterns are case-insensitive and written in ASCII, and regexp's \b and \w
// are ASCII too, so a text can be read through its ASCII-lower-cased copy;
// only a text holding one of the non-ASCII runes that fold to an ASCII
// letter (the Kelvin sign, the long s) is handed to the regexp itself.

// wordRun is a maximal run of ASCII word characters ([0-9A-Za-z_], regexp's
// \w) in a text: a position where \b holds on either side.
type wordRun struct{ start, end int }

// wordGate sketches a set of words in 256 bits by each word's length, first
// and last byte. A word whose bit is clear is not in the set, which spares
// most words of a text a map lookup and the hashing of the word.
type wordGate [4]uint64

func gateBit(w string) uint8 { return gateBitOf(len(w), w[0], w[len(w)-1]) }

func gateBitOf(n int, first, last byte) uint8 {
	return uint8(n*41 + int(first)*7 + int(last)*3)
}

func (g *wordGate) add(w string) {
	if w != "" {
		b := gateBit(w)
		g[b>>6] |= 1 << (b & 63)
	}
}

// may says whether w may be in the set; the empty word always may.
func (g *wordGate) may(w string) bool {
	return w == "" || g.mayOf(len(w), w[0], w[len(w)-1])
}

// mayOf is may for a word given by its length and its first and last byte.
func (g *wordGate) mayOf(n int, first, last byte) bool {
	b := gateBitOf(n, first, last)
	return g[b>>6]&(1<<(b&63)) != 0
}

// gateOf returns the gate of the keys of maps.
func gateOf[V any](maps ...map[string]V) (g wordGate) {
	for _, m := range maps {
		for w := range m {
			g.add(w)
		}
	}
	return g
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// alow returns the text with ASCII letters lower-cased, byte for byte.
func (t *textInfo) alow() string {
	if t.once(fAlow) {
		t.alowS = asciiLowerString(t.s)
	}
	return t.alowS
}

func asciiLowerString(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			// one allocation: the Builder's buffer becomes the string
			var b strings.Builder
			b.Grow(len(s))
			b.WriteString(s[:i])
			for j := i; j < len(s); j++ {
				c := s[j]
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				b.WriteByte(c)
			}
			return b.String()
		}
	}
	return s
}

// runs returns the text's word runs in order.
func (t *textInfo) runs() []wordRun {
	if t.once(fRuns) {
		s := t.s
		t.runsS = make([]wordRun, 0, len(s)/6+1)
		for i := 0; i < len(s); {
			if !isWordByte(s[i]) {
				i++
				continue
			}
			j := i + 1
			for j < len(s) && isWordByte(s[j]) {
				j++
			}
			t.runsS = append(t.runsS, wordRun{i, j})
			i = j
		}
	}
	return t.runsS
}

// foldRisk says whether the text holds a rune that a case-insensitive
// regexp matches to an ASCII letter: the fast paths then defer to the
// regexp.
func (t *textInfo) foldRisk() bool {
	if t.once(fFoldRisk) {
		risk := false
		for i := 0; i < len(t.s); i++ {
			if t.s[i] >= utf8.RuneSelf {
				risk = strings.Contains(t.s, "\u212a") || strings.Contains(t.s, "\u017f")
				break
			}
		}
		t.set(fFoldRisk, risk)
	}
	return t.get(fFoldRisk)
}

// word returns the lower-cased text of a run.
func (t *textInfo) word(r wordRun) string { return t.alow()[r.start:r.end] }

// boundaryAt says whether \b holds at byte i of s.
func boundaryAt(s string, i int) bool {
	before := i > 0 && isWordByte(s[i-1])
	after := i < len(s) && isWordByte(s[i])
	return before != after
}

// ---------------------------------------------------------------- phrases

// phraseAlt matches `(?i)\b(?:p1|p2|…)\b` for literal phrases that begin and
// end with an ASCII letter or digit (inner spaces, hyphens and & allowed).
type phraseAlt struct {
	byFirst map[string][]string // first word → phrases starting with it
}

func newPhraseAlt(phrases ...string) *phraseAlt {
	p := &phraseAlt{byFirst: map[string][]string{}}
	for _, ph := range phrases {
		ph = strings.ToLower(ph)
		i := 0
		for i < len(ph) && isWordByte(ph[i]) {
			i++
		}
		if i == 0 || !isWordByte(ph[len(ph)-1]) {
			panic("check: phrase must start and end with a word character: " + ph)
		}
		p.byFirst[ph[:i]] = append(p.byFirst[ph[:i]], ph)
	}
	return p
}

// at returns the end of a phrase matching at run r, or -1.
func (p *phraseAlt) at(t *textInfo, r wordRun) int {
	for _, ph := range p.byFirst[t.word(r)] {
		low := t.alow()
		if strings.HasPrefix(low[r.start:], ph) && boundaryAt(low, r.start+len(ph)) {
			return r.start + len(ph)
		}
	}
	return -1
}

func (p *phraseAlt) match(t *textInfo) bool {
	for _, r := range t.runs() {
		if p.at(t, r) >= 0 {
			return true
		}
	}
	return false
}

func (p *phraseAlt) triggers() []string {
	var out []string
	for w := range p.byFirst {
		out = append(out, w)
	}
	return out
}

func (p *phraseAlt) atRun(t *textInfo, r wordRun) bool { return p.at(t, r) >= 0 }

// ---------------------------------------------------------------- anchored

// anchoredAlt matches one alternative of a pattern by trying it, anchored,
// only where it can start: at the word runs named in words, or at the bytes
// in startBytes. The alternative must not look behind its start (no \b or ^
// before its first character; a leading \b is fine when every start is a run
// start, where \b holds).
type anchoredAlt struct {
	at         func(s string, i int) bool // the alternative, anchored at i (anchored.go)
	words      map[string]bool
	startBytes string
	starts     [256]bool // the first bytes of startBytes' characters
	// Cheap tests every match passes, to spare the regexp most starts: after
	// a word run (given its end), and at a start byte.
	afterRun func(s string, end int) bool
	atByte   func(s string, i int) bool
}

// spacesThen returns a test for a run followed by whitespace and then one
// of the bytes in next (for a multi-byte character, its first byte).
func spacesThen(next string) func(s string, end int) bool {
	return func(s string, end int) bool {
		j := end
		if j >= len(s) || !isSpaceByte(s[j]) {
			return false
		}
		for j < len(s) && isSpaceByte(s[j]) {
			j++
		}
		return j < len(s) && strings.IndexByte(next, s[j]) >= 0
	}
}

// optSpaceThen returns a test for a one-byte start followed by one of the
// bytes in next, with or without one whitespace between.
func optSpaceThen(next string) func(s string, i int) bool {
	return func(s string, i int) bool {
		j := i + 1
		if j < len(s) && strings.IndexByte(next, s[j]) >= 0 {
			return true
		}
		return j+1 < len(s) && isSpaceByte(s[j]) && strings.IndexByte(next, s[j+1]) >= 0
	}
}

func newAnchoredAlt(at func(s string, i int) bool, words []string, startBytes string) *anchoredAlt {
	a := &anchoredAlt{at: at, startBytes: startBytes}
	for _, r := range startBytes {
		a.starts[string(r)[0]] = true
	}
	if len(words) > 0 {
		a.words = map[string]bool{}
		for _, w := range words {
			a.words[w] = true
		}
	}
	return a
}

func (a *anchoredAlt) match(t *textInfo) bool {
	if a.words != nil {
		for _, r := range t.runs() {
			if a.words[t.word(r)] && a.atRun(t, r) {
				return true
			}
		}
	}
	return a.atBytes(t)
}

func (a *anchoredAlt) triggers() []string {
	var out []string
	for w := range a.words {
		out = append(out, w)
	}
	return out
}

// atRun tries the alternative at a run its words name.
func (a *anchoredAlt) atRun(t *textInfo, r wordRun) bool {
	s := t.s
	return (a.afterRun == nil || a.afterRun(s, r.end)) && a.at(s, r.start)
}

// atBytes tries the alternative at each of its start bytes.
func (a *anchoredAlt) atBytes(t *textInfo) bool {
	if a.startBytes == "" {
		return false
	}
	s := t.s
	for i := 0; i < len(s); i++ {
		if a.starts[s[i]] && (a.atByte == nil || a.atByte(s, i)) && a.at(s, i) {
			return true
		}
	}
	return false
}

// matcher is a fast path for a pattern's MatchString.
type matcher interface{ match(t *textInfo) bool }

// runMatcher is a part of a pattern tried at word runs, which it names.
type runMatcher interface {
	triggers() []string                // the lower-cased words it may start at
	atRun(t *textInfo, r wordRun) bool // whether it matches at such a run
}

// anyOf matches when one of its parts does.
type anyOf []matcher

// runIndex is an anyOf compiled: one map lookup per word run finds the
// parts that may start there.
type runIndex struct {
	parts []runMatcher
	trig  map[string]uint64 // word → bits of parts
	gate  wordGate          // trig's keys
	bytes []*anchoredAlt    // parts with start bytes
	other []matcher         // parts of their own
}

func (a anyOf) compile() *runIndex {
	ix := &runIndex{trig: map[string]uint64{}}
	for _, m := range a {
		if rm, ok := m.(runMatcher); ok && len(rm.triggers()) > 0 {
			if len(ix.parts) == 64 {
				panic("check: too many parts")
			}
			for _, w := range rm.triggers() {
				ix.trig[w] |= 1 << len(ix.parts)
			}
			ix.parts = append(ix.parts, rm)
			if aa, ok := m.(*anchoredAlt); ok && aa.startBytes != "" {
				ix.bytes = append(ix.bytes, aa)
			}
			continue
		}
		if aa, ok := m.(*anchoredAlt); ok {
			ix.bytes = append(ix.bytes, aa)
			continue
		}
		ix.other = append(ix.other, m)
	}
	ix.gate = gateOf(ix.trig)
	return ix
}

func (a anyOf) match(t *textInfo) bool { return a.compile().match(t) }

func (ix *runIndex) match(t *textInfo) bool {
	low := t.alow()
	for _, r := range t.runs() {
		w := low[r.start:r.end]
		if !ix.gate.may(w) {
			continue
		}
		bits := ix.trig[w]
		for bits != 0 {
			i := bits & -bits
			bits &^= i
			if ix.parts[trailingZeros(i)].atRun(t, r) {
				return true
			}
		}
	}
	for _, a := range ix.bytes {
		if a.atBytes(t) {
			return true
		}
	}
	for _, m := range ix.other {
		if m.match(t) {
			return true
		}
	}
	return false
}

func trailingZeros(x uint64) int { return bits.TrailingZeros64(x) }

// withFast attaches the fast path to an expression.
func (g *gatedRe) withFast(m matcher) *gatedRe {
	if a, ok := m.(anyOf); ok {
		m = a.compile()
	}
	g.fast = m
	return g
}
