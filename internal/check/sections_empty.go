package check

import "strings"

var checkSectionsNoEmpty = &Check{
	ID:       "sections.no-empty",
	Category: Sections,
	Title:    "No section is left empty",
	Why:      "A heading with nothing under it looks unfinished, and an ATS may file the next section's lines under it.",
	Fix:      "Fill the section or delete its heading.",
	Before:   "CERTIFICATIONS\nSKILLS\nGo, Python, SQL",
	After:    "SKILLS\nGo, Python, SQL",
	Since:    "0.1.0",
	Weight:   2,
	Run: func(in *Input) (Result, bool) {
		secs := in.Resume.Meta.ResumeScore.Sections
		if len(secs) == 0 || in.Doc == nil {
			return Result{}, false
		}
		lines := in.lines()
		var ev []Evidence
		var names []string
		for i, s := range secs {
			if i < leadingOthers(secs) || isNoiseHeading(s) {
				continue // the name or a title set like a heading
			}
			// A heading followed at once by one learned from style alone is
			// most often a section whose entries are set like headings
			// ("EXPERIENCE" then "ACME CORP"): not empty.
			if i+1 < len(secs) && secs[i+1].Kind == "other" && s.Kind != "other" {
				continue
			}
			if len(sectionBody(in, lines, i)) == 0 {
				ev = append(ev, sectionEvidence(s))
				names = append(names, curly(s.Heading))
			}
		}
		if len(ev) == 0 {
			return Result{Status: Pass, Earned: 1, Message: "Every section has content."}, true
		}
		return Result{Status: Warn, Earned: 0.5, Evidence: ev,
			Message: capFirst(someOf(len(ev), len(secs), "section", "sections")) + " " + map[bool]string{true: "is", false: "are"}[len(ev) == 1] +
				" empty: " + strings.Join(names, ", ") + "; fill or remove " + map[bool]string{true: "it", false: "them"}[len(ev) == 1] + "."}, true
	},
}
