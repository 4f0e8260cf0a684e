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
			} else if hundredPercent(b.Text) {
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
	// decreaseWords: `(?i)\b(?:cut|cutting|reduc\w*|decreas\w*|lower\w*|shorten\w*|sav\w*|slash\w*|drop\w*|declin\w*|fewer|less)\b`.
	decreaseWords = newLitSet(`\bcut\b`, `\bcutting\b`, `\breduc`, `\bdecreas`, `\blower`, `\bshorten`, `\bsav`, `\bslash`, `\bdrop`, `\bdeclin`, `\bfewer\b`, `\bless\b`)
	absoluteWords = newLitSet(`uptime\b`, `availability\b`, `customer satisfaction\b`, `client satisfaction\b`, `satisfaction\b`, `success rate\b`, `success\b`)
)

// implausible explains why a bullet's claim is hard to believe, or returns "".
func implausible(text string) string { return newText(text).implausible() }

func (t *textInfo) implausible() string {
	if t.once(fImplausible) {
		t.extra().implS = readImplausible(t)
	}
	return t.extra().implS
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
		if q.value > 100 && decreaseWords.matchString(before) && !strings.Contains(before, "increas") {
			return "Claims a cut of " + q.text + ": nothing falls by more than 100%."
		}
	}
	if m := absoluteClaim(text); m != "" {
		return "Claims “" + m + "”: a perfect record invites doubt."
	}
	return ""
}

// hundredAt is `\b100\s?(?:%|percent)` at i (case as written): its end, or -1.
// fold reads "percent" in any case.
func hundredAt(s string, i int, fold bool) int {
	if !(len(s)-i >= 3 && s[i:i+3] == "100" && boundaryAt(s, i)) {
		return -1
	}
	j := i + 3
	if j < len(s) && isSpaceRE(s[j]) {
		j++
	}
	if byteAt(s, j, '%') {
		return j + 1
	}
	if fold {
		return foldAt(s, j, "percent")
	}
	if len(s)-j >= 7 && s[j:j+7] == "percent" {
		return j + 7
	}
	return -1
}

// hundredPercent: `\b100\s?(?:%|percent)`
func hundredPercent(s string) bool {
	for i := 0; i < len(s); i++ {
		if hundredAt(s, i, false) >= 0 {
			return true
		}
	}
	return false
}

// absoluteClaim is the FindString of
// `(?i)\b100\s?(?:%|percent)\s+(?:uptime|availability|customer satisfaction|client satisfaction|satisfaction|success rate|success)\b`.
func absoluteClaim(s string) string {
	for i := 0; i < len(s); i++ {
		e := hundredAt(s, i, true)
		if e < 0 || !isSpaceRE(byteAt2(s, e)) {
			continue
		}
		if f := absoluteWords.at(s, skipSpaces(s, e)); f >= 0 {
			return s[i:f]
		}
	}
	return ""
}
