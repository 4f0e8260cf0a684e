package parse

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// The first, plainer forms of two functions that parsing runs on every line
// and on the whole text: the faster ones must agree with them everywhere.

func oldBulletText(line string) (string, bool) {
	t := strings.TrimSpace(line)
	for _, m := range bulletMarks {
		if rest, ok := strings.CutPrefix(t, string(m)); ok {
			rest = strings.TrimSpace(rest)
			if rest == "" || ((m == '-' || m == '*') && !strings.HasPrefix(t, string(m)+" ")) {
				return "", false
			}
			return rest, true
		}
	}
	return "", false
}

func oldDetectLanguage(text string) string {
	count := map[string]int{}
	total := 0
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if lang, ok := languageWords[w]; ok {
			count[lang]++
			total++
		}
	}
	best := ""
	for _, lang := range []string{"en", "es", "de", "fr", "pt"} {
		if count[lang] > count[best] {
			best = lang
		}
	}
	if total < 5 || count[best]*2 <= total {
		return ""
	}
	return best
}

func compareFastPaths(t *testing.T, s string) {
	t.Helper()
	if got, ok := bulletText(s); true {
		want, wok := oldBulletText(s)
		if got != want || ok != wok {
			t.Errorf("bulletText(%q) = %q, %v; want %q, %v", s, got, ok, want, wok)
		}
	}
	if got, want := detectLanguage(s), oldDetectLanguage(s); got != want {
		t.Errorf("detectLanguage(%q) = %q, want %q", s, got, want)
	}
	compareWordCounts(t, s)
	if got, want := headingKey(s), oldHeadingKey(s); got != want {
		t.Errorf("headingKey(%q) = %q, want %q", s, got, want)
	}
	if got, want := isLocation(s), oldIsLocation(s); got != want {
		t.Errorf("isLocation(%q) = %v, want %v", s, got, want)
	}
	canon := func(w string) (string, bool) {
		return "Go", strings.EqualFold(w, "golang") || strings.EqualFold(w, "go")
	}
	for _, c := range []func(string) (string, bool){nil, canon} {
		if got, want := splitList(s, c), oldSplitList(s, c); !slices.Equal(got, want) {
			t.Errorf("splitList(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestFastPathsAgreeWithTheirFirstForms(t *testing.T) {
	for _, s := range matcherSamples(t) {
		compareFastPaths(t, s)
	}
	for _, m := range bulletMarks {
		compareFastPaths(t, string(m)+" Built it")
		compareFastPaths(t, string(m)+"x")
		compareFastPaths(t, "  "+string(m)+"  ")
	}
	files, _ := filepath.Glob("../testdata/resumes/*.txt")
	for _, f := range files {
		b, _ := os.ReadFile(f)
		compareFastPaths(t, string(b))
	}
	for _, s := range []string{"", "-5%", "*italics*", "* x", "-", "\xff bad", "ÜND DIE DER DAS MIT", "Für für FÜR von bei im", "KKKK ſ İ", "Software Engineer.", "Acme Software Inc  ", "ACME (INC)", "Engineer\xff", " ", "University of X – Y", "ENGINEER & MANAGER/LEAD", "E D U C AT I O N", "E X P E R I E N C E", "A B", "A B C D", "AB CD E F", "— Skills & Tools —", "Résumé", "Work   Experience:", "Projects’ list", "\xff\xfe A B C", "Remote", "REMOTE (US)", "Remote ", "Hybrid", "TÉLÉTRAVAIL", "Télétravail partiel", "remotely", "Austin, TX", "Lyon, France", "Paris, Île-de-France", "Porto, PORTUGAL", "Somewhere, South Korea", "São Paulo – SP", "Go, Python (Django, Flask) • SQL; Excel (Power Query, PivotTables) | Tableau", "a\xff, b\xfe\xfd · c", "English (native), Spanish (B2)", "((a, b), c]", "•·●▪◆\t", "Golang and Python, Go/Rust"} {
		compareFastPaths(t, s)
	}
}

func FuzzFastPaths(f *testing.F) {
	for _, s := range []string{"• Built Kafka", "- 5%", "the and with of for", "und der die das mit für", "\xffthe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { compareFastPaths(t, s) })
}

func oldCountWords(s string, set map[string]bool) int {
	n := 0
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return r == ' ' || r == ',' || r == '(' || r == ')' || r == '/' || r == '&' || r == '–'
	}) {
		if set[w] || set[strings.Trim(w, ".,;:")] {
			n++
		}
	}
	return n
}

func oldHeadScore(s string, set map[string]bool) int {
	n := oldCountWords(s, set)
	f := strings.Fields(strings.ToLower(s))
	if len(f) > 0 && set[strings.Trim(f[len(f)-1], ".,;:()")] {
		n += 2
	}
	return n
}

func compareWordCounts(t *testing.T, s string) {
	t.Helper()
	for name, set := range map[string]map[string]bool{"title": titleWords, "company": companyWords, "institution": institutionWords, "unit": unitWords, "field": fieldWords} {
		if got, want := countWords(s, set), oldCountWords(s, set); got != want {
			t.Errorf("countWords(%q, %s) = %d, want %d", s, name, got, want)
		}
		if got, want := headScore(s, set), oldHeadScore(s, set); got != want {
			t.Errorf("headScore(%q, %s) = %d, want %d", s, name, got, want)
		}
	}
}

func oldHeadingKey(text string) string {
	t := strings.TrimSpace(text)
	t = strings.TrimFunc(t, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != ')' })
	if f := strings.Fields(t); len(f) > 3 && oldMostlyLetters(f) {
		t = strings.Join(f, "")
	}
	t = strings.ToLower(strings.ReplaceAll(t, "&", "and"))
	t = strings.ReplaceAll(t, "’", "'")
	return strings.Join(strings.Fields(t), " ")
}

func oldMostlyLetters(f []string) bool {
	pairs := 0
	for _, w := range f {
		switch len([]rune(w)) {
		case 1:
		case 2:
			pairs++
		default:
			return false
		}
	}
	return pairs <= 1
}

func oldIsLocation(s string) bool {
	t := strings.TrimSpace(strings.Trim(s, "()"))
	if _, _, street := matchStreet(t); street || isPostcodeFirst(t) {
		return true
	}
	if _, code, ok := matchDashLocation(t); ok && regions[strings.ToLower(code)] {
		return true
	}
	low := strings.ToLower(t)
	if low == "remote" || low == "hybrid" || strings.HasPrefix(low, "remote ") || low == "remoto" || low == "télétravail" {
		return true
	}
	sec, _, ok := matchLocation(t)
	if !ok {
		return false
	}
	second := strings.ToLower(strings.TrimSpace(sec))
	return regions[second] || countries[second] || countries[strings.Fields(second)[len(strings.Fields(second))-1]]
}

func oldSplitList(s string, canon func(string) (string, bool)) []string {
	var out []string
	depth, start := 0, 0
	rs := []rune(s)
	emit := func(end int) {
		t := strings.TrimSpace(string(rs[start:end]))
		if b, ok := bulletText(t); ok {
			t = b
		}
		if t = strings.Trim(t, ".·•"); t != "" {
			for _, u := range splitParens(t) {
				out = append(out, splitPair(u, canon)...)
			}
		}
	}
	for i, c := range rs {
		switch c {
		case '(', '[':
			depth++
		case ')', ']':
			depth = max(0, depth-1)
		case ',', ';', '|', '•', '·', '●', '▪', '◆', '\t':
			if depth == 0 {
				emit(i)
				start = i + 1
			}
		}
	}
	emit(len(rs))
	return out
}
