package check

var checkLanguageHedges = &Check{
	ID:       "language.hedges",
	Category: Language,
	Title:    "No hedges or empty intensifiers",
	Why:      "“Helped to”, “tried” and “somewhat” shrink what you did; “very” and “significantly” promise a size and then do not give it.",
	Fix:      "State what you did, in full, and its size: “Helped to significantly improve onboarding” becomes “Cut onboarding time in half”.",
	Before:   "Tried to significantly improve the onboarding process.",
	After:    "Cut onboarding from three weeks to one by writing a day-one setup script.",
	Since:    "0.1.0",
	Weight:   2,
	Run: func(in *Input) (Result, bool) {
		return scanProse(in, (*textInfo).hedges, 2, 0.25, "No hedges or empty intensifiers found.",
			func(hits []string, lines int) string {
				return plural(len(hits), "hedge or intensifier", "hedges and intensifiers") + ": " + quoteList(hits, 5) + "."
			})
	},
}
