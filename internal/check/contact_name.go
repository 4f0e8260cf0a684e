package check

import (
	"strings"
	"unicode"
)

// trimCredentials drops the letters after a name, ", CPA", ", PhD",
// ", RN, BSN": ReplaceAllString(s, "") of `(?:,\s*(?:[A-Z][A-Za-z.]{1,6}))+\s*$`.
func trimCredentials(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == ',' && credentialsFrom(s, i) {
			return s[:i]
		}
	}
	return s
}

func credentialsFrom(s string, j int) bool {
	for byteAt(s, j, ',') {
		j = skipSpaces(s, j+1)
		if j >= len(s) || s[j] < 'A' || s[j] > 'Z' {
			return false
		}
		j++
		n := 0
		for j < len(s) && (s[j] >= 'A' && s[j] <= 'Z' || s[j] >= 'a' && s[j] <= 'z' || s[j] == '.') {
			j, n = j+1, n+1
		}
		if n < 1 || n > 6 {
			return false
		}
		if skipSpaces(s, j) == len(s) {
			return true
		}
	}
	return false
}

// nameOnLine returns the name a line holds when the line is only a name
// (two to five capitalised words, initials allowed, credentials after a
// comma or Markdown's "#" aside), or "".
func nameOnLine(s string) string {
	t := strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(s), "#"))
	t = strings.TrimSpace(trimCredentials(t))
	f := strings.Fields(t)
	if len(f) < 2 || len(f) > 5 {
		return ""
	}
	for _, w := range f {
		r := []rune(w)
		if !unicode.IsUpper(r[0]) && !nameParticles[strings.ToLower(w)] {
			return ""
		}
		for _, c := range r {
			if !unicode.IsLetter(c) && c != '.' && c != '-' && c != '\'' && c != '’' {
				return ""
			}
		}
	}
	low := strings.ToLower(t)
	for _, w := range []string{"resume", "résumé", "curriculum", "vitae", "summary", "experience", "profile", "engineer", "manager", "developer"} {
		if strings.Contains(low, w) {
			return ""
		}
	}
	return t
}

var nameParticles = map[string]bool{"de": true, "da": true, "do": true, "dos": true, "das": true, "del": true, "della": true, "di": true,
	"du": true, "van": true, "von": true, "der": true, "den": true, "la": true, "le": true, "y": true, "e": true, "bin": true, "ibn": true, "al": true}

var checkContactName = &Check{
	ID:       "contact.name",
	Category: Contact,
	Title:    "Your name is the first thing on the page",
	Why:      "An ATS creates the candidate record from the name it finds at the top of the body text; a name in a header band, an image or further down is often missed, and some parsers then reject the file.",
	Fix:      "Put your full name alone on the first line, as plain text in the body, not in the page header, a text box or an image.",
	Before:   "RÉSUMÉ\nSenior Backend Engineer\nJane Doe",
	After:    "Jane Doe\nSenior Backend Engineer",
	Since:    "0.1.0",
	Weight:   6,
	Run: func(in *Input) (Result, bool) {
		res := in.Resume
		ref, ok := res.Meta.ResumeScore.Provenance["basics.name"]
		if res.Basics.Name == "" {
			var ev []Evidence
			if lines := in.lines(); len(lines) > 0 {
				// The parser may have taken a name set like the headings for
				// a heading; a name-shaped first line is still a name.
				if n := nameOnLine(lines[0].Text); n != "" && lines[0].Page == 1 {
					return Result{Status: Pass, Earned: 1, Evidence: []Evidence{lines[0].evidence()}, Message: "Name found at the top: " + n + "."}, true
				}
				ev = append(ev, lines[0].evidence())
			}
			return Result{Status: Fail, Evidence: ev, Message: "No name was found at the top of the résumé."}, true
		}
		if ok && (ref.Page > 1 || ref.Line > 4) {
			return Result{Status: Warn, Earned: 0.5, Evidence: []Evidence{ref2ev(ref)},
				Message: "The name " + curly(res.Basics.Name) + " was found on line " + itoaRange([2]int{ref.Line, ref.Line}) + "; put it first."}, true
		}
		r := Result{Status: Pass, Earned: 1, Message: "Name found at the top: " + res.Basics.Name + "."}
		if ok {
			r.Evidence = []Evidence{ref2ev(ref)}
		}
		return r, true
	},
}
