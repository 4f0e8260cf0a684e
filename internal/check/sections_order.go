package check

var checkSectionsOrder = &Check{
	ID:       "sections.order",
	Category: Sections,
	Title:    "Sections come in the order that fits your career stage",
	Why:      "Readers spend seconds on the top third of the page; after two years of work your experience is the strongest evidence and belongs above your degree, and a summary belongs at the top.",
	Fix:      "Put the summary first, then experience, then education; education may lead while you are a student or a recent graduate.",
	Before:   "EDUCATION … EXPERIENCE (with six years of work)",
	After:    "SUMMARY … EXPERIENCE … EDUCATION",
	Since:    "0.1.0",
	Weight:   3,
	Run: func(in *Input) (Result, bool) {
		res := in.Resume
		secs := res.Meta.ResumeScore.Sections
		exp, edu, sum := sectionsOfKind(res, "experience"), sectionsOfKind(res, "education"), sectionsOfKind(res, "summary")
		if len(exp) == 0 || len(edu) == 0 {
			if len(sum) == 0 || len(secs) < 2 {
				return Result{}, false
			}
		}
		var problems []string
		var ev []Evidence
		if len(sum) > 0 {
			for _, s := range secs[:sum[0]] {
				if s.Kind == "experience" || s.Kind == "education" || s.Kind == "skills" || s.Kind == "projects" {
					problems = append(problems, "the summary sits below "+curly(s.Heading)+"; move it to the top")
					ev = append(ev, sectionEvidence(secs[sum[0]]))
					break
				}
			}
		}
		months, dated := experienceMonths(in)
		early := !dated || months < 24 || isStudent(in) || recentGraduate(in)
		if len(exp) > 0 && len(edu) > 0 && edu[0] < exp[0] && !early {
			problems = append(problems, "education comes before experience after "+yearsText(months)+" of work; put experience first")
			ev = append(ev, sectionEvidence(secs[edu[0]]), sectionEvidence(secs[exp[0]]))
		}
		if len(problems) == 0 {
			msg := "Sections are in a sound order."
			if len(exp) > 0 && len(edu) > 0 && edu[0] < exp[0] {
				msg = "Education leads, which suits an early career."
			}
			return Result{Status: Pass, Earned: 1, Message: msg}, true
		}
		msg := problems[0]
		if len(problems) > 1 {
			msg += "; and " + problems[1]
		}
		return Result{Status: Warn, Earned: 1 - 0.35*float64(len(problems)), Evidence: ev, Message: capFirst(msg) + "."}, true
	},
}

// isStudent says whether a degree is still in progress at the reference
// date: it has a start and no end, or ends after the reference month.
func isStudent(in *Input) bool {
	now, hasNow := asOfMonth(in)
	for _, e := range in.Resume.Education {
		_, okS := readResumeDate(e.StartDate)
		end, okE := readResumeDate(e.EndDate)
		if okS && !okE || okE && hasNow && endMonth(end, roundMid) >= now {
			return true
		}
	}
	return false
}

// recentGraduate says whether the latest degree ended within two years of
// the reference date.
func recentGraduate(in *Input) bool {
	now, ok := asOfMonth(in)
	if !ok {
		return false
	}
	for _, e := range in.Resume.Education {
		if end, ok := readResumeDate(e.EndDate); ok && now-endMonth(end, roundMid) <= 24 {
			return true
		}
	}
	return false
}
