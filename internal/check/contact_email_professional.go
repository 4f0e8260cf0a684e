package check

import "strings"

// jokeHandleRe finds words in an email handle that no employer should read.
// Only unmistakable ones, and none found inside real names: "Angel",
// "Prince", "Glover" (lover), "Tweedy" (weed) and "Kshitij" are no joke.
var jokeHandles = newLitSet(strings.Split("sexy|hottie|hotstuff|babygirl|cutie|princess|gangsta|gangster|xxx|booty|fuck|fck|slut|lmao|wtf|partygirl|partyboy|partyanimal|party_animal|badboy|badgirl|bigdaddy|sugardaddy|beerlover|sk8r|h4x0r|n00b|noob|pwn3d", "|")...)

// digitRuns is `\d+`.FindAllString.
func digitRuns(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		if n := digitsFrom(s, i); n > 0 {
			out = append(out, s[i:i+n])
			i += n
		} else {
			i++
		}
	}
	return out
}

var checkContactEmailProfessional = &Check{
	ID:       "contact.email-professional",
	Category: Contact,
	Title:    "The email address looks professional",
	Why:      "The address is the first thing a recruiter sees of you in their inbox; a joke handle or a string of numbers makes a poor first impression, and a year in it reads as your birth year.",
	Fix:      "Use an address made of your name, such as first.last@ or firstlast@, from any mainstream provider.",
	Before:   "sexyboy1987@example.com",
	After:    "jane.doe@example.com",
	Since:    "0.1.0",
	Weight:   2,
	Run: func(in *Input) (Result, bool) {
		email := in.Resume.Basics.Email
		if email == "" {
			return Result{}, false
		}
		ev := []Evidence{ref2ev(in.Resume.Meta.ResumeScore.Provenance["basics.email"])}
		local, _, _ := strings.Cut(email, "@")
		if m := jokeHandles.findString(local); m != "" {
			return Result{Status: Fail, Evidence: ev,
				Message: "The address " + email + " contains " + curly(strings.ToLower(m)) + "; use one made of your name."}, true
		}
		runs := digitRuns(local)
		n := 0
		for _, r := range runs {
			n += len(r)
			if r == "69" || r == "420" || r == "666" {
				return Result{Status: Fail, Evidence: ev,
					Message: "The address " + email + " contains " + curly(r) + ", which many readers take as a joke; use one made of your name."}, true
			}
		}
		letters := len([]rune(local)) - n
		if e := currentEmployerDomain(in, email); e != "" {
			return Result{Status: Warn, Earned: 0.5, Evidence: ev,
				Message: "The address " + email + " appears to be at your current employer, " + e + "; use a personal address, which stays yours and keeps your search private."}, true
		}
		switch {
		case yearInHandle(runs):
			return Result{Status: Warn, Earned: 0.5, Evidence: ev,
				Message: "The address " + email + " holds what reads as a birth year; an address of your name alone avoids the age signal."}, true
		case n >= 4 || n > 0 && n*2 >= letters:
			return Result{Status: Warn, Earned: 0.5, Evidence: ev,
				Message: "The address " + email + " carries " + nOf(n, "digit", "digits") + "; an address of your name alone is easier to read and remember."}, true
		}
		return Result{Status: Pass, Earned: 1, Evidence: ev, Message: "The address " + email + " looks professional."}, true
	},
}

// yearInHandle says whether a run of digits in a handle looks like a year
// of birth (1940–2012) or its two-digit form after letters is too weak to say.
func yearInHandle(runs []string) bool {
	for _, r := range runs {
		if len(r) == 4 && (r[:2] == "19" && r[2] >= '4' || r[:2] == "20" && r[2] <= '1') {
			return true
		}
	}
	return false
}

// freeMail are mail providers anyone can use: an address there is personal.
var freeMail = map[string]bool{"gmail": true, "googlemail": true, "outlook": true, "hotmail": true, "live": true, "yahoo": true,
	"icloud": true, "me": true, "mac": true, "aol": true, "proton": true, "protonmail": true, "pm": true, "gmx": true, "web": true,
	"mail": true, "yandex": true, "zoho": true, "fastmail": true, "hey": true, "tutanota": true, "posteo": true, "orange": true,
	"free": true, "laposte": true, "libero": true, "uol": true, "bol": true, "terra": true, "qq": true, "163": true, "naver": true, "example": true}

// currentEmployerDomain returns the employer whose name the address's
// domain spells, when that employer is the current one (an ongoing role that
// is not the person's own business), or "".
func currentEmployerDomain(in *Input, email string) string {
	_, domain, _ := strings.Cut(strings.ToLower(email), "@")
	labels := strings.Split(domain, ".")
	if len(labels) < 2 {
		return ""
	}
	label := labels[len(labels)-2]
	if len(labels) >= 3 && len(labels[len(labels)-2]) <= 3 { // acme.co.uk
		label = labels[len(labels)-3]
	}
	if freeMail[label] || len(label) < 3 {
		return ""
	}
	for _, s := range roleSpans(in) {
		if !s.Ongoing || isSideline(s) || len(strings.Fields(s.Work.Name)) == 0 {
			continue
		}
		name := strings.ToLower(s.Work.Name)
		squashed := strings.Map(func(r rune) rune {
			if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
				return r
			}
			return -1
		}, name)
		first := strings.Trim(strings.Fields(name)[0], ".,&")
		if label == squashed || label == first || strings.HasPrefix(squashed, label) && len(label) >= 5 {
			return s.Work.Name
		}
	}
	return ""
}
