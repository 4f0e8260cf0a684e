package check

var checkDatesStartDate = &Check{
	ID:       "dates.start-date",
	Category: Dates,
	Title:    "Every role has a start date",
	Why:      "An ATS computes your years of experience from the dates of each role; a role without dates counts for nothing, and a recruiter cannot tell when it happened.",
	Fix:      "Give each role a start and end month on its header line, in one format: “Jan 2021 – Mar 2023”.",
	Before:   "Backend Engineer, Globex",
	After:    "Backend Engineer, Globex    Jun 2017 – Dec 2020",
	Since:    "0.1.0",
	Weight:   4,
	Run: func(in *Input) (Result, bool) {
		spans := roleSpans(in)
		if len(spans) == 0 {
			return Result{}, false
		}
		var bad []Evidence
		for _, s := range spans {
			if !s.Dated {
				bad = append(bad, s.Evidence)
			}
		}
		st, earned := ratioStatus(len(spans)-len(bad), len(spans))
		r := Result{Status: st, Earned: earned, Evidence: bad}
		if st == Pass {
			r.Message = capFirst(someOf(len(spans), len(spans), "role", "roles")) + " " + hasHave(len(spans), len(spans)) + " a start date."
		} else {
			r.Message = capFirst(someOf(len(bad), len(spans), "role", "roles")) + " " + hasHave(len(bad), len(spans)) + " no date an ATS can read."
		}
		return r, true
	},
}
