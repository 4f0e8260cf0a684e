package check

import (
	"slices"
	"strings"
	"testing"

	"github.com/resumescore/resumescore/internal/bloom"
	"github.com/resumescore/resumescore/internal/extract"
)

// oldTechKey is the key as first written, through strings.ToLower: the
// byte-at-a-time appendTechKey must give the same key for every input.
func oldTechKey(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch r {
		case '.', '-', ' ', '_':
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func TestAppendTechKeyMatchesToLower(t *testing.T) {
	ins := []string{"", "Node.js", "ASP.NET Core", "Scikit-Learn", "C++", "Ä_Bc", "İstanbul", "bad\xffbyte", "ÉCOLE", "\uFFFD", "Ωmega-Σ", strings.Repeat("Kubernetes", 10)}
	for name, n := range techByKey {
		ins = append(ins, name, n.name)
	}
	for _, s := range ins {
		if got, want := techKey(s), oldTechKey(s); got != want {
			t.Errorf("techKey(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzAppendTechKey(f *testing.F) {
	for _, s := range []string{"Node.js", "İ", "a\xffb", "Postgres"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := techKey(s), oldTechKey(s); got != want {
			t.Errorf("techKey(%q) = %q, want %q", s, got, want)
		}
	})
}

func TestASCIILowerStringFoldsOnlyASCII(t *testing.T) {
	for _, s := range []string{"", "abc", "ABC", "Built Kafka", "ÉCOLE Go", "x\xffY", "İK"} {
		want := strings.Map(func(r rune) rune {
			if r >= 'A' && r <= 'Z' {
				return r + 'a' - 'A'
			}
			return r
		}, s)
		if !strings.ContainsAny(s, "\xff") && asciiLowerString(s) != want {
			t.Errorf("asciiLowerString(%q) = %q, want %q", s, asciiLowerString(s), want)
		}
		if len(asciiLowerString(s)) != len(s) {
			t.Errorf("asciiLowerString(%q) changed the length", s)
		}
	}
	if got := asciiLowerString("x\xffY"); got != "x\xffy" {
		t.Errorf("asciiLowerString kept %q, want the stray byte as it is", got)
	}
}

func TestSpelledOutInMatchesContains(t *testing.T) {
	old := func(doc, a string) bool {
		return strings.Contains(doc, "("+a+")") || strings.Contains(doc, "("+a+"s)") || strings.Contains(doc, a+" (")
	}
	docs := []string{"", "Built the API (Application Programming Interface).", "(KPIs) and KPI (key performance indicator)",
		"AAA (AA)", "((AA))", "SLA SLAs (SLAs)", "SLA", "x (SLA", "(SLAs) x", "(SLA)s", "AA (", "A(A)A)"}
	for _, l := range fixtureLines(t) {
		docs = append(docs, l)
	}
	for _, doc := range docs {
		for _, a := range []string{"", "A", "AA", "API", "KPI", "SLA", "SLAs", ")", "(", "s"} {
			if got, want := spelledOutIn(doc, a), old(doc, a); got != want {
				t.Errorf("spelledOutIn(%q, %q) = %v, want %v", doc, a, got, want)
			}
		}
	}
}

// A phrase set finds the same entries through a text's shared word sets as
// through its own first-word table.
func TestPhraseSetInMatchesFindWords(t *testing.T) {
	sets := []phraseSet{buzzwords, cliches, vagueWords, hedgeWords, intensifiers, slopWords, toneWords, informalWds, weakOpeners}
	lines := append(fixtureLines(t), "Results-driven team player who thinks outside the box", "Worked on various things, very very helpful", "delve into a tapestry of synergy")
	for _, l := range lines {
		ti := newText(l)
		for k, p := range sets {
			if got, want := p.in(ti), p.findWords(words(l)); !slices.Equal(got, want) {
				t.Errorf("set %d, %q: %q through word sets, %q alone", k, l, got, want)
			}
		}
	}
}

// The filter in front of techFlags knows every key, so techFlagsOf gives
// what the map alone gives.
func TestTechFlagFilterKnowsEveryKey(t *testing.T) {
	for k := range techFlags {
		if !techFlagFilter.May(bloom.Hash(k)) {
			t.Fatalf("the filter turns away %q", k)
		}
	}
	for _, l := range fixtureLines(t) {
		for _, w := range strings.Fields(l) {
			if got, want := techFlagsOf(w), techFlags[techKey(w)]; got != want {
				t.Errorf("techFlagsOf(%q) = %b, want %b", w, got, want)
			}
		}
	}
}

func TestMisspeltFilterKnowsEveryKey(t *testing.T) {
	if len(misspelt) < 100 {
		t.Fatalf("only %d misspellings", len(misspelt))
	}
	for w := range misspelt {
		if !misspeltFilter.May(bloom.Hash(w)) || !mayBeMisspelt("I "+strings.ToUpper(w[:1])+w[1:]+" it") {
			t.Fatalf("%q is listed but mayBeMisspelt does not see it", w)
		}
	}
}

// nextField walks the fields strings.Fields gives.
func TestNextFieldIsFields(t *testing.T) {
	lines := append(fixtureLines(t), "", "   ", "a\u00a0b\u2003c", "\u3000x\ty\n", "bad\xff byte", " • Built  it ")
	for _, l := range lines {
		var got []string
		for i := 0; i < len(l); {
			from, to := nextField(l, i)
			if from == to {
				break
			}
			got = append(got, l[from:to])
			i = to
		}
		if want := strings.Fields(l); !slices.Equal(got, want) {
			t.Errorf("nextField over %q gives %q, strings.Fields %q", l, got, want)
		}
	}
}

// The byte-level tests below stand in for strings.ContainsAny and
// strings.IndexFunc, which build a set or decode every rune on each call.
func TestByteTestsMatchTheirStringsForms(t *testing.T) {
	ins := []string{"", "a", "\t", "x\x00y", "del\x7f", "line\nbreak", "£5", "€", "$", "Jan ’19", "01/19", "it's", "\uFFFD", "\ue000icon",
		"\u0085next", "bad\xffbyte", "9", "abc,", "abc;", "abc)", "abc.", "abc/", "abc:", "abc!"}
	ins = append(ins, fixtureLines(t)...)
	for _, s := range ins {
		checkByteTests(t, s)
	}
}

func FuzzByteTests(f *testing.F) {
	for _, s := range []string{"", "x\x01", "’", "€£$", "a\xffb", "19,", "“My” (we’re) I built", "Part-time tutor, (Contract)", "R E S U M E", "a b c\u00a0d e", "SENIOR AWS ENGINEER", "AB CD EFGH IJKL"} {
		f.Add(s)
	}
	f.Fuzz(checkByteTests)
}

func checkByteTests(t *testing.T, s string) {
	if got, want := hasJunk(s), strings.IndexFunc(s, junkRune) >= 0; got != want {
		t.Errorf("hasJunk(%q) = %v, want %v", s, got, want)
	}
	if got, want := hasDigit(s), strings.ContainsAny(s, "0123456789"); got != want {
		t.Errorf("hasDigit(%q) = %v, want %v", s, got, want)
	}
	if s != "" {
		if got, want := endsInStop(s), strings.ContainsAny(s[len(s)-1:], ",;:)/."); got != want {
			t.Errorf("endsInStop(%q) = %v, want %v", s, got, want)
		}
	}
	if got, want := mayHoldStub(newText(s), 2), strings.ContainsAny(s, "$€£"); got != want {
		t.Errorf("mayHoldStub(%q, 2) = %v, want %v", s, got, want)
	}
	if got, want := quoteOrSlash(s), strings.ContainsAny(s, "'’/"); got != want {
		t.Errorf("quoteOrSlash(%q) = %v, want %v", s, got, want)
	}
	if got, want := trimPronounPunct(s), strings.Trim(s, ".,;:!?()\"“”"); got != want {
		t.Errorf("trimPronounPunct(%q) = %q, want %q", s, got, want)
	}
	if got, want := firstPerson(s), oldFirstPerson(s); !slices.Equal(got, want) {
		t.Errorf("firstPerson(%q) = %q, want %q", s, got, want)
	}
	if got, want := hasSidelineWord(s), oldSidelineWord(s); got != want {
		t.Errorf("hasSidelineWord(%q) = %v, want %v", s, got, want)
	}
	if got, want := letterSpaced(s), oldLetterSpaced(s); got != want {
		t.Errorf("letterSpaced(%q) = %v, want %v", s, got, want)
	}
	if got, want := readShouting(s), oldShouting(s); got != want {
		t.Errorf("readShouting(%q) = %v, want %v", s, got, want)
	}
	for _, w := range words(s) {
		if _, ok := misspelt[w]; ok && !mayBeMisspelt(s) {
			t.Errorf("mayBeMisspelt(%q) = false, but %q is a listed misspelling", s, w)
		}
	}
	if got, want := techFlagsOf(s), techFlagsSlow(s); got != want {
		t.Errorf("techFlagsOf(%q) = %b, want %b", s, got, want)
	}
	doc := &extract.Document{Pages: []extract.Page{{Lines: []extract.Line{{Text: s}}}}}
	if f, w := countBoth(s); f != len(strings.Fields(s)) || w != doc.WordCount() {
		t.Errorf("countBoth(%q) = %d, %d, want %d, %d", s, f, w, len(strings.Fields(s)), doc.WordCount())
	}
}

// oldFirstPerson is readFirstPerson as first written, on strings.Fields
// and strings.Trim, looking every word up.
func oldFirstPerson(text string) []string {
	text = strings.ReplaceAll(text, "’", "'")
	ws := strings.Fields(text)
	var out []string
	for i, w := range ws {
		t := strings.Trim(w, ".,;:!?()\"“”")
		switch {
		case t == "I":
			if i+1 < len(ws) && actsAfterI(strings.ToLower(strings.Trim(ws[i+1], ".,;:!?()\"“”"))) {
				out = append(out, t)
			}
		case t == "US":
		case firstPersonWords[strings.ToLower(t)]:
			out = append(out, t)
		}
	}
	return out
}

// oldSidelineWord is hasSidelineWord as first written: strings.Index for
// each word over the lowered text.
func oldSidelineWord(text string) bool {
	low := strings.ToLower(text)
	for _, w := range sidelineWords {
		for from := 0; ; {
			i := strings.Index(low[from:], w)
			if i < 0 {
				break
			}
			i += from
			if i == 0 || w[0] == '(' || !isWordByte(low[i-1]) {
				return true
			}
			from = i + 1
		}
	}
	return false
}

// oldReadSeveral is readSeveral as first written, on strings.Fields of the
// lowered text: the oracle for the version that lowers a field at a time.
func oldReadSeveral(text string) string {
	depth, start := 0, 0
	var parts []string
	for i, r := range text {
		switch r {
		case '(', '[':
			depth++
		case ')', ']':
			depth = max(0, depth-1)
		case ';':
			if depth == 0 {
				parts = append(parts, text[start:i])
				start = i + 1
			}
		}
	}
	parts = append(parts, text[start:])
	for _, part := range parts[1:] {
		f := strings.Fields(strings.ToLower(part))
		for len(f) > 0 && (f[0] == "also" || f[0] == "and" || f[0] == "then") {
			f = f[1:]
		}
		if len(f) > 0 {
			if v, ok := verbForms[strings.Trim(f[0], ".,:()\"'“”")]; ok && v.tense == tensePast {
				return "Joins several results with a semicolon."
			}
		}
	}
	f := strings.Fields(strings.ToLower(text))
	clauses := 0
	for i := 1; i < len(f); i++ {
		joined := f[i-1] == "and" || strings.HasSuffix(f[i-1], ",")
		if !joined {
			continue
		}
		w := strings.Trim(f[i], ".,;:()\"'“”")
		if v, ok := verbForms[w]; ok && v.tense == tensePast && !participleOnly(w) {
			clauses++
		}
	}
	if clauses >= 2 {
		return "Chains " + itoa(clauses+1) + " actions in one bullet."
	}
	return ""
}

func TestReadSeveralMatchesFields(t *testing.T) {
	ins := []string{"", ";", "Built X; shipped Y", "Built X; also Shipped Y; then ran Z", "Led (a; b) work", "Built A, designed B and shipped C",
		"Built A, and related tools", "AND Built, SHIPPED, Ran", "Cut costs; costs fell 30%", "İstanbul; Built", "x\xff; built", "a;;built"}
	ins = append(ins, fixtureLines(t)...)
	for _, s := range ins {
		if got, want := readSeveral(s), oldReadSeveral(s); got != want {
			t.Errorf("readSeveral(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzReadSeveral(f *testing.F) {
	for _, s := range []string{"Built X; shipped Y", "Built A, designed B and shipped C", "a\xff;b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := readSeveral(s), oldReadSeveral(s); got != want {
			t.Errorf("readSeveral(%q) = %q, want %q", s, got, want)
		}
	})
}

// factsOf hands scanFacts the facts of the document's lines and of its
// prose units, in order; any other list is looked up item by item.
func TestFactsOfListsTheItemsFacts(t *testing.T) {
	in := input(t, "Ada Example\nada@example.com\n\nSummary\nI build payment systems.\n\nExperience\nEngineer, Acme, 2020 – Present\n- Cut build time by 40% for 12 teams.\n- Built the Javascript SDK.\n")
	for name, items := range map[string][]Evidence{"lines": docLines(in), "prose": proseEvidence(in)} {
		if len(items) < 2 {
			t.Fatalf("%s: only %d items", name, len(items))
		}
		for _, sub := range [][]Evidence{items, items[:1]} {
			infos := in.factsOf(sub)
			if len(infos) != len(sub) {
				t.Fatalf("%s: %d facts for %d items", name, len(infos), len(sub))
			}
			for k := range sub {
				if infos[k] != in.text(sub[k].Text) {
					t.Errorf("%s[%d]: facts of %q, want those of %q", name, k, infos[k].s, sub[k].Text)
				}
			}
		}
		if got := in.factsOf(items[1:]); got != nil {
			t.Errorf("%s: facts for a list that is not a prefix", name)
		}
		if got := in.factsOf(slices.Clone(items)); got != nil {
			t.Errorf("%s: facts for a copy", name)
		}
	}
	if got := (*Input)(nil).factsOf(docLines(in)); got != nil {
		t.Error("facts without an Input")
	}
}

// techFlagsOf's one-pass key and hash agree with appendTechKey and
// bloom.Hash on every name and misspelling of the lexicon, in several
// spellings, and on tokens too long for its buffer.
func TestTechFlagsOfMatchesSlowPath(t *testing.T) {
	var toks []string
	for k, n := range techByKey {
		toks = append(toks, k, n.name, strings.ToUpper(n.name), n.name+".", "-"+n.name, n.name+"_x")
	}
	for wrong, right := range techAliases {
		toks = append(toks, wrong, right, strings.ReplaceAll(wrong, " ", "."))
	}
	toks = append(toks, strings.Repeat("k", 47), strings.Repeat("k", 48), strings.Repeat("k", 49), strings.Repeat("k.", 60), "Ünïcode", "x\xff", "\x00")
	hits := 0
	for _, s := range toks {
		got, want := techFlagsOf(s), techFlagsSlow(s)
		if got != want {
			t.Errorf("techFlagsOf(%q) = %b, want %b", s, got, want)
		}
		if got&tfKey != 0 {
			hits++
		}
	}
	if hits < len(techByKey) {
		t.Errorf("only %d tokens are keys, want at least %d", hits, len(techByKey))
	}
}

// Every word gate lets every word of its sets through, and is sparse enough
// to turn most other words away.
func TestWordGatesKnowEveryKey(t *testing.T) {
	type gated struct {
		gate *wordGate
		sets []map[string]bool
	}
	gates := map[string]gated{
		"spelled":  {&spelledGate, []map[string]bool{spelledWords, {"in": true, "by": true}}},
		"cardinal": {&cardinalGate, []map[string]bool{cardinalTens, cardinalAny}},
		"doubled":  {&doubledGate, []map[string]bool{doubledWords}},
		"scope":    {&scopeWordGate, []map[string]bool{scopeNumberWords, scopeOfWords}},
		"be":       {&beGate, []map[string]bool{beVerbs}},
		"english":  {&englishGate, []map[string]bool{englishMarkers}},
	}
	for _, g := range allGates {
		if ix, ok := g.fast.(*runIndex); ok {
			trig := map[string]bool{}
			for w := range ix.trig {
				trig[w] = true
			}
			gates[g.expr] = gated{&ix.gate, []map[string]bool{trig}}
		}
	}
	if len(gates) < 8 {
		t.Fatalf("only %d gates", len(gates))
	}
	for name, g := range gates {
		for _, m := range g.sets {
			for w := range m {
				if !g.gate.may(w) || !g.gate.mayOf(len(w), w[0], w[len(w)-1]) {
					t.Errorf("%s: the gate turns %q away", name, w)
				}
			}
		}
		bits := 0
		for _, x := range g.gate {
			bits += popcount(x)
		}
		if bits > 128 {
			t.Errorf("%s: %d of 256 bits set: the gate spares little", name, bits)
		}
	}
	if !(&wordGate{}).may("") {
		t.Error("the empty word must go to the map")
	}
	for w := range firstWordSets {
		if !firstWordFilter.May(bloom.Hash(w)) {
			t.Errorf("firstWordFilter turns %q away", w)
		}
	}
}

func popcount(x uint64) int {
	n := 0
	for ; x != 0; x &= x - 1 {
		n++
	}
	return n
}
