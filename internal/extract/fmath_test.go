package extract

import (
	"math"
	"testing"
)

func TestFloatHelpersMatchMath(t *testing.T) {
	vals := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, 1e308, -1e308, math.Inf(1), math.Inf(-1), math.NaN(), 5e-324, 3, 4}
	for _, a := range vals {
		for _, b := range vals {
			checkFloatHelpers(t, a, b)
		}
	}
}

func FuzzFloatHelpers(f *testing.F) {
	f.Add(0.0, -0.0)
	f.Add(1.5, math.NaN())
	f.Fuzz(checkFloatHelpers)
}

func checkFloatHelpers(t *testing.T, a, b float64) {
	same := func(x, y float64) bool {
		return math.Float64bits(x) == math.Float64bits(y) || math.IsNaN(x) && math.IsNaN(y)
	}
	if got, want := fmax(a, b), math.Max(a, b); !same(got, want) {
		t.Errorf("fmax(%v, %v) = %v, want %v", a, b, got, want)
	}
	if got, want := fmin(a, b), math.Min(a, b); !same(got, want) {
		t.Errorf("fmin(%v, %v) = %v, want %v", a, b, got, want)
	}
	if a == 0 { // emit's shortcut for an unrotated text matrix
		if got, want := math.Abs(b), math.Hypot(a, b); !same(got, want) {
			t.Errorf("math.Abs(%v) = %v, but math.Hypot(0, %v) = %v", b, got, b, want)
		}
	}
}
