package extract

import "math"

// fmax and fmin are math.Max and math.Min with the common case inline:
// Go's WebAssembly port makes a call for math.Max and for the built-in max
// on floats, and the page interpreter and line builder take thousands per
// page. Ties, NaNs and signed zeros go to math, which has their rules.
func fmax(a, b float64) float64 {
	if a > b {
		return a
	}
	if b > a {
		return b
	}
	return math.Max(a, b)
}

func fmin(a, b float64) float64 {
	if a < b {
		return a
	}
	if b < a {
		return b
	}
	return math.Min(a, b)
}
