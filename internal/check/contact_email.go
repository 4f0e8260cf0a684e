package check

var _ = register(&Check{
	ID:       "contact.email",
	Category: Contact,
	Title:    "An email address is present",
	Why:      "Recruiters reply by email, and an ATS files your application under it; without one the résumé cannot be answered.",
	Fix:      "Put a personal email address in the header, as plain text, not inside an image or icon.",
	Before:   "Jane Doe · Berlin",
	After:    "Jane Doe · Berlin · jane.doe@example.com",
	Since:    "0.1.0",
	Weight:   6,
	Run: func(in *Input) (Result, bool) {
		if in.Resume.Basics.Email == "" {
			return Result{Status: Fail, Message: "No email address was found."}, true
		}
		return Result{Status: Pass, Earned: 1, Message: "Email address found: " + in.Resume.Basics.Email + ".",
			Evidence: []Evidence{ref(in.Resume.Meta.ResumeScore.Provenance["basics.email"])}}, true
	},
})
