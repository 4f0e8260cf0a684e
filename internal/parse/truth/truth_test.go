package truth

import (
	"path/filepath"
	"testing"

	"github.com/resumescore/resumescore/internal/parse"
)

const fixtures = "../../testdata"

func evaluate(t *testing.T, dir string) (Score, map[string]Score) {
	t.Helper()
	total, per, err := Evaluate(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + Table(total, per))
	return total, per
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

// TestOwnFixtures scores the parser on the project's own fixtures.
func TestOwnFixtures(t *testing.T) {
	total, _ := evaluate(t, fixtures)
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
	"company": 0.97, "title": 0.96, "start": 0.96, "end": 0.97, "institution": 0.96, "degree": 0.98, "area": 0.98, "skills": 0.96,
}

// TestSharedCorpus scores the parser on the shared corpus's truth files,
// which CI has beside the repository.
func TestSharedCorpus(t *testing.T) {
	const dir = "../../../../shared/corpus"
	total, per := evaluate(t, dir)
	if truths, _ := filepath.Glob(filepath.Join(dir, "truth", "*.truth.json")); len(per) != len(truths) {
		t.Errorf("matched %d PDFs to %d truth files", len(per), len(truths))
	}
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
