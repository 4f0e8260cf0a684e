package check

// templateRe finds the sample text résumé templates ship with.
var templateRe = mustGate(`(?i)\b(?:your name(?: here)?|first last|firstname lastname|company name|company \d|job title(?: \d)?|position title|university name|school name|degree name|city, state|street address|phone number|your[._ ]?email|lorem ipsum|dolor sit amet|month,? 20xx|20xx|\(x{3}\) x{3}-x{4}|000-000-0000|555-555-5555)\b`)

var checkParseabilityTemplateText = &Check{
	ID:       "parseability.template-text",
	Category: Parseability,
	Title:    "No sample text from the template is left",
	Why:      "“Your Name”, “Company Name” or “Lorem ipsum” left from a template reaches the ATS as if it were true, and tells a recruiter the résumé was not finished.",
	Fix:      "Replace every sample line of the template with your own details, or delete it.",
	Before:   "Job Title 1 — Company Name, City, State",
	After:    "Backend Engineer — Acme Payments, Chicago, IL",
	Since:    "0.1.0",
	Weight:   5,
	Run: func(in *Input) (Result, bool) {
		var hits []string
		ev := linesWhere(in, func(l docLine) bool {
			m := ""
			if templateRe.may(l.facts().mask()) {
				m = templateRe.FindString(l.Text)
			}
			if m != "" && len(hits) < 4 {
				hits = append(hits, "“"+m+"”")
			}
			return m != ""
		})
		if len(ev) == 0 {
			return Result{Status: Pass, Earned: 1, Message: "No template sample text was found."}, true
		}
		return Result{Status: Fail, Message: itoa(len(ev)) + " lines still hold the template's sample text: " + joinAnd(hits) + ".", Evidence: firstFew(ev, 5)}, true
	},
}
