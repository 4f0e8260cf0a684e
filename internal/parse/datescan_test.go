package parse

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"
)

// The scanner replaced one regular expression. That expression is kept here
// as the oracle: on every line of the fixtures, and under fuzzing, both must
// find the same range — except where the expression found a month name
// inside a word ("Grammar 2019" read as March 2019), which the scanner
// rightly refuses.

var (
	oracleMonths = oracleAlternation(monthNames)
	oracleSeason = oracleAlternation(seasons)
	oracleDate   = `(?:(?:` + oracleMonths + `)\.?|` + oracleSeason + `)\s*,?\s*(?:\d{4}|'\d{2})` +
		`|\d{1,2}[./]\d{1,2}[./]\d{4}|\d{1,2}[./-]\d{4}|\d{4}[./-]\d{1,2}\b|\b(?:19|20)\d{2}\b`
	oracleRange = regexp.MustCompile(`(` + oracleDate + `)(?:(?:\s*[-–—‒]+\s*|\s+(?:to|bis|a|au|à|hasta|até|until|till)\s+)(` +
		oracleDate + `|` + strings.Join(presentWords, "|") + `))?`)
	oracleSince = regexp.MustCompile(`(?i)(?:^|\s)(?:since|depuis|seit|desde|dal|from)\s*$`)
)

func oracleAlternation(m map[string]int) string {
	var keys []string
	for k := range m {
		keys = append(keys, regexp.QuoteMeta(k))
		if up := lowerASCII(strings.ToUpper(k)); up != k {
			keys = append(keys, regexp.QuoteMeta(up))
		}
	}
	sortByLenDesc(keys)
	return strings.Join(keys, "|")
}

// oracleFind is FindRange as the expression did it; at is where the match
// began.
func oracleFind(line string, asOf time.Time) (r Range, at int, ok bool) {
	if !mayHoldDate(line) {
		return Range{}, 0, false
	}
	low := lowerASCII(line)
	for _, m := range oracleRange.FindAllStringSubmatchIndex(low, -1) {
		start, amb1, ok := readDate(line[m[2]:m[3]])
		if !ok {
			continue
		}
		r := Range{Start: start, End: start, Ambiguous: amb1, Text: strings.TrimSpace(line[m[0]:m[1]])}
		if m[4] >= 0 {
			if end, amb2, ok := readDate(line[m[4]:m[5]]); ok {
				r.End, r.Ambiguous = end, r.Ambiguous || amb2
			} else {
				r.End, r.Ongoing = Date{}, true
			}
		}
		if m[4] < 0 && oracleSince.MatchString(line[:m[0]]) {
			r.End, r.Ongoing = Date{}, true
		}
		if r.Ongoing && !asOf.IsZero() && asOf.Year() < r.Start.Year {
			r.Ambiguous = true
		}
		return r, m[0], true
	}
	return Range{}, 0, false
}

// sameAsOracle reports a difference between the scanner and the oracle on
// line, or "" when they agree or differ only by a month inside a word.
func sameAsOracle(line string) string {
	asOf := time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC)
	got, gok := FindRange(line, asOf)
	got.StartText, got.EndText = "", "" // the expression had no such split
	want, at, wok := oracleFind(line, asOf)
	if gok == wok && got == want {
		return ""
	}
	if wok && at > 0 {
		if r, _ := utf8.DecodeLastRuneInString(line[:at]); unicode.IsLetter(r) {
			return "" // the expression read a month inside a word
		}
	}
	return "scanner " + rangeString(got, gok) + ", expression " + rangeString(want, wok)
}

func rangeString(r Range, ok bool) string {
	if !ok {
		return "none"
	}
	s := r.Start.String() + "–" + r.End.String() + " " + strings.TrimSpace(r.Text)
	if r.Ongoing {
		s += " ongoing"
	}
	if r.Ambiguous {
		s += " ambiguous"
	}
	return s
}

func TestScannerMatchesExpressionOnFixtures(t *testing.T) {
	files, _ := filepath.Glob("../testdata/resumes/*.txt")
	truth, _ := filepath.Glob("../testdata/truth/*.json")
	files = append(files, truth...)
	if len(files) < 20 {
		t.Fatalf("only %d fixture files found", len(files))
	}
	lines := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			lines++
			if d := sameAsOracle(line); d != "" {
				t.Errorf("%s: %q: %s", filepath.Base(f), line, d)
			}
		}
	}
	if lines < 1000 {
		t.Fatalf("only %d lines compared", lines)
	}
}

func TestScannerEdges(t *testing.T) {
	for _, line := range []string{
		"Grammar 2019", "summary 2020 – 2021", "Jan2020", "sept 2018–now", "2019 - a 2020",
		"123/2020", "12/31/2020 – 01/02/2021", "2020-1x", "2020-12_", "x2020", "2020x 2021",
		"MÄRZ 2019 bis heute", "Juin 2019 à aujourd’hui", "since  2019", "Seit 2019",
		"from2019", "2019 -- 2020", "2019 to", "2019 to present", "Jan , 2020", "Jan.,2020",
		"'21 summer '21", "3.2020 - 4.2021", "1.1.2020", "01.2020–", "2021 2022 2023",
	} {
		if d := sameAsOracle(line); d != "" {
			t.Errorf("%q: %s", line, d)
		}
	}
	// The intended differences: no month inside a word, and names in any
	// case ("Été" escaped the expression, which knew "été" and "ÉTÉ").
	for line, want := range map[string]string{"Grammar 2019": "2019", "Été 2020": "2020-06", "Sommer 2020": "2020-06"} {
		if r, ok := FindRange(line, time.Time{}); !ok || r.Start.String() != want {
			t.Errorf("%s: %+v %v", line, r, ok)
		}
	}
}

func FuzzFindRange(f *testing.F) {
	for _, s := range []string{"Jan 2020 – Present", "01.03.2019 – 31.12.2021", "seit 03/2020", "Summer '21", "2019 bis heute"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		if !utf8.ValidString(line) {
			return
		}
		if d := sameAsOracle(line); d != "" {
			t.Errorf("%q: %s", line, d)
		}
	})
}

func TestRangePrintedParts(t *testing.T) {
	for line, want := range map[string][2]string{
		"Acme, Jan 2020 – 03/2021": {"Jan 2020", "03/2021"},
		"2019-2021":                {"2019", "2021"},
		"Sept 2018 to present":     {"Sept 2018", "present"},
		"Graduated May 2020":       {"May 2020", ""},
	} {
		r, ok := FindRange(line, time.Time{})
		if !ok || r.StartText != want[0] || r.EndText != want[1] {
			t.Errorf("%q: got %q / %q", line, r.StartText, r.EndText)
		}
	}
}
