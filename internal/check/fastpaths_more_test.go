package check

import (
	"slices"
	"strings"
	"testing"

	"github.com/resumescore/resumescore/internal/bloom"
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
