package check

import "sort"

var checkLanguageTense = &Check{
	ID:       "language.tense",
	Category: Language,
	Title:    "Tense is consistent",
	Why:      "Past roles read in the past tense; the current one may use the present, but one role mixing “Lead” and “Led” looks careless.",
	Fix:      "Use the past tense for roles you have left. In your current role pick present or past and keep to it.",
	Before:   "Globex, 2017–2020: Manage the billing team. Built the invoicing API.",
	After:    "Globex, 2017–2020: Managed the billing team. Built the invoicing API.",
	Since:    "0.1.0",
	Weight:   3,
	Run: func(in *Input) (Result, bool) {
		if !english(in) {
			return Result{}, false
		}
		total := 0
		var bad []Evidence
		pastRolePresent, currentMixed := 0, 0
		for _, r := range rolesOf(in) {
			if !r.current && !r.ended {
				continue // undated: its tense cannot be judged
			}
			var past, present []Evidence
			for _, b := range r.bullets {
				o := in.text(b.Text).opener(nil)
				if o.class != strongVerb && o.class != plainVerb {
					continue
				}
				switch o.tense {
				case tensePast:
					past = append(past, b)
				case tensePresent, tenseGerund:
					present = append(present, b)
				default:
					continue
				}
				total++
			}
			if r.ended {
				bad = append(bad, present...)
				pastRolePresent += len(present)
				continue
			}
			// The current role: the minority tense is the odd one out; on a
			// tie the present-tense bullets are.
			if len(past) > 0 && len(present) > 0 {
				if len(present) <= len(past) {
					bad = append(bad, present...)
					currentMixed += len(present)
				} else {
					bad = append(bad, past...)
					currentMixed += len(past)
				}
			}
		}
		if total == 0 {
			return Result{}, false
		}
		sort.SliceStable(bad, func(i, j int) bool {
			if bad[i].Page != bad[j].Page {
				return bad[i].Page < bad[j].Page
			}
			return bad[i].Line < bad[j].Line
		})
		if len(bad) == 0 {
			return flagged(total, nil, 0.25, "Tense is consistent in all "+plural(total, "dated bullet", "dated bullets")+"."), true
		}
		msg := ""
		if pastRolePresent > 0 {
			msg = plural(pastRolePresent, "bullet in a past role opens", "bullets in past roles open") + " in the present tense"
		}
		if currentMixed > 0 {
			if msg != "" {
				msg += "; "
			}
			msg += plural(currentMixed, "bullet in your current role breaks", "bullets in your current role break") + " the tense of the others"
		}
		return flagged(total, bad, 0.25, msg+"."), true
	},
}
