package extract

import (
	"strings"
	"unicode/utf8"
)

// Hand-written matchers for the few Markdown patterns readText needs, so
// that the package carries no regular expressions. Each says, in the
// comment, the regular expression it matches exactly as Go's regexp
// package does (leftmost-first, \s and \w in ASCII); markdown_test.go
// checks them against those expressions on many generated lines.

// isSpaceRE is \s: [\t\n\f\r ].
func isSpaceRE(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// isWordRE is \w: [0-9A-Za-z_].
func isWordRE(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_'
}

// collapseTabRuns is `[ ]*\t[\t ]*` replaced by "\t": each run of spaces
// and tabs holding a tab becomes one tab.
func collapseTabRuns(s string) string {
	if strings.IndexByte(s, '\t') < 0 {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if s[i] != ' ' && s[i] != '\t' {
			b.WriteByte(s[i])
			i++
			continue
		}
		j, tab := i, false
		for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
			tab = tab || s[j] == '\t'
			j++
		}
		if tab {
			b.WriteByte('\t')
		} else {
			b.WriteString(s[i:j])
		}
		i = j
	}
	return b.String()
}

// mdHeading is `^(#{1,6})\s+(.*?)\s*#*\s*$`: the level and the text of an
// ATX heading.
func mdHeading(l string) (level int, text string, ok bool) {
	n := 0
	for n < len(l) && l[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || n == len(l) || !isSpaceRE(l[n]) {
		return 0, "", false
	}
	i := n
	for i < len(l) && isSpaceRE(l[i]) {
		i++
	}
	e := len(l)
	for e > i && isSpaceRE(l[e-1]) {
		e--
	}
	for e > i && l[e-1] == '#' {
		e--
	}
	for e > i && isSpaceRE(l[e-1]) {
		e--
	}
	if strings.IndexByte(l[i:e], '\n') >= 0 {
		return 0, "", false
	}
	return n, l[i:e], true
}

// mdListItem is `^(\s*)(?:[-*+]|\d{1,2}[.)])\s+(.*)$`: whether the line is
// indented, and the item's text.
func mdListItem(l string) (indented bool, text string, ok bool) {
	i := 0
	for i < len(l) && isSpaceRE(l[i]) {
		i++
	}
	j := i
	switch {
	case j < len(l) && (l[j] == '-' || l[j] == '*' || l[j] == '+'):
		j++
	default:
		for j < len(l) && l[j] >= '0' && l[j] <= '9' {
			j++
		}
		if j == i || j-i > 2 || j == len(l) || l[j] != '.' && l[j] != ')' {
			return false, "", false
		}
		j++
	}
	if j == len(l) || !isSpaceRE(l[j]) {
		return false, "", false
	}
	for j < len(l) && isSpaceRE(l[j]) {
		j++
	}
	if strings.IndexByte(l[j:], '\n') >= 0 {
		return false, "", false
	}
	return i > 0, l[j:], true
}

// mdLinkAt matches `!?\[([^\]]*)\]\(([^)\s]+)(?:\s+"[^"]*")?\)` at s[i:],
// returning its end, text and target.
func mdLinkAt(s string, i int) (end int, text, target string, ok bool) {
	if i < len(s) && s[i] == '!' {
		i++
	}
	if i >= len(s) || s[i] != '[' {
		return 0, "", "", false
	}
	close := strings.IndexByte(s[i+1:], ']')
	if close < 0 {
		return 0, "", "", false
	}
	text = s[i+1 : i+1+close]
	j := i + 1 + close + 1
	if j >= len(s) || s[j] != '(' {
		return 0, "", "", false
	}
	j++
	u := j
	for j < len(s) && s[j] != ')' && !isSpaceRE(s[j]) {
		j++
	}
	if j == u || j == len(s) {
		return 0, "", "", false
	}
	target = s[u:j]
	if isSpaceRE(s[j]) {
		for j < len(s) && isSpaceRE(s[j]) {
			j++
		}
		if j == len(s) || s[j] != '"' {
			return 0, "", "", false
		}
		q := strings.IndexByte(s[j+1:], '"')
		if q < 0 {
			return 0, "", "", false
		}
		j += 1 + q + 1
	}
	if j == len(s) || s[j] != ')' {
		return 0, "", "", false
	}
	return j + 1, text, target, true
}

// hasMdLink is mdLinkRe.MatchString.
func hasMdLink(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '!' || s[i] == '[' {
			if _, _, _, ok := mdLinkAt(s, i); ok {
				return true
			}
		}
	}
	return false
}

// replaceMdLinks is mdLinkRe.ReplaceAllStringFunc with f given the match's
// text and target and whether it is an image.
func replaceMdLinks(s string, f func(text, target string, image bool) string) string {
	out, _ := replaceAllAt(s, func(s string, i int) (int, string, bool) {
		if s[i] != '!' && s[i] != '[' {
			return 0, "", false
		}
		end, text, target, ok := mdLinkAt(s, i)
		if !ok {
			return 0, "", false
		}
		return end, f(text, target, s[i] == '!'), true
	})
	return out
}

// unwrapAutolinks is `<((?:https?://|mailto:)[^>\s]+)>` replaced by "$1".
func unwrapAutolinks(s string) string {
	out, _ := replaceAllAt(s, func(s string, i int) (int, string, bool) {
		if s[i] != '<' {
			return 0, "", false
		}
		rest := s[i+1:]
		var p int
		switch {
		case strings.HasPrefix(rest, "http://"):
			p = 7
		case strings.HasPrefix(rest, "https://"):
			p = 8
		case strings.HasPrefix(rest, "mailto:"):
			p = 7
		default:
			return 0, "", false
		}
		j := p
		for j < len(rest) && rest[j] != '>' && !isSpaceRE(rest[j]) {
			j++
		}
		if j == p || j == len(rest) || rest[j] != '>' {
			return 0, "", false
		}
		return i + 1 + j + 1, rest[:j], true
	})
	return out
}

// replaceAllAt replaces each match at finds by what it makes of it, left
// to right, trying each character of s as a start the way Go's regexp does,
// and says whether there was one. A match is never empty.
func replaceAllAt(s string, at func(s string, i int) (end int, repl string, ok bool)) (string, bool) {
	var b []byte
	last, found := 0, false
	for p := 0; p < len(s); {
		if end, repl, ok := at(s, p); ok {
			b = append(append(b, s[last:p]...), repl...)
			last, p, found = end, end, true
			continue
		}
		_, size := utf8.DecodeRuneInString(s[p:])
		p += size
	}
	if !found {
		return s, false
	}
	return string(append(b, s[last:]...)), true
}

// mdEmphasisAt matches
// `(\*\*|__)(.+?)(\*\*|__)|(^|[^\w*])[*_]([^*_\s][^*_]*?)[*_]([^\w*]|$)`
// at s[p:], returning its end and what "$2$4$5$6" makes of it.
func mdEmphasisAt(s string, p int) (end int, repl string, ok bool) {
	// (\*\*|__)(.+?)(\*\*|__)
	if p+1 < len(s) && (s[p] == '*' && s[p+1] == '*' || s[p] == '_' && s[p+1] == '_') {
		a := p + 2
		if a < len(s) && s[a] != '\n' {
			_, size := utf8.DecodeRuneInString(s[a:])
			for e := a + size; e+1 < len(s); e++ {
				if s[e] == '\n' {
					break
				}
				if s[e] == '*' && s[e+1] == '*' || s[e] == '_' && s[e+1] == '_' {
					return e + 2, s[a:e], true
				}
			}
		}
	}
	// (^|[^\w*])[*_]([^*_\s][^*_]*?)[*_]([^\w*]|$)
	rest := func(q int) (int, string, bool) {
		if q >= len(s) || s[q] != '*' && s[q] != '_' {
			return 0, "", false
		}
		a := q + 1
		if a >= len(s) || s[a] == '*' || s[a] == '_' || isSpaceRE(s[a]) {
			return 0, "", false
		}
		_, size := utf8.DecodeRuneInString(s[a:])
		c := a + size
		for c < len(s) && s[c] != '*' && s[c] != '_' {
			c++
		}
		if c == len(s) {
			return 0, "", false
		}
		if c+1 == len(s) {
			return c + 1, s[a:c], true
		}
		if isWordRE(s[c+1]) || s[c+1] == '*' {
			return 0, "", false
		}
		_, size = utf8.DecodeRuneInString(s[c+1:])
		return c + 1 + size, s[a:c] + s[c+1:c+1+size], true
	}
	if p == 0 {
		if e, r, ok := rest(0); ok {
			return e, r, true
		}
	}
	if p < len(s) && !isWordRE(s[p]) && s[p] != '*' {
		_, size := utf8.DecodeRuneInString(s[p:])
		if e, r, ok := rest(p + size); ok {
			return e, s[p:p+size] + r, true
		}
	}
	return 0, "", false
}

// replaceMdEmphasis is mdEmphRe.ReplaceAllString(s, "$2$4$5$6"), and
// whether there was a match.
func replaceMdEmphasis(s string) (string, bool) { return replaceAllAt(s, mdEmphasisAt) }

// isMdRule is `^\s*(?:[-*_]\s*){3,}$`: a thematic break.
func isMdRule(l string) bool {
	marks := 0
	for i := 0; i < len(l); i++ {
		switch c := l[i]; {
		case c == '-' || c == '*' || c == '_':
			marks++
		case !isSpaceRE(c):
			return false
		}
	}
	return marks >= 3
}
