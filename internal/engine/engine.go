// Package engine is the one entry every face calls: bytes in, Report out.
// It touches no clock, network or file system; the caller hands it all.
package engine

import (
	"context"
	"strconv"
	"strings"
	"time"

	"github.com/resumescore/resumescore/internal/check"
	"github.com/resumescore/resumescore/internal/extract"
	"github.com/resumescore/resumescore/internal/jd"
	"github.com/resumescore/resumescore/internal/parse"
	"github.com/resumescore/resumescore/internal/report"
	"github.com/resumescore/resumescore/internal/roles"
	"github.com/resumescore/resumescore/internal/score"
)

// Version is the engine's release.
const Version = "0.1.0"

// Input is one résumé file.
type Input struct {
	Data []byte
}

// Options steer a run. AsOf is the reference date ("today") and must be set
// by the face; the engine never reads the clock.
type Options struct {
	AsOf   time.Time
	Role   string // a role id; empty to detect it
	JD     string // a job description's text; empty for none
	Limits extract.Limits
}

// RoleError says a role id is not one of ours.
type RoleError struct{ ID string }

func (e *RoleError) Error() string {
	return "unknown role " + strconv.Quote(e.ID) + "; `resumescore roles` lists them"
}

// Read extracts the Document of an input; a JSON Resume is rendered as the
// lines the engine scores.
func Read(ctx context.Context, in Input, opt Options) (*extract.Document, error) {
	doc, _, err := read(ctx, in, opt)
	return doc, err
}

// Parse reads and parses one résumé: what an ATS would extract from it.
func Parse(ctx context.Context, in Input, opt Options) (*parse.Resume, error) {
	_, res, err := read(ctx, in, opt)
	return res, err
}

// read extracts and parses an input; JSON Resume goes straight to a Resume.
func read(ctx context.Context, in Input, opt Options) (*extract.Document, *parse.Resume, error) {
	popt := parse.Options{AsOf: opt.AsOf, Canonical: roles.Canonical}
	if parse.IsJSONResume(in.Data) {
		if len(in.Data) > extract.DefaultLimits.MaxBytes {
			return nil, nil, &extract.Error{Kind: extract.KindTooLarge, Detail: "10 MB"}
		}
		res, doc, err := parse.FromJSONResume(in.Data, popt)
		return doc, res, err
	}
	doc, err := extract.Read(ctx, in.Data, opt.Limits)
	if err != nil {
		return nil, nil, err
	}
	return doc, parse.Parse(doc, popt), nil
}

// Score reads, parses, checks and scores one résumé. Errors are
// *extract.Error.
func Score(ctx context.Context, in Input, opt Options) (*report.Report, error) {
	doc, res, err := read(ctx, in, opt)
	if err != nil {
		return nil, err
	}
	return checkAndScore(doc, res, len(in.Data), opt)
}

// checkAndScore picks the role, runs the checks and builds the report.
func checkAndScore(doc *extract.Document, res *parse.Resume, size int, opt Options) (*report.Report, error) {
	ci := &check.Input{Doc: doc, Resume: res, AsOf: opt.AsOf, Size: size}
	role, err := pickRole(opt.Role, ci)
	if err != nil {
		return nil, err
	}
	ci.Role = role.Profile
	if strings.TrimSpace(opt.JD) != "" {
		ci.JD = jd.Parse(opt.JD, vocabulary{})
	}
	outs := check.Run(ci)
	sc := score.Compute(outs)
	return report.Build(Version, FormatDate(opt.AsOf), ci, role, outs, sc), nil
}

// Bullets scores bullets on their own, with rewrite guidance for a role
// (the general profile when roleID is empty).
func Bullets(texts []string, roleID string) ([]check.BulletResult, error) {
	if roleID == "" {
		roleID = roles.Fallback
	}
	p, ok := roles.Get(roleID)
	if !ok {
		return nil, &RoleError{ID: roleID}
	}
	out := make([]check.BulletResult, 0, len(texts))
	for _, t := range texts {
		out = append(out, check.ScoreBulletFor(t, p))
	}
	return out, nil
}

// pickRole returns the named profile, or detects one from the résumé. To
// detect, it builds the Input's keyword index (the skills named on each
// line), which the keyword checks then use: the text is searched for skills
// once.
func pickRole(id string, ci *check.Input) (report.RoleChoice, error) {
	if id != "" {
		p, ok := roles.Get(id)
		if !ok {
			return report.RoleChoice{}, &RoleError{ID: id}
		}
		return report.RoleChoice{Profile: p, Confidence: 1}, nil
	}
	res := ci.Resume
	var titles []string
	for _, w := range res.Work {
		titles = append(titles, w.Position)
	}
	found := ci.Terms().Set()
	for _, t := range roles.Terms(strings.Join(titles, "\n") + "\n" + res.Basics.Label) {
		found[t] = true
	}
	got, conf := roles.DetectFound(titles, res.Basics.Label, hasText(ci.Doc), found)
	p, _ := roles.Get(got)
	return report.RoleChoice{Profile: p, Detected: true, Confidence: conf}, nil
}

// hasText says whether any line of the document has more than white space.
func hasText(doc *extract.Document) bool {
	for _, p := range doc.Pages {
		for _, l := range p.Lines {
			if strings.TrimSpace(l.Text) != "" {
				return true
			}
		}
	}
	return false
}

// vocabulary lets the job-description reader use the skill-alias table.
type vocabulary struct{}

func (vocabulary) Canonical(term string) (string, bool) { return roles.Canonical(term) }

// ScoreJSON is Score followed by report.JSON: what the browser and the edge
// return.
func ScoreJSON(ctx context.Context, in Input, opt Options) ([]byte, error) {
	r, err := Score(ctx, in, opt)
	if err != nil {
		return nil, err
	}
	return report.JSON(r)
}
