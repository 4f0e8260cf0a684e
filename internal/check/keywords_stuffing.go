package check

import "strconv"

// stuffingLimit is how often one skill may be named before it reads as
// stuffing: a strong résumé names its core stack perhaps four or five times.
const stuffingLimit = 8

var checkKeywordsStuffing = &Check{
	ID:       "keywords.stuffing",
	Category: Keywords,
	Title:    "No skill is repeated to game the ATS",
	Why:      "Repeating a keyword does not raise an ATS match — most count a skill once — and a recruiter reads it as padding.",
	Fix:      "Name each skill where you used it; cut repeats that add nothing.",
	Before:   "Python developer skilled in Python, Python scripting and Python automation.",
	After:    "Automated invoice matching in Python, cutting manual review by 12 hours a week.",
	Since:    "0.1.0",
	Weight:   3,
	Run: func(in *Input) (Result, bool) {
		ix := in.Terms()
		if len(ix.order) == 0 {
			return Result{}, false
		}
		var over []string
		var ev []Evidence
		for _, t := range ix.order {
			if ix.count[t] > stuffingLimit {
				over = append(over, t+" ("+strconv.Itoa(ix.count[t])+"×)")
				ev = append(ev, ix.Where(t)...)
			}
		}
		if len(over) == 0 {
			return Result{Status: Pass, Earned: 1, Message: "No skill is named more than " + strconv.Itoa(stuffingLimit) + " times."}, true
		}
		if len(ev) > 8 {
			ev = ev[:8]
		}
		return Result{Status: Warn, Earned: 0.3, Message: "Named over and over: " + joinAnd(over) + ".", Evidence: ev}, true
	},
}
