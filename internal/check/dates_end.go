package check

var checkDatesEndDate = &Check{
	ID:       "dates.end-date",
	Category: Dates,
	Title:    "Every role shows when it ended, or “Present”",
	Why:      "A role with a single date leaves the reader guessing whether it lasted a month or is still going, and an ATS reads it as one month.",
	Fix:      "Write each role as a range, “Jun 2017 – Dec 2020”, and end the current one with “Present”.",
	Before:   "Backend Engineer, Globex    2019",
	After:    "Backend Engineer, Globex    Mar 2019 – Present",
	Since:    "0.1.0",
	Weight:   3,
	Run: func(in *Input) (Result, bool) {
		var dated, bad []Evidence
		for _, s := range roleSpans(in) {
			if !s.Dated {
				continue // dates.start-date reports it
			}
			dated = append(dated, s.Evidence)
			if s.RawOK && isLoneDate(s.Raw) {
				bad = append(bad, s.RawLine)
			}
		}
		if len(dated) == 0 {
			return Result{}, false
		}
		st, earned := ratioStatus(len(dated)-len(bad), len(dated))
		r := Result{Status: st, Earned: earned, Evidence: bad}
		if st == Pass {
			r.Message = capFirst(someOf(len(dated), len(dated), "dated role", "dated roles")) + " " + hasHave(len(dated), len(dated)) + " an end date or “Present”."
		} else {
			r.Message = capFirst(someOf(len(bad), len(dated), "dated role", "dated roles")) + " " + hasHave(len(bad), len(dated)) +
				" a single date, so it is unclear when it ended; give the range, or “Present” for the current role."
		}
		return r, true
	},
}
