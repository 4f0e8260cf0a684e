package check

import (
	"os"
	"path/filepath"
	"regexp/syntax"
	"runtime"
	"strings"
	"testing"
	"unicode"
)

// heavyTests says whether to try the fast paths on every fixture line: not
// with -short, and not under js/wasm, where it takes many times longer.
func heavyTests() bool { return !testing.Short() && runtime.GOOS != "js" }

// corpusTexts returns lines and bullets to try the fast paths on: the test
// fixtures' text, every check case, the bullet pairs, and variants of each
// in other cases and with runes that fold to ASCII letters.
func corpusTexts(t testing.TB) []string {
	t.Helper()
	var base []string
	files, _ := filepath.Glob("../testdata/resumes/*.txt")
	more, _ := filepath.Glob("../testdata/resumes/*.md")
	files = append(files, more...)
	files = append(files, "../engine/testdata/good.txt", "testdata/bullet_pairs.json")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		base = append(base, strings.Split(string(b), "\n")...)
	}
	for _, c := range cases {
		for _, s := range append(append([]string{}, c.pass...), c.fail...) {
			base = append(base, strings.Split(s, "\n")...)
		}
	}
	base = append(base,
		"Cut costs by 30% ; led a team of 12 engineers across 3 sites", "résumé ÉTÉ 2019, Été '19, Straße 5, praça 12",
		"100% uptime", "Reduced churn 120%", "SSN 123-45-6789", "[N]% XX% $X 20XX TBD {{name}}", "I'm sure we'd won't",
		"twenty-five thirty one", "the the and and", "Date of birth: 1.1.1990", "sk8r@example.com", "www.x.io/ab",
	)
	seen := map[string]bool{}
	var out []string
	add := func(s string) {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	for i, s := range base {
		if !heavyTests() && i%5 != 0 {
			continue
		}
		add(s)
		if i%2 == 1 {
			continue // variants of every other line are plenty
		}
		add(strings.ToUpper(s))
		add(strings.ToLower(s))
		add(strings.NewReplacer("k", "\u212a", "s", "\u017f", "K", "\u212a", "S", "\u017f").Replace(s))
		add(strings.NewReplacer("e", "é", "a", "à", "  ", " ", " ", "  ").Replace(s))
	}
	return out
}

// The gate never turns away a text its expression matches, and the
// automaton finds exactly the literals a plain search finds.
func TestPrefilterSound(t *testing.T) {
	texts := corpusTexts(t)
	t.Logf("%d gates, %d with literals, %d texts", len(allGates), len(gateLits), len(texts))
	for _, s := range texts {
		m := scanLits(s)
		folded := foldASCII(s)
		guard := false
		for _, r := range s {
			guard = guard || guardRune[r]
		}
		if m.all != guard {
			t.Errorf("%q: all=%v, guard rune %v", s, m.all, guard)
		}
		for _, g := range allGates {
			if g.Regexp.MatchString(s) && !g.may(&m) {
				t.Errorf("gate %v turns away %q, which it matches", g.lits(), s)
			}
			for _, bit := range gateBits(g) {
				want := false
				for _, l := range gateLits[bit] {
					want = want || strings.Contains(folded, l)
				}
				if got := m.w[bit>>6]&(1<<(bit&63)) != 0; got != want {
					t.Errorf("gate %v on %q: automaton says %v, search %v", gateLits[bit], s, got, want)
				}
			}
		}
	}
}

func foldASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func TestRequiredLiterals(t *testing.T) {
	for _, c := range []struct {
		re   string
		want string // literals joined by |, "" for none
	}{
		{`abc`, "abc"},
		{`(?i)Abc`, "abc"},
		{`(?i)\b(?:foo|bar)\b`, "bar|foo"},
		{`a*`, ""},
		{`\d+`, "0|1|2|3|4|5|6|7|8|9"},
		{`x|\w`, ""},
		{`(?i)é`, "É|é"},
		{`(?i)ks`, "ks"},
		{`foo.*barbaz`, "barbaz"},
		{`(?:ab)?c`, "abc|c"},
		{`a{2}b`, "aab"},
		{`x{1,3}%`, "x%|xx%|xxx%"},
		{`x{2,}`, "x"},
	} {
		tree, err := syntax.Parse(c.re, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(required(tree), "|"); got != c.want {
			t.Errorf("%s: got %q, want %q", c.re, got, c.want)
		}
	}
	if !guardRune['\u212a'] || !guardRune['\u017f'] {
		t.Errorf("the Kelvin sign and the long s must pass every gate")
	}
	_ = unicode.SimpleFold
}

func TestMinDigits(t *testing.T) {
	for re, want := range map[string]int{`\d{3}-\d{2}`: 5, `a|1`: 0, `(?:12|345)x`: 2, `\d+`: 1, `\d*`: 0, `[0-9a]`: 0, `20xx`: 2} {
		tree, err := syntax.Parse(re, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		if got := minDigits(tree); got != want {
			t.Errorf("minDigits(%s) = %d, want %d", re, got, want)
		}
	}
}

func gateBits(g *gatedRe) []int {
	var out []int
	for _, a := range g.alts {
		out = append(out, a.bits...)
	}
	return out
}

func TestGateAlternatives(t *testing.T) {
	terms := func(re string) string {
		tree, err := syntax.Parse(re, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		var parts []string
		for _, tm := range dnf(tree) {
			var sets []string
			for _, set := range bestSets(tm.sets, maxGateSets) {
				sets = append(sets, strings.Join(set, "|"))
			}
			parts = append(parts, strings.Join(sets, " & ")+" #"+strings.Repeat("d", tm.digits))
		}
		return strings.Join(parts, " ; ")
	}
	for re, want := range map[string]string{
		`(?i)\bfoo:\s*\d\d|\bbar\b`: "foo: & 0|1|2|3|4|5|6|7|8|9 #dd ; bar #",
		`\b(?:ab|cd)\b`:             "ab # ; cd #",
		`x(?:ab|cd)y`:               "ab & x & y # ; cd & x & y #",
		`\bfoo\b|x*`:                "foo # ;  #",
	} {
		if got := terms(re); got != want {
			t.Errorf("%s: %q, want %q", re, got, want)
		}
	}
	g := &gatedRe{alts: []gateAlt{{bits: []int{0, 1}}, {bits: []int{2}, minDigits: 2}}}
	for _, c := range []struct {
		w      uint64
		digits int
		want   bool
	}{{3, 0, true}, {1, 5, false}, {4, 1, false}, {4, 2, true}, {0, 9, false}} {
		if got := g.may(&litMask{w: [maskWords]uint64{c.w}, digits: c.digits}); got != c.want {
			t.Errorf("may(%b, %d) = %v", c.w, c.digits, got)
		}
	}
}

// Only k and s fold to non-ASCII runes (the Kelvin sign, the long s):
// runeForms relies on it.
func TestASCIIFoldOrbits(t *testing.T) {
	for r := rune(0); r < 128; r++ {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			if f >= 128 && f != '\u212a' && f != '\u017f' {
				t.Errorf("%q folds to %U", r, f)
			}
		}
	}
}
