package check

import "sort"

var checkImpactRepeatedVerbs = &Check{
	ID:       "impact.repeated-verbs",
	Category: Impact,
	Title:    "Opening verbs vary",
	Why:      "Five bullets that all start with “Managed” read as one thing done five times; a varied verb shows the range of what you did.",
	Fix:      "Keep a verb for at most two bullets; pick the one that says exactly what you did: Led, Hired, Negotiated, Rebuilt, Cut.",
	Before:   "Managed the budget. Managed the team. Managed vendor contracts.",
	After:    "Owned a $2M budget. Led a team of 6. Renegotiated vendor contracts, saving 12%.",
	Since:    "0.1.0",
	Weight:   2,
	Run: func(in *Input) (Result, bool) {
		bs := bulletsOf(in)
		if len(bs) < 3 {
			return Result{}, false
		}
		by := map[string][]Evidence{}
		shown := map[string]string{}
		for _, b := range bs {
			o := in.text(b.Text).opener(nil)
			if o.class == notVerb {
				continue
			}
			k := o.base
			if o.class == weakVerb {
				k = o.weak
			}
			by[k] = append(by[k], b)
			if _, ok := shown[k]; !ok {
				shown[k] = capitalize(o.word)
				if o.class == weakVerb {
					shown[k] = capitalize(o.weak)
				}
			}
		}
		var over []string
		excess := 0
		for k, list := range by {
			if len(list) > 2 {
				over = append(over, k)
				excess += len(list) - 2
			}
		}
		if len(over) == 0 {
			return Result{Status: Pass, Earned: 1, Message: "No verb opens more than two bullets."}, true
		}
		sort.Slice(over, func(i, j int) bool {
			if len(by[over[i]]) != len(by[over[j]]) {
				return len(by[over[i]]) > len(by[over[j]])
			}
			return over[i] < over[j]
		})
		var ev []Evidence
		msg := ""
		for i, k := range over {
			ev = append(ev, by[k]...)
			if i > 0 {
				msg += "; "
			}
			msg += "“" + shown[k] + "” opens " + itoa(len(by[k])) + " bullets"
		}
		sort.SliceStable(ev, func(i, j int) bool {
			if ev[i].Page != ev[j].Page {
				return ev[i].Page < ev[j].Page
			}
			return ev[i].Line < ev[j].Line
		})
		r := Result{Status: Warn, Earned: max(0, 1-float64(excess)/float64(len(bs))), Message: msg + " (keep a verb to two at most).", Evidence: ev}
		if excess > 2 {
			r.Status = Fail
		}
		return r, true
	},
}
