package truth

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/resumescore/resumescore/internal/extract"
	"github.com/resumescore/resumescore/internal/parse"
	"github.com/resumescore/resumescore/internal/roles"
)

const fixtures = "../../testdata"

// Evaluate parses every fixture that has a truth file and sums the scores.
func evaluate(t *testing.T, dir string, exts []string) (Score, map[string]Score) {
	t.Helper()
	total := Score{}
	per := map[string]Score{}
	truths, _ := filepath.Glob(filepath.Join(dir, "truth", "*.truth.json"))
	if len(truths) == 0 {
		t.Fatalf("no truth files in %s", dir)
	}
	for _, tp := range truths {
		tf, err := Load(tp)
		if err != nil {
			t.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(tp), ".truth.json")
		for _, ext := range exts {
			path := filepath.Join(dir, "resumes", name+ext)
			data, err := os.ReadFile(path)
			if err != nil {
				continue
			}
			res, err := parseFile(data)
			if err != nil {
				t.Errorf("%s: %v", path, err)
				continue
			}
			s := Compare(tf, res)
			per[name+ext] = s
			total.Add(s)
		}
	}
	return total, per
}

func report(t *testing.T, total Score, per map[string]Score) {
	var b strings.Builder
	fmt.Fprintf(&b, "%-38s", "file")
	for _, f := range Fields {
		fmt.Fprintf(&b, " %5.5s", f)
	}
	b.WriteString("\n")
	for name, s := range per {
		fmt.Fprintf(&b, "%-38s", name)
		for _, f := range Fields {
			fmt.Fprintf(&b, " %5.2f", s[f].F1())
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "%-38s", "ALL")
	for _, f := range Fields {
		fmt.Fprintf(&b, " %5.2f", total[f].F1())
	}
	t.Log("\n" + b.String())
}

func TestCompare(t *testing.T) {
	s := func(v string) *string { return &v }
	tf := &File{Name: s("Ana Silva"), Email: s("ana@example.com"), Phone: s("+55 11 5555-0123"),
		Sections: []string{"Experiência", "Formação"}, Skills: []string{"Go", "SQL"},
		Work: []Work{{Company: s("Acme"), Title: s("Dev"), Start: s("2020-01"), End: s("present")}}}
	r := &parse.Resume{Basics: parse.Basics{Name: "ANA SILVA", Email: "ana@example.com", Phone: "+55 (11) 5555 0123"},
		Skills: []parse.Skill{{Name: "Tech", Keywords: []string{"Go", "Java"}}},
		Work:   []parse.Work{{Name: "Acme", Position: "Developer", StartDate: "2020-01"}}}
	r.Meta.ResumeScore.Sections = []parse.Section{{Heading: "EXPERIÊNCIA"}}
	got := Compare(tf, r)
	for f, want := range map[string]Count{
		"name": {1, 0, 0}, "phone": {1, 0, 0}, "sections": {1, 0, 1}, "skills": {1, 1, 1},
		"company": {1, 0, 0}, "title": {0, 1, 1}, "end": {1, 0, 0}, "location": {0, 0, 0},
	} {
		if *got[f] != want {
			t.Errorf("%s: got %+v, want %+v", f, *got[f], want)
		}
	}
}

var asOf = time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)

// parseFile reads a fixture as the engine does: JSON Resume directly, any
// other format through the text layer.
func parseFile(data []byte) (*parse.Resume, error) {
	opt := parse.Options{AsOf: asOf, Canonical: roles.Canonical}
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

// TestOwnFixtures scores the parser on the project's own fixtures.
func TestOwnFixtures(t *testing.T) {
	total, per := evaluate(t, fixtures, []string{".txt", ".md", ".docx", ".pdf", ".json"})
	report(t, total, per)
	for _, f := range Fields {
		if got := total[f].F1(); got < floor[f] {
			t.Errorf("%s: F1 %.3f under its floor %.2f", f, got, floor[f])
		}
	}
}

// floor is the F1 each field must keep on the own fixtures: the level
// reached, so that a change that loses accuracy fails.
var floor = map[string]float64{
	"name": 0.98, "email": 0.98, "phone": 0.98, "location": 0.98, "links": 0.98, "sections": 0.97,
	"company": 0.93, "title": 0.94, "start": 0.94, "end": 0.94, "institution": 0.85, "degree": 0.88, "area": 0.90, "skills": 0.92,
}

// TestSharedCorpus scores the parser on the shared corpus's truth files,
// which CI has beside the repository.
func TestSharedCorpus(t *testing.T) {
	const dir = "../../../../shared/corpus"
	total, per := Score{}, map[string]Score{}
	truths, _ := filepath.Glob(filepath.Join(dir, "truth", "*.truth.json"))
	if len(truths) == 0 {
		t.Fatalf("no truth files in %s: the shared corpus belongs beside the repository", dir)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "resumes", "*.pdf"))
	for _, tp := range truths {
		tf, err := Load(tp)
		if err != nil {
			t.Fatal(err)
		}
		// rendercv-classic.truth.json describes r007_rendercv_John_Doe_ClassicTheme_CV.pdf.
		theme := strings.TrimPrefix(strings.TrimSuffix(filepath.Base(tp), ".truth.json"), "rendercv-")
		for _, f := range files {
			if !strings.Contains(strings.ToLower(f), "_"+theme+"theme_") {
				continue
			}
			data, _ := os.ReadFile(f)
			doc, err := extract.Read(context.Background(), data, extract.Limits{})
			if err != nil {
				t.Errorf("%s: %v", f, err)
				continue
			}
			s := Compare(tf, parse.Parse(doc, parse.Options{AsOf: time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC), Canonical: roles.Canonical}))
			per[filepath.Base(f)] = s
			total.Add(s)
		}
	}
	if len(per) != len(truths) {
		t.Errorf("matched %d PDFs to %d truth files", len(per), len(truths))
	}
	report(t, total, per)
	for _, f := range Fields {
		if got := total[f].F1(); got < sharedFloor[f] {
			t.Errorf("%s: F1 %.3f under its floor %.2f", f, got, sharedFloor[f])
		}
	}
}

var sharedFloor = map[string]float64{
	"name": 0.98, "email": 0.98, "phone": 0.98, "location": 0.98, "links": 0.98, "sections": 0.98,
	"company": 0.98, "title": 0.98, "start": 0.96, "end": 0.96, "institution": 0.98, "degree": 0.98, "area": 0.98, "skills": 0.98,
}
