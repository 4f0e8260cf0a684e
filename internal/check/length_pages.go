package check

var checkLengthPages = &Check{
	ID:       "length.pages",
	Category: Length,
	Title:    "The page count fits your experience",
	Why:      "Recruiters expect one page under about five years of work and two at most under fifteen; extra pages are skimmed or skipped, and the best lines get lost among the rest.",
	Fix:      "Cut to one page under five years of experience, two under fifteen, three at most beyond: drop old roles' details, duties without results and repeated skills.",
	Before:   "A three-page résumé after four years of work.",
	After:    "One page: the last four years' results, skills and education.",
	Since:    "0.1.0",
	Weight:   3,
	Run: func(in *Input) (Result, bool) {
		pages, estimated := pageCount(in)
		if pages == 0 {
			return Result{}, false
		}
		months, dated := experienceMonths(in)
		limit, stage := 2, "with undated roles"
		switch {
		case dated && months < 60:
			limit, stage = 1, "with "+yearsText(months)+" of experience"
		case dated && months < 180:
			limit, stage = 2, "with "+yearsText(months)+" of experience"
		case dated:
			limit, stage = 3, "with "+yearsText(months)+" of experience"
		case len(in.Resume.Work) == 0:
			limit, stage = 1, "early in a career"
		}
		count := nOf(pages, "page", "pages")
		if estimated {
			count = "about " + count + " when printed"
		}
		if pages <= limit {
			return Result{Status: Pass, Earned: 1, Message: "The résumé runs to " + count + "; up to " + nOf(limit, "page suits", "pages suit") + " a résumé " + stage + "."}, true
		}
		msg := "The résumé runs to " + count + "; " + stage + " aim for " + nOf(limit, "page", "pages") + "."
		if pages-limit >= 2 {
			return Result{Status: Fail, Earned: 0, Message: msg}, true
		}
		return Result{Status: Warn, Earned: 0.5, Message: msg}, true
	},
}
