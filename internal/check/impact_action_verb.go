package check

var _ = register(&Check{
	ID:       "impact.action-verb",
	Category: Impact,
	Title:    "Bullets open with an action verb",
	Why:      "A strong past-tense verb says what you did in the first word, which is often all a recruiter reads.",
	Fix:      "Start each bullet with what you did: Built, Cut, Led, Designed, Migrated.",
	Before:   "Responsible for the deployment pipeline.",
	After:    "Automated the deployment pipeline, cutting release time from 2 hours to 10 minutes.",
	Since:    "0.1.0",
	Weight:   8,
	Run: func(in *Input) (Result, bool) {
		return shareCheck(in, 0.8, func(s string) bool { return actionVerbs[firstWord(s)] }, "open with an action verb")
	},
})
