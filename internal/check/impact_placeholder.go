package check

var checkImpactPlaceholder = &Check{
	ID:       "impact.placeholder",
	Category: Impact,
	Title:    "No template stubs left in bullets",
	Why:      "“[N]”, “XX%” or “20XX” left from a template or a rewrite tool tells the reader the résumé was sent unfinished, and the claim beside it is empty.",
	Fix:      "Put the real figure in place of each stub, or drop the claim if you cannot back it.",
	Before:   "Reduced costs by XX% across [N] sites.",
	After:    "Reduced freight costs 18% across 6 sites.",
	Since:    "0.1.0",
	Weight:   3,
	Run: func(in *Input) (Result, bool) {
		var bs []Evidence
		for _, b := range in.Resume.Bullets {
			bs = append(bs, Evidence{Page: b.Ref.Page, Line: b.Ref.Line, Text: b.Text})
		}
		for _, u := range proseOf(in) {
			if !u.bullet {
				bs = append(bs, u.Evidence)
			}
		}
		return scanFacts(in, bs, (*textInfo).placeholders, 0, 0.5, "No template stubs were found.", func(hits []string, lines int) string {
			return plural(lines, "line still holds", "lines still hold") + " template stubs: " + quoteList(hits, 4) + "."
		})
	},
}
