package check

import (
	"strconv"
	"strings"
)

var checkLengthBulletsPerRole = &Check{
	ID:       "length.bullets-per-role",
	Category: Length,
	Title:    "Recent roles have three to six bullets",
	Why:      "Three to six bullets give a recent role enough evidence without burying the best result; older roles can be shorter, but none needs more than six.",
	Fix:      "Give your latest role three to six bullets and the one before at least two, strongest first; merge or cut the weakest beyond six.",
	Before:   "Current role: 1 bullet. A role from 2012: 9 bullets.",
	After:    "Current role: 5 bullets. A role from 2012: 2 bullets.",
	Since:    "0.1.0",
	Weight:   2,
	Run: func(in *Input) (Result, bool) {
		spans := roleSpans(in)
		roles := make([]roleSpan, 0, len(spans))
		for _, s := range spans {
			if s.Kind != "volunteer" && len(s.Work.Highlights) > 0 {
				roles = append(roles, s)
			}
		}
		if len(roles) == 0 {
			return Result{}, false // roles without bullets: sections.role-bullets
		}
		var ev []Evidence
		var few, many []string
		for i, s := range roles {
			n := len(s.Work.Highlights)
			switch {
			case n > 6:
				ev = append(ev, s.Evidence)
				many = append(many, curly(roleName(s.Work))+" ("+strconv.Itoa(n)+")")
			case i == 0 && n < 3 || i == 1 && n < 2: // the latest role needs three, the one before two
				ev = append(ev, s.Evidence)
				few = append(few, curly(roleName(s.Work))+" ("+strconv.Itoa(n)+")")
			}
		}
		if len(ev) == 0 {
			return Result{Status: Pass, Earned: 1, Message: "Bullet counts per role are in range (three or more on the latest role, six at most on any)."}, true
		}
		var parts []string
		if len(few) > 0 {
			parts = append(parts, "too few bullets on a recent role: "+strings.Join(few, ", "))
		}
		if len(many) > 0 {
			parts = append(parts, "more than six: "+strings.Join(many, ", "))
		}
		st, earned := ratioStatus(len(roles)-len(ev), len(roles))
		if st == Fail {
			st = Warn
		}
		return Result{Status: st, Earned: max(earned, 0.5), Evidence: ev,
			Message: capFirst(strings.Join(parts, "; ")) + ". Aim for three to six bullets on your latest role, two or more on the one before, and six at most on any."}, true
	},
}
