package check

import (
	"strings"

	"github.com/resumescore/resumescore/internal/roles"
)

// ScoreBulletFor rates a bullet with a role's guidance: its strong verbs
// count as strong, and a fix names the verbs and the numbers the role leads
// with. It never suggests a number of its own.
func ScoreBulletFor(text string, p *roles.Profile) BulletResult {
	return scoreBullet(text, GuidanceFor(p))
}

// GuidanceFor is the rewrite guidance a role profile gives.
func GuidanceFor(p *roles.Profile) Guidance {
	if p == nil {
		return Guidance{}
	}
	g := Guidance{Verbs: p.Verbs}
	for _, m := range p.Metrics {
		g.MetricWords = append(g.MetricWords, strings.ToLower(m.Name))
	}
	return g
}
