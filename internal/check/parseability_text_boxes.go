package check

var checkParseabilityTextBoxes = &Check{
	ID:       "parseability.text-boxes",
	Category: Parseability,
	Title:    "No text in text boxes or shapes",
	Why:      "Text boxes and shapes float outside the document's text flow; many ATSs skip them entirely.",
	Fix:      "Move the text out of the text box into the page itself.",
	Before:   "Skills in a text box beside the summary",
	After:    "A Skills section in the page body",
	Since:    "0.1.0",
	Weight:   4,
	Run: func(in *Input) (Result, bool) {
		if in.Doc.Format != "docx" {
			return Result{}, false
		}
		ev := linesWhere(in, func(l docLine) bool { return l.In == "textbox" })
		if len(ev) == 0 {
			return Result{Status: Pass, Earned: 1, Message: "No text sits in a text box."}, true
		}
		return Result{Status: Fail, Message: itoa(len(ev)) + " lines sit in text boxes, which many ATSs skip.", Evidence: firstFew(ev, 3)}, true
	},
}
