package check

import (
	"strconv"
	"strings"
)

var checkSectionsSummary = &Check{
	ID:       "sections.summary",
	Category: Sections,
	Title:    "A short summary opens the résumé",
	Why:      "Two or three lines under your name tell a recruiter who you are and what you want before they read on, and give an ATS your headline keywords.",
	Fix:      "Add a “Summary” of two to four sentences (about 25–80 words): your role, years, strongest skills and the kind of work you seek.",
	Before:   "(straight from contact details to experience)",
	After:    "SUMMARY\nBackend engineer with eight years building payment systems in Go and PostgreSQL; led teams of up to six.",
	Since:    "0.1.0",
	Weight:   3,
	Run: func(in *Input) (Result, bool) {
		res := in.Resume
		secs := sectionsOfKind(res, "summary")
		text := strings.TrimSpace(res.Basics.Summary)
		var ev []Evidence
		if len(secs) > 0 {
			ev = []Evidence{sectionEvidence(res.Meta.ResumeScore.Sections[secs[0]])}
		} else if p, pev := headerParagraph(in); p != "" {
			text, ev = p, pev // an unlabelled paragraph under the name
		}
		words := wordsIn(text)
		switch {
		case len(secs) == 0 && text == "":
			if res.Basics.Label != "" {
				return Result{Status: Warn, Earned: 0.5, Evidence: []Evidence{ref2ev(res.Meta.ResumeScore.Provenance["basics.label"])},
					Message: "Only a headline (" + curly(res.Basics.Label) + ") and no summary; add two or three sentences under it."}, true
			}
			return Result{Status: Fail, Message: "No summary was found."}, true
		case text == "":
			return Result{Status: Warn, Earned: 0.25, Evidence: ev, Message: "The summary section is empty; write two or three sentences."}, true
		case len([]rune(text)) < 20:
			return Result{Status: Warn, Earned: 0.5, Evidence: ev,
				Message: "The summary is only " + strconv.Itoa(len([]rune(text))) + " characters long; write two or three sentences."}, true
		case words > 100:
			return Result{Status: Warn, Earned: 0.6, Evidence: ev,
				Message: "The summary runs to " + strconv.Itoa(words) + " words; cut it to about 80 so it is read."}, true
		}
		return Result{Status: Pass, Earned: 1, Evidence: ev, Message: "Summary found (" + strconv.Itoa(words) + " words)."}, true
	},
}

// headerParagraph returns a prose paragraph above the first heading (an
// unlabelled summary) and its lines, or "".
func headerParagraph(in *Input) (string, []Evidence) {
	var parts []string
	var ev []Evidence
	for _, l := range in.header() {
		t := strings.TrimSpace(l.Text)
		prose := !strings.ContainsAny(t, "@|·•") && (len(parts) > 0 && wordsIn(t) >= 3 || wordsIn(t) >= 10)
		if prose {
			parts = append(parts, t)
			ev = append(ev, l.evidence())
		} else if len(parts) > 0 {
			break
		}
	}
	if wordsIn(strings.Join(parts, " ")) < 12 {
		return "", nil
	}
	return strings.Join(parts, " "), ev
}
