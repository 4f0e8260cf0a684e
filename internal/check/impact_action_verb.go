package check

var checkImpactActionVerb = &Check{
	ID:       "impact.action-verb",
	Category: Impact,
	Title:    "Bullets open with an action verb",
	Why:      "A strong verb says what you did in the first word, which is often all a recruiter reads.",
	Fix:      "Start each bullet with what you did: Built, Cut, Led, Designed, Migrated. Past tense for past roles; present is fine for the current one.",
	Before:   "Responsible for the deployment pipeline.",
	After:    "Automated the deployment pipeline, cutting release time from 2 hours to 10 minutes.",
	Since:    "0.1.0",
	Weight:   8,
	Run: func(in *Input) (Result, bool) {
		if !english(in) {
			return Result{}, false
		}
		return shareCheck(in, 0.8, (*textInfo).actionVerb, "open with an action verb")
	},
}
