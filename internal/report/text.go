package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/resumescore/resumescore/internal/check"
)

var marks = map[check.Status]string{check.Pass: "✓", check.Warn: "!", check.Fail: "✗"}

// WriteText renders the report for a terminal: the score, the categories,
// then every finding that is not a pass with its line and how to fix it.
func WriteText(w io.Writer, name string, r *Report) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %d/100 (%s)  role %s  [engine %s, %s]\n", name, r.Score, r.Grade, r.Role.Name, r.Engine.Version, r.Engine.Algorithm)
	for _, c := range r.Categories {
		fmt.Fprintf(&b, "  %-20s %3d  %s\n", c.Name, c.Score, bar(c.Score))
	}
	passed := 0
	for _, f := range r.Findings {
		if f.Status == check.Pass {
			passed++
			continue
		}
		fmt.Fprintf(&b, "\n%s %s  (%s, +%.1f points)\n  %s\n", marks[f.Status], f.Title, f.Check, f.Points.Possible-f.Points.Earned, f.Message)
		for i, e := range f.Evidence {
			if i == 5 {
				fmt.Fprintf(&b, "    … and %d more\n", len(f.Evidence)-5)
				break
			}
			fmt.Fprintf(&b, "    p%d:%d  %s\n", e.Page, e.Line, clip(e.Text, 90))
		}
		if f.Fix != "" {
			fmt.Fprintf(&b, "  fix: %s\n", f.Fix)
		}
	}
	fmt.Fprintf(&b, "\n%d checks passed, %d to improve.\n", passed, len(r.Findings)-passed)
	_, err := io.WriteString(w, b.String())
	return err
}

func bar(score int) string {
	n := score / 5
	return strings.Repeat("█", n) + strings.Repeat("░", 20-n)
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
