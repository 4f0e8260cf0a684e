package check

var checkImpactRoleMetric = &Check{
	ID:       "impact.role-metric",
	Category: Impact,
	Title:    "Every role shows at least one number",
	Why:      "A role with no number at all reads as time served. One measured result per job shows you made a difference everywhere you worked.",
	Fix:      "For each job, find the one result you can measure — money, time, volume, quality, people — and lead a bullet with it.",
	Before:   "Sales Associate, 2019–2021: Assisted customers. Stocked shelves.",
	After:    "Sales Associate, 2019–2021: Sold $310k of furniture in 2022, top 3 of 14 associates.",
	Since:    "0.1.0",
	Weight:   4,
	Run: func(in *Input) (Result, bool) {
		var withBullets, lacking []role
		var ev []Evidence
		for _, r := range rolesOf(in) {
			if len(r.bullets) == 0 {
				continue
			}
			withBullets = append(withBullets, r)
			has := false
			for _, b := range r.bullets {
				has = has || in.text(b.Text).metric()
			}
			if !has {
				lacking = append(lacking, r)
				ev = append(ev, r.bullets...)
			}
		}
		if len(withBullets) == 0 {
			return Result{}, false
		}
		n := len(withBullets)
		if len(lacking) == 0 {
			return Result{Status: Pass, Earned: 1, Message: "All " + plural(n, "role shows", "roles show") + " at least one number."}, true
		}
		var names []string
		for _, r := range lacking {
			names = append(names, r.name)
		}
		share := float64(len(lacking)) / float64(n)
		r := Result{Status: Warn, Earned: 1 - share, Evidence: ev,
			Message: itoa(n-len(lacking)) + " of " + itoa(n) + " roles show a number; " + quoteList(names, 3) + " show none."}
		if len(lacking) == 1 {
			r.Message = itoa(n-1) + " of " + itoa(n) + " roles show a number; " + quoteList(names, 1) + " shows none."
		}
		if share > 0.5 {
			r.Status = Fail
		}
		return r, true
	},
}
