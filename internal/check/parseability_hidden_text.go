package check

import (
	"strings"

	"github.com/resumescore/resumescore/internal/roles"
)

var checkParseabilityHiddenText = &Check{
	ID:       "parseability.hidden-text",
	Category: Parseability,
	Title:    "No hidden text",
	Why:      "White, tiny or off-page text is read by the ATS but not by people; recruiters and modern ATSs flag it as keyword stuffing, and it can get a résumé rejected.",
	Fix:      "Delete text you cannot see; name real skills where you used them instead.",
	Before:   "Python Kubernetes AWS Kafka in white 1-pt text at the bottom of the page",
	After:    "• Ran Kafka consumers on Kubernetes (AWS EKS), processing 2M events a day.",
	Since:    "0.1.0",
	Weight:   6,
	Run: func(in *Input) (Result, bool) {
		if in.Doc.Format == "text" {
			return Result{}, false
		}
		if len(in.Doc.Hidden) == 0 {
			return Result{Status: Pass, Earned: 1, Message: "No hidden text was found."}, true
		}
		var ev []Evidence
		var words, skills int
		for _, h := range in.Doc.Hidden {
			ev = append(ev, Evidence{Page: h.Page, Text: "hidden (" + h.Reason + "): " + clipText(h.Text, 80)})
			words += len(strings.Fields(h.Text))
			skills += len(roles.Terms(h.Text))
		}
		if skills > 0 {
			return Result{Status: Fail, Message: "Hidden text names " + itoa(skills) + " skills: this reads as keyword stuffing.", Evidence: firstFew(ev, 5)}, true
		}
		return Result{Status: Warn, Earned: 0.5, Message: itoa(words) + " words of text are hidden from readers (" + in.Doc.Hidden[0].Reason + ").", Evidence: firstFew(ev, 5)}, true
	},
}

func clipText(s string, n int) string {
	r := []rune(strings.TrimSpace(s))
	if len(r) <= n {
		return string(r)
	}
	return string(r[:n-1]) + "…"
}
