package check

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

var checkLanguageAllCaps = &Check{
	ID:       "language.all-caps",
	Category: Language,
	Title:    "Body text is not in capitals",
	Why:      "Capitals are slower to read and read as shouting; in body text they also hide which words are real acronyms.",
	Fix:      "Write bullets and the summary in sentence case; keep capitals for acronyms and, if you like, headings.",
	Before:   "INCREASED SALES BY 20% IN THE NORTH REGION",
	After:    "Increased sales 20% in the North region",
	Since:    "0.1.0",
	Weight:   1,
	Run: func(in *Input) (Result, bool) {
		return scanFacts(in, proseEvidence(in), func(t *textInfo) []string {
			if t.shouting() {
				return []string{t.s}
			}
			return nil
		}, 1, 0.34, "Body text is in sentence case.", func(hits []string, lines int) string {
			return plural(lines, "line is", "lines are") + " written in capitals."
		})
	},
}

func notLetter(r rune) bool { return !unicode.IsLetter(r) }

// allCaps is strings.ToUpper(t) == t && strings.ToLower(t) != t: capitals
// and no lower case.
func allCaps(t string) bool {
	upper := false
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c >= utf8.RuneSelf {
			return strings.ToUpper(t) == t && strings.ToLower(t) != t
		}
		if c >= 'a' && c <= 'z' {
			return false
		}
		upper = upper || c >= 'A' && c <= 'Z'
	}
	return upper
}

// shouting says whether a line is mostly capitals: two or more capitalised
// words of four letters or more that are not known acronyms or technology
// names, making up at least half its words.
func shouting(s string) bool { return newText(s).shouting() }

func (t *textInfo) shouting() bool {
	if t.once(fShouting) {
		return t.set(fShouting, readShouting(t.s))
	}
	return t.get(fShouting)
}

func readShouting(s string) bool {
	if !mayShout(s) {
		return false
	}
	loud, letters := 0, 0
	for i := 0; ; {
		start, end := nextField(s, i)
		if start == end {
			break
		}
		w := s[start:end]
		i = end
		t := strings.TrimFunc(w, notLetter)
		if t == "" {
			continue
		}
		letters++
		if utf8.RuneCountInString(t) < 4 || !allCaps(t) {
			continue
		}
		if acronyms[t] {
			continue
		}
		if _, tech := techLookup(t); tech {
			continue
		}
		loud++
	}
	return loud >= 2 && loud*2 >= letters
}

// mayShout is what readShouting needs of an ASCII line: two capitals each
// followed by a character that is neither lower case nor white space, as
// every loud word of four or more characters starts. It says yes to any
// line with a byte that is not ASCII.
func mayShout(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return true
		}
		if c >= 'A' && c <= 'Z' && i+1 < len(s) {
			if d := s[i+1]; !(d >= 'a' && d <= 'z') && !asciiSpace[d] {
				if n++; n >= 2 {
					return true
				}
			}
		}
	}
	return n >= 2
}
