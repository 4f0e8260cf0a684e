// Package engine is the one entry every face calls: bytes in, Report out.
// It touches no clock, network or file system; the caller hands it all.
package engine

import (
	"context"
	"time"

	"github.com/resumescore/resumescore/internal/check"
	"github.com/resumescore/resumescore/internal/extract"
	"github.com/resumescore/resumescore/internal/parse"
	"github.com/resumescore/resumescore/internal/report"
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
	Limits extract.Limits
}

// Read extracts the Document of an input.
func Read(ctx context.Context, in Input, opt Options) (*extract.Document, error) {
	return extract.Read(ctx, in.Data, opt.Limits)
}

// Parse reads and parses one résumé: what an ATS would extract from it.
func Parse(ctx context.Context, in Input, opt Options) (*parse.Resume, error) {
	doc, err := Read(ctx, in, opt)
	if err != nil {
		return nil, err
	}
	return parse.Parse(doc, parse.Options{AsOf: opt.AsOf}), nil
}

// Score reads, parses, checks and scores one résumé. Errors are
// *extract.Error.
func Score(ctx context.Context, in Input, opt Options) (*report.Report, error) {
	doc, err := Read(ctx, in, opt)
	if err != nil {
		return nil, err
	}
	res := parse.Parse(doc, parse.Options{AsOf: opt.AsOf})
	outs := check.Run(&check.Input{Doc: doc, Resume: res, AsOf: opt.AsOf})
	sc := score.Compute(outs)
	return report.Build(Version, opt.AsOf.Format(time.DateOnly), doc, res, outs, sc), nil
}

// ScoreJSON is Score followed by report.JSON: what the browser and the edge
// return.
func ScoreJSON(ctx context.Context, in Input, opt Options) ([]byte, error) {
	r, err := Score(ctx, in, opt)
	if err != nil {
		return nil, err
	}
	return report.JSON(r)
}
