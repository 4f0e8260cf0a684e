package check

import (
	"regexp"
	"strconv"
	"strings"
)

// metricRe finds a number that measures something: a percentage, money, a
// multiplier, a count with a unit or magnitude. A bare year does not count.
var metricRe = regexp.MustCompile(`(?i)(?:[$€£¥]\s?\d|\d[\d,.]*\s?(?:%|x\b|k\b|m\b|b\b|ms\b|s\b|million|billion|thousand|users|customers|requests|events|hours|days|weeks|months|people|engineers)|\b\d[\d,.]*\b)`)
var yearRe = regexp.MustCompile(`^(?:19|20)\d\d$`)

// hasMetric says whether a bullet carries a number other than a year.
func hasMetric(text string) bool {
	for _, m := range metricRe.FindAllString(text, -1) {
		if !yearRe.MatchString(strings.TrimSpace(m)) {
			return true
		}
	}
	return false
}

// firstWord returns the bullet's first word, lower-cased, without punctuation.
func firstWord(text string) string {
	f := strings.Fields(text)
	if len(f) == 0 {
		return ""
	}
	return strings.ToLower(strings.Trim(f[0], ".,;:()\"'“”"))
}

// actionVerbs are past-tense verbs that open a strong bullet. Our own list.
var actionVerbs = set(`achieved accelerated architected automated built championed coached created cut decreased
delivered designed developed directed drove eliminated engineered established expanded grew hardened implemented
improved increased introduced launched led managed mentored migrated modernized negotiated optimized organized
owned partnered planned produced rebuilt redesigned reduced refactored resolved restructured saved scaled secured
shipped simplified spearheaded streamlined trained transformed tripled doubled won wrote analyzed authored
consolidated converted debugged deployed documented enabled generated guided identified integrated maintained
measured modeled monitored operated oversaw prototyped published recruited replaced retired reviewed ran sold
supervised taught tested upgraded validated`)

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// bulletsOf returns the bullets of experience and projects sections, where
// statements of impact belong.
func bulletsOf(in *Input) []Evidence {
	var out []Evidence
	for _, b := range in.Resume.Bullets {
		if b.Section == "experience" || b.Section == "projects" || b.Section == "header" {
			out = append(out, Evidence{Page: b.Ref.Page, Line: b.Ref.Line, Text: b.Text})
		}
	}
	return out
}

// shareCheck scores the share of bullets that pass ok: full marks at or above
// want, a warning above half of it.
func shareCheck(in *Input, want float64, ok func(string) bool, noun string) (Result, bool) {
	bs := bulletsOf(in)
	if len(bs) == 0 {
		return Result{}, false
	}
	var bad []Evidence
	for _, b := range bs {
		if !ok(b.Text) {
			bad = append(bad, b)
		}
	}
	share := float64(len(bs)-len(bad)) / float64(len(bs))
	r := Result{Earned: min(1, share/want), Evidence: bad}
	r.Message = pct(share) + " of your bullets " + noun + " (aim for " + pct(want) + " or more)."
	switch {
	case share >= want:
		r.Status = Pass
	case share >= want/2:
		r.Status = Warn
	default:
		r.Status = Fail
	}
	return r, true
}

func pct(f float64) string {
	return strconv.Itoa(int(f*100+0.5)) + "%"
}
