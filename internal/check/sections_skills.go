package check

import (
	"strconv"
	"strings"
)

var checkSectionsSkills = &Check{
	ID:       "sections.skills",
	Category: Sections,
	Title:    "A skills section lists at least three skills",
	Why:      "An ATS matches the job's keywords against a skills list first; a heading the parser knows and a plain, comma-separated list make them count.",
	Fix:      "Add a “Skills” section listing the tools, languages and methods you use, separated by commas; group them if the list is long.",
	Before:   "(skills only mentioned inside bullets)",
	After:    "SKILLS\nLanguages: Go, Python, SQL\nTools: PostgreSQL, Kafka, Docker",
	Since:    "0.1.0",
	Weight:   5,
	Run: func(in *Input) (Result, bool) {
		res := in.Resume
		secs := sectionsLike(res, "skills")
		if len(secs) == 0 {
			return Result{Status: Fail, Message: "No skills section was found."}, true
		}
		s := res.Meta.ResumeScore.Sections[secs[0]]
		names := res.SkillNames()
		if len(names) == 0 {
			// A heading the parser filed as "other": count its list items.
			lines := in.lines()
			for _, i := range secs {
				names = append(names, listItems(sectionBody(in, lines, i))...)
			}
		}
		n := len(names)
		if n >= 3 {
			return Result{Status: Pass, Earned: 1, Evidence: []Evidence{sectionEvidence(s)},
				Message: "Skills section " + curly(s.Heading) + " lists " + strconv.Itoa(n) + " skills."}, true
		}
		ev := []Evidence{sectionEvidence(s)}
		if n == 0 {
			return Result{Status: Warn, Earned: 0.25, Evidence: ev,
				Message: "The skills section " + curly(s.Heading) + " lists no skill the parser could read; write them as a comma-separated list."}, true
		}
		return Result{Status: Warn, Earned: 0.5, Evidence: ev,
			Message: "The skills section lists only " + strconv.Itoa(n) + " (" + strings.Join(names, ", ") + "); list at least three."}, true
	},
}

// listItems splits a section's lines into list items at commas, semicolons,
// bars and bullets, dropping a "Group:" label.
func listItems(lines []docLine) []string {
	var out []string
	for _, l := range lines {
		t, _ := trimBulletMark(l.Text)
		if _, rest, ok := strings.Cut(t, ":"); ok {
			t = rest
		}
		for _, p := range strings.FieldsFunc(t, func(r rune) bool { return r == ',' || r == ';' || r == '|' || r == '•' || r == '·' }) {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}
