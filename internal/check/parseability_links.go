package check

import "strings"

var checkParseabilityLinkText = &Check{
	ID:       "parseability.link-text",
	Category: Parseability,
	Title:    "Every link's address is printed, not only clickable",
	Why:      "ATSs read the printed text, not the link behind it: a profile linked from an icon or the word “LinkedIn” reaches the recruiter as nothing.",
	Fix:      "Print the address itself: linkedin.com/in/your-name, github.com/your-name.",
	Before:   "[in icon] LinkedIn",
	After:    "linkedin.com/in/jane-doe",
	Since:    "0.1.0",
	Weight:   2,
	Run: func(in *Input) (Result, bool) {
		var web []int
		for i, l := range in.Doc.Links {
			if strings.HasPrefix(l.URI, "http") {
				web = append(web, i)
			}
		}
		if len(web) == 0 {
			return Result{}, false
		}
		var ev []Evidence
		for _, i := range web {
			l := in.Doc.Links[i]
			if !strings.Contains(strings.ToLower(l.Text), hostPath(l.URI)) {
				ev = append(ev, Evidence{Page: l.Page, Line: l.Line, Text: strings.TrimSpace(l.Text + " → " + l.URI)})
			}
		}
		if len(ev) == 0 {
			return Result{Status: Pass, Earned: 1, Message: "Every link prints its address."}, true
		}
		return Result{Status: Warn, Earned: 0.5, Message: itoa(len(ev)) + " links show a word or an icon instead of their address.", Evidence: firstFew(ev, 4)}, true
	},
}

// hostPath is a URL without its scheme, "www." and trailing slash, lower-cased:
// what a printed address must contain.
func hostPath(u string) string {
	u = strings.ToLower(u)
	for _, p := range []string{"https://", "http://", "www."} {
		u = strings.TrimPrefix(u, p)
	}
	u = strings.TrimRight(u, "/")
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	return u
}
