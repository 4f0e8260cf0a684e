package check

var checkContactPhoneCountryCode = &Check{
	ID:       "contact.phone-country-code",
	Category: Contact,
	Title:    "The phone number has its country code",
	Why:      "Outside North America, and whenever you apply across a border, a number without its country code cannot be dialled by a recruiter abroad or an ATS that stores numbers internationally.",
	Fix:      "Write the number in international form: a plus, the country code, then the number without its leading 0.",
	Before:   "030 1234 5678",
	After:    "+49 30 1234 5678",
	Since:    "0.1.0",
	Weight:   2,
	Run: func(in *Input) (Result, bool) {
		phone := in.Resume.Basics.Phone
		if phone == "" {
			return Result{}, false
		}
		home, known := homeCountry(in)
		var abroad *Evidence
		for _, l := range in.lines() {
			if abroadWords.gate.may(l.facts().grams()) && abroadWords.matchString(l.Text) {
				e := l.evidence()
				abroad = &e
				break
			}
		}
		if !(known && !nanp[home]) && abroad == nil {
			return Result{}, false // a North American or unknown location, applying at home
		}
		ev := []Evidence{ref2ev(in.Resume.Meta.ResumeScore.Provenance["basics.phone"])}
		if readPhone(phone).Intl {
			return Result{Status: Pass, Earned: 1, Evidence: ev, Message: "The phone number " + phone + " carries its country code."}, true
		}
		why := "your location is outside North America"
		if abroad != nil {
			why = "you say you would relocate or work across borders"
			ev = append(ev, *abroad)
		} else if loc := in.Resume.Basics.Location; loc != nil {
			why = "your location (" + loc.String() + ") is outside North America"
		}
		return Result{Status: Warn, Earned: 0.3, Evidence: ev,
			Message: "The phone number " + phone + " has no country code, and " + why + "; write it as +<country code> without the leading 0."}, true
	},
}
