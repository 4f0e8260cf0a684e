package check

var checkImpactDutyOnly = &Check{
	ID:       "impact.duty-only",
	Category: Impact,
	Title:    "Bullets are achievements, not job duties",
	Why:      "A line that only names a responsibility (“Managed the front desk”) could be copied from the job advert; it says nothing about how well you did it.",
	Fix:      "For each duty, add what you did with it: a number, a result, or the scale you handled.",
	Before:   "Duties included answering customer emails.",
	After:    "Answered 60+ customer emails a day at a 96% satisfaction score, the highest on the team of 8.",
	Since:    "0.1.0",
	Weight:   4,
	Run: func(in *Input) (Result, bool) {
		if !english(in) {
			return Result{}, false
		}
		bs := bulletsOf(in)
		if len(bs) == 0 {
			return Result{}, false
		}
		var bad []Evidence
		for _, b := range bs {
			if in.text(b.Text).dutyOnly() {
				bad = append(bad, b)
			}
		}
		if len(bad) == 0 {
			return flagged(len(bs), nil, 1.0/3, "Every bullet shows a number, a result or its scale."), true
		}
		return flagged(len(bs), bad, 1.0/3, plural(len(bad), "bullet reads", "bullets read")+" as a duty: no number, result or scale."), true
	},
}

var dutyRe = mustGate(`(?i)^\W*(?:responsible for|duties (?:included|include)|in charge of|tasked with|accountable for)\b`)

// dutyOnly says whether a bullet names a responsibility and nothing that
// came of it.
func (t *textInfo) dutyOnly() bool {
	if t.once(fDutyOnly) {
		return t.set(fDutyOnly, t.match(dutyRe) || !t.metric() && !t.result(nil) && !t.scopeRe())
	}
	return t.get(fDutyOnly)
}
