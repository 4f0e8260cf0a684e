package check

var checkSectionsProjects = &Check{
	ID:       "sections.projects",
	Category: Sections,
	Title:    "Early in a career, a projects section shows your work",
	Why:      "With under two years of work, projects (course, personal, open source) are the best evidence of what you can do and carry the keywords an ATS looks for.",
	Fix:      "Add a “Projects” section with two or three projects: what you built, with which tools, and one result or number each.",
	Before:   "(a student résumé with education and a part-time job only)",
	After:    "PROJECTS\nCampus Rideshare — React Native, Firebase\n• Built a ride-matching app used by 1,200 students in its first term.",
	Since:    "0.1.0",
	Weight:   2,
	Run: func(in *Input) (Result, bool) {
		res := in.Resume
		months, dated := experienceMonths(in)
		early := isStudent(in) || recentGraduate(in) && (!dated || months < 36) || dated && months < 24 || !dated && len(res.Work) == 0
		if !early {
			return Result{}, false
		}
		stage := "With no dated work experience"
		if dated {
			stage = "With " + yearsText(months) + " of work"
		}
		if i := sectionsLike(res, "projects"); len(i) > 0 {
			s := res.Meta.ResumeScore.Sections[i[0]]
			return Result{Status: Pass, Earned: 1, Evidence: []Evidence{sectionEvidence(s)},
				Message: stage + ", the projects section " + curly(s.Heading) + " shows your work."}, true
		}
		return Result{Status: Warn, Earned: 0.4,
			Message: stage + ", a “Projects” section would show what you can do; none was found."}, true
	},
}
