package check

var checkContactPhone = &Check{
	ID:       "contact.phone",
	Category: Contact,
	Title:    "A complete phone number is present",
	Why:      "Many recruiters screen by phone first, and an ATS stores the number in its own field; a digit too many or too few means the call never reaches you.",
	Fix:      "Add a phone number with all its digits, and its country code if you apply abroad, as plain text in the header.",
	Before:   "Jane Doe · jane.doe@example.com · 312 555 012",
	After:    "Jane Doe · jane.doe@example.com · +1 312 555 0123",
	Since:    "0.1.0",
	Weight:   4,
	Run: func(in *Input) (Result, bool) {
		phone := in.Resume.Basics.Phone
		if phone == "" {
			return Result{Status: Fail, Message: "No phone number was found."}, true
		}
		ev := []Evidence{ref2ev(in.Resume.Meta.ResumeScore.Provenance["basics.phone"])}
		home, _ := homeCountry(in)
		if p := readPhone(phone).problem(home); p != "" {
			return Result{Status: Warn, Earned: 0.5, Evidence: ev,
				Message: "The phone number " + phone + " looks incomplete: " + p + "."}, true
		}
		return Result{Status: Pass, Earned: 1, Message: "Phone number found: " + phone + ".", Evidence: ev}, true
	},
}
