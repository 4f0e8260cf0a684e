package check

var checkSectionsRoleBullets = &Check{
	ID:       "sections.role-bullets",
	Category: Sections,
	Title:    "Every role says what you did there",
	Why:      "A role with only a title and dates gives a recruiter nothing to judge and an ATS no keywords to match.",
	Fix:      "Under each role add two to five bullets, each one result: what you did, how, and what changed.",
	Before:   "Backend Engineer, Globex    2017 – 2020",
	After:    "Backend Engineer, Globex    2017 – 2020\n• Built a billing API serving 3,000 requests/second for 2M customers.",
	Since:    "0.1.0",
	Weight:   3,
	Run: func(in *Input) (Result, bool) {
		return roleFieldCheck(in, func(s roleSpan) bool { return len(s.Work.Highlights) > 0 }, "a line on what you did", "no bullet or line on what you did")
	},
}
