package check

var checkLanguagePassiveVoice = &Check{
	ID:       "language.passive-voice",
	Category: Language,
	Title:    "Active voice",
	Why:      "“Was responsible for” and “was improved by” hide who acted. In a résumé the actor is always you: say so with an active verb.",
	Fix:      "Turn the sentence round: “The process was redesigned” becomes “Redesigned the process”; “Responsible for hiring” becomes “Hired …”.",
	Before:   "Was responsible for the release process, which was automated in 2023.",
	After:    "Automated the release process, cutting a release from a day to an hour.",
	Since:    "0.1.0",
	Weight:   3,
	Run: func(in *Input) (Result, bool) {
		return scanProse(in, (*textInfo).passive, 2, 0.25, "No passive voice found.",
			func(hits []string, lines int) string {
				return plural(lines, "line uses", "lines use") + " the passive voice: " + quoteList(hits, 4) + "."
			})
	},
}
