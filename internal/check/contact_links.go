package check

import "strings"

// placeholderPath finds a template's profile name left in place:
// `(?i)^(?:in/)?(?:your-?name|user-?name|your-?profile|your-?handle|first-?last|name-?surname|xxx+|\.\.\.)/?$`.
func placeholderPath(s string) bool {
	rest := func(e int) bool { return e == len(s) || e == len(s)-1 && s[e] == '/' }
	body := func(i int) bool {
		if foldAny(s, i, placeholderNames, rest) {
			return true
		}
		n := 0
		for {
			e := foldAt(s, i, "x")
			if e < 0 {
				break
			}
			i, n = e, n+1
			if n >= 3 && rest(i) {
				return true
			}
		}
		return false
	}
	if e := foldAt(s, 0, "in/"); e >= 0 && body(e) {
		return true
	}
	return body(0)
}

var placeholderNames = []string{"yourname", "your-name", "username", "user-name", "yourprofile", "your-profile", "yourhandle", "your-handle", "firstlast", "first-last",
	"namesurname", "name-surname", "..."}

// profileHosts need a user name in the path to point at a person.
var profileHosts = map[string]bool{"linkedin.com": true, "github.com": true, "gitlab.com": true, "behance.net": true,
	"dribbble.com": true, "twitter.com": true, "x.com": true, "medium.com": true, "bitbucket.org": true, "kaggle.com": true}

// linkProblem says why a printed link would not lead to you, or "".
func linkProblem(k docLink) string {
	path := strings.Trim(k.Path, "/")
	switch {
	case strings.Contains(k.Text, "…") || strings.HasSuffix(k.Text, "..."):
		return "it is cut short"
	case placeholderPath(path):
		return "it still holds a template's placeholder"
	case k.isLinkedIn() && (path == "" || path == "in" || path == "pub" || strings.HasPrefix(path, "feed") || strings.HasPrefix(path, "mynetwork")):
		return "it has no profile name after linkedin.com/in/"
	case profileHosts[k.Host] && path == "":
		return "it has no user name after " + k.Host + "/"
	}
	return ""
}

var checkContactLinksComplete = &Check{
	ID:       "contact.links-complete",
	Category: Contact,
	Title:    "Links are complete and lead to you",
	Why:      "A link cut short, missing its user name or still holding a template's “yourname” leads nowhere; one printed without https:// may not be clickable once an ATS or a PDF reader re-renders it.",
	Fix:      "Print each link in full, with https:// and your user name: https://linkedin.com/in/janedoe, https://github.com/janedoe.",
	Before:   "linkedin.com/in/ · github.com/yourname",
	After:    "https://linkedin.com/in/janedoe · https://github.com/janedoe",
	Since:    "0.1.0",
	Weight:   2,
	Run: func(in *Input) (Result, bool) {
		links := docLinks(in)
		if len(links) == 0 {
			return Result{}, false
		}
		var broken, bare []Evidence
		var why []string
		var bareNames []string
		seenBare := map[string]bool{}
		for _, k := range links {
			if p := linkProblem(k); p != "" {
				broken = append(broken, k.Ev)
				why = append(why, curly(k.Text)+": "+p)
				continue
			}
			if !k.Scheme && !k.WWW && !seenBare[strings.ToLower(k.Text)] {
				seenBare[strings.ToLower(k.Text)] = true
				bare = append(bare, k.Ev)
				bareNames = append(bareNames, k.Text)
			}
		}
		switch {
		case len(broken) > 0:
			st, earned := ratioStatus(len(links)-len(broken), len(links))
			if st == Pass { // cannot happen; keeps the grade honest
				st = Warn
			}
			return Result{Status: st, Earned: earned * 0.75, Evidence: uniqueEvidence(append(broken, bare...)),
				Message: nOf(len(broken), "link leads", "links lead") + " nowhere: " + strings.Join(why, "; ") + "."}, true
		case len(bare) > 0:
			return Result{Status: Warn, Earned: 0.8, Evidence: uniqueEvidence(bare),
				Message: nOf(len(bare), "link is", "links are") + " printed without https:// (" + strings.Join(bareNames, ", ") + "); add https:// so " + map[bool]string{true: "it stays", false: "they stay"}[len(bare) == 1] + " clickable in every reader."}, true
		}
		return Result{Status: Pass, Earned: 1, Message: "All " + nOf(len(links), "link is", "links are") + " complete."}, true
	},
}
