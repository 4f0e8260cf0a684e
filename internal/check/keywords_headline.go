package check

import (
	"strings"

	"github.com/resumescore/resumescore/internal/parse"
	"github.com/resumescore/resumescore/internal/roles"
)

var checkKeywordsHeadline = &Check{
	ID:       "keywords.headline",
	Category: Keywords,
	Title:    "The headline names the role you want",
	Why:      "Recruiters search by job title first, and many ATSs rank a title match highest; a headline under your name is the one place that says what you are applying as.",
	Fix:      "Put the title of the role you want under your name, in the words job ads use.",
	Before:   "Jane Doe\nPassionate problem solver",
	After:    "Jane Doe\nSenior Backend Engineer",
	Since:    "0.1.0",
	Weight:   3,
	Run: func(in *Input) (Result, bool) {
		if len(in.Role.Titles) == 0 || in.Role.ID == roles.Fallback {
			return Result{}, false
		}
		b := in.Resume.Basics
		candidates := []string{b.Label}
		if len(in.Resume.Work) > 0 {
			candidates = append(candidates, in.Resume.Work[0].Position)
		}
		for _, c := range candidates {
			if titleMatches(c, in.Role.Titles) {
				ref := in.Resume.Meta.ResumeScore.Provenance["basics.label"]
				return Result{Status: Pass, Earned: 1, Message: "Your headline or latest title names the role: “" + c + "”.", Evidence: evidenceIf(ref)}, true
			}
		}
		msg := "Neither your headline nor your latest title says " + in.Role.Titles[0] + "."
		if b.Label != "" {
			msg = "Your headline “" + b.Label + "” does not name the role (" + in.Role.Titles[0] + ")."
		}
		return Result{Status: Warn, Earned: 0.3, Message: msg, Evidence: evidenceIf(in.Resume.Meta.ResumeScore.Provenance["basics.name"])}, true
	},
}

// titleMatches says whether text contains one of the titles, ignoring case.
func titleMatches(text string, titles []string) bool {
	low := strings.ToLower(text)
	if low == "" {
		return false
	}
	for _, t := range titles {
		if strings.Contains(low, strings.ToLower(t)) {
			return true
		}
	}
	return false
}

// evidenceIf turns a provenance ref into evidence, if it points anywhere.
func evidenceIf(r parse.Ref) []Evidence {
	if r.Page == 0 {
		return nil
	}
	return []Evidence{ref(r)}
}
