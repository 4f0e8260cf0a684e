package score

import (
	"testing"

	"github.com/resumescore/resumescore/internal/check"
)

func TestCompute(t *testing.T) {
	a := &check.Check{ID: "a", Category: check.Contact, Weight: 3}
	b := &check.Check{ID: "b", Category: check.Impact, Weight: 1}
	res := Compute([]check.Outcome{
		{Check: a, Result: check.Result{Earned: 1}},
		{Check: b, Result: check.Result{Earned: 0.5}},
	})
	// (3*1 + 1*0.5) / 4 = 87.5 → 88
	if res.Score != 88 || res.Grade != "B" {
		t.Errorf("score %d grade %s", res.Score, res.Grade)
	}
	if res.Points[0] != (Points{Earned: 75, Possible: 75}) || res.Points[1] != (Points{Earned: 12.5, Possible: 25}) {
		t.Errorf("points %+v", res.Points)
	}
	if len(res.Categories) != 2 || res.Categories[0].ID != check.Contact || res.Categories[1].Score != 50 {
		t.Errorf("categories %+v", res.Categories)
	}
}

func TestComputeEmptyAndClamp(t *testing.T) {
	if r := Compute(nil); r.Score != 0 || r.Grade != "F" {
		t.Errorf("empty: %+v", r)
	}
	c := &check.Check{ID: "c", Category: check.Length, Weight: 1}
	if r := Compute([]check.Outcome{{Check: c, Result: check.Result{Earned: 7}}}); r.Score != 100 {
		t.Errorf("earned above 1 must clamp: %d", r.Score)
	}
}

func TestGrade(t *testing.T) {
	for s, g := range map[int]string{100: "A", 90: "A", 89: "B", 80: "B", 75: "C", 60: "D", 59: "F", 0: "F"} {
		if Grade(s) != g {
			t.Errorf("Grade(%d) = %s, want %s", s, Grade(s), g)
		}
	}
}
