// Package report defines the Report every face returns (JSON schema
// resumescore.report/v1) and renders it for terminals.
package report

import (
	"cmp"
	"math"
	"slices"

	"github.com/resumescore/resumescore/internal/check"
	"github.com/resumescore/resumescore/internal/parse"
	"github.com/resumescore/resumescore/internal/roles"
	"github.com/resumescore/resumescore/internal/score"
)

// Schema is the version of the report's JSON shape.
const Schema = "resumescore.report/v1"

// Report is the outside of the product: what the CLI prints with --json, what
// the browser shows and what the edge API returns.
type Report struct {
	Schema     string               `json:"schema"`
	Score      int                  `json:"score"`
	Grade      string               `json:"grade"`
	Engine     Engine               `json:"engine"`
	AsOf       string               `json:"asOf"`
	Role       Role                 `json:"role"`
	Categories []score.Category     `json:"categories"`
	Findings   []Finding            `json:"findings"`
	Bullets    []check.BulletResult `json:"bullets"`
	Keywords   Keywords             `json:"keywords"`
	JobMatch   *check.Match         `json:"jobMatch,omitempty"`
	Layout     Layout               `json:"layout"`
	Resume     *parse.Resume        `json:"resume"`
}

type Engine struct {
	Version   string `json:"version"`
	Algorithm string `json:"algorithm"`
}

type Role struct {
	ID         string  `json:"id"`
	Name       string  `json:"name"`
	Detected   bool    `json:"detected"`
	Confidence float64 `json:"confidence"`
}

type Finding struct {
	Check    string           `json:"check"`
	Category check.Category   `json:"category"`
	Title    string           `json:"title"`
	Status   check.Status     `json:"status"`
	Message  string           `json:"message"`
	Fix      string           `json:"fix,omitempty"`
	Evidence []check.Evidence `json:"evidence"`
	Points   score.Points     `json:"points"`
}

// Keywords are the role's keywords the résumé names (with where) and those
// it does not.
type Keywords struct {
	Found   []KeywordHit `json:"found"`
	Missing []string     `json:"missing"`
}

// RoleChoice is the profile a report was scored for and how it was chosen.
type RoleChoice struct {
	Profile    *roles.Profile
	Detected   bool
	Confidence float64
}

type KeywordHit struct {
	Term  string           `json:"term"`
	Where []check.Evidence `json:"where"`
}

type Layout struct {
	Format  string   `json:"format"`
	Pages   int      `json:"pages"`
	Columns int      `json:"columns"`
	Words   int      `json:"words"`
	Fonts   []string `json:"fonts"`
	Risks   []string `json:"risks"`
}

// rank orders statuses: failures first, then warnings, then passes (and
// anything else, as the map it replaces did, with failures).
func rank(s check.Status) int {
	switch s {
	case check.Warn:
		return 1
	case check.Pass:
		return 2
	}
	return 0
}

// Build assembles the report from the pipeline's outputs. Findings are
// sorted: failures first, then by the points fixing them would gain.
func Build(version string, asOf string, in *check.Input, role RoleChoice, outs []check.Outcome, sc score.Result) *Report {
	doc, res := in.Doc, in.Resume
	r := &Report{
		Schema: Schema, Score: sc.Score, Grade: sc.Grade,
		Engine:     Engine{Version: version, Algorithm: score.Algorithm},
		AsOf:       asOf,
		Role:       Role{ID: role.Profile.ID, Name: role.Profile.Name, Detected: role.Detected, Confidence: math.Round(role.Confidence*100) / 100},
		Categories: sc.Categories,
		Findings:   make([]Finding, 0, len(outs)),
		Bullets:    make([]check.BulletResult, 0, len(res.Bullets)),
		Keywords:   Keywords{Found: []KeywordHit{}, Missing: []string{}},
		Layout:     Layout{Format: doc.Format, Pages: len(doc.Pages), Columns: 1, Words: in.WordCount(), Fonts: []string{}, Risks: []string{}},
		Resume:     res,
	}
	if r.Categories == nil {
		r.Categories = []score.Category{}
	}
	// Failures first, then by the points fixing them gains; a stable sort
	// keeps the registry's order among equals. The sort moves indices, not
	// findings, which are large.
	order := make([]int32, len(outs))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortStableFunc(order, func(a, b int32) int {
		if ra, rb := rank(outs[a].Result.Status), rank(outs[b].Result.Status); ra != rb {
			return cmp.Compare(ra, rb)
		}
		pa, pb := sc.Points[a], sc.Points[b]
		return cmp.Compare(pb.Possible-pb.Earned, pa.Possible-pa.Earned)
	})
	for _, i := range order {
		o := outs[i]
		f := Finding{Check: o.Check.ID, Category: o.Check.Category, Title: o.Check.Title, Status: o.Result.Status,
			Message: o.Result.Message, Evidence: o.Result.Evidence, Points: sc.Points[i]}
		if f.Status != check.Pass {
			f.Fix = o.Check.Fix
		}
		r.Findings = append(r.Findings, f)
	}
	if lay := res.Meta.ResumeScore.Layout; lay != nil {
		r.Layout.Columns = lay.Columns
		r.Layout.Fonts = append(r.Layout.Fonts, lay.Fonts...)
	}
	// The risks are what the parseability checks found wrong with the page.
	for _, o := range outs {
		if o.Check.Category == check.Parseability && o.Result.Status != check.Pass {
			r.Layout.Risks = append(r.Layout.Risks, o.Result.Message)
		}
	}
	for _, b := range res.Bullets {
		r.Bullets = append(r.Bullets, in.BulletScore(b.Text, role.Profile))
	}
	ix := in.Terms()
	for _, t := range role.Profile.Keywords() {
		if ix.Found(t) {
			r.Keywords.Found = append(r.Keywords.Found, KeywordHit{Term: t, Where: ix.Where(t)})
		} else {
			r.Keywords.Missing = append(r.Keywords.Missing, t)
		}
	}
	r.JobMatch = check.JobMatch(in)
	return r
}
