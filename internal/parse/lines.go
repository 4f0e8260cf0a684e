package parse

import (
	"strings"
	"unicode"
)

// bulletMarks are the glyphs résumé templates put in front of a bullet.
const bulletMarks = "•◦▪▫‣⁃●○■□–—-*·➢➤►▶✓✔"

// bulletText returns the text of a bulleted line without its mark.
func bulletText(line string) (string, bool) {
	t := strings.TrimSpace(line)
	for _, m := range bulletMarks {
		if rest, ok := strings.CutPrefix(t, string(m)); ok {
			rest = strings.TrimSpace(rest)
			if rest == "" || (m == '-' && !strings.HasPrefix(t, "- ")) {
				return "", false
			}
			return rest, true
		}
	}
	return "", false
}

// looksLikeName accepts one to four capitalised words (particles such as
// "de" or "van" aside) without digits or contact punctuation.
func looksLikeName(line string) bool {
	t := strings.TrimSpace(line)
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

var notNames = wordSet("resume résumé curriculum vitae cv lebenslauf currículo currículum contact page")

var particles = wordSet("de da do dos das del della di du van von der den la le y e bin ibn al")
