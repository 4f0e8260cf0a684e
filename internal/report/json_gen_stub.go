//go:build genjson

package report

import (
	"errors"

	"github.com/resumescore/resumescore/internal/parse"
)

// Built with the genjson tag, as the generator builds it, the package leaves
// json_gen.go out and has these in its place: the generator needs only the
// types, and must run even when a changed type has broken the generated
// code.

var errNoEncoder = errors.New("report: built with the genjson tag, without the generated JSON encoder")

func encodeReportJSON([]byte, *Report) ([]byte, error) { return nil, errNoEncoder }

func encodeResumeJSON([]byte, *parse.Resume) ([]byte, error) { return nil, errNoEncoder }
