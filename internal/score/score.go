// Package score turns check outcomes into a 0–100 score: each check earns a
// share of its weight, categories are the sums of their checks, and the total
// is the weighted mean.
package score

import (
	"math"
	"sort"

	"github.com/resumescore/resumescore/internal/check"
)

// Algorithm names the scoring method; it changes whenever a weight or a
// formula does, so that two reports can be compared.
const Algorithm = "rs-2026.11-1"

// Category is one category's score.
type Category struct {
	ID     check.Category `json:"id"`
	Name   string         `json:"name"`
	Score  int            `json:"score"`
	Weight float64        `json:"weight"`
}

// Points are what a finding earned of what it could earn, on the 0–100
// scale of the total score.
type Points struct {
	Earned   float64 `json:"earned"`
	Possible float64 `json:"possible"`
}

// Result is the scored résumé.
type Result struct {
	Score      int
	Grade      string
	Categories []Category
	Points     []Points // parallel to the outcomes given
}

var names = map[check.Category]string{
	check.Parseability: "Parseability", check.Contact: "Contact", check.Sections: "Sections",
	check.Impact: "Impact", check.Language: "Language", check.Keywords: "Keywords",
	check.Length: "Length and format", check.Dates: "Dates and timeline",
}

// Compute scores the outcomes.
func Compute(outs []check.Outcome) Result {
	var total float64
	for _, o := range outs {
		total += o.Check.Weight
	}
	res := Result{Points: make([]Points, len(outs))}
	if total == 0 {
		res.Grade = Grade(0)
		return res
	}
	type acc struct{ earned, weight float64 }
	cats := map[check.Category]*acc{}
	var earned float64
	for i, o := range outs {
		w := o.Check.Weight
		e := w * clamp(o.Result.Earned)
		earned += e
		res.Points[i] = Points{Earned: round1(e / total * 100), Possible: round1(w / total * 100)}
		a := cats[o.Check.Category]
		if a == nil {
			a = &acc{}
			cats[o.Check.Category] = a
		}
		a.earned += e
		a.weight += w
	}
	res.Score = int(math.Round(earned / total * 100))
	res.Grade = Grade(res.Score)
	for id, a := range cats {
		res.Categories = append(res.Categories, Category{ID: id, Name: names[id],
			Score: int(math.Round(a.earned / a.weight * 100)), Weight: round1(a.weight / total * 100)})
	}
	sort.Slice(res.Categories, func(i, j int) bool { return res.Categories[i].ID.Order() < res.Categories[j].ID.Order() })
	return res
}

// Grade maps a score to a letter.
func Grade(s int) string {
	switch {
	case s >= 90:
		return "A"
	case s >= 80:
		return "B"
	case s >= 70:
		return "C"
	case s >= 60:
		return "D"
	}
	return "F"
}

func clamp(f float64) float64 { return math.Max(0, math.Min(1, f)) }

func round1(f float64) float64 { return math.Round(f*10) / 10 }
