package check

import "strings"

var checkParseabilityHeaderFooter = &Check{
	ID:       "parseability.header-footer",
	Category: Parseability,
	Title:    "Contact details are in the body, not the page header or footer",
	Why:      "Several ATSs skip the page header and footer of a document, so a name, email or phone placed there may never reach the recruiter.",
	Fix:      "Move your name and contact details from the page header into the first lines of the page body.",
	Before:   "Word page header: Jane Doe · jane@example.com",
	After:    "First line of the body: Jane Doe · jane@example.com",
	Since:    "0.1.0",
	Weight:   5,
	Run: func(in *Input) (Result, bool) {
		if in.Doc.Format == "text" {
			return Result{}, false
		}
		b := in.Resume.Basics
		ev := linesWhere(in, func(l docLine) bool {
			if l.Band == "" {
				return false
			}
			t := l.Text
			return b.Email != "" && strings.Contains(t, b.Email) || b.Phone != "" && strings.Contains(t, b.Phone) || b.Name != "" && strings.Contains(t, b.Name)
		})
		if len(ev) == 0 {
			return Result{Status: Pass, Earned: 1, Message: "No contact detail sits in a page header or footer."}, true
		}
		return Result{Status: Fail, Message: "Contact details are in the page header or footer, which some ATSs skip.", Evidence: firstFew(ev, 3)}, true
	},
}
