package check

var checkSectionsExperience = &Check{
	ID:       "sections.experience",
	Category: Sections,
	Title:    "An experience section is present",
	Why:      "An ATS looks for a heading such as “Experience” to find your jobs; under any other heading they may be missed.",
	Fix:      "Put your jobs under a plain heading: “Experience” or “Work Experience”.",
	Before:   "WHERE I'VE BEEN",
	After:    "EXPERIENCE",
	Since:    "0.1.0",
	Weight:   8,
	Run: func(in *Input) (Result, bool) {
		for _, s := range in.Resume.Meta.ResumeScore.Sections {
			if sectionKind(s) == "experience" {
				return Result{Status: Pass, Earned: 1, Message: "Experience section found: “" + s.Heading + "”.",
					Evidence: []Evidence{{Page: s.Page, Line: s.Line, Text: s.Heading}}}, true
			}
		}
		return Result{Status: Fail, Message: "No experience section heading was found."}, true
	},
}
