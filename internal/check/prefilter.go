package check

// The expressions the bullet checks are defined by (resultRe, howRe,
// scopeRe, rateRe) are matched by hand-written fast paths (fastpaths.go,
// anchored.go); the package compiles no regular expression. Each keeps its
// expression as text, which fastmatch_test.go compiles to hold the fast
// path to it.

// gatedRe is an expression and the fast path that matches it.
type gatedRe struct {
	fast matcher // the fast path for MatchString (fastmatch.go)
	expr string  // the expression, which only the tests compile
}

// allGates lists every expression, for the tests.
var allGates []*gatedRe

// withFastPath records an expression that gets its fast path (withFast)
// in package initialisation. (Not inlined: each package-level call site
// would carry a copy of the append in the init code of the WebAssembly
// build.)
//
//go:noinline
func withFastPath(expr string) *gatedRe {
	g := &gatedRe{expr: expr}
	allGates = append(allGates, g)
	return g
}

// MatchString is the expression's MatchString, through the fast path.
func (g *gatedRe) MatchString(s string) bool { return newText(s).match(g) }

func asciiLower(r rune) rune {
	if r >= 'A' && r <= 'Z' {
		return r + 'a' - 'A'
	}
	return r
}
