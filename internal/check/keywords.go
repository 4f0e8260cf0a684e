package check

import (
	"strconv"
	"strings"

	"github.com/resumescore/resumescore/internal/roles"
)

// termIndex records where each known skill is named in the résumé: in a
// bullet or other body line, or only in the skills section.
type termIndex struct {
	where    map[string][]Evidence // canonical term → lines naming it
	inBody   map[string]bool       // named outside the skills section
	count    map[string]int        // mentions in all
	order    []string              // terms in order of first mention
	sections map[string]bool       // section kinds present
}

// Terms indexes the skills the résumé names, once per Input.
func (in *Input) Terms() *termIndex {
	if in.terms != nil {
		return in.terms
	}
	ix := &termIndex{where: map[string][]Evidence{}, inBody: map[string]bool{}, count: map[string]int{}, sections: map[string]bool{}}
	for _, p := range in.Doc.Pages {
		for _, l := range p.Lines {
			if strings.TrimSpace(l.Text) == "" {
				continue // names nothing
			}
			kind := sectionKindAt(in.Resume, p.Number, l.Number)
			for _, m := range roles.Find(l.Text) {
				if _, seen := ix.where[m.Term]; !seen {
					ix.order = append(ix.order, m.Term)
				}
				ix.count[m.Term]++
				ev := Evidence{Page: p.Number, Line: l.Number, Text: l.Text}
				if w := ix.where[m.Term]; len(w) == 0 || w[len(w)-1] != ev {
					ix.where[m.Term] = append(w, ev)
				}
				if kind != "skills" {
					ix.inBody[m.Term] = true
				}
			}
		}
	}
	in.terms = ix
	return ix
}

// Found reports whether the résumé names a canonical term.
func (ix *termIndex) Found(term string) bool { return len(ix.where[term]) > 0 }

// Where returns the lines that name a term.
func (ix *termIndex) Where(term string) []Evidence { return ix.where[term] }

// Set returns the terms found, as a set.
func (ix *termIndex) Set() map[string]bool {
	m := make(map[string]bool, len(ix.where))
	for t := range ix.where {
		m[t] = true
	}
	return m
}

// listTerms joins up to n terms for a message: "Go, Kafka and 3 more".
func listTerms(terms []string, n int) string {
	if len(terms) <= n {
		return joinAnd(terms)
	}
	return strings.Join(terms[:n], ", ") + " and " + strconv.Itoa(len(terms)-n) + " more"
}

func joinAnd(s []string) string {
	switch len(s) {
	case 0:
		return ""
	case 1:
		return s[0]
	}
	return strings.Join(s[:len(s)-1], ", ") + " and " + s[len(s)-1]
}
