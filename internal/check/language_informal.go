package check

import (
	"strings"
)

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

// contractions is FindAllString of
// `(?i)\b(?:[a-z]+n't|i'm|[a-z]+'re|[a-z]+'ve|[a-z]+'ll|i'd|we'd|you'd|it's|that's|there's|here's|what's|let's)\b`.
func contractions(s string) []string {
	if strings.IndexByte(s, '\'') < 0 {
		return nil // every contraction has one
	}
	var out []string
	for i := 0; i < len(s); {
		if e := contractionAt(s, i); e >= 0 {
			out = append(out, s[i:e])
			i = e
			continue
		}
		i++
	}
	return out
}

// foldLetter is [a-z] under (?i) at i: its width, or 0.
func foldLetter(s string, i int) int {
	if w, letter := foldAlnum(s, i); letter {
		return w
	}
	return 0
}

func contractionAt(s string, i int) int {
	if !boundaryAt(s, i) {
		return -1
	}
	// [a-z]+ then 't after an n, or 're, 've, 'll: the letters run up to
	// the apostrophe.
	j, n, last := i, 0, i
	for {
		w := foldLetter(s, j)
		if w == 0 {
			break
		}
		last, j, n = j, j+w, n+1
	}
	if n > 0 && byteAt(s, j, '\'') {
		if n >= 2 && foldAt(s, last, "n") == j {
			if e := foldAt(s, j+1, "t"); e >= 0 && boundaryAt(s, e) {
				return e
			}
		}
		for _, suf := range [...]string{"re", "ve", "ll"} {
			if e := foldAt(s, j+1, suf); e >= 0 && boundaryAt(s, e) {
				return e
			}
		}
	}
	return contractionWords.at(s, i)
}

var contractionWords = newLitSet(`i'm\b`, `i'd\b`, `we'd\b`, `you'd\b`, `it's\b`, `that's\b`, `there's\b`, `here's\b`, `what's\b`, `let's\b`)

// informalIn returns the contractions, exclamation marks, emoji and
// text-speak in text.
func informalIn(text string) []string { return newText(text).informal() }

func (ti *textInfo) informal() []string { return ti.list(lInformal, readInformal) }

func readInformal(ti *textInfo) []string {
	text := ti.s
	t := strings.ReplaceAll(text, "’", "'")
	var out []string
	out = contractions(t)
	if strings.Contains(t, "!") {
		out = append(out, "!")
	}
	for _, r := range t {
		if isEmoji(r) {
			out = append(out, string(r))
			break
		}
	}
	return append(out, informalWds.in(ti)...)
}

// isEmoji covers the pictographic blocks; the dingbats résumés use as bullet
// marks (✓ ➢ ►) are left alone.
func isEmoji(r rune) bool {
	return r >= 0x1F300 && r <= 0x1FAFF || r >= 0x2600 && r <= 0x26FF
}
