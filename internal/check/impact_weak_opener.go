package check

var checkImpactWeakOpener = &Check{
	ID:       "impact.weak-opener",
	Category: Impact,
	Title:    "No bullet opens with a weak phrase",
	Why:      "“Worked on”, “Responsible for” and “Helped with” say you were near the work, not what you did; they hide the strongest part of the line.",
	Fix:      "Replace the phrase with the verb for your part: “Responsible for onboarding” becomes “Ran onboarding for every new hire, cutting ramp-up time”.",
	Before:   "Helped with the migration to the cloud.",
	After:    "Migrated 14 services to AWS, retiring two data-centre racks.",
	Since:    "0.1.0",
	Weight:   5,
	Run: func(in *Input) (Result, bool) {
		if !english(in) {
			return Result{}, false
		}
		bs := bulletsOf(in)
		if len(bs) == 0 {
			return Result{}, false
		}
		var bad []Evidence
		var phrases []string
		for _, b := range bs {
			if o := in.text(b.Text).opener(nil); o.class == weakVerb {
				bad = append(bad, b)
				phrases = append(phrases, capitalize(o.weak))
			}
		}
		if len(bad) == 0 {
			return flagged(len(bs), nil, 0.25, "None of your "+plural(len(bs), "bullet opens", "bullets open")+" with a weak phrase."), true
		}
		return flagged(len(bs), bad, 0.25, itoa(len(bad))+" of "+itoa(len(bs))+" bullets open with a weak phrase: "+quoteList(phrases, 4)+"."), true
	},
}
