package check

import (
	"unicode"
	"unicode/utf8"
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

func hasJunk(s string) bool {
	// ASCII is classed in place: only its control characters are junk.
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < ' ' && c != '\t' || c == 0x7f {
				return true
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if junkRune(r) {
			return true
		}
		i += w
	}
	return false
}
