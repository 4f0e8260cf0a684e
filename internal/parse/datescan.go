package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The date scanner finds date shapes by hand rather than with one regular
// expression: the expression was an alternation of some hundred month names
// that the matcher tried at every byte of every line, and it was the single
// largest cost of checking a résumé. The shapes, tried in this order at each
// position, leftmost first:
//
//	month or season name [.] [,] YYYY | 'YY    "Jan. 2020", "Summer '21"
//	D[D] . or / D[D] . or / YYYY             "01.03.2019", "3/14/2020"
//	M[M] . / or - YYYY                        "01/2020"
//	YYYY . / or - M[M]                        "2020-01"
//	19YY or 20YY as a whole word              "2020"
//
// optionally followed by a dash (-, –, —, ‒) or a word ("to", "bis", "a", …)
// and a second date or a word for the present.

// rangeMatch is where a range sits in a line: the first date is
// [start, firstEnd), the second (or the present word) [second, end), with
// second -1 when there is only one date.
type rangeMatch struct {
	start, firstEnd, second, end int
}

// nextRange returns the leftmost range shape in low at or after from.
func nextRange(low string, from int) (rangeMatch, bool) {
	for i := from; i < len(low); i++ {
		e := matchDate(low, i)
		if e < 0 {
			continue
		}
		m := rangeMatch{start: i, firstEnd: e, second: -1, end: e}
		if s, end := matchSecond(low, e); s >= 0 {
			m.second, m.end = s, end
		}
		return m, true
	}
	return rangeMatch{}, false
}

// matchSecond reads a separator and a second date or present word at i.
func matchSecond(low string, i int) (start, end int) {
	// A dash, with optional spaces around it.
	j := skipSpaces(low, i)
	k := j
	for k < len(low) {
		r, n := utf8.DecodeRuneInString(low[k:])
		if r != '-' && r != '–' && r != '—' && r != '‒' {
			break
		}
		k += n
	}
	if k > j {
		k = skipSpaces(low, k)
		if e := matchEnd(low, k); e >= 0 {
			return k, e
		}
	}
	// A word between spaces.
	j = skipSpaces(low, i)
	if j == i {
		return -1, -1
	}
	for _, w := range rangeWords {
		if !strings.HasPrefix(low[j:], w) {
			continue
		}
		k := skipSpaces(low, j+len(w))
		if k == j+len(w) {
			continue
		}
		if e := matchEnd(low, k); e >= 0 {
			return k, e
		}
	}
	return -1, -1
}

// matchEnd reads the end of a range at i: a date or a word for the present.
func matchEnd(low string, i int) int {
	if e := matchDate(low, i); e >= 0 {
		return e
	}
	for _, w := range presentWords {
		if strings.HasPrefix(low[i:], w) {
			return i + len(w)
		}
	}
	return -1
}

// matchDate returns the end of a date shape starting at i, or -1.
func matchDate(low string, i int) int {
	if i >= len(low) {
		return -1
	}
	c := low[i]
	if c >= '0' && c <= '9' {
		return matchNumeric(low, i)
	}
	if c < 'a' && c < utf8.RuneSelf {
		return -1
	}
	return matchNamed(low, i)
}

// matchNamed reads a month or season name, then a year: "jan. 2020",
// "summer '21". The name must start a word ("Grammar 2019" holds no March).
func matchNamed(low string, i int) int {
	if i > 0 {
		if r, _ := utf8.DecodeLastRuneInString(low[:i]); unicode.IsLetter(r) {
			return -1
		}
	}
	j := i
	for j < len(low) {
		r, n := utf8.DecodeRuneInString(low[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += n
	}
	if j == i {
		return -1
	}
	word := low[i:j]
	if !isASCII(word) {
		word = strings.ToLower(word)
	}
	if _, ok := monthNames[word]; ok {
		if j < len(low) && low[j] == '.' {
			j++
		}
	} else if _, ok := seasons[word]; !ok {
		return -1
	}
	j = skipSpaces(low, j)
	if j < len(low) && low[j] == ',' {
		j = skipSpaces(low, j+1)
	}
	if digitsAt(low, j, 4) {
		return j + 4
	}
	if j < len(low) && low[j] == '\'' && digitsAt(low, j+1, 2) {
		return j + 3
	}
	return -1
}

// matchNumeric tries the numeric shapes in order; the one- or two-digit
// parts prefer two digits, as a greedy expression would.
func matchNumeric(low string, i int) int {
	// D[D] sep D[D] sep YYYY
	for _, a := range [2]int{2, 1} {
		if !digitsAt(low, i, a) || !sepAt(low, i+a, "./") {
			continue
		}
		for _, b := range [2]int{2, 1} {
			j := i + a + 1
			if digitsAt(low, j, b) && sepAt(low, j+b, "./") && digitsAt(low, j+b+1, 4) {
				return j + b + 5
			}
		}
	}
	// M[M] sep YYYY
	for _, a := range [2]int{2, 1} {
		if digitsAt(low, i, a) && sepAt(low, i+a, "./-") && digitsAt(low, i+a+1, 4) {
			return i + a + 5
		}
	}
	// YYYY sep M[M], ending a word
	if digitsAt(low, i, 4) && sepAt(low, i+4, "./-") {
		for _, b := range [2]int{2, 1} {
			if e := i + 5 + b; digitsAt(low, i+5, b) && !wordByteAt(low, e) {
				return e
			}
		}
	}
	// 19YY or 20YY as a whole word
	if (i == 0 || !wordByteAt(low, i-1)) && digitsAt(low, i, 4) && (low[i:i+2] == "19" || low[i:i+2] == "20") && !wordByteAt(low, i+4) {
		return i + 4
	}
	return -1
}

// digitsAt says whether s holds n ASCII digits at i.
func digitsAt(s string, i, n int) bool {
	if i < 0 || i+n > len(s) {
		return false
	}
	for k := i; k < i+n; k++ {
		if s[k] < '0' || s[k] > '9' {
			return false
		}
	}
	return true
}

func sepAt(s string, i int, seps string) bool {
	return i < len(s) && strings.IndexByte(seps, s[i]) >= 0
}

// wordByteAt says whether s[i] is an ASCII word character (a letter, digit
// or underscore); outside s it is not.
func wordByteAt(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	c := s[i]
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

func skipSpaces(s string, i int) int {
	for i < len(s) && isSpace(s[i]) {
		i++
	}
	return i
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// readNumericDate splits "01.03.2019", "3/14/2020", "2020-01" or "01/2020"
// into its digit runs: a of 1–4 digits, b of 1–2, and c of 4 or empty.
func readNumericDate(s string) (a, b, c string, ok bool) {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i > 4 || !sepAt(s, i, "./-") {
		return "", "", "", false
	}
	a = s[:i]
	j := i + 1
	k := j
	for k < len(s) && s[k] >= '0' && s[k] <= '9' {
		k++
	}
	if k == j || k-j > 2 {
		return "", "", "", false
	}
	b = s[j:k]
	if k == len(s) {
		return a, b, "", true
	}
	if sepAt(s, k, "./") && len(s)-k-1 == 4 && digitsAt(s, k+1, 4) {
		return a, b, s[k+1:], true
	}
	return "", "", "", false
}
