package jd

import (
	"math/rand"
	"regexp"
	"strings"
	"testing"
)

// The expressions the patterns in match.go stand for.
var (
	niceHeadingRe = regexp.MustCompile(`(?i)^(nice[ -]to[ -]have|preferred|bonus|plus|pluses|desired|desirable|good to have|extra credit|wünschenswert|von vorteil|deseable|souhaité|diferencial)`)
	mustHeadingRe = regexp.MustCompile(`(?i)^(requirements|required|must[ -]haves?|qualifications|minimum qualifications|basic qualifications|what you(?:'|’)ll need|what we(?:'|’)re looking for|you have|who you are|skills|responsibilities|what you(?:'|’)ll do|anforderungen|requisitos|profil recherché|exigences)`)
	niceCueRe     = regexp.MustCompile(`(?i)\b(nice to have|a plus|is a plus|are a plus|preferred|bonus|desirable|ideally|familiarity with|exposure to|would be great|good to have|von vorteil|deseable)\b`)
	yearsRe       = regexp.MustCompile(`(?i)(\d{1,2})\s*\+?\s*(?:-|–|to)?\s*(?:\d{1,2}\s*)?\+?\s*(?:years?|yrs?|jahre|años|ans|anos)`)
	titleRe       = regexp.MustCompile(`(?i)^(?:job title|title|position|role)\s*:\s*(.+)$`)
	educationRes  = []*regexp.Regexp{
		regexp.MustCompile(`(?i)\b(ph\.?d|doctorate|doctoral)\b`),
		regexp.MustCompile(`(?i)\b(master'?s|m\.?s\.?c?|mba|m\.?eng)\b(?:\s+degree|\s+in|\s+or)`),
		regexp.MustCompile(`(?i)\b(bachelor'?s|b\.?s\.?c?|b\.?a\.?|b\.?eng|undergraduate degree|university degree|college degree)\b`),
		regexp.MustCompile(`(?i)\bassociate'?s degree\b`),
	}
	degreeRes = []*regexp.Regexp{
		regexp.MustCompile(`(?i)^(ph\.?\s?d|d\.?phil|doctor|doctorado|doutorado|doctorat|promotion|dr\.)`),
		regexp.MustCompile(`(?i)^(m\.?\s?s\.?c?\b|m\.?\s?a\.?\b|mba|m\.?\s?eng|m\.?\s?phil|m\.?\s?ed|msn|master|máster|maestría|mestrado|magister|diplom)`),
		regexp.MustCompile(`(?i)^(b\.?\s?s\.?c?\b|b\.?\s?a\.?\b|b\.?\s?eng|b\.?\s?tech|b\.?\s?f\.?\s?a|b\.?\s?b\.?\s?a|b\.?\s?com|bsn|bachelor|licenciatura|licenciad[oa]|grado|bacharelado|licence|ingenier|engenharia)`),
		regexp.MustCompile(`(?i)^(associate|a\.?\s?s\.?\b|a\.?\s?a\.?\b)`),
	}
)

// jdLines are generated lines made of the patterns' words, cut, in other
// cases, with the characters (?i) also folds (ſ, K) and what sits around.
func jdLines(n int) []string {
	rng := rand.New(rand.NewSource(1))
	var atoms []string
	for _, re := range append(append([]*regexp.Regexp{niceHeadingRe, mustHeadingRe, niceCueRe, yearsRe, titleRe}, educationRes...), degreeRes...) {
		src := strings.NewReplacer(`(?i)`, "", `\b`, "", `\s`, " ", `\.`, ".", `\d`, "7", `?`, "", `(`, "|", `)`, "|", `[`, "|", `]`, "|", `{1,2}`, "", `^`, "", `$`, "", `+`, "|+|", `*`, "", `:`, "|:|").Replace(re.String())
		for _, w := range strings.Split(src, "|") {
			if w != "" {
				atoms = append(atoms, w, strings.ToUpper(w))
				if len(w) > 2 {
					atoms = append(atoms, w[:len(w)-1], w[1:])
				}
			}
		}
	}
	atoms = append(atoms, " ", "  ", "\t", "\n", ".", "'", "’", "-", "–", "+", ":", "1", "12", "123", "2020", "ſ", "\u212a", "x", "é", "É", "_", ",", "s", "S", " degree", " in", " or", " In", "MS", "M.S", "msc", "MBA", "M.Eng", "Master's", " MS in", " master's degree", " M.Sc or", "MBA  degree", "m.eng\tIn", "Title:", "ROLE :", "position:\t", "job title: ")
	out := []string{"", "Job Title: Senior Go Engineer", "5+ years", "3-5 yrs", "10 to 12 Jahre", "MS in CS", "B.S.", "M.Sc", "PhD", "Associate's degree"}
	for len(out) < n {
		var b strings.Builder
		for k := rng.Intn(7); k >= 0; k-- {
			b.WriteString(atoms[rng.Intn(len(atoms))])
		}
		out = append(out, b.String())
	}
	return out
}

// Each pattern matches where its expression does, with the same groups.
func TestPatternsLikeRegexp(t *testing.T) {
	bad := 0
	fail := func(what, l string, got, want any) {
		if bad++; bad <= 30 {
			t.Errorf("%s(%+q) = %v, regexp %v", what, l, got, want)
		}
	}
	hits := map[string]int{}
	for _, l := range jdLines(60000) {
		same := func(what string, got, want bool) {
			if want {
				hits[what]++
			}
			if got != want {
				fail(what, l, got, want)
			}
		}
		same("niceHeadings", anchored(l, niceHeadings...), niceHeadingRe.MatchString(l))
		same("mustHeadings", anchored(l, mustHeadings...), mustHeadingRe.MatchString(l))
		same("niceCues", anywhere(l, niceCues...), niceCueRe.MatchString(l))
		for i, e := range educationLevels {
			same("education "+e.level, anywhere(l, e.pats...), educationRes[i].MatchString(l))
		}
		for i, d := range degreeLevels {
			same("degree "+d.level, anchored(l, d.pats...), degreeRes[i].MatchString(l))
		}
		m := yearsRe.FindStringSubmatch(l)
		if n, ok := yearsAsked(l); ok != (m != nil) || ok && n != m[1] {
			fail("yearsAsked", l, []any{n, ok}, m)
		} else if ok {
			hits["years"]++
		}
		m = titleRe.FindStringSubmatch(l)
		if s, ok := jobTitle(l); ok != (m != nil) || ok && s != m[1] {
			fail("jobTitle", l, []any{s, ok}, m)
		} else if ok {
			hits["title"]++
		}
	}
	if len(hits) != 13 {
		t.Errorf("some patterns never matched: %v", hits)
	}
	for k, n := range hits {
		if n < 20 {
			t.Errorf("%s matched only %d generated lines", k, n)
		}
	}
	t.Logf("lines matched: %v", hits)
}
