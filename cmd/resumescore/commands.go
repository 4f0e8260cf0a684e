package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/resumescore/resumescore/internal/check"
	"github.com/resumescore/resumescore/internal/engine"
	"github.com/resumescore/resumescore/internal/extract"
	"github.com/resumescore/resumescore/internal/report"
	"github.com/resumescore/resumescore/internal/roles"
)

// writeJSON prints v as indented JSON, for people and for jq.
func writeJSON(w io.Writer, v any) {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.Encode(v)
}

func newFlags(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return fs
}

func cmdScore(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("score", stderr)
	asJSON := fs.Bool("json", false, "print the report as JSON")
	asOf := fs.String("as-of", "", "reference date YYYY-MM-DD (default: today)")
	minScore := fs.Int("min-score", 0, "exit 4 when a score is below `N`")
	role := fs.String("role", "", "score for this role `ID` (default: detect it; see `resumescore roles`)")
	jdFile := fs.String("jd", "", "match against the job description in `FILE`")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if *role != "" {
		if _, ok := roles.Get(*role); !ok {
			fmt.Fprintf(stderr, "resumescore score: unknown role %q; one of: %s\n", *role, strings.Join(roles.IDs(), ", "))
			return exitUsage
		}
	}
	jdText := ""
	if *jdFile != "" {
		b, err := os.ReadFile(*jdFile)
		if err != nil {
			fmt.Fprintf(stderr, "resumescore score: --jd: %v\n", err)
			return exitUsage
		}
		jdText = string(b)
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "resumescore score: name at least one FILE (or - for standard input)")
		return exitUsage
	}
	date, err := parseAsOf(*asOf)
	if err != nil {
		fmt.Fprintf(stderr, "resumescore score: %v\n", err)
		return exitUsage
	}
	code := exitOK
	for _, name := range fs.Args() {
		data, err := readInput(name, stdin)
		if err != nil {
			fmt.Fprintf(stderr, "resumescore: %s: %v\n", name, err)
			code = max(code, exitInput)
			continue
		}
		r, err := engine.Score(context.Background(), engine.Input{Data: data}, engine.Options{AsOf: date, Role: *role, JD: jdText})
		if err != nil {
			fmt.Fprintf(stderr, "resumescore: %s: %s\n", name, describe(err))
			code = max(code, exitInput)
			continue
		}
		if *asJSON {
			b, err := report.JSON(r)
			if err != nil {
				fmt.Fprintf(stderr, "resumescore: %s: %v\n", name, err)
				return exitInput
			}
			stdout.Write(b)
		} else {
			report.WriteText(stdout, name, r)
		}
		if r.Score < *minScore && code == exitOK {
			code = exitMinScore
		}
	}
	return code
}

func cmdText(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("text", stderr)
	layout := fs.Bool("layout", false, "show pages, columns, blocks, header/footer bands, hidden text and links")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "resumescore text: name exactly one FILE (or - for standard input)")
		return exitUsage
	}
	name := fs.Arg(0)
	data, err := readInput(name, stdin)
	if err != nil {
		fmt.Fprintf(stderr, "resumescore: %s: %v\n", name, err)
		return exitInput
	}
	doc, err := engine.Read(context.Background(), engine.Input{Data: data}, engine.Options{})
	if err != nil {
		fmt.Fprintf(stderr, "resumescore: %s: %s\n", name, describe(err))
		return exitInput
	}
	if *layout {
		io.WriteString(stdout, doc.LayoutText())
	} else {
		io.WriteString(stdout, doc.Text())
	}
	return exitOK
}

func cmdParse(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("parse", stderr)
	asOf := fs.String("as-of", "", "reference date YYYY-MM-DD for \"Present\" (default: today)")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "resumescore parse: name exactly one FILE (or - for standard input)")
		return exitUsage
	}
	date, err := parseAsOf(*asOf)
	if err != nil {
		fmt.Fprintf(stderr, "resumescore parse: %v\n", err)
		return exitUsage
	}
	name := fs.Arg(0)
	data, err := readInput(name, stdin)
	if err != nil {
		fmt.Fprintf(stderr, "resumescore: %s: %v\n", name, err)
		return exitInput
	}
	out, err := engine.ParseJSON(context.Background(), engine.Input{Data: data}, engine.Options{AsOf: date})
	if err != nil {
		fmt.Fprintf(stderr, "resumescore: %s: %s\n", name, describe(err))
		return exitInput
	}
	stdout.Write(out)
	return exitOK
}

func cmdChecks(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("checks", stderr)
	asJSON := fs.Bool("json", false, "print the registry as JSON")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	all := check.All()
	if *asJSON {
		stdout.Write(engine.RegistryJSON())
		return exitOK
	}
	for _, c := range all {
		fmt.Fprintf(stdout, "%-24s %-13s %s\n", c.ID, c.Category, c.Title)
	}
	fmt.Fprintf(stdout, "\n%d checks. `resumescore checks --json` prints why, how to fix and an example of each.\n", len(all))
	return exitOK
}

// readInput reads a named file, or standard input for "-", refusing more than
// the engine would accept anyway.
func readInput(name string, stdin io.Reader) ([]byte, error) {
	var r io.Reader = stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			if errors.Is(err, os.ErrNotExist) {
				return nil, errors.New("no such file")
			}
			return nil, err
		}
		defer f.Close()
		r = f
	}
	limit := int64(extract.DefaultLimits.MaxBytes)
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	return data, nil
}

// describe gives the one-line reason for an input error.
func describe(err error) string {
	var e *extract.Error
	if errors.As(err, &e) {
		return e.Error()
	}
	return err.Error()
}

func parseAsOf(s string) (time.Time, error) {
	if s == "" {
		y, m, d := time.Now().Date()
		return time.Date(y, m, d, 0, 0, 0, 0, time.UTC), nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("--as-of wants a date as YYYY-MM-DD, not %q", s)
	}
	return t, nil
}

func cmdRoles(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("roles", stderr)
	asJSON := fs.Bool("json", false, "print the profiles as JSON")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	all := roles.All()
	if *asJSON {
		stdout.Write(engine.ProfilesJSON())
		return exitOK
	}
	for _, p := range all {
		fmt.Fprintf(stdout, "%-20s %s\n", p.ID, p.Name)
	}
	fmt.Fprintf(stdout, "\n%d roles. `resumescore roles --json` prints keywords, verbs, metrics and section order.\n", len(all))
	return exitOK
}

func cmdBullet(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("bullet", stderr)
	role := fs.String("role", "", "give rewrite guidance for this role `ID`")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "resumescore bullet: give at least one bullet TEXT")
		return exitUsage
	}
	out, err := engine.Bullets(fs.Args(), *role)
	if err != nil {
		fmt.Fprintf(stderr, "resumescore bullet: %v\n", err)
		return exitUsage
	}
	writeJSON(stdout, out)
	return exitOK
}
