package check

import "strconv"

var checkLengthWordCount = &Check{
	ID:       "length.word-count",
	Category: Length,
	Title:    "The résumé is neither thin nor padded",
	Why:      "Under about 250 words there is too little for an ATS to match; over about 1,000 a recruiter stops reading before the end.",
	Fix:      "Aim for 400–800 words: one page early in a career, two at most later. Cut duties, keep results.",
	Before:   "A one-paragraph résumé of 120 words.",
	After:    "A one-page résumé of 550 words with a summary, three roles and their results.",
	Since:    "0.1.0",
	Weight:   4,
	Run: func(in *Input) (Result, bool) {
		n := in.docWords()
		msg := "The résumé has " + strconv.Itoa(n) + " words"
		switch {
		case n < 150:
			return Result{Status: Fail, Earned: 0, Message: msg + "; that is too little for an ATS to match (aim for 400–800)."}, true
		case n < 250:
			return Result{Status: Warn, Earned: 0.5, Message: msg + "; add results and skills (aim for 400–800)."}, true
		case n > 1400:
			return Result{Status: Warn, Earned: 0.5, Message: msg + "; trim it (aim for 400–800)."}, true
		}
		return Result{Status: Pass, Earned: 1, Message: msg + "."}, true
	},
}
