package check

var checkParseabilityColumns = &Check{
	ID:       "parseability.columns",
	Category: Parseability,
	Title:    "The layout is a single column",
	Why:      "Many ATSs read a page line by line across its full width, so two columns come out interleaved: a sidebar's skills end up inside your job titles.",
	Fix:      "Use one column; move the sidebar's contact details to the header and its skills to a section of their own.",
	Before:   "A sidebar with contact and skills beside the experience column",
	After:    "One column: header, summary, experience, skills, education",
	Since:    "0.1.0",
	Weight:   5,
	Run: func(in *Input) (Result, bool) {
		if in.Doc.Format == "text" {
			return Result{}, false
		}
		for _, p := range in.Doc.Pages {
			if len(p.Columns) < 2 {
				continue
			}
			var ev []Evidence
			for _, l := range p.Lines {
				if l.Column > 0 && l.Column <= len(p.Columns) && p.Columns[l.Column-1].Role == "sidebar" {
					ev = append(ev, Evidence{Page: p.Number, Line: l.Number, Text: l.Text})
				}
			}
			return Result{Status: Warn, Earned: 0.4, Message: "Page " + itoa(p.Number) + " has " + itoa(len(p.Columns)) +
				" columns; an ATS may read across them and mix the sidebar into your experience.", Evidence: firstFew(ev, 3)}, true
		}
		return Result{Status: Pass, Earned: 1, Message: "The text runs in a single column."}, true
	},
}
