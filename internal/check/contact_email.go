package check

import "strings"

// emailTypos are misspelt domains of the largest mail providers.
var emailTypos = map[string]string{
	"gmial.com": "gmail.com", "gmai.com": "gmail.com", "gamil.com": "gmail.com", "gnail.com": "gmail.com",
	"gmail.co": "gmail.com", "gmail.con": "gmail.com", "gmail.cm": "gmail.com", "gmail.om": "gmail.com", "gmaill.com": "gmail.com",
	"hotmial.com": "hotmail.com", "hotmal.com": "hotmail.com", "hotmail.con": "hotmail.com", "hotmail.co": "hotmail.com",
	"yaho.com": "yahoo.com", "yahooo.com": "yahoo.com", "yahoo.con": "yahoo.com", "outlok.com": "outlook.com",
	"outlook.con": "outlook.com", "iclod.com": "icloud.com", "icloud.con": "icloud.com", "protonmail.con": "protonmail.com",
}

// obfuscatedEmailRe finds an address written to dodge spam robots, which an
// ATS cannot read either: “jane [at] example [dot] com”.
var obfuscatedEmailRe = mustGate(`(?i)\b[\w.+-]+\s*(?:\[at\]|\(at\)|\{at\}|\sat\s)\s*[\w-]+\s*(?:\[dot\]|\(dot\)|\{dot\}|\sdot\s)\s*[a-z]{2,}\b|\b[\w.+-]+@[\w-]+\b(?:\s|$)`)

var checkContactEmail = &Check{
	ID:       "contact.email",
	Category: Contact,
	Title:    "A readable email address is present",
	Why:      "Recruiters reply by email, and an ATS files your application under it; without one, or with a mistyped one, the résumé cannot be answered.",
	Fix:      "Put a personal email address in the header, as plain text, not inside an image or icon, and check its spelling.",
	Before:   "Jane Doe · Berlin · jane.doe [at] gmial [dot] com",
	After:    "Jane Doe · Berlin · jane.doe@gmail.com",
	Since:    "0.1.0",
	Weight:   6,
	Run: func(in *Input) (Result, bool) {
		email := in.Resume.Basics.Email
		if email == "" {
			for _, l := range in.lines() {
				if !obfuscatedEmailRe.may(l.facts().mask()) {
					continue
				}
				if m := obfuscatedEmailRe.FindString(l.Text); m != "" {
					return Result{Status: Fail, Evidence: []Evidence{l.evidence()},
						Message: curly(strings.TrimSpace(m)) + " is not an address an ATS can read; write it out in full: name@domain.com."}, true
				}
			}
			return Result{Status: Fail, Message: "No email address was found."}, true
		}
		ev := []Evidence{ref2ev(in.Resume.Meta.ResumeScore.Provenance["basics.email"])}
		local, domain, _ := strings.Cut(email, "@")
		domain = strings.ToLower(domain)
		if fix, ok := emailTypos[domain]; ok {
			return Result{Status: Warn, Earned: 0.25, Evidence: ev,
				Message: "The address " + email + " looks mistyped: did you mean " + local + "@" + fix + "?"}, true
		}
		if strings.HasPrefix(local, ".") || strings.HasSuffix(local, ".") || strings.Contains(local, "..") ||
			strings.HasPrefix(domain, "-") || strings.Contains(domain, "-.") || strings.Contains(domain, ".-") {
			return Result{Status: Warn, Earned: 0.5, Evidence: ev,
				Message: "The address " + email + " is not well formed; check its dots and dashes."}, true
		}
		return Result{Status: Pass, Earned: 1, Message: "Email address found: " + email + ".", Evidence: ev}, true
	},
}
