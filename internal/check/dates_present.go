package check

import "strings"

var checkDatesPresentOnce = &Check{
	ID:       "dates.present-once",
	Category: Dates,
	Title:    "“Present” marks only the current role",
	Why:      "“Present” on a role you have left, or on two full-time jobs, makes an ATS count both as current and makes a recruiter ask which one you hold.",
	Fix:      "Give the end date of every role you have left; keep “Present” for the job you hold now. Mark side roles as part-time, freelance or volunteer.",
	Before:   "Engineer, Globex  2022 – 2024\nEngineer, Initech  2018 – Present",
	After:    "Engineer, Globex  2022 – 2024\nEngineer, Initech  2018 – 2022",
	Since:    "0.1.0",
	Weight:   2,
	Run: func(in *Input) (Result, bool) {
		var main []roleSpan
		ongoing := 0
		for _, s := range experienceRolesOf(in) {
			if s.Ongoing {
				ongoing++
			}
			if !isSideline(s) {
				main = append(main, s)
			}
		}
		if ongoing == 0 {
			return Result{}, false
		}
		// An ongoing main role is suspect when a main role at another employer
		// started after it: that move would have ended it.
		var ev []Evidence
		var names []string
		for _, a := range main {
			if !a.Ongoing {
				continue
			}
			for _, b := range main {
				if !sameEmployer(a, b) && a.Start.Before(b.Start) {
					e := a.Evidence
					if a.RawOK {
						e = a.RawLine
					}
					ev = append(ev, e)
					names = append(names, curly(roleName(a.Work))+" (a later role, "+curly(roleName(b.Work))+", began "+dateLabel(b.Start)+")")
					break
				}
			}
		}
		if len(ev) == 0 {
			msg := "Only the current role is marked “Present”."
			if ongoing > 1 {
				msg = nOf(ongoing, "role is", "roles are") + " marked “Present”, and none is contradicted by a later job elsewhere (side roles and roles at one employer may run together)."
			}
			return Result{Status: Pass, Earned: 1, Message: msg}, true
		}
		return Result{Status: Warn, Earned: 0.5, Evidence: ev,
			Message: "Marked “Present” though a later job began elsewhere: " + strings.Join(names, "; ") + ". Give the end date, or mark it part-time if you still hold both."}, true
	},
}
