package check

import (
	"strconv"
	"strings"
)

var checkDatesOverlaps = &Check{
	ID:       "dates.overlaps",
	Category: Dates,
	Title:    "Full-time roles do not overlap",
	Why:      "Two full-time jobs at once read as a typo or raise questions; an ATS may also double-count the months as experience.",
	Fix:      "Check the dates. If one role was part-time, freelance or a contract alongside another job, say so in its title.",
	Before:   "Engineer, Initech  Jan 2018 – Dec 2020\nEngineer, Globex  Mar 2020 – Jun 2022",
	After:    "Engineer, Initech  Jan 2018 – Feb 2020\nEngineer, Globex  Mar 2020 – Jun 2022",
	Since:    "0.1.0",
	Weight:   2,
	Run: func(in *Input) (Result, bool) {
		var roles []roleSpan
		for _, s := range experienceRolesOf(in) {
			if !s.Ongoing && !isSideline(s) { // ongoing roles: dates.present-once
				roles = append(roles, s)
			}
		}
		if len(roles) < 2 {
			return Result{}, false
		}
		var ev []Evidence
		var parts []string
		for i := 0; i < len(roles); i++ {
			for j := i + 1; j < len(roles); j++ {
				a, b := roles[i], roles[j]
				if sameEmployer(a, b) {
					continue // a promotion or a move within one employer
				}
				n, from, to := overlapMonths(in, a, b)
				if n > 3 {
					parts = append(parts, curly(roleName(a.Work))+" and "+curly(roleName(b.Work))+" overlap by "+strconv.Itoa(n)+" months ("+monthName(from)+" – "+monthName(to)+")")
					ev = append(ev, a.Evidence, b.Evidence)
				}
			}
		}
		if len(parts) == 0 {
			return Result{Status: Pass, Earned: 1, Message: "No two full-time roles overlap by more than three months."}, true
		}
		return Result{Status: Warn, Earned: 0.5, Evidence: uniqueEvidence(ev),
			Message: strings.Join(parts, "; ") + ". If one was part-time or freelance, say so in its title; otherwise check the dates."}, true
	},
}

// overlapMonths returns how many months two roles share, read at their
// tightest so that year-only dates never make an overlap, and the first and
// last shared month.
func overlapMonths(in *Input, a, b roleSpan) (n, from, to int) {
	a1, a2 := spanMonths(in, a, roundTight)
	b1, b2 := spanMonths(in, b, roundTight)
	from, to = max(a1, b1), min(a2, b2)
	if to < from {
		return 0, 0, 0
	}
	return to - from + 1, from, to
}
