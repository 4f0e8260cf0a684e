package check

var checkSectionsRoleTitle = &Check{
	ID:       "sections.role-title",
	Category: Sections,
	Title:    "Every role names your job title",
	Why:      "Recruiters search an ATS by job title, and the title is how a reader places each role; a role without one is hard to find and to judge.",
	Fix:      "Start each role with your title and the employer on one line: “Backend Engineer, Globex”.",
	Before:   "Globex, Chicago, IL    2017 – 2020",
	After:    "Backend Engineer, Globex — Chicago, IL    2017 – 2020",
	Since:    "0.1.0",
	Weight:   4,
	Run: func(in *Input) (Result, bool) {
		return roleFieldCheck(in, func(s roleSpan) bool { return s.Work.Position != "" }, "a job title", "no job title the parser could find")
	},
}

var checkSectionsRoleEmployer = &Check{
	ID:       "sections.role-employer",
	Category: Sections,
	Title:    "Every role names the employer",
	Why:      "The employer's name tells a reader where you did the work and lets an ATS fill its employer field; without it the role reads as unverifiable.",
	Fix:      "Name the organisation on each role's header line; for freelance work write “Self-employed” or “Freelance”.",
	Before:   "Backend Engineer    2017 – 2020",
	After:    "Backend Engineer, Globex    2017 – 2020",
	Since:    "0.1.0",
	Weight:   3,
	Run: func(in *Input) (Result, bool) {
		return roleFieldCheck(in, func(s roleSpan) bool { return s.Work.Name != "" }, "an employer", "no employer the parser could find")
	},
}

// roleFieldCheck grades the share of roles outside volunteering for which
// ok holds; good and bad complete the messages ("… has a job title").
func roleFieldCheck(in *Input, ok func(roleSpan) bool, good, bad string) (Result, bool) {
	spans := roleSpans(in)
	roles := make([]roleSpan, 0, len(spans))
	for _, s := range spans {
		if s.Kind != "volunteer" {
			roles = append(roles, s)
		}
	}
	if len(roles) == 0 {
		return Result{}, false
	}
	var ev []Evidence
	for _, s := range roles {
		if !ok(s) {
			ev = append(ev, s.Evidence)
		}
	}
	n := len(roles)
	st, earned := ratioStatus(n-len(ev), n)
	if st == Pass {
		return Result{Status: Pass, Earned: 1, Message: capFirst(someOf(n, n, "role", "roles")) + " " + hasHave(n, n) + " " + good + "."}, true
	}
	return Result{Status: st, Earned: earned, Evidence: ev,
		Message: capFirst(someOf(len(ev), n, "role", "roles")) + " " + hasHave(len(ev), n) + " " + bad + "."}, true
}
