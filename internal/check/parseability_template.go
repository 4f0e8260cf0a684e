package check

// templateText finds the sample text résumé templates ship with:
// `(?i)\b(?:your name(?: here)?|first last|firstname lastname|company name|company \d|job title(?: \d)?|position title|university name|school name|degree name|city, state|street address|phone number|your[._ ]?email|lorem ipsum|dolor sit amet|month,? 20xx|20xx|\(x{3}\) x{3}-x{4}|000-000-0000|555-555-5555)\b`,
// spelt out in the expression's order.
var templateText = newLitSet(templateAlts()...)

func templateAlts() []string {
	alts := []string{"your name here", "your name", "first last", "firstname lastname", "company name"}
	for d := '0'; d <= '9'; d++ {
		alts = append(alts, "company "+string(d))
	}
	for d := '0'; d <= '9'; d++ {
		alts = append(alts, "job title "+string(d))
	}
	alts = append(alts, "job title", "position title", "university name", "school name", "degree name", "city, state", "street address", "phone number",
		"your.email", "your_email", "your email", "youremail", "lorem ipsum", "dolor sit amet", "month, 20xx", "month 20xx", "20xx", "(xxx) xxx-xxxx", "000-000-0000", "555-555-5555")
	for i, a := range alts {
		alts[i] = `\b` + a + `\b`
	}
	return alts
}

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
			if templateText.gate.may(l.facts().grams()) {
				m = templateText.findString(l.Text)
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
