package roles

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// oldMetricsInLower is MetricsInLower as first written: one search of the
// text per pattern. The indexed version must give the same answer.
func oldMetricsInLower(p *Profile, lower string) []string {
	var out []string
	for _, m := range p.Metrics {
		for _, pat := range m.Patterns {
			if oldContainsWord(lower, pat) {
				out = append(out, m.ID)
				break
			}
		}
	}
	return out
}

func oldContainsWord(s, pat string) bool {
	if pat == "" {
		return false
	}
	first, _ := utf8.DecodeRuneInString(pat)
	last, _ := utf8.DecodeLastRuneInString(pat)
	for from := 0; from < len(s); {
		i := strings.Index(s[from:], pat)
		if i < 0 {
			return false
		}
		i += from
		ok := true
		if isAlnum(first) && i > 0 {
			prev, _ := utf8.DecodeLastRuneInString(s[:i])
			ok = !unicode.IsLetter(prev)
		}
		if ok && isAlnum(last) && i+len(pat) < len(s) {
			next, _ := utf8.DecodeRuneInString(s[i+len(pat):])
			ok = !unicode.IsLetter(next) && !unicode.IsDigit(next)
		}
		if ok {
			return true
		}
		from = i + 1
	}
	return false
}

func checkMetrics(t *testing.T, text string) {
	low := strings.ToLower(text)
	for _, p := range All() {
		if got, want := p.MetricsInLower(low), oldMetricsInLower(p, low); !slices.Equal(got, want) {
			t.Errorf("%s: MetricsInLower(%q) = %q, want %q", p.ID, low, got, want)
		}
	}
}

// Every pattern of every profile, alone, glued to letters and digits, and
// every line of the fixtures.
func TestMetricsIndexMatchesSearch(t *testing.T) {
	var texts []string
	for _, p := range All() {
		for _, m := range p.Metrics {
			for _, pat := range m.Patterns {
				texts = append(texts, pat, "x"+pat, pat+"x", "9"+pat+"9", "cut "+pat+" by 40%", "é"+pat, pat+"é")
			}
		}
	}
	files, _ := filepath.Glob("../testdata/resumes/*.txt")
	if len(files) == 0 {
		t.Fatal("no fixture text")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(string(b), "\n")...)
	}
	for _, s := range texts {
		checkMetrics(t, s)
	}
}

func FuzzMetricsIndex(f *testing.F) {
	for _, s := range []string{"Cut p99 latency from 900ms to 120 ms", "$18k", "40% of quota", "€5m", "terms", "4TB"} {
		f.Add(s)
	}
	f.Fuzz(checkMetrics)
}

// A profile with more metrics than MetricsInLower can mark is refused.
func TestTooManyMetricsRefused(t *testing.T) {
	p := &Profile{ID: "x", Metrics: make([]Metric, maxMetrics+1)}
	if err := p.indexMetrics(); err == nil {
		t.Fatal("no error")
	}
	p.Metrics = p.Metrics[:maxMetrics]
	if err := p.indexMetrics(); err != nil {
		t.Fatal(err)
	}
}
