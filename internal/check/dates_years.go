package check

import "strings"

var dateStubGate = newGate("19xx", "20xx", "xxxx", "yyyy", "mm", "month")

// dateStub finds a template's date placeholders left in place:
// `(?i)\b(?:19|20)xx\b|\bxxxx\s*[-–—]|\byyyy\b|\b(?:mm|month)\s*/?\s*(?:yyyy|year)\b`.
func dateStub(s string) bool {
	for i := 0; i < len(s); i++ {
		// Every alternative starts with one of these; none of their
		// letters has a case fold outside ASCII.
		switch s[i] | 0x20 {
		case '1', '2', 'x', 'y', 'm':
		default:
			continue
		}
		if !boundaryAt(s, i) {
			continue
		}
		if (byteAt(s, i, '1') && byteAt(s, i+1, '9') || byteAt(s, i, '2') && byteAt(s, i+1, '0')) && foldAt(s, i+2, "xx") >= 0 && boundaryAt(s, foldAt(s, i+2, "xx")) {
			return true
		}
		if e := foldAt(s, i, "xxxx"); e >= 0 && dashAt(s, skipSpaces(s, e)) >= 0 {
			return true
		}
		if e := foldAt(s, i, "yyyy"); e >= 0 && boundaryAt(s, e) {
			return true
		}
		if foldAny(s, i, []string{"mm", "month"}, func(e int) bool {
			e = skipSpaces(s, e)
			try := func(e int) bool {
				e = skipSpaces(s, e)
				return foldAny(s, e, []string{"yyyy", "year"}, func(e int) bool { return boundaryAt(s, e) })
			}
			return byteAt(s, e, '/') && try(e+1) || try(e)
		}) {
			return true
		}
	}
	return false
}

// quoteOrSlash is strings.ContainsAny(s, "'’/"): what a two-digit year
// needs, found without decoding every rune.
func quoteOrSlash(s string) bool {
	return strings.IndexByte(s, '\'') >= 0 || strings.IndexByte(s, '/') >= 0 || strings.Contains(s, "’")
}

// twoDigitYear finds two-digit years: “Jan '19”, “'19 – '21”, “01/19 – 03/21”:
// `(?i)(?:\b\p{L}{3,9}\.?\s*['’]\d{2}\b|['’]\d{2}\s*[-–—]|\b(?:0?[1-9]|1[0-2])/\d{2}\s*[-–—]+\s*(?:(?:0?[1-9]|1[0-2])/\d{2}\b|present|current|now))`.
func twoDigitYear(s string) bool {
	for i := 0; i < len(s); i++ {
		// ['’]\d{2}\s*[-–—]
		if q := quoteAt(s, i); q >= 0 && digitAt(s, q) && digitAt(s, q+1) && dashAt(s, skipSpaces(s, q+2)) >= 0 {
			return true
		}
		if !boundaryAt(s, i) {
			continue
		}
		// \p{L}{3,9}\.?\s*['’]\d{2}\b: the letters run on to a non-letter.
		if ok, _ := letterAt(s, i); ok {
			n, j := 0, i
			for {
				ok, w := letterAt(s, j)
				if !ok {
					break
				}
				n, j = n+1, j+w
			}
			if n >= 3 && n <= 9 {
				if byteAt(s, j, '.') {
					j++
				}
				if q := quoteAt(s, skipSpaces(s, j)); q >= 0 && digitAt(s, q) && digitAt(s, q+1) && boundaryAt(s, q+2) {
					return true
				}
			}
		}
		// \b(?:0?[1-9]|1[0-2])/\d{2}\s*[-–—]+\s*(?:(?:0?[1-9]|1[0-2])/\d{2}\b|present|current|now)
		if e := monthSlash(s, i); e >= 0 && digitAt(s, e) && digitAt(s, e+1) {
			j := skipSpaces(s, e+2)
			d := dashAt(s, j)
			if d < 0 {
				continue
			}
			for d >= 0 {
				j, d = d, dashAt(s, d)
			}
			j = skipSpaces(s, j)
			if e := monthSlash(s, j); e >= 0 && digitAt(s, e) && digitAt(s, e+1) && boundaryAt(s, e+2) {
				return true
			}
			if foldAny(s, j, []string{"present", "current", "now"}, nil) {
				return true
			}
		}
	}
	return false
}

// monthSlash is (?:0?[1-9]|1[0-2])/ at i: the end of the slash, or -1.
func monthSlash(s string, i int) int {
	switch {
	case digitAt(s, i) && s[i] != '0' && byteAt(s, i+1, '/'):
		return i + 2
	case byteAt(s, i, '0') && digitAt(s, i+1) && s[i+1] != '0' && byteAt(s, i+2, '/'),
		byteAt(s, i, '1') && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '2' && byteAt(s, i+2, '/'):
		return i + 3
	}
	return -1
}

var checkDatesFourDigitYears = &Check{
	ID:       "dates.four-digit-years",
	Category: Dates,
	Title:    "Years are written in full, with no placeholders",
	Why:      "A two-digit year (“Jan '19”) is read as 1919 or not at all by many parsers, and a template's “20XX” left in place tells a recruiter the résumé was not finished.",
	Fix:      "Write every year with four digits, and replace any template placeholder with the real date.",
	Before:   "Data Analyst, Initech    Jan '19 – Mar '21",
	After:    "Data Analyst, Initech    Jan 2019 – Mar 2021",
	Since:    "0.1.0",
	Weight:   2,
	Run: func(in *Input) (Result, bool) {
		var stubs, short []Evidence
		for _, l := range in.lines() {
			switch {
			case dateStubGate.may(l.facts().grams()) && dateStub(l.Text):
				stubs = append(stubs, l.evidence())
			case l.facts().grams().digits >= 2 && quoteOrSlash(l.Text) && twoDigitYear(l.Text):
				short = append(short, l.evidence())
			}
		}
		switch {
		case len(stubs) > 0:
			return Result{Status: Fail, Earned: 0, Evidence: append(stubs, short...),
				Message: nOf(len(stubs), "line still holds", "lines still hold") + " a placeholder date such as “20XX”" + shortNote(short) + "."}, true
		case len(short) > 0:
			return Result{Status: Warn, Earned: 0.5, Evidence: short,
				Message: nOf(len(short), "line writes", "lines write") + " a year with two digits; write all four (“2019”, not “'19”)."}, true
		}
		if !anyDated(in) {
			return Result{}, false
		}
		return Result{Status: Pass, Earned: 1, Message: "Every year is written with four digits."}, true
	},
}

func shortNote(short []Evidence) string {
	if len(short) == 0 {
		return ""
	}
	return ", and " + nOf(len(short), "line writes", "lines write") + " a two-digit year"
}

// anyDated says whether the résumé has any dated role or degree.
func anyDated(in *Input) bool {
	for _, w := range in.Resume.Work {
		if w.StartDate != "" {
			return true
		}
	}
	for _, e := range in.Resume.Education {
		if e.StartDate != "" || e.EndDate != "" {
			return true
		}
	}
	return false
}
