package check

import "strconv"

var checkDatesOldEntries = &Check{
	ID:       "dates.old-entries",
	Category: Dates,
	Title:    "Dates reach back no more than about fifteen years",
	Why:      "Recruiters weigh the last ten to fifteen years; dated entries from long before can crowd the page and invite age bias.",
	Fix:      "Keep full entries for the last 15 years; fold earlier roles into one “Earlier experience” line without dates, and consider dropping an old graduation year.",
	Before:   "Junior Analyst, Initech    1996 – 1999\nB.A. Economics, State University    1995",
	After:    "Earlier experience: analyst roles at Initech and Hooli.\nB.A. Economics, State University",
	Since:    "0.1.0",
	Weight:   1,
	Run: func(in *Input) (Result, bool) {
		now, ok := asOfMonth(in)
		if !ok {
			return Result{}, false
		}
		cutoff := now - 15*12
		total := 0
		var ev []Evidence
		for _, s := range roleSpans(in) {
			if !s.Dated || s.Ongoing {
				continue
			}
			total++
			if endMonth(s.End, roundWide) < cutoff {
				ev = append(ev, s.Evidence)
			}
		}
		res := in.Resume
		for i, e := range res.Education {
			to, ok := readResumeDate(e.EndDate)
			if !ok {
				continue
			}
			total++
			if endMonth(to, roundWide) < cutoff {
				ev = append(ev, ref2ev(res.Meta.ResumeScore.Provenance["education["+strconv.Itoa(i)+"]"]))
			}
		}
		if total == 0 {
			return Result{}, false
		}
		year := strconv.Itoa(cutoff / 12)
		if len(ev) == 0 {
			return Result{Status: Pass, Earned: 1, Message: "No dated entry ended before " + year + "."}, true
		}
		return Result{Status: Warn, Earned: 0.7, Evidence: ev,
			Message: nOf(len(ev), "entry ended", "entries ended") + " before " + year + ", over 15 years ago. Consider an undated “Earlier experience” line, and dropping old graduation years."}, true
	},
}
