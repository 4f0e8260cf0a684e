package check

import (
	"strconv"

	"github.com/resumescore/resumescore/internal/parse"
)

var checkDatesNotFuture = &Check{
	ID:       "dates.not-future",
	Category: Dates,
	Title:    "No date lies in the future",
	Why:      "A start or end date after today reads as a typo, and an ATS may count months you have not worked yet.",
	Fix:      "Correct the date; for a role you still hold write “Present”; for an offer you have accepted, say “Starting Jun 2026” in plain words.",
	Before:   "Data Engineer, Globex    Mar 2024 – Dec 2027",
	After:    "Data Engineer, Globex    Mar 2024 – Present",
	Since:    "0.1.0",
	Weight:   2,
	Run: func(in *Input) (Result, bool) {
		now, ok := asOfMonth(in)
		if !ok {
			return Result{}, false
		}
		future := func(d parse.Date) bool {
			if d.Month == 0 {
				return d.Year > now/12
			}
			return d.Year*12+d.Month-1 > now
		}
		total := 0
		var ev []Evidence
		for _, s := range roleSpans(in) {
			if !s.Dated {
				continue
			}
			total++
			if future(s.Start) || !s.Ongoing && future(s.End) {
				e := s.Evidence
				if s.RawOK {
					e = s.RawLine
				}
				ev = append(ev, e)
			}
		}
		res := in.Resume
		for i, e := range res.Education {
			// An expected graduation may lie ahead; a start may not.
			from, okF := readResumeDate(e.StartDate)
			if !okF {
				continue
			}
			total++
			if future(from) {
				ev = append(ev, ref2ev(res.Meta.ResumeScore.Provenance["education["+strconv.Itoa(i)+"]"]))
			}
		}
		if total == 0 {
			return Result{}, false
		}
		if len(ev) == 0 {
			return Result{Status: Pass, Earned: 1, Message: "No date lies after " + monthName(now) + "."}, true
		}
		return Result{Status: Warn, Earned: 0.4, Evidence: ev,
			Message: nOf(len(ev), "entry has a date", "entries have dates") + " after " + monthName(now) + "; write “Present” for a role you still hold, or correct the date."}, true
	},
}
