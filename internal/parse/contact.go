package parse

import (
	"regexp"
	"strings"
)

var (
	emailRe = regexp.MustCompile(`[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}`)
	// A phone: an optional +country code, then 7–15 digits in groups separated
	// by spaces, dots, dashes or parentheses.
	phoneRe = regexp.MustCompile(`(?:\+\d{1,3}[\s.\-]?)?(?:\(\+?\d{1,4}\)[\s.\-]?)?\d[\d\s.\-()]{5,}\d`)
)

// findContact records the first email and phone found on a line.
func findContact(r *Resume, line string, ref Ref) {
	if r.Basics.Email == "" {
		if m := emailRe.FindString(line); m != "" {
			r.Basics.Email = m
			r.Meta.ResumeScore.Provenance["basics.email"] = ref
		}
	}
	if r.Basics.Phone == "" {
		for _, m := range phoneRe.FindAllString(line, -1) {
			m = strings.TrimSpace(m)
			if d := digits(m); d >= 7 && d <= 15 && !looksLikeDateRange(m) {
				r.Basics.Phone = m
				r.Meta.ResumeScore.Provenance["basics.phone"] = ref
				break
			}
		}
	}
}

func digits(s string) int {
	n := 0
	for _, c := range s {
		if c >= '0' && c <= '9' {
			n++
		}
	}
	return n
}

var yearRangeRe = regexp.MustCompile(`^(19|20)\d\d\s*[-–]\s*(19|20)\d\d$`)

func looksLikeDateRange(s string) bool { return yearRangeRe.MatchString(s) }
