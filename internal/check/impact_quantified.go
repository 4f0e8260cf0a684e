package check

var checkImpactQuantified = &Check{
	ID:       "impact.quantified",
	Category: Impact,
	Title:    "Bullets carry a number",
	Why:      "A number shows the size of what you did; recruiters skim for them, and a bullet without one reads as a duty, not a result.",
	Fix:      "Add the metric that measured the result: time saved, latency, revenue, users, percentage, team size. Years do not count; “three teams” and “doubled” do.",
	Before:   "Worked on the backend services.",
	After:    "Cut p99 API latency from 1.4s to 280ms by adding read-through Redis caching across the 12 hottest endpoints.",
	Since:    "0.1.0",
	Weight:   10,
	Run: func(in *Input) (Result, bool) {
		return shareCheck(in, 0.6, (*textInfo).metric, "carry a number")
	},
}
