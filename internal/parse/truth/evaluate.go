package truth

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/resumescore/resumescore/internal/extract"
	"github.com/resumescore/resumescore/internal/parse"
	"github.com/resumescore/resumescore/internal/roles"
)

// AsOf is the reference date truth files are written against.
var AsOf = time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)

// exts are the formats a truth file's résumé may come in; a truth file is
// scored once per format found.
var exts = []string{".txt", ".md", ".docx", ".pdf", ".json"}

// Evaluate parses every résumé of dir/resumes that has a truth file in
// dir/truth and scores it. NAME.truth.json describes resumes/NAME.EXT; the
// shared corpus names its files after rendercv themes instead
// (rendercv-classic.truth.json describes r007_rendercv_John_Doe_ClassicTheme_CV.pdf).
func Evaluate(dir string) (total Score, per map[string]Score, err error) {
	truths, _ := filepath.Glob(filepath.Join(dir, "truth", "*.truth.json"))
	if len(truths) == 0 {
		return nil, nil, fmt.Errorf("no truth files in %s", filepath.Join(dir, "truth"))
	}
	all, _ := filepath.Glob(filepath.Join(dir, "resumes", "*"))
	total, per = Score{}, map[string]Score{}
	for _, tp := range truths {
		tf, err := Load(tp)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", tp, err)
		}
		name := strings.TrimSuffix(filepath.Base(tp), ".truth.json")
		files := filesOf(name, all)
		if len(files) == 0 {
			return nil, nil, fmt.Errorf("%s: no résumé in %s/resumes", tp, dir)
		}
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				return nil, nil, err
			}
			res, err := ParseFile(data)
			if err != nil {
				return nil, nil, fmt.Errorf("%s: %w", f, err)
			}
			s := Compare(tf, res)
			per[filepath.Base(f)] = s
			total.Add(s)
		}
	}
	return total, per, nil
}

func filesOf(name string, all []string) []string {
	var out []string
	theme, rendercv := strings.CutPrefix(name, "rendercv-")
	for _, f := range all {
		base := filepath.Base(f)
		ext := filepath.Ext(base)
		switch {
		case rendercv && ext == ".pdf" && strings.Contains(strings.ToLower(base), "_"+theme+"theme_"):
		case strings.TrimSuffix(base, ext) == name && contains(exts, ext):
		default:
			continue
		}
		out = append(out, f)
	}
	return out
}

func contains(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// ParseFile reads a résumé as the engine does: JSON Resume directly, any
// other format through the text layer.
func ParseFile(data []byte) (*parse.Resume, error) {
	opt := parse.Options{AsOf: AsOf, Canonical: roles.Canonical}
	if parse.IsJSONResume(data) {
		r, _, err := parse.FromJSONResume(data, opt)
		return r, err
	}
	doc, err := extract.Read(context.Background(), data, extract.Limits{})
	if err != nil {
		return nil, err
	}
	return parse.Parse(doc, opt), nil
}

// Table prints per-file and overall F1 for every field.
func Table(total Score, per map[string]Score) string {
	var b strings.Builder
	width := 10
	names := make([]string, 0, len(per))
	for n := range per {
		names = append(names, n)
		width = max(width, len(n))
	}
	sort.Strings(names)
	row := func(name string, s Score) {
		fmt.Fprintf(&b, "%-*s", width, name)
		for _, f := range Fields {
			c := s[f]
			if c == nil {
				c = &Count{}
			}
			fmt.Fprintf(&b, " %5.2f", c.F1())
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "%-*s", width, "file")
	for _, f := range Fields {
		fmt.Fprintf(&b, " %5.5s", f)
	}
	b.WriteString("\n")
	for _, n := range names {
		row(n, per[n])
	}
	row("ALL", total)
	return b.String()
}
