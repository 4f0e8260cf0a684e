package check

import "strings"

var checkSectionsNoDuplicates = &Check{
	ID:       "sections.no-duplicates",
	Category: Sections,
	Title:    "Each section appears once",
	Why:      "Two “Skills” or two “Education” sections split one topic, and an ATS may keep only the first or the last.",
	Fix:      "Merge the two sections under one heading.",
	Before:   "SKILLS … EXPERIENCE … TECHNICAL SKILLS",
	After:    "SKILLS (one list, grouped: Languages, Tools, Methods) … EXPERIENCE",
	Since:    "0.1.0",
	Weight:   2,
	Run: func(in *Input) (Result, bool) {
		secs := in.Resume.Meta.ResumeScore.Sections
		if len(secs) < 2 {
			return Result{}, false
		}
		// Experience and projects may be split on purpose ("Research
		// Experience", "Teaching Experience"); only the same heading twice
		// counts for them.
		splittable := map[string]bool{"experience": true, "projects": true, "publications": true, "talks": true, "other": true}
		seenKind := map[string]int{}
		seenHeading := map[string]int{}
		var ev []Evidence
		var names []string
		for i, s := range secs {
			if isNoiseHeading(s) {
				continue
			}
			key := strings.ToLower(strings.Join(strings.Fields(s.Heading), " "))
			first, dupHeading := seenHeading[key]
			if !dupHeading && !splittable[s.Kind] {
				first, dupHeading = seenKind[s.Kind]
			}
			if dupHeading {
				ev = append(ev, sectionEvidence(s))
				names = append(names, curly(s.Heading)+" repeats "+curly(secs[first].Heading))
				continue
			}
			seenHeading[key] = i
			if _, ok := seenKind[s.Kind]; !ok {
				seenKind[s.Kind] = i
			}
		}
		if len(ev) == 0 {
			return Result{Status: Pass, Earned: 1, Message: "No section appears twice."}, true
		}
		return Result{Status: Warn, Earned: 0.5, Evidence: ev, Message: strings.Join(names, "; ") + "; merge them."}, true
	},
}
