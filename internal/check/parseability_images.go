package check

var checkParseabilityImages = &Check{
	ID:       "parseability.images",
	Category: Parseability,
	Title:    "No information lives only in pictures",
	Why:      "An ATS ignores images: a photo, a logo, skill bars or icons carry nothing, and in many countries a photo invites bias or a rejection by policy.",
	Fix:      "Drop the photo and graphics; say in words what a skill bar or icon meant.",
	Before:   "Python ●●●●○",
	After:    "Python (6 years)",
	Since:    "0.1.0",
	Weight:   2,
	Run: func(in *Input) (Result, bool) {
		if in.Doc.Format == "text" {
			return Result{}, false
		}
		n, pages := 0, []string{}
		for _, p := range in.Doc.Pages {
			if p.Images > 0 {
				n += p.Images
				pages = append(pages, itoa(p.Number))
			}
		}
		if n == 0 {
			return Result{Status: Pass, Earned: 1, Message: "The résumé has no images."}, true
		}
		return Result{Status: Warn, Earned: 0.5, Message: itoa(n) + " images on page " + joinAnd(pages) + "; an ATS reads nothing from them.",
			Evidence: []Evidence{{Page: in.Doc.Pages[0].Number, Text: "images: " + itoa(n)}}}, true
	},
}
