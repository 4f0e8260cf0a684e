package extract

import "math"

// fmax and fmin are math.Max and math.Min with the common case inline:
// Go's WebAssembly port makes a call for math.Max and for the built-in max
// on floats, and the page interpreter and line builder take thousands per
// page. NaNs and zeros go to math, which has their rules.
func fmax(a, b float64) float64 {
	if a > b {
		return a
	}
	if b >= a && b != 0 { // equal and not zero: the same bits
		return b
	}
	return mathMax(a, b)
}

func fmin(a, b float64) float64 {
	if a < b {
		return a
	}
	if b <= a && b != 0 {
		return b
	}
	return mathMin(a, b)
}

// mathMax and mathMin stay calls, so that fmax and fmin are small enough to
// inline.
//
//go:noinline
func mathMax(a, b float64) float64 { return math.Max(a, b) }

//go:noinline
func mathMin(a, b float64) float64 { return math.Min(a, b) }
