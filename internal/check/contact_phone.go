package check

var _ = register(&Check{
	ID:       "contact.phone",
	Category: Contact,
	Title:    "A phone number is present",
	Why:      "Many recruiters screen by phone first; an ATS stores the number in its own field.",
	Fix:      "Add a phone number with its country code if you apply abroad, as plain text in the header.",
	Before:   "Jane Doe · jane.doe@example.com",
	After:    "Jane Doe · jane.doe@example.com · +49 30 1234 5678",
	Since:    "0.1.0",
	Weight:   4,
	Run: func(in *Input) (Result, bool) {
		if in.Resume.Basics.Phone == "" {
			return Result{Status: Fail, Message: "No phone number was found."}, true
		}
		return Result{Status: Pass, Earned: 1, Message: "Phone number found: " + in.Resume.Basics.Phone + ".",
			Evidence: []Evidence{ref(in.Resume.Meta.ResumeScore.Provenance["basics.phone"])}}, true
	},
})
