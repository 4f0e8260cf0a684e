package check

var checkLanguageTone = &Check{
	ID:       "language.tone",
	Category: Language,
	Title:    "Tone is professional",
	Why:      "Complaints about a boss, a “boring” job or being fired make a reader wonder what you will say about them; they never help.",
	Fix:      "Remove the judgement and keep the fact, neutrally: “Left to join a larger team” rather than what went wrong.",
	Before:   "Left because the job was boring and my manager was incompetent.",
	After:    "Moved on to lead a larger data team.",
	Since:    "0.1.0",
	Weight:   2,
	Run: func(in *Input) (Result, bool) {
		return scanProse(in, (*textInfo).tone, 1, 0.5, "Tone is neutral and professional.",
			func(hits []string, lines int) string {
				return plural(len(hits), "negative or unprofessional word", "negative or unprofessional words") + ": " + quoteList(hits, 4) + "."
			})
	},
}
