package check

var checkImpactBulletLength = &Check{
	ID:       "impact.bullet-length",
	Category: Impact,
	Title:    "Bullets are 8–30 words long",
	Why:      "Under eight words there is no room for a result; over thirty a reader skims past the point.",
	Fix:      "Keep each bullet to one result: what you did, how, and what changed. Split long ones; add the how and the result to short ones.",
	Before:   "Built a microservice.",
	After:    "Built a Go order service handling 80M events a day, replacing three cron jobs.",
	Since:    "0.1.0",
	Weight:   3,
	Run: func(in *Input) (Result, bool) {
		bs := bulletsOf(in)
		if len(bs) == 0 {
			return Result{}, false
		}
		var bad []Evidence
		short, long := 0, 0
		for _, b := range bs {
			switch n := wordCount(b.Text); {
			case n < 8:
				short++
				bad = append(bad, b)
			case n > 30:
				long++
				bad = append(bad, b)
			}
		}
		if len(bad) == 0 {
			return flagged(len(bs), nil, 0.25, "All "+plural(len(bs), "bullet is", "bullets are")+" 8–30 words long."), true
		}
		msg := itoa(len(bad)) + " of " + itoa(len(bs)) + " bullets are outside 8–30 words"
		switch {
		case short > 0 && long > 0:
			msg += " (" + itoa(short) + " too short, " + itoa(long) + " too long)."
		case short > 0:
			msg += " (too short to show a result)."
		default:
			msg += " (too long to read at a glance)."
		}
		return flagged(len(bs), bad, 0.25, msg), true
	},
}
