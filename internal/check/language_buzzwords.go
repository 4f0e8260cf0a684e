package check

var checkLanguageBuzzwords = &Check{
	ID:       "language.buzzwords",
	Category: Language,
	Title:    "No empty buzzwords",
	Why:      "“Results-driven team player” is what every applicant says; it fills the line a recruiter would have read for evidence.",
	Fix:      "Replace each claim with the fact that proves it: instead of “detail-oriented”, name the audit you passed with no findings.",
	Before:   "Results-driven, detail-oriented team player with a proven track record.",
	After:    "Payroll specialist who closed 24 monthly payrolls for 900 staff with no corrections.",
	Since:    "0.1.0",
	Weight:   3,
	Run: func(in *Input) (Result, bool) {
		return scanProse(in, (*textInfo).buzzwords, 2, 0.25, "No empty buzzwords found.",
			func(hits []string, lines int) string {
				return plural(len(hits), "buzzword", "buzzwords") + ": " + quoteList(hits, 5) + "."
			})
	},
}

var checkLanguageCliches = &Check{
	ID:       "language.cliches",
	Category: Language,
	Title:    "No clichés",
	Why:      "“Hit the ground running” and “go the extra mile” are read past without a thought; they cost space and say nothing about you.",
	Fix:      "Say the plain fact the cliché stands for: how fast you delivered, what extra you did and what it changed.",
	Before:   "Hit the ground running and always go the extra mile.",
	After:    "Shipped a first production fix in week one; ran the on-call rota for a holiday week unasked.",
	Since:    "0.1.0",
	Weight:   2,
	Run: func(in *Input) (Result, bool) {
		return scanProse(in, (*textInfo).cliches, 1, 0.34, "No clichés found.",
			func(hits []string, lines int) string {
				return plural(len(hits), "cliché", "clichés") + ": " + quoteList(hits, 5) + "."
			})
	},
}
