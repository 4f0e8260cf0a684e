package check

import (
	"strings"
	"unicode"
)

// linesWhere returns the evidence of every non-blank line that ok accepts.
func linesWhere(in *Input, ok func(docLine) bool) []Evidence {
	var out []Evidence
	for _, l := range in.lines() {
		if ok(l) {
			out = append(out, l.evidence())
		}
	}
	return out
}

// firstFew keeps the first n pieces of evidence.
func firstFew(ev []Evidence, n int) []Evidence {
	if len(ev) > n {
		return ev[:n]
	}
	return ev
}

// junkRune says whether a character is one an ATS shows as garbage: the
// replacement character, private-use icon glyphs, control characters.
func junkRune(r rune) bool {
	return r == '\uFFFD' || unicode.In(r, unicode.Co) || (unicode.IsControl(r) && r != '\t')
}

func hasJunk(s string) bool { return strings.IndexFunc(s, junkRune) >= 0 }
