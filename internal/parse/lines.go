package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// bulletMarks are the glyphs résumé templates put in front of a bullet.
const bulletMarks = "•◦▪▫‣⁃●○■□◆◇❖♦⬥⬤◾◼▸▹►▶➢➤➔→⇨»✦✧★☆✓✔–—-*·\uf0b7\uf0a7\uf076\uf0d8\uf0fc"

// bulletText returns the text of a bulleted line without its mark.
func bulletText(line string) (string, bool) {
	t := strings.TrimSpace(line)
	// Every mark is one rune, so only the first rune can be one.
	m, n := utf8.DecodeRuneInString(t)
	if n == 0 || m == utf8.RuneError || !strings.ContainsRune(bulletMarks, m) {
		return "", false
	}
	rest := strings.TrimSpace(t[n:])
	// "-5%" and Markdown's "*italics*" are not bullets: a dash or a star
	// needs a space after it.
	if rest == "" || ((m == '-' || m == '*') && (len(t) < 2 || t[1] != ' ')) {
		return "", false
	}
	return rest, true
}

// looksLikeName accepts one to four capitalised words (particles such as
// "de" or "van" aside) without digits or contact punctuation.
func looksLikeName(line string) bool {
	t := stripCredentials(strings.TrimSpace(line))
	f := strings.Fields(t)
	if len(f) < 1 || len(f) > 5 || strings.ContainsAny(t, "@:/|•0123456789,()") {
		return false
	}
	if _, ok := dictionaryKind(t); ok {
		return false
	}
	caps := 0
	for _, w := range f {
		r := []rune(w)[0]
		switch {
		case notNames[strings.ToLower(strings.Trim(w, ".:"))]:
			return false
		case unicode.IsUpper(r):
			caps++
		case particles[strings.ToLower(w)]:
		default:
			return false
		}
	}
	if countWords(t, titleWords) > 0 {
		return false
	}
	return caps >= 1 && (len(f) >= 2 || isAllCaps(t))
}

// stripCredentials cuts post-nominals off a name: "Samantha Ortiz, BSN, RN"
// gives "Samantha Ortiz".
func stripCredentials(s string) string {
	name, rest, ok := strings.Cut(s, ",")
	if !ok {
		return s
	}
	for _, c := range strings.Split(rest, ",") {
		if !isCredential(strings.TrimSpace(c)) {
			return s
		}
	}
	return strings.TrimSpace(name)
}

var notNames = wordSet("resume résumé curriculum vitae cv lebenslauf currículo currículum contact page")

var particles = wordSet("de da do dos das del della di du van von der den la le y e bin ibn al")
