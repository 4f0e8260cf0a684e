// Package check holds the registry of résumé checks. Each check is a small
// unit in a file of its own: its documentation (title, why, how to fix, a
// before and after example) sits beside the function that runs it.
package check

import (
	"sort"
	"sync"
	"time"

	"github.com/resumescore/resumescore/internal/extract"
	"github.com/resumescore/resumescore/internal/jd"
	"github.com/resumescore/resumescore/internal/parse"
	"github.com/resumescore/resumescore/internal/roles"
)

// Category groups checks in the report.
type Category string

const (
	Parseability Category = "parseability"
	Contact      Category = "contact"
	Sections     Category = "sections"
	Impact       Category = "impact"
	Language     Category = "language"
	Keywords     Category = "keywords"
	Length       Category = "length"
	Dates        Category = "dates"
)

// Categories lists every category in the order reports show them.
var Categories = []Category{Parseability, Contact, Sections, Impact, Language, Keywords, Length, Dates}

// Order returns the position of c in Categories.
func (c Category) Order() int {
	for i, x := range Categories {
		if x == c {
			return i
		}
	}
	return len(Categories)
}

// Status is the verdict of one check on one résumé.
type Status string

const (
	Pass Status = "pass"
	Warn Status = "warn"
	Fail Status = "fail"
)

// Input is everything a check may look at. Checks must not change it.
type Input struct {
	Doc    *extract.Document
	Resume *parse.Resume
	AsOf   time.Time
	Role   *roles.Profile   // never nil: the general profile when no role fits
	JD     *jd.Requirements // nil without a job description
	Size   int              // bytes of the file read; 0 when unknown

	terms *termIndex  // built on first use by Terms
	match *Match      // built on first use by JobMatch
	spans *[]roleSpan // built on first use by roleSpans
	memo  *memo       // what several checks share, built on first use (facts.go)
}

// Evidence points at the line a finding is about.
type Evidence struct {
	Page int    `json:"page"`
	Line int    `json:"line"`
	Text string `json:"text"`
}

// Result is what a check's function returns: a status, a share of the
// check's weight earned (0..1), a message and the lines it is about.
type Result struct {
	Status   Status
	Earned   float64 // 0..1
	Message  string
	Evidence []Evidence
}

// Check is one documented rule.
type Check struct {
	ID       string   `json:"id"`
	Category Category `json:"category"`
	Title    string   `json:"title"`
	Why      string   `json:"why"`
	Fix      string   `json:"fix"`
	Before   string   `json:"before"`
	After    string   `json:"after"`
	Since    string   `json:"since"`
	Weight   float64  `json:"weight"`
	// Run returns ok=false when the check does not apply to this résumé.
	Run func(in *Input) (r Result, ok bool) `json:"-"`
}

var registry = map[string]*Check{}

// register adds c to the registry at init time; the registry is read-only
// afterwards.
func register(c *Check) *Check {
	if _, dup := registry[c.ID]; dup {
		panic("check: duplicate ID " + c.ID)
	}
	registry[c.ID] = c
	return c
}

// All returns every check, sorted by ID.
func All() []*Check {
	return append([]*Check(nil), sorted()...)
}

var (
	sortedOnce   sync.Once
	sortedChecks []*Check
)

// sorted is every check by ID, worked out once (the registry is read-only
// after initialisation). Callers must not change it.
func sorted() []*Check {
	sortedOnce.Do(func() {
		sortedChecks = make([]*Check, 0, len(registry))
		for _, c := range registry {
			sortedChecks = append(sortedChecks, c)
		}
		sort.Slice(sortedChecks, func(i, j int) bool { return sortedChecks[i].ID < sortedChecks[j].ID })
	})
	return sortedChecks
}

// Lookup returns the check with the given ID.
func Lookup(id string) (*Check, bool) {
	c, ok := registry[id]
	return c, ok
}

// Outcome is a check's result on one résumé.
type Outcome struct {
	Check  *Check
	Result Result
}

// Run runs every applicable check in ID order.
func Run(in *Input) []Outcome {
	checks := sorted()
	out := make([]Outcome, 0, len(checks))
	for _, c := range checks {
		if r, ok := c.Run(in); ok {
			if r.Evidence == nil {
				r.Evidence = []Evidence{}
			}
			out = append(out, Outcome{Check: c, Result: r})
		}
	}
	return out
}

func ref(r parse.Ref) Evidence { return Evidence{Page: r.Page, Line: r.Line, Text: r.Text} }
