package check

import (
	"strings"
	"testing"
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
