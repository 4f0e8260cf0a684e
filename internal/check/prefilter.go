package check

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// A literal prefilter for the package's regular expressions. Go's regexp
// tries every position of a text against every branch of an alternation,
// which is slow for the long word lists the checks use. Most texts hold none
// of the words, so each gated expression first asks a multi-pattern scan
// (Aho–Corasick over bytes, ASCII letters folded) whether the text holds one
// of the literal strings every match of it must contain; only then does the
// expression itself run. The strings are derived from the expression's
// syntax tree, so a gate never turns away a text the expression would match:
// the answer is always the expression's own. A gate knows each top-level
// alternative of its expression apart (a match meets every literal set of
// one of them) and the ASCII digits a match holds. prefilter_test.go checks
// the gates against their expressions on the fixtures.

// gatedRe is a regexp behind a literal gate.
type gatedRe struct {
	*regexp.Regexp
	alts []gateAlt // a match meets one of these; none: always run
	fast matcher   // an exact fast path for MatchString (fastmatch.go), or nil
}

// gateAlt is what every match of one alternative of a pattern holds: the
// literal sets of its bits, and a number of ASCII digits.
type gateAlt struct {
	bits      []int
	minDigits int
}

// maskWords bounds the number of gates: 64 per word.
const maskWords = 4

// litMask records which gates a text passes.
type litMask struct {
	w      [maskWords]uint64
	all    bool // the text holds a rune the byte folding cannot vouch for: pass every gate
	digits int  // ASCII digits in the text
}

// or adds o's gates to m.
func (m *litMask) or(o *litMask) {
	for i := range m.w {
		m.w[i] |= o.w[i]
	}
	m.all = m.all || o.all
}

var (
	gateLits  [][]string // by bit: the literals (ASCII lower-cased) any match contains
	allGates  []*gatedRe // every gate, for tests
	guardRune = map[rune]bool{}
	acBuilt   bool
	acOnce    sync.Once
	ac        *automaton
)

// gate puts re behind a literal gate. It must be called during package
// initialisation, before the first scan.
func gate(re *regexp.Regexp) *gatedRe {
	if acBuilt {
		panic("check: gate after the prefilter was built")
	}
	g := &gatedRe{Regexp: re}
	allGates = append(allGates, g)
	tree, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		panic(err)
	}
	analysed = map[*syntax.Regexp]litInfo{}
	defer func() { analysed = nil }()
	for _, term := range dnf(tree) {
		ga := gateAlt{minDigits: term.digits}
		for _, lits := range bestSets(term.sets, maxGateSets) {
			if len(gateLits) == maskWords*64 {
				panic("check: too many gated expressions")
			}
			ga.bits = append(ga.bits, len(gateLits))
			gateLits = append(gateLits, lits)
		}
		if len(ga.bits) == 0 && ga.minDigits == 0 {
			g.alts = nil // an alternative that needs nothing: no gate
			return g
		}
		g.alts = append(g.alts, ga)
	}
	return g
}

// gated says whether the pattern has a gate.
func (g *gatedRe) gated() bool { return len(g.alts) > 0 }

// term is what every match of one alternative holds.
type term struct {
	sets   [][]string
	digits int
}

// maxTerms bounds the alternatives a gate tells apart.
const maxTerms = 8

// dnf splits a pattern into alternatives, each with what its matches hold:
// at the top, through captures, and through a concatenation around one
// alternation (`\b(?:a|b)\b` is `\ba\b|\bb\b`).
func dnf(re *syntax.Regexp) []term {
	switch re.Op {
	case syntax.OpCapture:
		return dnf(re.Sub[0])
	case syntax.OpAlternate:
		var out []term
		for _, sub := range re.Sub {
			out = append(out, dnf(sub)...)
		}
		if len(out) <= maxTerms {
			return out
		}
	case syntax.OpConcat:
		split := -1
		var terms []term
		for i, sub := range re.Sub {
			if t := dnf(sub); len(t) > 1 {
				if split >= 0 {
					split = -2
					break
				}
				split, terms = i, t
			}
		}
		if split >= 0 {
			// The other parts hold for every alternative.
			var common [][]string
			digits := 0
			for i, sub := range re.Sub {
				if i != split {
					common = append(common, analyse(sub).needs()...)
					digits += minDigits(sub)
				}
			}
			out := make([]term, len(terms))
			for i, t := range terms {
				out[i] = term{sets: append(append([][]string(nil), t.sets...), common...), digits: t.digits + digits}
			}
			return out
		}
	}
	return []term{{sets: analyse(re).needs(), digits: minDigits(re)}}
}

// mustGate compiles an expression and gates it.
func mustGate(expr string) *gatedRe { return gate(regexp.MustCompile(expr)) }

// withFastPath compiles an expression that gets a fast path (withFast) and
// so needs no gate. (Not inlined: each package-level call site would carry
// a copy of the append in the init code of the WebAssembly build.)
//
//go:noinline
func withFastPath(expr string) *gatedRe {
	g := &gatedRe{Regexp: regexp.MustCompile(expr)}
	allGates = append(allGates, g)
	return g
}

// maxGateSets bounds the literal sets one gate asks for.
const maxGateSets = 3

// may says whether a text with mask m may match.
func (g *gatedRe) may(m *litMask) bool {
	if m.all || len(g.alts) == 0 {
		return true
	}
next:
	for i := range g.alts {
		a := &g.alts[i]
		if m.digits < a.minDigits {
			continue
		}
		for _, b := range a.bits {
			if m.w[b>>6]&(1<<(b&63)) == 0 {
				continue next
			}
		}
		return true
	}
	return false
}

// MatchString is regexp's, after the gate and through the fast path.
func (g *gatedRe) MatchString(s string) bool { return newText(s).match(g) }

// scanLits returns the gates text passes.
func scanLits(s string) litMask {
	acOnce.Do(buildAutomaton)
	return ac.scan(s)
}

// ---------------------------------------------------------------- literals

// maxExact bounds the exact string sets the analysis carries.
const maxExact = 64

// litInfo is what the analysis knows of a sub-expression.
type litInfo struct {
	exact   []string // when exactOK: every match is one of these (folded)
	exactOK bool
	req     []string   // every match contains one of these; nil: nothing known
	also    [][]string // further sets, each of which every match also meets
}

// need is the best requirement: a set of strings one of which every match
// contains, or nil.
func (l litInfo) need() []string {
	if l.exactOK && !hasEmpty(l.exact) {
		return l.exact
	}
	return l.req
}

// needs returns every requirement known: sets each of which every match
// meets (by containing one of its strings).
func (l litInfo) needs() [][]string {
	if l.exactOK && !hasEmpty(l.exact) {
		return [][]string{l.exact}
	}
	var out [][]string
	if l.req != nil {
		out = append(out, l.req)
	}
	return append(out, l.also...)
}

// bestSets returns up to n of the sets, the most selective first, leaving
// out duplicates and sets no gate can use.
func bestSets(sets [][]string, n int) [][]string {
	var out [][]string
	var keys []string
	for _, set := range sets {
		if len(set) == 0 || holdsSpace(set) {
			continue // a space is in nearly every text: no use as a gate
		}
		set = sortedCopy(set)
		key := strings.Join(set, "\x00")
		if !slices.Contains(keys, key) {
			keys = append(keys, key)
			out = append(out, set)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return better(out[i], out[j]) })
	if len(out) > n {
		out = out[:n]
	}
	return out
}

// sortedCopy returns the set sorted, without the strings that contain
// another of the set: a text holding the longer holds the shorter.
func sortedCopy(ss []string) []string {
	if len(ss) > maxExact {
		out := append([]string(nil), ss...)
		sort.Strings(out)
		return out
	}
	var out []string
	for i, s := range ss {
		redundant := false
		for j, o := range ss {
			if i != j && strings.Contains(s, o) && (len(o) < len(s) || j < i) {
				redundant = true
				break
			}
		}
		if !redundant {
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return out
}

func hasEmpty(ss []string) bool {
	for _, s := range ss {
		if s == "" {
			return true
		}
	}
	return false
}

// required returns the strings one of which every match of re contains, or
// nil when there are none to rely on: the most selective of requiredAll.
func required(re *syntax.Regexp) []string {
	n := analyse(re).need()
	if n == nil {
		return nil
	}
	out := append([]string(nil), n...)
	sort.Strings(out)
	return out
}

var emptyOnly = []string{""}

// analysed keeps analyse's answers while one gate is worked out.
var analysed map[*syntax.Regexp]litInfo

func analyse(re *syntax.Regexp) litInfo {
	if l, ok := analysed[re]; ok {
		return l
	}
	l := analyseNode(re)
	if analysed != nil {
		analysed[re] = l
	}
	return l
}

func analyseNode(re *syntax.Regexp) litInfo {
	switch re.Op {
	case syntax.OpNoMatch:
		return litInfo{exact: []string{}, exactOK: true}
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return litInfo{exact: emptyOnly, exactOK: true}
	case syntax.OpLiteral:
		// Most literals have one form: build it at once.
		var b []byte
		single := true
		for _, r := range re.Rune {
			forms := runeForms(r, re.Flags&syntax.FoldCase != 0)
			if len(forms) != 1 {
				single = false
				break
			}
			b = append(b, forms[0]...)
		}
		if single {
			return litInfo{exact: []string{string(b)}, exactOK: true}
		}
		set := emptyOnly
		for _, r := range re.Rune {
			set = product(set, runeForms(r, re.Flags&syntax.FoldCase != 0))
			if len(set) > maxExact {
				return litInfo{}
			}
		}
		return litInfo{exact: set, exactOK: true}
	case syntax.OpCharClass:
		n := 0
		for i := 0; i < len(re.Rune); i += 2 {
			n += int(re.Rune[i+1]-re.Rune[i]) + 1
			if n > 16 {
				return litInfo{}
			}
		}
		var set []string
		for i := 0; i < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				set = append(set, runeForms(r, false)...)
			}
		}
		return litInfo{exact: dedupe(set), exactOK: true}
	case syntax.OpCapture:
		return analyse(re.Sub[0])
	case syntax.OpStar:
		return litInfo{}
	case syntax.OpPlus:
		x := analyse(re.Sub[0])
		return litInfo{req: x.need(), also: x.needs()}
	case syntax.OpQuest:
		x := analyse(re.Sub[0])
		if x.exactOK && len(x.exact) < maxExact {
			return litInfo{exact: dedupe(append(append([]string(nil), x.exact...), "")), exactOK: true}
		}
		return litInfo{}
	case syntax.OpRepeat:
		x := analyse(re.Sub[0])
		if re.Min == 0 {
			if re.Max == 1 && x.exactOK && len(x.exact) < maxExact {
				return litInfo{exact: dedupe(append(append([]string(nil), x.exact...), "")), exactOK: true}
			}
			return litInfo{}
		}
		out := litInfo{req: x.need(), also: x.needs()}
		if re.Max >= re.Min && x.exactOK {
			// x{min,max}: the union of x's powers min through max.
			set, power := []string{}, emptyOnly
			for i := 1; i <= re.Max && len(power) <= maxExact; i++ {
				power = product(power, x.exact)
				if i >= re.Min {
					set = append(set, power...)
				}
			}
			if len(power) <= maxExact && len(set) <= maxExact {
				out = litInfo{exact: dedupe(set), exactOK: true}
			}
		}
		return out
	case syntax.OpConcat:
		cur := emptyOnly
		exact := true
		var best []string
		var all [][]string
		consider := func(set []string) {
			if set != nil && !hasEmpty(set) {
				all = append(all, set)
				if best == nil || better(set, best) {
					best = set
				}
			}
		}
		for _, sub := range re.Sub {
			x := analyse(sub)
			if x.exactOK {
				if p := product(cur, x.exact); len(p) <= maxExact {
					cur = p
					continue
				}
				consider(cur)
				cur, exact = x.exact, false
				continue
			}
			consider(cur)
			for _, n := range x.needs() {
				consider(n)
			}
			cur, exact = emptyOnly, false
		}
		if exact {
			return litInfo{exact: cur, exactOK: true}
		}
		consider(cur)
		return litInfo{req: best, also: all}
	case syntax.OpAlternate:
		var all []string
		exact := true
		for _, sub := range re.Sub {
			x := analyse(sub)
			if !x.exactOK {
				exact = false
				break
			}
			all = append(all, x.exact...)
		}
		if exact && len(all) <= maxExact {
			return litInfo{exact: dedupe(all), exactOK: true}
		}
		var req []string
		for _, sub := range re.Sub {
			n := analyse(sub).need()
			if n == nil {
				return litInfo{}
			}
			req = append(req, n...)
		}
		return litInfo{req: dedupe(req)}
	}
	return litInfo{} // any character, and anything unforeseen: nothing known
}

func holdsSpace(set []string) bool {
	for _, s := range set {
		if s == " " {
			return true
		}
	}
	return false
}

// minDigits returns how many ASCII digits every match of re holds.
func minDigits(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpLiteral:
		n := 0
		for _, r := range re.Rune {
			if r >= '0' && r <= '9' {
				n++
			}
		}
		return n
	case syntax.OpCharClass:
		if len(re.Rune) == 0 {
			return 0
		}
		for i := 0; i < len(re.Rune); i += 2 {
			if re.Rune[i] < '0' || re.Rune[i+1] > '9' {
				return 0
			}
		}
		return 1
	case syntax.OpCapture, syntax.OpPlus:
		return minDigits(re.Sub[0])
	case syntax.OpRepeat:
		return re.Min * minDigits(re.Sub[0])
	case syntax.OpConcat:
		n := 0
		for _, sub := range re.Sub {
			n += minDigits(sub)
		}
		return n
	case syntax.OpAlternate:
		n := -1
		for _, sub := range re.Sub {
			if d := minDigits(sub); n < 0 || d < n {
				n = d
			}
		}
		return max(n, 0)
	}
	return 0
}

// better prefers the set whose shortest string is longer, then the smaller.
func better(a, b []string) bool {
	ma, mb := minLen(a), minLen(b)
	if ma != mb {
		return ma > mb
	}
	return len(a) < len(b)
}

func minLen(ss []string) int {
	if len(ss) == 0 {
		return 1 << 30 // never matches: the best requirement of all
	}
	m := len(ss[0])
	for _, s := range ss[1:] {
		m = min(m, len(s))
	}
	return m
}

// tooMany stands for a set past maxExact: only its length is looked at.
var tooMany = make([]string, maxExact+1)

func product(a, b []string) []string {
	if len(a)*len(b) > maxExact {
		return tooMany
	}
	out := make([]string, 0, len(a)*len(b))
	for _, x := range a {
		for _, y := range b {
			out = append(out, x+y)
		}
	}
	return dedupe(out)
}

func dedupe(ss []string) []string {
	out := ss[:0:0]
	if len(ss) <= 16 {
		for _, s := range ss {
			if !slices.Contains(out, s) {
				out = append(out, s)
			}
		}
		return out
	}
	seen := make(map[string]bool, len(ss))
	for _, s := range ss {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// runeForms returns the spellings a text may use for r as the automaton sees
// them: ASCII letters lower-cased (the scan folds them), and under case
// folding every other member of r's fold orbit. A non-ASCII rune that folds
// to an ASCII letter (the Kelvin sign, the long s) cannot be matched byte by
// byte: a text holding one passes every gate.
func runeForms(r rune, fold bool) []string {
	if r < utf8.RuneSelf {
		if fold && (r == 'k' || r == 'K' || r == 's' || r == 'S') {
			guardRune['\u212a'], guardRune['\u017f'] = true, true // the Kelvin sign, the long s
		}
		return asciiForms[asciiLower(r)]
	}
	if !fold {
		return []string{string(asciiLower(r))}
	}
	orbit := []rune{r}
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		orbit = append(orbit, f)
	}
	ascii := false
	for _, f := range orbit {
		ascii = ascii || f < utf8.RuneSelf
	}
	var out []string
	for _, f := range orbit {
		if ascii && f >= utf8.RuneSelf {
			guardRune[f] = true
			continue
		}
		out = append(out, string(asciiLower(f)))
	}
	return dedupe(out)
}

// asciiForms holds each ASCII character as the automaton sees it.
var asciiForms = func() (t [utf8.RuneSelf][]string) {
	for c := range t {
		t[c] = []string{string(rune(c))}
	}
	return t
}()

func asciiLower(r rune) rune {
	if r >= 'A' && r <= 'Z' {
		return r + 'a' - 'A'
	}
	return r
}

// ---------------------------------------------------------------- automaton

// automaton is an Aho–Corasick matcher over byte classes, compiled to a
// full transition table.
type automaton struct {
	cls   [256]uint8
	nc    int
	delta []uint16 // state*nc + class → state
	out   []int32  // state → index in masks, or -1
	masks []litMask
}

func buildAutomaton() {
	acBuilt = true
	type pat struct {
		s   string
		bit int // -1: a guard rune
	}
	var pats []pat
	for bit, lits := range gateLits { // a nil set: a gate given up for a fast path
		for _, l := range lits {
			pats = append(pats, pat{l, bit})
		}
	}
	var guards []rune
	for r := range guardRune {
		guards = append(guards, r)
	}
	sort.Slice(guards, func(i, j int) bool { return guards[i] < guards[j] })
	for _, r := range guards {
		pats = append(pats, pat{string(r), -1})
	}
	a := &automaton{}
	// Byte classes: one per byte some pattern uses (upper-case ASCII shares
	// its lower-case letter's), 0 for every other byte.
	next := 1
	for _, p := range pats {
		for i := 0; i < len(p.s); i++ {
			if b := p.s[i]; a.cls[b] == 0 {
				a.cls[b] = uint8(next)
				next++
				if next > 255 {
					panic("check: too many byte classes")
				}
			}
		}
	}
	for b := 'A'; b <= 'Z'; b++ {
		a.cls[b] = a.cls[b+'a'-'A']
	}
	a.nc = next
	nc := a.nc
	// The trie, sparse: a state's children by byte class.
	type kid struct {
		c uint8
		t int32
	}
	kids := [][]kid{nil}
	masks := []litMask{{}}
	for _, p := range pats {
		s := int32(0)
		for i := 0; i < len(p.s); i++ {
			c := a.cls[p.s[i]]
			next := int32(-1)
			for _, k := range kids[s] {
				if k.c == c {
					next = k.t
					break
				}
			}
			if next < 0 {
				next = int32(len(kids))
				kids = append(kids, nil)
				masks = append(masks, litMask{})
				kids[s] = append(kids[s], kid{c, next})
			}
			s = next
		}
		if p.bit < 0 {
			masks[s].all = true
		} else {
			masks[s].w[p.bit>>6] |= 1 << (p.bit & 63)
		}
	}
	n := len(kids)
	if n > 1<<16 {
		panic("check: prefilter automaton too large")
	}
	// Number the states breadth first: the root's neighbourhood, where
	// scans spend their time, packed together.
	order := make([]int32, 1, n)
	for i := 0; i < len(order); i++ {
		ks := kids[order[i]]
		sort.Slice(ks, func(x, y int) bool { return ks[x].c < ks[y].c })
		for _, k := range ks {
			order = append(order, k.t)
		}
	}
	id := make([]int32, n)
	for i, s := range order {
		id[s] = int32(i)
	}
	// Failure links, breadth first, folded into a full transition table.
	a.delta = make([]uint16, n*nc)
	a.out = make([]int32, n)
	fail := make([]int32, n)
	merged := make([]litMask, n)
	for i, old := range order {
		row := a.delta[i*nc : (i+1)*nc]
		f := fail[i]
		if i > 0 {
			copy(row, a.delta[int(f)*nc:int(f+1)*nc])
		}
		merged[i] = masks[old]
		if i > 0 {
			merged[i].or(&merged[f])
		}
		for _, k := range kids[old] {
			t := id[k.t]
			if i > 0 {
				fail[t] = int32(row[k.c])
			}
			row[k.c] = uint16(t)
		}
		a.out[i] = -1
		if m := merged[i]; m.all || m.w != [maskWords]uint64{} {
			a.out[i] = int32(len(a.masks))
			a.masks = append(a.masks, m)
		}
	}
	ac = a
}

func (a *automaton) scan(s string) litMask {
	var m litMask
	st := 0
	nc := a.nc
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c-'0' < 10 {
			m.digits++
		}
		st = int(a.delta[st*nc+int(a.cls[c])])
		if o := a.out[st]; o >= 0 {
			m.or(&a.masks[o])
		}
	}
	return m
}

// lits is for tests: the literal sets of a gate, by alternative.
func (g *gatedRe) lits() [][][]string {
	var out [][][]string
	for _, a := range g.alts {
		var sets [][]string
		for _, b := range a.bits {
			sets = append(sets, gateLits[b])
		}
		out = append(out, sets)
	}
	return out
}
