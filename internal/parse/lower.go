package parse

import (
	"unicode"
	"unicode/utf8"
)

// appendLower appends strings.ToLower(s) to b, rune by rune, so that a
// caller can lower-case a word into a stack buffer: a byte that is not
// UTF-8 becomes U+FFFD, as strings.ToLower writes it.
func appendLower(b []byte, s string) []byte {
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

// trimBytes is strings.Trim for a cutset of ASCII bytes, on a byte slice.
func trimBytes(b []byte, cutset string) []byte {
	for len(b) > 0 && indexByte(cutset, b[0]) {
		b = b[1:]
	}
	for len(b) > 0 && indexByte(cutset, b[len(b)-1]) {
		b = b[:len(b)-1]
	}
	return b
}

func indexByte(s string, c byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return true
		}
	}
	return false
}
