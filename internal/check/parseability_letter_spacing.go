package check

import (
	"unicode/utf8"
)

var checkParseabilityLetterSpacing = &Check{
	ID:       "parseability.letter-spacing",
	Category: Parseability,
	Title:    "Words are not spaced out letter by letter",
	Why:      "Wide letter-spacing makes many ATSs read each letter as a word: “E X P E R I E N C E” matches no heading and no keyword.",
	Fix:      "Remove the character spacing from headings and names; use size or weight for emphasis.",
	Before:   "E X P E R I E N C E",
	After:    "EXPERIENCE",
	Since:    "0.1.0",
	Weight:   3,
	Run: func(in *Input) (Result, bool) {
		ev := linesWhere(in, func(l docLine) bool { return letterSpaced(l.Text) })
		if len(ev) == 0 {
			return Result{Status: Pass, Earned: 1, Message: "No letter-spaced words were found."}, true
		}
		return Result{Status: Warn, Earned: 0.3, Message: itoa(len(ev)) + " lines are spaced out letter by letter.", Evidence: firstFew(ev, 5)}, true
	},
}

// letterSpaced says whether a line has four or more single letters in a row.
// An ASCII line is walked byte by byte; any other takes letterSpacedRunes.
func letterSpaced(s string) bool {
	run := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			return letterSpacedRunes(s)
		}
		if asciiSpace[c] {
			i++
			continue
		}
		j := i + 1
		for j < len(s) && s[j] < utf8.RuneSelf && !asciiSpace[s[j]] {
			j++
		}
		if j < len(s) && s[j] >= utf8.RuneSelf {
			return letterSpacedRunes(s)
		}
		if j == i+1 && (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
			if run++; run >= 4 {
				return true
			}
		} else {
			run = 0
		}
		i = j
	}
	return false
}

// letterSpacedRunes is letterSpaced over fields of any runes.
func letterSpacedRunes(s string) bool {
	run := 0
	for i := 0; ; {
		start, end := nextField(s, i)
		if start == end {
			break
		}
		w := s[start:end]
		i = end
		if len(w) <= utf8.UTFMax && utf8.RuneCountInString(w) == 1 && isLetter(w) {
			run++
			if run >= 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

func isLetter(w string) bool {
	for _, r := range w {
		return r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r > 0x7f && r < 0xE000
	}
	return false
}
