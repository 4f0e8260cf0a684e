package check

var checkImpactScope = &Check{
	ID:       "impact.scope",
	Category: Impact,
	Title:    "Bullets show the scope of what you owned",
	Why:      "The size of what you were trusted with — a team, a budget, a user base, a reach across sites — tells a reader your level faster than a title does.",
	Fix:      "In your biggest bullets, say what you owned and how big it was: “Led a team of…”, “Owned a budget of…”, “…for customers in… countries”.",
	Before:   "Ran the support function.",
	After:    "Led a support team of 9 across two time zones, serving 40,000 customers.",
	Since:    "0.1.0",
	Weight:   3,
	Run: func(in *Input) (Result, bool) {
		if !english(in) {
			return Result{}, false
		}
		bs := bulletsOf(in)
		if len(bs) == 0 {
			return Result{}, false
		}
		want := 2
		if len(bs) < 4 {
			want = 1
		}
		var without []Evidence
		for _, b := range bs {
			if !in.text(b.Text).scope(nil) {
				without = append(without, b)
			}
		}
		have := len(bs) - len(without)
		msg := plural(have, "bullet shows", "bullets show") + " scope (a team, budget, users or reach)"
		switch {
		case have >= want:
			return Result{Status: Pass, Earned: 1, Message: msg + "."}, true
		case have > 0:
			return Result{Status: Warn, Earned: 0.5, Message: msg + "; aim for " + itoa(want) + " or more.", Evidence: without}, true
		}
		return Result{Status: Fail, Earned: 0, Message: "No bullet shows scope: a team, a budget, users or a reach across teams or sites.", Evidence: without}, true
	},
}
