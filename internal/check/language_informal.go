package check

import "strings"

var checkLanguageInformal = &Check{
	ID:       "language.informal",
	Category: Language,
	Title:    "No contractions, exclamation marks or text-speak",
	Why:      "“Don't”, “!!” and emoji read as a chat message; a résumé is a formal document even in a casual industry.",
	Fix:      "Write words out in full (“do not”), drop exclamation marks and emoji, and replace slang with the plain word.",
	Before:   "I'm super passionate about UX!! 🚀",
	After:    "UX designer focused on accessible checkout flows.",
	Since:    "0.1.0",
	Weight:   1,
	Run: func(in *Input) (Result, bool) {
		return scanProse(in, (*textInfo).informal, 2, 0.25, "No contractions, exclamation marks or text-speak found.",
			func(hits []string, lines int) string {
				return plural(len(hits), "informal touch", "informal touches") + ": " + quoteList(hits, 5) + "."
			})
	},
}

var contractionRe = mustGate(`(?i)\b(?:[a-z]+n't|i'm|[a-z]+'re|[a-z]+'ve|[a-z]+'ll|i'd|we'd|you'd|it's|that's|there's|here's|what's|let's)\b`)

// informalIn returns the contractions, exclamation marks, emoji and
// text-speak in text.
func informalIn(text string) []string { return newText(text).informal() }

func (ti *textInfo) informal() []string { return ti.list(lInformal, readInformal) }

func readInformal(ti *textInfo) []string {
	text := ti.s
	t := strings.ReplaceAll(text, "’", "'")
	var out []string
	if contractionRe.may(ti.mask()) || t != text {
		out = contractionRe.FindAllString(t, -1)
	}
	if strings.Contains(t, "!") {
		out = append(out, "!")
	}
	for _, r := range t {
		if isEmoji(r) {
			out = append(out, string(r))
			break
		}
	}
	return append(out, informalWds.findWords(ti.words())...)
}

// isEmoji covers the pictographic blocks; the dingbats résumés use as bullet
// marks (✓ ➢ ►) are left alone.
func isEmoji(r rune) bool {
	return r >= 0x1F300 && r <= 0x1FAFF || r >= 0x2600 && r <= 0x26FF
}
