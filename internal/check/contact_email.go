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

// obfuscatedEmail finds an address written to dodge spam robots, which an
// ATS cannot read either, “jane [at] example [dot] com”:
//
//	(?i)\b[\w.+-]+\s*(?:\[at\]|\(at\)|\{at\}|\sat\s)\s*[\w-]+\s*(?:\[dot\]|\(dot\)|\{dot\}|\sdot\s)\s*[a-z]{2,}\b|\b[\w.+-]+@[\w-]+\b(?:\s|$)
//
// as FindString (obfuscatedEmailRe in oracle_test.go).
func obfuscatedEmail(s string) string {
	if !strings.ContainsAny(s, "@[({") && !strings.Contains(s, "at") && !strings.Contains(s, "AT") && !strings.Contains(s, "At") && !strings.Contains(s, "aT") {
		return "" // a fast answer for most lines: every match holds one of these
	}
	for i := 0; i < len(s); i++ {
		if !boundaryAt(s, i) {
			continue
		}
		if e := spelledAddressAt(s, i); e >= 0 {
			return s[i:e]
		}
		if e := bareAddressAt(s, i); e >= 0 {
			return s[i:e]
		}
	}
	return ""
}

// localRun is [\w.+-]+ under (?i) from i: its end.
func localRun(s string, i int, extra string) int {
	for i < len(s) {
		if w := wordFold(s, i); w > 0 {
			i += w
		} else if strings.IndexByte(extra, s[i]) >= 0 {
			i++
		} else {
			break
		}
	}
	return i
}

// spelledWord is (?:\[w\]|\(w\)|\{w\}|\sw\s)\s* after [\w…]+\s* at i (the
// end of the run before): the end, or -1.
func spelledWord(s string, i int, w string) int {
	j := skipSpaces(s, i)
	for _, br := range [...]string{"[]", "()", "{}"} {
		if byteAt(s, j, br[0]) {
			if e := foldAt(s, j+1, w); e >= 0 && byteAt(s, e, br[1]) {
				return skipSpaces(s, e+1)
			}
		}
	}
	if j > i {
		if e := foldAt(s, j, w); e >= 0 && e < len(s) && isSpaceRE(s[e]) {
			return skipSpaces(s, e+1)
		}
	}
	return -1
}

func spelledAddressAt(s string, i int) int {
	l := localRun(s, i, ".+-")
	if l == i {
		return -1
	}
	d := spelledWord(s, l, "at")
	if d < 0 {
		return -1
	}
	e := localRun(s, d, "-")
	if e == d {
		return -1
	}
	t := spelledWord(s, e, "dot")
	if t < 0 {
		return -1
	}
	// [a-z]{2,}\b, longest first.
	var ends [64]int
	n := 0
	for j := t; n < len(ends); {
		w := foldLetter(s, j)
		if w == 0 {
			break
		}
		j += w
		ends[n] = j
		n++
	}
	for k := n - 1; k >= 1; k-- {
		if boundaryAt(s, ends[k]) {
			return ends[k]
		}
	}
	return -1
}

func bareAddressAt(s string, i int) int {
	l := localRun(s, i, ".+-")
	if l == i || !byteAt(s, l, '@') {
		return -1
	}
	e := localRun(s, l+1, "-")
	if e == l+1 || !boundaryAt(s, e) {
		return -1
	}
	if e == len(s) {
		return e
	}
	if isSpaceRE(s[e]) {
		return e + 1
	}
	return -1
}

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
				if m := obfuscatedEmail(l.Text); m != "" {
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
