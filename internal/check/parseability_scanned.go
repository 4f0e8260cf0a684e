package check

import "strconv"

var checkParseabilityScannedPages = &Check{
	ID:       "parseability.scanned-pages",
	Category: Parseability,
	Title:    "Every page has real text, not a picture of text",
	Why:      "An ATS reads the text layer of a PDF; a scanned page is an image, and everything on it is invisible to the system.",
	Fix:      "Export the page from your editor as PDF instead of scanning or photographing it, or run OCR on it.",
	Before:   "Page 2: a scan of a printed page",
	After:    "Page 2: exported from the word processor, text selectable",
	Since:    "0.1.0",
	Weight:   8,
	Run: func(in *Input) (Result, bool) {
		if in.Doc.Format != "pdf" {
			return Result{}, false
		}
		var bad []string
		var ev []Evidence
		for i, p := range in.Doc.Pages {
			words := in.pageWords()[i]
			if p.Images > 0 && p.ImageCover > 0.5 && words < 30 {
				bad = append(bad, strconv.Itoa(p.Number))
				ev = append(ev, Evidence{Page: p.Number, Line: 0, Text: "page " + strconv.Itoa(p.Number) + " is an image"})
			}
		}
		if len(bad) == 0 {
			return Result{Status: Pass, Earned: 1, Message: "Every page carries selectable text."}, true
		}
		return Result{Status: Fail, Message: "Page " + joinAnd(bad) + " looks scanned: an ATS reads nothing from it.", Evidence: ev}, true
	},
}
