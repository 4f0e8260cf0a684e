package check

var checkLanguageFillerWords = &Check{
	ID:       "language.filler-words",
	Category: Language,
	Title:    "No vague filler words",
	Why:      "“Various projects”, “several teams”, “etc.” stand where a name or a number should be; the reader cannot picture them.",
	Fix:      "Name the things or count them: “various clients” becomes “the retail clients in Leeds and York”; end a list without “etc.”.",
	Before:   "Worked on various projects with several teams, etc.",
	After:    "Delivered 3 analytics projects for the finance, sales and support teams.",
	Since:    "0.1.0",
	Weight:   2,
	Run: func(in *Input) (Result, bool) {
		return scanProse(in, (*textInfo).vague, 3, 0.2, "No vague filler words found.",
			func(hits []string, lines int) string {
				return plural(len(hits), "vague word", "vague words") + ": " + quoteList(hits, 5) + "."
			})
	},
}
