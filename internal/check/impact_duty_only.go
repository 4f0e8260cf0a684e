package check

import "unicode/utf8"

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

// dutyOpener is `(?i)^\W*(?:responsible for|duties (?:included|include)|in charge of|tasked with|accountable for)\b`.
func dutyOpener(s string) bool {
	i := 0
	for i < len(s) {
		// \W under (?i): neither an ASCII word character nor the long s or
		// the Kelvin sign.
		if isWordByte(s[i]) {
			break
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == '\u017F' || r == '\u212A' {
			break
		}
		i += w
	}
	return dutyWords.at(s, i) >= 0
}

var dutyWords = newLitSet(`responsible for\b`, `duties included\b`, `duties include\b`, `in charge of\b`, `tasked with\b`, `accountable for\b`)

// dutyOnly says whether a bullet names a responsibility and nothing that
// came of it.
func (t *textInfo) dutyOnly() bool {
	if t.once(fDutyOnly) {
		return t.set(fDutyOnly, dutyOpener(t.s) || !t.metric() && !t.result(nil) && !t.scopeRe())
	}
	return t.get(fDutyOnly)
}
