package check

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/resumescore/resumescore/internal/parse"
)

// The date helpers were regular expressions; those are kept here as the
// oracle the hand-written code must agree with on every fixture line.
var (
	oracleSepSpaced = regexp.MustCompile(`(?i)\s+(?:[-–—‒]+|to|bis|a|au|à|hasta|até|until|till)\s+`)
	oracleSepDash   = regexp.MustCompile(`[–—‒]+`)
	oracleSepHyphen = regexp.MustCompile(`^(.*\d{4})-(\p{L}.*|\d{4}.*|\d{1,2}[./]\d{4}.*)$`)
	oracleFormats   = []struct {
		re   *regexp.Regexp
		name string
	}{
		{regexp.MustCompile(`^\d{4}$`), "year"},
		{regexp.MustCompile(`^\d{1,2}([./-])\d{4}$`), "monthnum"},
		{regexp.MustCompile(`^\d{4}[./-]\d{1,2}$`), "isomonth"},
		{regexp.MustCompile(`^\d{1,2}[./]\d{1,2}[./]\d{4}$`), "full"},
		{regexp.MustCompile(`(?i)^\p{L}+\.?,?\s*(?:\d{4}|'\d{2})$`), "named"},
	}
	oracleSideline = regexp.MustCompile(`(?i)\b(?:part[- ]time|freelanc\w*|contractor|contract role|on contract|volunteer\w*|advisory|board member|board of|advisor to|mentor\w*|tutor|adjunct|self[- ]employed|co-?founder|founder|business owner|owner-operator|teaching assistant|moonlight\w*|werkstudent\w*|teilzeit|freiberuf\w*|nebenberuf\w*|ehrenamt\w*|tiempo parcial|medio tiempo|aut[óô]nom[oa]|voluntari[oa]|meio per[ií]odo|temps partiel|ind[ée]pendant|b[ée]n[ée]vole)`)
)

func oracleTokens(r parse.Range) []string {
	text := strings.TrimSpace(r.Text)
	var parts []string
	if loc := oracleSepSpaced.FindStringIndex(text); loc != nil {
		parts = []string{text[:loc[0]], text[loc[1]:]}
	} else if loc := oracleSepDash.FindStringIndex(text); loc != nil {
		parts = []string{text[:loc[0]], text[loc[1]:]}
	} else if m := oracleSepHyphen.FindStringSubmatch(text); m != nil {
		parts = []string{m[1], m[2]}
	} else {
		parts = []string{text}
	}
	if r.Ongoing && len(parts) == 2 {
		parts = parts[:1]
	}
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func oracleFormat(t string) string {
	for _, f := range oracleFormats {
		if f.re.MatchString(strings.TrimSpace(t)) {
			return f.name
		}
	}
	return "other"
}

func formatKind(s string) string {
	switch {
	case strings.HasPrefix(s, "year"):
		return "year"
	case strings.HasPrefix(s, "numeric"):
		return "monthnum"
	case strings.HasPrefix(s, "ISO"):
		return "isomonth"
	case strings.HasPrefix(s, "full"):
		return "full"
	case strings.HasPrefix(s, "month name"), strings.HasPrefix(s, "season"):
		return "named"
	}
	return "other"
}

func fixtureLines(t *testing.T) []string {
	files, _ := filepath.Glob("../testdata/resumes/*.txt")
	more, _ := filepath.Glob("../../../shared/corpus/resumes/*.txt")
	files = append(files, more...)
	var lines []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(b), "\n")...)
	}
	if len(lines) < 2000 {
		t.Fatalf("only %d fixture lines", len(lines))
	}
	return append(lines,
		"Jan 2020 – 03/2021", "2019-2021", "Jan 2019-Mar 2020", "2019 to present", "01.03.2019 – 31.12.2021",
		"Summer '21", "März 2019 bis heute", "2020-01 – 2021-02", "3/14/2020", "Sept. 2018 — Now",
		"Freelance designer", "Part-time tutor", "Co-founder", "Werkstudentin", "Bénévole", "Autónoma", "Meio período")
}

func TestDateHelpersMatchTheirExpressions(t *testing.T) {
	asOf := time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)
	ranges := 0
	for _, line := range fixtureLines(t) {
		if r, ok := parse.FindRange(line, asOf); ok {
			ranges++
			got, want := dateTokens(r), oracleTokens(r)
			if strings.Join(got, "|") != strings.Join(want, "|") {
				t.Errorf("%q: tokens %q, expression %q", line, got, want)
			}
			for _, tok := range got {
				if g, w := formatKind(dateFormat(tok)), oracleFormat(tok); g != w {
					t.Errorf("%q: format %s, expression %s", tok, g, w)
				}
			}
		}
		g, w := hasSidelineWord(line), oracleSideline.MatchString(line)
		// The expression meant "(contract)" too, but \b( never matched
		// after a space: the intended difference.
		if strings.Contains(strings.ToLower(line), "(contract)") {
			w = true
		}
		if g != w {
			t.Errorf("%q: sideline %v, expression %v", line, g, w)
		}
	}
	if ranges < 100 {
		t.Fatalf("only %d ranges compared", ranges)
	}
}
