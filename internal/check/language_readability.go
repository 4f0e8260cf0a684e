package check

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

var checkLanguageReadability = &Check{
	ID:       "language.readability",
	Category: Language,
	Title:    "Sentences are short enough to skim",
	Why:      "A recruiter skims. A sentence of forty words has to be read twice; split, it is read once.",
	Fix:      "Split any sentence that runs past two lines; one idea per sentence, the result first.",
	Before:   "Summary: Experienced professional who has worked across a number of different industries and functions over the past decade, gaining exposure to a wide range of stakeholders, tools and processes, and who is now looking for a new challenge in a growing company.",
	After:    "Summary: Operations analyst with ten years in retail and logistics. Cut stock-outs 22% at my last employer. Looking for a supply-chain role.",
	Since:    "0.1.0",
	Weight:   2,
	Run: func(in *Input) (Result, bool) {
		if !english(in) {
			return Result{}, false
		}
		units := proseOf(in)
		if len(units) == 0 {
			return Result{}, false
		}
		var bad []Evidence
		sentences, words, syllables, longest := 0, 0, 0, 0
		for _, u := range units {
			long := false
			for _, s := range sentencesOf(u.Text) {
				ws := strings.Fields(s)
				sentences++
				words += len(ws)
				for _, w := range ws {
					syllables += syllableCount(w)
				}
				longest = max(longest, len(ws))
				long = long || len(ws) > maxSentenceWords
			}
			if long {
				bad = append(bad, u.Evidence)
			}
		}
		if sentences == 0 || words == 0 {
			return Result{}, false
		}
		avg := float64(words) / float64(sentences)
		grade := 0.39*avg + 11.8*float64(syllables)/float64(words) - 15.59
		facts := "sentences average " + strconv.FormatFloat(avg, 'f', 0, 64) + " words (reading grade " + strconv.FormatFloat(max(0, grade), 'f', 0, 64) + ")"
		if len(bad) == 0 {
			return flagged(len(units), nil, 0.2, "Your "+facts+"; none runs past "+itoa(maxSentenceWords)+" words."), true
		}
		return flagged(len(units), bad, 0.2, plural(len(bad), "line has", "lines have")+" a sentence over "+itoa(maxSentenceWords)+" words (the longest has "+itoa(longest)+"); your "+facts+"."), true
	},
}

const maxSentenceWords = 35

// sentencesOf splits prose at a full stop, question or exclamation mark that
// is followed by a space or the end: "1.4s" and "Node.js" stay whole.
func sentencesOf(s string) []string {
	var out []string
	for _, p := range splitSentences(s) {
		if strings.TrimSpace(p) != "" {
			out = append(out, p)
		}
	}
	return out
}

// splitSentences is sentenceEnd.Split(s, -1): a match is a run of . ! ?
// followed by whitespace (all of it) or the end of the text.
func splitSentences(s string) []string {
	if len(s) == 0 {
		return []string{""}
	}
	var out []string
	beg, end := 0, 0
	for p := 0; p < len(s); p++ {
		if c := s[p]; c != '.' && c != '!' && c != '?' {
			continue
		}
		q := p + 1
		for q < len(s) && (s[q] == '.' || s[q] == '!' || s[q] == '?') {
			q++
		}
		if q < len(s) && !isSpaceByte(s[q]) {
			p = q - 1 // no match starts inside this run
			continue
		}
		for q < len(s) && isSpaceByte(s[q]) {
			q++
		}
		end = p
		out = append(out, s[beg:end])
		beg = q
		p = q - 1
	}
	if end != len(s) {
		out = append(out, s[beg:])
	}
	return out
}

// syllableCount estimates the syllables in an English word: groups of
// vowels, less a silent final e, at least one.
func syllableCount(w string) int {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return syllableCountUnicode(w)
		}
	}
	// ASCII: trim, then count vowel groups on the lower-cased bytes.
	i, j := 0, len(w)
	for i < j && strings.IndexByte(".,;:!?()\"'", w[i]) >= 0 {
		i++
	}
	for j > i && strings.IndexByte(".,;:!?()\"'", w[j-1]) >= 0 {
		j--
	}
	n, prev := 0, false
	var last, before byte
	for k := i; k < j; k++ {
		c := w[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		v := c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'
		if v && !prev {
			n++
		}
		prev = v
		before, last = last, c
	}
	if last == 'e' && !(j-i >= 2 && before == 'l') && n > 1 {
		n--
	}
	return max(1, n)
}

func syllableCountUnicode(w string) int {
	w = strings.ToLower(strings.Trim(w, ".,;:!?()\"'“”"))
	n, prev := 0, false
	for _, r := range w {
		v := strings.ContainsRune("aeiouy", r)
		if v && !prev {
			n++
		}
		prev = v
	}
	if strings.HasSuffix(w, "e") && !strings.HasSuffix(w, "le") && n > 1 {
		n--
	}
	return max(1, n)
}
