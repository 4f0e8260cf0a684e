package check

var checkLanguageAiSlop = &Check{
	ID:       "language.ai-slop",
	Category: Language,
	Title:    "Does not read as machine-written",
	Why:      "“Spearheaded a synergistic, cutting-edge, robust solution” is how generated text sounds; recruiters now spot it and discount the whole page.",
	Fix:      "Use the plain word and the concrete fact: which system, what it did, what changed.",
	Before:   "Leveraged cutting-edge technologies to deliver seamless, robust solutions that were pivotal to success.",
	After:    "Moved invoice matching to a rules engine in Python, cutting manual review from 6 hours a day to 1.",
	Since:    "0.1.0",
	Weight:   2,
	Run: func(in *Input) (Result, bool) {
		return scanProse(in, (*textInfo).slop, 2, 0.2, "No tell-tale machine-written words found.",
			func(hits []string, lines int) string {
				return plural(len(hits), "word that sounds", "words that sound") + " generated: " + quoteList(hits, 5) + "."
			})
	},
}
