package check

import "strconv"

var checkKeywordsRoleCoverage = &Check{
	ID:       "keywords.role-coverage",
	Category: Keywords,
	Title:    "The résumé names the skills the role is searched by",
	Why:      "Recruiters search an ATS by skill; a résumé that never names a group of the role's skills does not come up for those searches.",
	Fix:      "Name the tools you really used in each of the role's skill groups, in your bullets and in the skills section.",
	Before:   "Skills: Programming, Databases, Cloud",
	After:    "Skills: Go, Python · PostgreSQL, Redis · Kafka · Kubernetes, AWS",
	Since:    "0.1.0",
	Weight:   8,
	Run: func(in *Input) (Result, bool) {
		if len(in.Role.KeywordGroups) == 0 {
			return Result{}, false
		}
		cov := in.Role.CoverageOf(in.Terms().Set())
		covered, missing := 0, []string{}
		for _, g := range cov.Groups {
			if len(g.Found) > 0 {
				covered++
			} else {
				missing = append(missing, g.Name)
			}
		}
		share := float64(covered) / float64(len(cov.Groups))
		msg := "Your résumé names skills from " + strconv.Itoa(covered) + " of the " + strconv.Itoa(len(cov.Groups)) +
			" skill groups of a " + in.Role.Name + " résumé"
		var ev []Evidence
		for _, t := range cov.Found {
			if w := in.Terms().Where(t); len(w) > 0 {
				ev = append(ev, w[0])
			}
		}
		if ev = uniqueEvidence(ev); len(ev) > 5 {
			ev = ev[:5]
		}
		switch {
		case share >= 0.75:
			return Result{Status: Pass, Earned: 1, Message: msg + ".", Evidence: ev}, true
		case share >= 0.4:
			return Result{Status: Warn, Earned: share, Message: msg + "; none from " + joinAnd(missing) + ".", Evidence: ev}, true
		}
		return Result{Status: Fail, Earned: share, Message: msg + "; none from " + joinAnd(missing) + ".", Evidence: ev}, true
	},
}
