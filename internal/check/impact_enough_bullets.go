package check

var checkImpactEnoughBullets = &Check{
	ID:       "impact.enough-bullets",
	Category: Impact,
	Title:    "Enough bullets to judge your impact",
	Why:      "With fewer than three bullets there is too little to grade; any impact score would be luck, and a recruiter has little to go on too.",
	Fix:      "Put each result on its own bullet line under its role, three to six for a recent role.",
	Before:   "A role described in one paragraph.",
	After:    "The same role as four bullets, each a result with its number.",
	Since:    "0.1.0",
	Weight:   2,
	Run: func(in *Input) (Result, bool) {
		bs := bulletsOf(in)
		switch {
		case len(bs) >= 3:
			return Result{Status: Pass, Earned: 1, Message: itoa(len(bs)) + " bullets to grade."}, true
		case len(bs) > 0:
			return Result{Status: Warn, Earned: 0.5, Evidence: bs,
				Message: "Only " + plural(len(bs), "bullet", "bullets") + " under experience or projects; the impact score is uncertain with fewer than three."}, true
		}
		r := Result{Status: Fail, Earned: 0, Message: "No bullets under experience or projects, so your impact cannot be graded; the impact score is uncertain."}
		for _, s := range in.Resume.Meta.ResumeScore.Sections {
			if s.Kind == "experience" || s.Kind == "projects" {
				r.Evidence = append(r.Evidence, Evidence{Page: s.Page, Line: s.Line, Text: s.Heading})
			}
		}
		return r, true
	},
}
