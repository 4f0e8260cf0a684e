package check

import "strings"

var checkLengthDensity = &Check{
	ID:       "length.density",
	Category: Length,
	Title:    "Pages are neither crammed nor spilling over",
	Why:      "A page packed past about 850 words has no white space to guide the eye; a last page with a few stray lines looks like an accident and wastes the reader's turn of the page.",
	Fix:      "Cut words rather than margins or font size; if a few lines spill onto a new page, trim until they fit, or fill the page with something worth reading.",
	Before:   "Page 2 holds only the last three lines of the skills list.",
	After:    "One full page; the skills list shortened to the tools the job asks for.",
	Since:    "0.1.0",
	Weight:   1,
	// Needs real pages: PDF and DOCX. Plain text is skipped.
	Run: func(in *Input) (Result, bool) {
		doc := in.Doc
		if doc == nil || doc.Format == "text" || len(doc.Pages) == 0 {
			return Result{}, false
		}
		var problems []string
		var ev []Evidence
		for i, p := range doc.Pages {
			words := in.pageWords()[i]
			if words > 850 {
				problems = append(problems, "page "+itoaRange([2]int{p.Number, p.Number})+" holds "+itoaRange([2]int{words, words})+" words")
				if len(p.Lines) > 0 {
					ev = append(ev, Evidence{Page: p.Number, Line: p.Lines[0].Number, Text: strings.TrimSpace(p.Lines[0].Text)})
				}
			}
		}
		if n := len(doc.Pages); n >= 2 {
			last := doc.Pages[n-1]
			var nonBlank int
			maxY := 0.0
			for _, l := range last.Lines {
				if strings.TrimSpace(l.Text) != "" {
					nonBlank++
					maxY = max(maxY, l.Y)
				}
			}
			short := nonBlank > 0 && (nonBlank < 6 || last.Height > 0 && maxY > 0 && maxY < 0.2*last.Height)
			if short {
				problems = append(problems, "the last page holds only "+nOf(nonBlank, "line", "lines"))
				ev = append(ev, Evidence{Page: last.Number, Line: last.Lines[0].Number, Text: strings.TrimSpace(last.Lines[0].Text)})
			}
		}
		if len(problems) == 0 {
			return Result{Status: Pass, Earned: 1, Message: "Pages are evenly filled."}, true
		}
		return Result{Status: Warn, Earned: 0.5, Evidence: ev, Message: capFirst(strings.Join(problems, "; ")) + "."}, true
	},
}
