package check

var checkSectionsEducation = &Check{
	ID:       "sections.education",
	Category: Sections,
	Title:    "An education section is present",
	Why:      "Many job filters ask for a degree or a level of schooling; an ATS fills those fields only from a section headed “Education”.",
	Fix:      "Add an “Education” section with the school, the qualification and the year; if you have no degree, list your highest schooling, training or certificates there.",
	Before:   "(no education section)",
	After:    "EDUCATION\nB.S. in Computer Science, University of Illinois    2017",
	Since:    "0.1.0",
	Weight:   4,
	Run: func(in *Input) (Result, bool) {
		res := in.Resume
		if i := sectionsLike(res, "education"); len(i) > 0 {
			s := res.Meta.ResumeScore.Sections[i[0]]
			return Result{Status: Pass, Earned: 1, Message: "Education section found: " + curly(s.Heading) + ".",
				Evidence: []Evidence{sectionEvidence(s)}}, true
		}
		if i := sectionsOfKind(res, "certifications"); len(i) > 0 {
			s := res.Meta.ResumeScore.Sections[i[0]]
			return Result{Status: Warn, Earned: 0.5, Evidence: []Evidence{sectionEvidence(s)},
				Message: "No education section was found, only " + curly(s.Heading) + "; add an “Education” section, even for schooling or training."}, true
		}
		return Result{Status: Fail, Message: "No education section was found."}, true
	},
}
