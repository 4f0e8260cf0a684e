package check

var checkLanguageFirstPerson = &Check{
	ID:       "language.first-person",
	Category: Language,
	Title:    "No first-person pronouns",
	Why:      "A résumé is written in an implied first person: “I”, “my” and “we” take space and, in “we”, blur what you did yourself.",
	Fix:      "Drop the pronoun and start with the verb; replace “we” with your own part.",
	Before:   "I managed a team and we shipped my redesign of the checkout.",
	After:    "Led a team of 5 that shipped a checkout redesign, lifting conversion 9%.",
	Since:    "0.1.0",
	Weight:   3,
	Run: func(in *Input) (Result, bool) {
		return scanProse(in, (*textInfo).firstPerson, 2, 0.25, "No first-person pronouns in your bullets or summary.",
			func(hits []string, lines int) string {
				return plural(len(hits), "first-person pronoun", "first-person pronouns") + " (" + quoteList(hits, 4) + ") in " + plural(lines, "line", "lines") + "."
			})
	},
}
