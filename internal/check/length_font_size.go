package check

import "strconv"

var checkLengthFontSize = &Check{
	ID:       "length.font-size",
	Category: Length,
	Title:    "Body text is set at 10 points or more",
	Why:      "Below 10 points a printed page is hard to read, and text shrunk to fit more in says the content needs cutting, not squeezing.",
	Fix:      "Set the body at 10–12 points (11 is a good default) and cut words until it fits the page count you want.",
	Before:   "Body text at 8 pt to fit two pages onto one.",
	After:    "Body text at 10.5 pt; older roles shortened to one line each.",
	Since:    "0.1.0",
	Weight:   2,
	// Needs font sizes: PDF and DOCX. Plain text has none and is skipped.
	Run: func(in *Input) (Result, bool) {
		size, ok := bodyFontSize(in)
		if !ok {
			return Result{}, false
		}
		pt := strconv.FormatFloat(size, 'f', -1, 64) + " pt"
		switch {
		case size < 9:
			return Result{Status: Fail, Earned: 0, Message: "Most of the text is set at " + pt + "; use 10 points or more."}, true
		case size < 10:
			return Result{Status: Warn, Earned: 0.5, Message: "Most of the text is set at " + pt + "; 10 points or more reads more easily."}, true
		}
		return Result{Status: Pass, Earned: 1, Message: "Body text is set at " + pt + "."}, true
	},
}
