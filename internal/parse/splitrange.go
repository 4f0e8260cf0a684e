package parse

import (
	"strings"
	"time"
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
