package parse

import (
	"unicode"
	"unicode/utf8"
)

// languageWords are function words frequent in one of the five languages
// we read and rare in the other four (so "de", "en", "para" are left out).
var languageWords = map[string]string{
	"the": "en", "and": "en", "with": "en", "of": "en", "for": "en", "to": "en", "from": "en", "by": "en",
	"el": "es", "los": "es", "las": "es", "con": "es", "del": "es", "y": "es", "una": "es", "como": "es",
	"und": "de", "der": "de", "die": "de", "das": "de", "mit": "de", "für": "de", "von": "de", "bei": "de", "im": "de",
	"le": "fr", "les": "fr", "et": "fr", "des": "fr", "avec": "fr", "pour": "fr", "du": "fr", "au": "fr", "une": "fr",
	"do": "pt", "dos": "pt", "com": "pt", "em": "pt", "e": "pt", "uma": "pt", "na": "pt", "no": "pt", "ao": "pt",
}

// maxLanguageWord is the most runes a word of languageWords has.
const maxLanguageWord = 4

// detectLanguage names the language most of the text is written in, as an
// ISO 639-1 code, or "" when too few function words say so.
func detectLanguage(text string) string {
	count := map[string]int{}
	total := 0
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			i += n
			continue
		}
		// a word: a run of letters; only short ones can be function words
		// (lower-casing keeps the number of runes)
		j, runes := i, 0
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(r) {
				break
			}
			j += n
			runes++
		}
		if runes <= maxLanguageWord {
			var buf [4 * utf8.UTFMax]byte
			w := buf[:0]
			for _, r := range text[i:j] {
				w = utf8.AppendRune(w, unicode.ToLower(r))
			}
			if lang, ok := languageWords[string(w)]; ok {
				count[lang]++
				total++
			}
		}
		i = j
	}
	best := ""
	for _, lang := range []string{"en", "es", "de", "fr", "pt"} {
		if count[lang] > count[best] {
			best = lang
		}
	}
	if total < 5 || count[best]*2 <= total {
		return ""
	}
	return best
}
