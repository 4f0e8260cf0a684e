package check

var checkParseabilityTables = &Check{
	ID:       "parseability.tables",
	Category: Parseability,
	Title:    "Experience is not laid out in a table",
	Why:      "Some ATSs read a table cell by cell or skip it, so dates, titles and employers laid out in a table can come apart.",
	Fix:      "Write your experience as plain paragraphs and bullets; use tab stops, not table cells, to right-align dates.",
	Before:   "A 2-column table: dates in the left cell, job in the right",
	After:    "Backend Engineer, Acme — Jan 2020 – Present, then bullets",
	Since:    "0.1.0",
	Weight:   3,
	Run: func(in *Input) (Result, bool) {
		if in.Doc.Format != "docx" {
			return Result{}, false
		}
		all := in.lines()
		var ev []Evidence
		for _, l := range all {
			if l.In == "table" {
				ev = append(ev, l.evidence())
			}
		}
		if len(ev) == 0 {
			return Result{Status: Pass, Earned: 1, Message: "No text sits in a table."}, true
		}
		share := float64(len(ev)) / float64(len(all))
		msg := itoa(len(ev)) + " of " + itoa(len(all)) + " lines sit in tables."
		if share > 0.3 {
			return Result{Status: Warn, Earned: 0.3, Message: msg + " An ATS may read them out of order.", Evidence: firstFew(ev, 3)}, true
		}
		return Result{Status: Warn, Earned: 0.7, Message: msg, Evidence: firstFew(ev, 3)}, true
	},
}
