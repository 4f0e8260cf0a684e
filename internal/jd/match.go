package jd

import (
	"github.com/resumescore/resumescore/internal/textmatch"
)

// Small matchers for the package's patterns, so that it carries no regular
// expressions. A pattern is a sequence of parts matched as (?i) does, each
// rune against a rune of the same simple case folding; \s and \b are
// ASCII's, as in Go's regexp. match_test.go checks every pattern against
// the regular expression it stands for.

type part struct {
	alts  []string // one of these, or with opt none of them
	opt   bool
	space byte // a run of \s: '?' (at most one), '*' or '+'
	bound bool // \b
}

func isSpaceRE(c byte) bool { return textmatch.Space(c) }

func atBoundary(s string, i int) bool { return textmatch.Boundary(s, i) }

// foldPrefix matches word at s[i:] as (?i) does, returning its end.
func foldPrefix(s string, i int, word string) (int, bool) {
	e := textmatch.FoldAt(s, i, word)
	return e, e >= 0
}

// matchAt says whether the parts match at s[i:].
func matchAt(s string, i int, ps []part) bool {
	if len(ps) == 0 {
		return true
	}
	p, rest := ps[0], ps[1:]
	switch {
	case p.bound:
		return atBoundary(s, i) && matchAt(s, i, rest)
	case p.space != 0:
		n := 0
		for i+n < len(s) && isSpaceRE(s[i+n]) {
			n++
		}
		if p.space == '?' {
			n = min(n, 1)
		}
		least := 0
		if p.space == '+' {
			least = 1
		}
		for k := n; k >= least; k-- {
			if matchAt(s, i+k, rest) {
				return true
			}
		}
		return false
	}
	for _, a := range p.alts {
		if e, ok := foldPrefix(s, i, a); ok && matchAt(s, e, rest) {
			return true
		}
	}
	return p.opt && matchAt(s, i, rest)
}

// anchored says whether one of the patterns matches at the start of s.
func anchored(s string, pats ...[]part) bool {
	for _, p := range pats {
		if matchAt(s, 0, p) {
			return true
		}
	}
	return false
}

// anywhere says whether one of the patterns matches somewhere in s.
func anywhere(s string, pats ...[]part) bool {
	for i := 0; i <= len(s); i++ {
		for _, p := range pats {
			if matchAt(s, i, p) {
				return true
			}
		}
	}
	return false
}

// niceHeadings is `(?i)^(nice[ -]to[ -]have|preferred|bonus|plus|pluses|desired|desirable|good to have|extra credit|wünschenswert|von vorteil|deseable|souhaité|diferencial)`.
var niceHeadings = [][]part{
	{{alts: []string{"nice"}}, {alts: []string{" ", "-"}}, {alts: []string{"to"}}, {alts: []string{" ", "-"}}, {alts: []string{"have"}}},
	{{alts: []string{"preferred", "bonus", "plus", "pluses", "desired", "desirable", "good to have", "extra credit", "wünschenswert", "von vorteil", "deseable", "souhaité", "diferencial"}}},
}

// mustHeadings is `(?i)^(requirements|required|must[ -]haves?|qualifications|minimum qualifications|basic qualifications|what you(?:'|’)ll need|what we(?:'|’)re looking for|you have|who you are|skills|responsibilities|what you(?:'|’)ll do|anforderungen|requisitos|profil recherché|exigences)`.
var mustHeadings = [][]part{
	{{alts: []string{"requirements", "required"}}},
	{{alts: []string{"must"}}, {alts: []string{" ", "-"}}, {alts: []string{"have"}}, {alts: []string{"s"}, opt: true}},
	{{alts: []string{"qualifications", "minimum qualifications", "basic qualifications"}}},
	{{alts: []string{"what you"}}, {alts: []string{"'", "’"}}, {alts: []string{"ll need", "ll do"}}},
	{{alts: []string{"what we"}}, {alts: []string{"'", "’"}}, {alts: []string{"re looking for"}}},
	{{alts: []string{"you have", "who you are", "skills", "responsibilities", "anforderungen", "requisitos", "profil recherché", "exigences"}}},
}

// niceCues is `(?i)\b(nice to have|a plus|is a plus|are a plus|preferred|bonus|desirable|ideally|familiarity with|exposure to|would be great|good to have|von vorteil|deseable)\b`.
var niceCues = [][]part{
	{{bound: true}, {alts: []string{"nice to have", "a plus", "is a plus", "are a plus", "preferred", "bonus", "desirable", "ideally", "familiarity with", "exposure to", "would be great", "good to have", "von vorteil", "deseable"}}, {bound: true}},
}

// yearsAfter is what follows the first number of
// `(?i)(\d{1,2})\s*\+?\s*(?:-|–|to)?\s*(?:\d{1,2}\s*)?\+?\s*(?:years?|yrs?|jahre|años|ans|anos)`,
// with the second number and without.
var yearsAfter = [][]part{
	{{space: '*'}, {alts: []string{"+"}, opt: true}, {space: '*'}, {alts: []string{"-", "–", "to"}, opt: true}, {space: '*'}, {alts: []string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}}, {alts: []string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}, opt: true}, {space: '*'}, {alts: []string{"+"}, opt: true}, {space: '*'}, {alts: []string{"years", "year", "yrs", "yr", "jahre", "años", "ans", "anos"}}},
	{{space: '*'}, {alts: []string{"+"}, opt: true}, {space: '*'}, {alts: []string{"-", "–", "to"}, opt: true}, {space: '*'}, {alts: []string{"+"}, opt: true}, {space: '*'}, {alts: []string{"years", "year", "yrs", "yr", "jahre", "años", "ans", "anos"}}},
}

// yearsAsked is the first group of yearsAfter's expression's leftmost match.
func yearsAsked(s string) (string, bool) {
	for i := 0; i < len(s); i++ {
		for n := 2; n >= 1; n-- {
			if i+n > len(s) || !isDigit(s[i]) || !isDigit(s[i+n-1]) {
				continue
			}
			for _, p := range yearsAfter {
				if matchAt(s, i+n, p) {
					return s[i : i+n], true
				}
			}
		}
	}
	return "", false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// jobTitle is the group of `(?i)^(?:job title|title|position|role)\s*:\s*(.+)$`.
func jobTitle(s string) (string, bool) {
	for _, label := range []string{"job title", "title", "position", "role"} {
		i, ok := foldPrefix(s, 0, label)
		if !ok {
			continue
		}
		for i < len(s) && isSpaceRE(s[i]) {
			i++
		}
		if i == len(s) || s[i] != ':' {
			continue
		}
		j := i + 1
		k := j
		for k < len(s) && isSpaceRE(s[k]) {
			k++
		}
		if k == len(s) && k > j {
			k-- // (.+) takes back the last space
		}
		if k == len(s) || s[k] == '\n' {
			return "", false
		}
		for x := k; x < len(s); x++ {
			if s[x] == '\n' {
				return "", false
			}
		}
		return s[k:], true
	}
	return "", false
}

// Education levels a description asks for, each the expression in its
// comment.
// `(?i)\b(ph\.?d|doctorate|doctoral)\b`
var askDoctorate = [][]part{
	{{bound: true}, {alts: []string{"ph"}}, {alts: []string{"."}, opt: true}, {alts: []string{"d"}}, {bound: true}},
	{{bound: true}, {alts: []string{"doctorate", "doctoral"}}, {bound: true}},
}

// `(?i)\b(master'?s|m\.?s\.?c?|mba|m\.?eng)\b(?:\s+degree|\s+in|\s+or)`
var askMaster = [][]part{
	{{bound: true}, {alts: []string{"master"}}, {alts: []string{"'"}, opt: true}, {alts: []string{"s"}}, {bound: true}, {space: '+'}, {alts: []string{"degree", "in", "or"}}},
	{{bound: true}, {alts: []string{"m"}}, {alts: []string{"."}, opt: true}, {alts: []string{"s"}}, {alts: []string{"."}, opt: true}, {alts: []string{"c"}, opt: true}, {bound: true}, {space: '+'}, {alts: []string{"degree", "in", "or"}}},
	{{bound: true}, {alts: []string{"mba"}}, {bound: true}, {space: '+'}, {alts: []string{"degree", "in", "or"}}},
	{{bound: true}, {alts: []string{"m"}}, {alts: []string{"."}, opt: true}, {alts: []string{"eng"}}, {bound: true}, {space: '+'}, {alts: []string{"degree", "in", "or"}}},
}

// `(?i)\b(bachelor'?s|b\.?s\.?c?|b\.?a\.?|b\.?eng|undergraduate degree|university degree|college degree)\b`
var askBachelor = [][]part{
	{{bound: true}, {alts: []string{"bachelor"}}, {alts: []string{"'"}, opt: true}, {alts: []string{"s"}}, {bound: true}},
	{{bound: true}, {alts: []string{"b"}}, {alts: []string{"."}, opt: true}, {alts: []string{"s"}}, {alts: []string{"."}, opt: true}, {alts: []string{"c"}, opt: true}, {bound: true}},
	{{bound: true}, {alts: []string{"b"}}, {alts: []string{"."}, opt: true}, {alts: []string{"a"}}, {alts: []string{"."}, opt: true}, {bound: true}},
	{{bound: true}, {alts: []string{"b"}}, {alts: []string{"."}, opt: true}, {alts: []string{"eng"}}, {bound: true}},
	{{bound: true}, {alts: []string{"undergraduate degree", "university degree", "college degree"}}, {bound: true}},
}

// `(?i)\bassociate'?s degree\b`
var askAssociate = [][]part{
	{{bound: true}, {alts: []string{"associate"}}, {alts: []string{"'"}, opt: true}, {alts: []string{"s degree"}}, {bound: true}},
}

// Degree levels as résumés name them, each the expression in its comment.
// `(?i)^(ph\.?\s?d|d\.?phil|doctor|doctorado|doutorado|doctorat|promotion|dr\.)`
var degreeDoctorate = [][]part{
	{{alts: []string{"ph"}}, {alts: []string{"."}, opt: true}, {space: '?'}, {alts: []string{"d"}}},
	{{alts: []string{"d"}}, {alts: []string{"."}, opt: true}, {alts: []string{"phil"}}},
	{{alts: []string{"doctor", "doctorado", "doutorado", "doctorat", "promotion", "dr."}}},
}

// `(?i)^(m\.?\s?s\.?c?\b|m\.?\s?a\.?\b|mba|m\.?\s?eng|m\.?\s?phil|m\.?\s?ed|msn|master|máster|maestría|mestrado|magister|diplom)`
var degreeMaster = [][]part{
	{{alts: []string{"m"}}, {alts: []string{"."}, opt: true}, {space: '?'}, {alts: []string{"s"}}, {alts: []string{"."}, opt: true}, {alts: []string{"c"}, opt: true}, {bound: true}},
	{{alts: []string{"m"}}, {alts: []string{"."}, opt: true}, {space: '?'}, {alts: []string{"a"}}, {alts: []string{"."}, opt: true}, {bound: true}},
	{{alts: []string{"m"}}, {alts: []string{"."}, opt: true}, {space: '?'}, {alts: []string{"eng", "phil", "ed"}}},
	{{alts: []string{"mba", "msn", "master", "máster", "maestría", "mestrado", "magister", "diplom"}}},
}

// `(?i)^(b\.?\s?s\.?c?\b|b\.?\s?a\.?\b|b\.?\s?eng|b\.?\s?tech|b\.?\s?f\.?\s?a|b\.?\s?b\.?\s?a|b\.?\s?com|bsn|bachelor|licenciatura|licenciad[oa]|grado|bacharelado|licence|ingenier|engenharia)`
var degreeBachelor = [][]part{
	{{alts: []string{"b"}}, {alts: []string{"."}, opt: true}, {space: '?'}, {alts: []string{"s"}}, {alts: []string{"."}, opt: true}, {alts: []string{"c"}, opt: true}, {bound: true}},
	{{alts: []string{"b"}}, {alts: []string{"."}, opt: true}, {space: '?'}, {alts: []string{"a"}}, {alts: []string{"."}, opt: true}, {bound: true}},
	{{alts: []string{"b"}}, {alts: []string{"."}, opt: true}, {space: '?'}, {alts: []string{"eng", "tech", "com"}}},
	{{alts: []string{"b"}}, {alts: []string{"."}, opt: true}, {space: '?'}, {alts: []string{"f", "b"}}, {alts: []string{"."}, opt: true}, {space: '?'}, {alts: []string{"a"}}},
	{{alts: []string{"bsn", "bachelor", "licenciatura", "licenciado", "licenciada", "grado", "bacharelado", "licence", "ingenier", "engenharia"}}},
}

// `(?i)^(associate|a\.?\s?s\.?\b|a\.?\s?a\.?\b)`
var degreeAssociate = [][]part{
	{{alts: []string{"associate"}}},
	{{alts: []string{"a"}}, {alts: []string{"."}, opt: true}, {space: '?'}, {alts: []string{"s", "a"}}, {alts: []string{"."}, opt: true}, {bound: true}},
}
