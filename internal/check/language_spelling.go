package check

var checkLanguageSpelling = &Check{
	ID:       "language.spelling",
	Category: Language,
	Title:    "No common misspellings",
	Why:      "One misspelt word — “managment”, “acheived” — is enough for some readers to stop, and an ATS will not match it to the word it should be.",
	Fix:      "Correct each word shown; then run a spell checker over the whole file.",
	Before:   "Acheived sucessful developement of the managment portal.",
	After:    "Delivered the management portal two weeks early.",
	Since:    "0.1.0",
	Weight:   3,
	Run: func(in *Input) (Result, bool) {
		if !english(in) {
			return Result{}, false
		}
		return scanFacts(in, docLines(in), (*textInfo).misspellings, 2, 0.25, "No common misspellings found.",
			func(hits []string, lines int) string {
				return plural(len(hits), "misspelling", "misspellings") + ": " + quoteList(hits, 5) + "."
			})
	},
}
