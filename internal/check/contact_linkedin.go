package check

import "strings"

// linkedinWord is `(?i)\blinked\s?in\b`.
var linkedinWord = newLitSet("\\blinkedin\\b", "\\blinked in\\b", "\\blinked\tin\\b", "\\blinked\nin\\b", "\\blinked\fin\\b", "\\blinked\rin\\b")

var checkContactLinkedin = &Check{
	ID:       "contact.linkedin",
	Category: Contact,
	Title:    "Your LinkedIn profile address is listed",
	Why:      "Most recruiters look you up on LinkedIn before they call, and many ATS forms have a field for it; a printed address saves the search and shows it is you.",
	Fix:      "Add your profile's address, shortened to linkedin.com/in/your-name (set a custom URL in LinkedIn's settings).",
	Before:   "Jane Doe · jane.doe@example.com · LinkedIn",
	After:    "Jane Doe · jane.doe@example.com · https://linkedin.com/in/janedoe",
	Since:    "0.1.0",
	Weight:   2,
	Run: func(in *Input) (Result, bool) {
		var broken *docLink
		for _, k := range docLinks(in) {
			if !k.isLinkedIn() {
				continue
			}
			if linkProblem(k) == "" {
				return Result{Status: Pass, Earned: 1, Evidence: []Evidence{k.Ev}, Message: "LinkedIn profile found: " + k.Text + "."}, true
			}
			if broken == nil {
				broken = &k
			}
		}
		if broken != nil {
			return Result{Status: Warn, Earned: 0.5, Evidence: []Evidence{broken.Ev},
				Message: "The LinkedIn link " + curly(broken.Text) + " does not lead to your profile: " + linkProblem(*broken) + "."}, true
		}
		for _, p := range in.Resume.Basics.Profiles {
			if strings.EqualFold(p.Network, "LinkedIn") {
				return Result{Status: Pass, Earned: 1, Message: "LinkedIn profile found: " + p.URL + "."}, true
			}
		}
		for _, l := range in.header() {
			if linkedinWord.gate.may(l.facts().grams()) && linkedinWord.matchString(l.Text) {
				return Result{Status: Warn, Earned: 0.5, Evidence: []Evidence{l.evidence()},
					Message: "LinkedIn is named but its address is not printed; a PDF link or an icon is lost when an ATS reads the text. Write out linkedin.com/in/your-name."}, true
			}
		}
		return Result{Status: Warn, Earned: 0.3, Message: "No LinkedIn profile address was found."}, true
	},
}
