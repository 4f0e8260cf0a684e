package check

import "strings"

var checkImpactPlausible = &Check{
	ID:       "impact.plausible",
	Category: Impact,
	Title:    "Claims are believable",
	Why:      "A 5,000% improvement or a perfect record on every line makes a reader doubt the rest; one figure they cannot believe costs the ones they could.",
	Fix:      "Give the figure you can defend in an interview, with its baseline: “from A to B” rather than a huge percentage.",
	Before:   "Increased sales by 5000% and achieved 100% customer satisfaction.",
	After:    "Grew monthly sales from $40k to $190k in a year; kept satisfaction at 4.8 of 5.",
	Since:    "0.1.0",
	Weight:   3,
	Run: func(in *Input) (Result, bool) {
		bs := bulletsOf(in)
		if len(bs) == 0 {
			return Result{}, false
		}
		var bad []Evidence
		var why []string
		var hundreds []Evidence
		for _, b := range bs {
			if w := in.text(b.Text).implausible(); w != "" {
				bad = append(bad, b)
				why = append(why, w)
			} else if in.text(b.Text).match(hundredRe) {
				hundreds = append(hundreds, b)
			}
		}
		if len(hundreds) >= 3 {
			bad = append(bad, hundreds...)
			why = append(why, itoa(len(hundreds))+" bullets claim 100%; a perfect record everywhere invites doubt.")
		}
		if len(bad) == 0 {
			return counted(0, 1, 0.4, nil, "No claim looks too good to be true."), true
		}
		return counted(len(bad), 1, 0.4, bad, why[0]+moreCount(len(why)-1)), true
	},
}

func moreCount(n int) string {
	if n <= 0 {
		return ""
	}
	return " (" + plural(n, "more claim", "more claims") + " like it.)"
}

var (
	hundredRe  = mustGate(`\b100\s?(?:%|percent)`)
	absoluteRe = mustGate(`(?i)\b100\s?(?:%|percent)\s+(?:uptime|availability|customer satisfaction|client satisfaction|satisfaction|success rate|success)\b`)
	decreaseRe = mustGate(`(?i)\b(?:cut|cutting|reduc\w*|decreas\w*|lower\w*|shorten\w*|sav\w*|slash\w*|drop\w*|declin\w*|fewer|less)\b`)
)

// implausible explains why a bullet's claim is hard to believe, or returns "".
func implausible(text string) string { return newText(text).implausible() }

func (t *textInfo) implausible() string {
	if t.once(fImplausible) {
		t.implS = readImplausible(t)
	}
	return t.implS
}

func readImplausible(t *textInfo) string {
	text := t.s
	for _, q := range t.quantities() {
		if q.unit != "%" && q.unit != "percent" {
			continue
		}
		if q.value > 1000 {
			return "Claims a " + q.text + " change, which few readers will believe."
		}
		before := strings.ToLower(text[max(0, q.at-40):q.at])
		if q.value > 100 && decreaseRe.MatchString(before) && !strings.Contains(before, "increas") {
			return "Claims a cut of " + q.text + ": nothing falls by more than 100%."
		}
	}
	if !absoluteRe.may(t.mask()) {
		return ""
	}
	if m := absoluteRe.FindString(text); m != "" {
		return "Claims “" + m + "”: a perfect record invites doubt."
	}
	return ""
}
