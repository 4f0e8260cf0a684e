package check

var checkContactReachable = &Check{
	ID:       "contact.reachable",
	Category: Contact,
	Title:    "The résumé gives at least one way to reach you",
	Why:      "Some ATS refuse to create a candidate without an email or a phone number, and a recruiter who cannot reach you moves on.",
	Fix:      "Put an email address and a phone number in the header, as plain text.",
	Before:   "Jane Doe\nSenior Backend Engineer",
	After:    "Jane Doe\nSenior Backend Engineer\njane.doe@example.com · +1 312 555 0123",
	Since:    "0.1.0",
	Weight:   3,
	Run: func(in *Input) (Result, bool) {
		b := in.Resume.Basics
		switch {
		case b.Email != "" && b.Phone != "":
			return Result{Status: Pass, Earned: 1, Message: "Both an email address and a phone number were found."}, true
		case b.Email != "":
			return Result{Status: Pass, Earned: 1, Message: "An email address was found."}, true
		case b.Phone != "":
			return Result{Status: Pass, Earned: 1, Message: "A phone number was found."}, true
		}
		return Result{Status: Fail, Message: "Neither an email address nor a phone number was found; an ATS may not be able to file this résumé."}, true
	},
}
