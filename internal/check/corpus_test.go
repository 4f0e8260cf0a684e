package check

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// The texts the fast paths are held to their expressions on: the fixture
// lines, the checks' pass and fail cases, and variants of them.

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
