package check

var checkImpactNumberContext = &Check{
	ID:       "impact.number-context",
	Category: Impact,
	Title:    "Numbers show a result or a scale",
	Why:      "“Wrote 15 reports” counts activity; it does not say whether the reports mattered. A number earns its place when it measures a change or a size.",
	Fix:      "Attach the number to what it changed or how big it was: a percentage, money, time saved, users or people affected.",
	Before:   "Wrote 15 unit tests.",
	After:    "Wrote 15 regression tests for the billing flow, catching 4 release-blocking bugs in the first month.",
	Since:    "0.1.0",
	Weight:   2,
	Run: func(in *Input) (Result, bool) {
		if !english(in) {
			return Result{}, false
		}
		var qs []Evidence
		for _, b := range bulletsOf(in) {
			if in.text(b.Text).metric() {
				qs = append(qs, b)
			}
		}
		if len(qs) == 0 {
			return Result{}, false
		}
		var bad []Evidence
		for _, b := range qs {
			if t := in.text(b.Text); !t.result(nil) && !t.scale() {
				bad = append(bad, b)
			}
		}
		if len(bad) == 0 {
			return flagged(len(qs), nil, 0.5, "Every number measures a result or a scale."), true
		}
		return flagged(len(qs), bad, 0.5, itoa(len(bad))+" of "+itoa(len(qs))+" numbered bullets count activity without a result or scale."), true
	},
}

// The parts of rateRe.
const (
	rateEvery   = `\b(?:a|per|each|every)\s+(?:day|week|month|year|shift|quarter|hour|semester|term)\b`
	rateSlash   = `/\s?(?:day|week|month|year|hr|hour|s|sec|second|min|minute|shift|mo|yr)\b`
	rateAdverbs = `daily|weekly|monthly|annually|yearly`
	rateAdverb  = `\b(?:` + rateAdverbs + `)\b`
)

var rateRe = withFastPath(`(?i)` + rateEvery + `|` + rateSlash + `|` + rateAdverb)

// scale says whether a bullet's numbers carry a unit, money, a rate or a
// count of people or things that shows size.
func (t *textInfo) scale() bool {
	if t.once(fScale) {
		return t.set(fScale, readScale(t))
	}
	return t.get(fScale)
}

func readScale(t *textInfo) bool {
	for _, q := range t.quantities() {
		if q.currency || q.unit != "" && q.unit != "+" && q.unit != "st" && q.unit != "nd" && q.unit != "rd" && q.unit != "th" {
			return true
		}
	}
	return t.match(rateRe) || t.scopeRe()
}
