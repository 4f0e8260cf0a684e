// Package textmatch holds the few primitives the hand-written matchers of
// parse, check and jd share, with the meaning Go's regexp gives them: \s is
// [\t\n\f\r ], \w and \b are ASCII's, and under (?i) a rune matches every
// rune of its simple case-folding orbit (the Kelvin sign matches k, the long
// s matches s). The matchers replaced regular expressions; each package's
// tests hold them to those expressions.
package textmatch

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Space is \s.
func Space(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

// Word is \w.
func Word(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_'
}

// SkipSpaces is \s*: the end of the white space from i.
func SkipSpaces(s string, i int) int {
	for i < len(s) && Space(s[i]) {
		i++
	}
	return i
}

// Boundary is \b at s[i].
func Boundary(s string, i int) bool {
	return (i > 0 && Word(s[i-1])) != (i < len(s) && Word(s[i]))
}

// FoldEq says whether two runes are equal under simple case folding.
func FoldEq(r, l rune) bool {
	if r == l {
		return true
	}
	if r == utf8.RuneError || l == utf8.RuneError {
		return false
	}
	for f := unicode.SimpleFold(l); f != l; f = unicode.SimpleFold(f) {
		if f == r {
			return true
		}
	}
	return false
}

// FoldAt returns the end of lit matched at byte i of s under (?i), or -1.
// lit's ASCII letters are written in lower case.
func FoldAt(s string, i int, lit string) int {
	for j := 0; j < len(lit); {
		if i >= len(s) {
			return -1
		}
		c, l := s[i], lit[j]
		if c < utf8.RuneSelf && l < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != l {
				return -1
			}
			i++
			j++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		lr, lw := utf8.DecodeRuneInString(lit[j:])
		if !FoldEq(r, lr) {
			return -1
		}
		i += w
		j += lw
	}
	return i
}

// AppendLower appends strings.ToLower(s) to b, rune by rune, so that a
// caller can lower-case a word into a stack buffer: a byte that is not
// UTF-8 becomes U+FFFD, as strings.ToLower writes it.
func AppendLower(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		b = utf8.AppendRune(b, unicode.ToLower(r))
		i += n
	}
	return b
}

// LastField is the last of strings.Fields(s), or "" when s has none.
func LastField(s string) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	i := strings.LastIndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return s
	}
	_, w := utf8.DecodeRuneInString(s[i:])
	return s[i+w:]
}
