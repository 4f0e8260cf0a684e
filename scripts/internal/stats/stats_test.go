package stats

import "testing"

func TestStats(t *testing.T) {
	v := []float64{3, 1, 2, 10}
	if Median(v) != 2.5 || Median([]float64{5, 1, 3}) != 3 || Median(nil) != 0 {
		t.Error("median")
	}
	if Min(v) != 1 || Max(v) != 10 || Min(nil) != 0 {
		t.Error("min/max")
	}
	if v[0] != 3 {
		t.Error("Median must not reorder its input")
	}
	if Clip("abcdef", 4) != "abc…" || Clip("ab", 4) != "ab" {
		t.Error("clip")
	}
}
