package check

var checkParseabilityCoverage = &Check{
	ID:       "parseability.coverage",
	Category: Parseability,
	Title:    "An ATS can place most of the text in a known section",
	Why:      "Text under a heading an ATS does not recognise, or under none, is often dropped from the candidate profile the recruiter sees.",
	Fix:      "Put everything under standard headings: Summary, Experience, Education, Skills, Projects, Certifications.",
	Before:   "MY JOURNEY (with your jobs under it)",
	After:    "EXPERIENCE",
	Since:    "0.1.0",
	Weight:   4,
	Run: func(in *Input) (Result, bool) {
		all := in.lines()
		if len(all) < 5 {
			return Result{}, false
		}
		var stray []Evidence
		placed := 0
		for _, l := range all {
			kind := sectionKindAt(in.Resume, l.Page, l.Number)
			if kind == "other" {
				stray = append(stray, l.evidence())
			} else {
				placed++
			}
		}
		share := float64(placed) / float64(len(all))
		msg := pct(share) + " of the lines sit in the header or a section an ATS knows"
		switch {
		case share >= 0.85:
			return Result{Status: Pass, Earned: 1, Message: msg + "."}, true
		case share >= 0.6:
			return Result{Status: Warn, Earned: share, Message: msg + "; the rest may be dropped.", Evidence: firstFew(stray, 3)}, true
		}
		return Result{Status: Fail, Earned: share, Message: msg + "; the rest may be dropped.", Evidence: firstFew(stray, 3)}, true
	},
}
