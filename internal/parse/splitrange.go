package parse

import (
	"strings"
	"time"
	"unicode"
)

// joinSplitRanges mends a date range that a narrow date column wrapped onto
// two lines, as German tabular CVs do:
//
//	01.09.2017 –	Backend-Entwicklerin
//	28.02.2021	Havelsoft GmbH, Potsdam
//
// becomes "01.09.2017 – 28.02.2021	Backend-Entwicklerin" and "Havelsoft
// GmbH, Potsdam". The first line's leading field must be a lone date ending
// in a dash, the next line's leading field a lone date and nothing more.
func joinSplitRanges(items []item) []item {
	out := make([]item, 0, len(items))
	for i := 0; i < len(items); i++ {
		it := items[i]
		if i+1 < len(items) && !it.bullet && !items[i+1].bullet {
			if head, rest, ok := openRange(it.text); ok {
				if end, tail, ok := loneDateField(items[i+1].text); ok {
					it.text = head + " " + end
					if rest != "" {
						it.text += "\t" + rest
					}
					out = append(out, it)
					if tail != "" {
						next := items[i+1]
						next.text = tail
						out = append(out, next)
					}
					i++
					continue
				}
			}
		}
		out = append(out, it)
	}
	return out
}

// openRange splits "01.09.2017 –\tTitle" into the open range and the rest.
func openRange(s string) (head, rest string, ok bool) {
	head, rest, _ = strings.Cut(s, "\t")
	head = strings.TrimSpace(head)
	t := strings.TrimRight(head, " -–—")
	if t == head || t == "" {
		return "", "", false
	}
	if r, found := FindRange(t, time.Time{}); !found || r.Text != t || r.Start != r.End {
		return "", "", false
	}
	return head, strings.TrimSpace(rest), true
}

// loneDateField splits "28.02.2021\tHavelsoft GmbH" into the date and the
// rest, when the leading field is one date and nothing else.
func loneDateField(s string) (date, rest string, ok bool) {
	date, rest, _ = strings.Cut(s, "\t")
	date = strings.TrimSpace(date)
	if r, found := FindRange(date, time.Time{}); !found || r.Text != date || r.Start != r.End || r.Ongoing {
		return "", "", false
	}
	return date, strings.TrimSpace(rest), true
}

// joinWrappedSchools mends a school name that a narrow column wrapped,
//
//	B.A., Economics — Wellesley
//	College
//
// by joining a short capitalised line to the line before when only the
// two together name a school, or when the line before stops at "of".
func joinWrappedSchools(items []item) []item {
	out := make([]item, 0, len(items))
	for _, it := range items {
		if n := len(out); n > 0 && wrapsSchool(out[n-1], it) {
			out[n-1].text += " " + it.text
			continue
		}
		out = append(out, it)
	}
	return out
}

func wrapsSchool(prev, it item) bool {
	if prev.bullet || it.bullet || strings.ContainsAny(it.text, ",\t|") || mayHoldDate(it.text) {
		return false
	}
	words := strings.Fields(it.text)
	if len(words) == 0 || len(words) > 3 || !startsUpper(it.text) {
		return false
	}
	p := strings.TrimSpace(prev.text)
	if p == "" || strings.Contains(p, "\t") || !unicode.IsLetter([]rune(p)[len([]rune(p))-1]) {
		return false
	}
	pw := strings.Fields(p)
	if last := strings.ToLower(pw[len(pw)-1]); last == "of" || last == "de" || last == "für" || last == "do" || last == "da" {
		return true
	}
	return startsUpper(pw[len(pw)-1]) && countWords(p+" "+it.text, institutionWords) > countWords(p, institutionWords) &&
		countWords(p, institutionWords) == 0
}

func startsUpper(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}
