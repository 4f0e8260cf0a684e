package check

import (
	"strconv"

	"github.com/resumescore/resumescore/internal/roles"
)

var checkKeywordsRoleMetrics = &Check{
	ID:       "keywords.role-metrics",
	Category: Keywords,
	Title:    "Bullets lead with the numbers the role is judged by",
	Why:      "Each role has the numbers hiring managers look for — a backend engineer's throughput, latency, uptime and cost; a nurse's patient load and outcomes — and bullets that carry them read as proof.",
	Fix:      "In your strongest bullets, measure the result the way the role is measured.",
	Before:   "Improved the API.",
	After:    "Cut p99 API latency from 1.4s to 280ms at 3,000 requests/second.",
	Since:    "0.1.0",
	Weight:   4,
	Run: func(in *Input) (Result, bool) {
		if len(in.Role.Metrics) == 0 || in.Role.ID == roles.Fallback {
			return Result{}, false
		}
		bs := bulletsOf(in)
		if len(bs) < 3 {
			return Result{}, false
		}
		with := 0
		kinds := map[string]bool{}
		for _, b := range bs {
			if m := in.Role.MetricsInLower(in.text(b.Text).lower()); len(m) > 0 {
				with++
				for _, id := range m {
					kinds[id] = true
				}
			}
		}
		var names []string
		for _, m := range in.Role.Metrics {
			names = append(names, m.Name)
		}
		share := float64(with) / float64(len(bs))
		msg := strconv.Itoa(with) + " of " + strconv.Itoa(len(bs)) + " bullets measure what a " + in.Role.Name + " is judged by"
		if share >= 0.3 {
			return Result{Status: Pass, Earned: 1, Message: msg + "."}, true
		}
		r := Result{Earned: share / 0.3, Message: msg + " (" + listTerms(names, 4) + ")."}
		r.Status = Warn
		if with == 0 {
			r.Status = Fail
		}
		return r, true
	},
}
