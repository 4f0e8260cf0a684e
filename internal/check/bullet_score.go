package check

import (
	"strconv"
	"strings"
)

// BulletFinding is one thing said about one bullet.
type BulletFinding struct {
	Check   string `json:"check"`
	Status  Status `json:"status"`
	Message string `json:"message"`
	Fix     string `json:"fix,omitempty"`
}

// BulletResult is a bullet's 0–100 score and what was found in it.
type BulletResult struct {
	Text     string          `json:"text"`
	Score    int             `json:"score"`
	Findings []BulletFinding `json:"findings"`
}

// ScoreBullet rates one bullet: a number (45 points), an action verb opener
// (35) and a readable length (20).
func ScoreBullet(text string) BulletResult {
	r := BulletResult{Text: text, Findings: []BulletFinding{}}
	add := func(id string, ok bool, pts int, pass, fail, fix string) {
		if ok {
			r.Score += pts
			r.Findings = append(r.Findings, BulletFinding{Check: id, Status: Pass, Message: pass})
			return
		}
		r.Findings = append(r.Findings, BulletFinding{Check: id, Status: Fail, Message: fail, Fix: fix})
	}
	add("impact.quantified", hasMetric(text), 45, "Carries a number.",
		"No number measures the result.", "Say what changed and by how much: a latency, a count, a percentage, money or time.")
	add("impact.action-verb", actionVerbs[firstWord(text)], 35, "Opens with an action verb.",
		"Does not open with an action verb.", "Lead with what you did, in the past tense: Built, Cut, Designed, Led.")
	n := len(strings.Fields(text))
	add("impact.bullet-length", n >= 8 && n <= 30, 20, "Readable length.",
		"Too short or too long to read as one result ("+strconv.Itoa(n)+" words).", "Keep a bullet to one result in 8–30 words: what you did, how, and the number.")
	return r
}
