package check

// dateStubRe finds a template's date placeholders left in place.
var dateStubRe = mustGate(`(?i)\b(?:19|20)xx\b|\bxxxx\s*[-–—]|\byyyy\b|\b(?:mm|month)\s*/?\s*(?:yyyy|year)\b`)

// twoDigitYearRe finds two-digit years: “Jan '19”, “'19 – '21”, “01/19 – 03/21”.
var twoDigitYearRe = mustGate(`(?i)(?:\b\p{L}{3,9}\.?\s*['’]\d{2}\b|['’]\d{2}\s*[-–—]|\b(?:0?[1-9]|1[0-2])/\d{2}\s*[-–—]+\s*(?:(?:0?[1-9]|1[0-2])/\d{2}\b|present|current|now))`)

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
			case l.facts().match(dateStubRe):
				stubs = append(stubs, l.evidence())
			case l.facts().match(twoDigitYearRe):
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
