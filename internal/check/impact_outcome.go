package check

var checkImpactOutcome = &Check{
	ID:       "impact.outcome",
	Category: Impact,
	Title:    "Bullets say what changed because of the work",
	Why:      "What you did matters less than what it changed. A bullet shaped “did X, by doing Y, which changed Z” shows judgement as well as effort.",
	Fix:      "Add the result after the action: “…, cutting…”, “…, resulting in…”, “… from A to B”, “… to replace…”.",
	Before:   "Rewrote the reporting queries.",
	After:    "Rewrote the reporting queries in SQL window functions, cutting the month-end report from 3 hours to 12 minutes.",
	Since:    "0.1.0",
	Weight:   6,
	Run: func(in *Input) (Result, bool) {
		if !english(in) {
			return Result{}, false
		}
		return shareCheck(in, 0.5, func(t *textInfo) bool { return t.result(nil) }, "state a result")
	},
}
