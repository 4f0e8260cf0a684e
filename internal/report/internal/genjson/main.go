// Command genjson writes the report package's JSON encoder, json_gen.go: one
// append function per struct type that a Report or a parse.Resume holds,
// reflection-free, writing exactly what json.NewEncoder(w).Encode writes
// (the tests in internal/report compare the two byte for byte). It also
// writes json_cases_gen_test.go, the same encoder for the odd shapes in
// package cases, which the tests compare with encoding/json too.
//
// Run it through go generate in internal/report (see json.go), which builds
// it with the genjson tag: the report package then leaves json_gen.go out,
// so that the generator still runs when a changed type has made the
// generated code stale enough not to compile.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"

	"github.com/resumescore/resumescore/internal/parse"
	"github.com/resumescore/resumescore/internal/report"
	"github.com/resumescore/resumescore/internal/report/internal/genjson/cases"
)

const reportPkg = "github.com/resumescore/resumescore/internal/report"

type output struct {
	file string
	cfg  Config
}

// outputs lists the files the generator writes, in internal/report.
func outputs() []output {
	return []output{
		{"json_gen.go", Config{
			Package: reportPkg, Name: "report", BuildTag: "!genjson", Prefix: "append",
			Roots: []Root{
				{reflect.TypeFor[report.Report](), "encodeReportJSON"},
				{reflect.TypeFor[parse.Resume](), "encodeResumeJSON"},
			},
			// What parse.Resume's []map[string]any sections hold: what
			// roles.DecodeJSON puts in an empty interface (JSON Resume
			// input) and the strings the parser sets.
			Any: []reflect.Type{
				reflect.TypeFor[string](), reflect.TypeFor[float64](), reflect.TypeFor[bool](),
				reflect.TypeFor[map[string]any](), reflect.TypeFor[[]any](),
			},
		}},
		{"json_cases_gen_test.go", Config{
			Package: reportPkg, Name: "report", Prefix: "appendCase",
			Roots: []Root{{reflect.TypeFor[cases.Cases](), "encodeCasesJSON"}},
			Any:   cases.AnyTypes,
		}},
	}
}

func main() {
	dir := flag.String("dir", ".", "the internal/report folder (go generate runs the command there)")
	flag.Parse()
	if err := run(*dir); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(dir string) error {
	if _, err := os.Stat(filepath.Join(dir, "json.go")); err != nil {
		return errors.New("genjson: " + dir + " is not internal/report: run it with go generate ./internal/report")
	}
	for _, o := range outputs() {
		src, err := Generate(o.cfg)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, o.file), src, 0o644); err != nil {
			return err
		}
	}
	return nil
}
