package check

import "strconv"

var checkDatesValidRange = &Check{
	ID:       "dates.valid-range",
	Category: Dates,
	Title:    "No entry ends before it starts",
	Why:      "An end date before the start date is a typo that an ATS turns into negative experience, and a reader notices it.",
	Fix:      "Swap or correct the dates so the earlier one comes first: “Mar 2019 – Jun 2021”.",
	Before:   "Analyst, Initech    2021 – 2019",
	After:    "Analyst, Initech    2019 – 2021",
	Since:    "0.1.0",
	Weight:   3,
	Run: func(in *Input) (Result, bool) {
		total := 0
		var ev []Evidence
		for _, s := range roleSpans(in) {
			if !s.Dated || s.Ongoing {
				continue
			}
			total++
			if s.End.Before(s.Start) {
				e := s.Evidence
				if s.RawOK {
					e = s.RawLine
				}
				ev = append(ev, e)
			}
		}
		res := in.Resume
		for i, e := range res.Education {
			from, okF := readResumeDate(e.StartDate)
			to, okT := readResumeDate(e.EndDate)
			if !okF || !okT {
				continue
			}
			total++
			if to.Before(from) {
				ev = append(ev, ref2ev(res.Meta.ResumeScore.Provenance["education["+strconv.Itoa(i)+"]"]))
			}
		}
		if total == 0 {
			return Result{}, false
		}
		if len(ev) == 0 {
			return Result{Status: Pass, Earned: 1, Message: "Every date range runs forward."}, true
		}
		return Result{Status: Fail, Earned: 0, Evidence: ev,
			Message: capFirst(someOf(len(ev), total, "dated entry", "dated entries")) + " " + map[bool]string{true: "ends", false: "end"}[len(ev) == 1 || total == 1] +
				" before " + map[bool]string{true: "it starts", false: "they start"}[len(ev) == 1 || total == 1] + "."}, true
	},
}
