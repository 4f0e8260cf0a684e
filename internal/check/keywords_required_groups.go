package check

var checkKeywordsRequiredGroups = &Check{
	ID:       "keywords.required-groups",
	Category: Keywords,
	Title:    "Each skill group the role cannot do without is named",
	Why:      "Some skills are the first filter for a role — a backend résumé is searched by language, datastore and orchestration layer; missing one hides you from those searches.",
	Fix:      "Name at least one skill from each of the role's essential groups, where you really used it.",
	Before:   "Built REST APIs in Go.",
	After:    "Built REST APIs in Go on PostgreSQL, deployed on Kubernetes.",
	Since:    "0.1.0",
	Weight:   6,
	Run: func(in *Input) (Result, bool) {
		req := in.Role.RequiredGroups()
		if len(req) == 0 {
			return Result{}, false
		}
		found := in.Terms().Set()
		var missing []string
		for _, g := range req {
			ok := false
			for _, k := range g.Keywords {
				ok = ok || found[k]
			}
			if !ok {
				missing = append(missing, g.Name)
			}
		}
		if len(missing) == 0 {
			return Result{Status: Pass, Earned: 1, Message: "Every essential skill group of the role is named."}, true
		}
		msg := "Nothing from " + joinAnd(missing) + " is named."
		if in.Role.RequiredAdvice != "" {
			msg += " " + in.Role.RequiredAdvice
		}
		earned := 1 - float64(len(missing))/float64(len(req))
		status := Warn
		if len(missing)*2 > len(req) {
			status = Fail
		}
		return Result{Status: status, Earned: earned, Message: msg}, true
	},
}
