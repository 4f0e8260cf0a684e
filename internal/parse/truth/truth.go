// Package truth scores a parsed Resume against a hand-written truth file,
// field by field, so that parser accuracy is a number, not an impression.
package truth

import (
	"encoding/json"
	"os"
	"strings"
	"unicode"

	"github.com/resumescore/resumescore/internal/parse"
)

// File is a truth file: what a person reads in the résumé.
type File struct {
	ID        string      `json:"id"`
	Name      *string     `json:"name"`
	Email     *string     `json:"email"`
	Phone     *string     `json:"phone"`
	Location  *string     `json:"location"`
	URLs      []string    `json:"urls"`
	Sections  []string    `json:"sections"`
	Work      []Work      `json:"work"`
	Education []Education `json:"education"`
	Skills    []string    `json:"skills"`
}

type Work struct {
	Company *string `json:"company"`
	Title   *string `json:"title"`
	Start   *string `json:"start"`
	End     *string `json:"end"`
}

type Education struct {
	Institution *string `json:"institution"`
	Degree      *string `json:"degree"`
	Area        *string `json:"area"`
	Start       *string `json:"start"`
	End         *string `json:"end"`
}

// Load reads a truth file.
func Load(path string) (*File, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var f File
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, err
	}
	return &f, nil
}

// Fields are the fields scored, in report order.
var Fields = []string{"name", "email", "phone", "location", "links", "sections", "company", "title", "start", "end", "institution", "degree", "area", "skills"}

// Count is a field's true positives, false positives and false negatives.
type Count struct{ TP, FP, FN int }

func (c *Count) add(o Count) { c.TP += o.TP; c.FP += o.FP; c.FN += o.FN }

// F1 is the harmonic mean of precision and recall; 1 when nothing was
// expected and nothing was found.
func (c Count) F1() float64 {
	if c.TP+c.FP+c.FN == 0 {
		return 1
	}
	return 2 * float64(c.TP) / float64(2*c.TP+c.FP+c.FN)
}

// Score maps each field to its count.
type Score map[string]*Count

// Add sums another score into s.
func (s Score) Add(o Score) {
	for k, c := range o {
		if s[k] == nil {
			s[k] = &Count{}
		}
		s[k].add(*c)
	}
}

// Compare scores a parsed résumé against its truth.
func Compare(t *File, r *parse.Resume) Score {
	s := Score{}
	for _, f := range Fields {
		s[f] = &Count{}
	}
	scalar(s["name"], t.Name, r.Basics.Name, norm)
	scalar(s["email"], t.Email, r.Basics.Email, norm)
	scalar(s["phone"], t.Phone, r.Basics.Phone, phoneDigits)
	scalar(s["location"], t.Location, r.Basics.Location.String(), norm)
	var links []string
	if r.Basics.URL != "" {
		links = append(links, r.Basics.URL)
	}
	for _, p := range r.Basics.Profiles {
		links = append(links, p.URL)
	}
	multiset(s["links"], t.URLs, links, url)
	var heads []string
	for _, h := range r.Meta.ResumeScore.Sections {
		heads = append(heads, h.Heading)
	}
	multiset(s["sections"], t.Sections, heads, norm)
	multiset(s["skills"], t.Skills, r.SkillNames(), norm)

	// Entries are aligned in order: the parser must find them in the order
	// they are printed.
	for i := 0; i < max(len(t.Work), len(r.Work)); i++ {
		var tw Work
		var pw parse.Work
		if i < len(t.Work) {
			tw = t.Work[i]
		}
		if i < len(r.Work) {
			pw = r.Work[i]
		}
		scalar(s["company"], tw.Company, pw.Name, norm)
		scalar(s["title"], tw.Title, pw.Position, norm)
		scalar(s["start"], tw.Start, pw.StartDate, norm)
		scalar(s["end"], tw.End, endOf(pw.StartDate, pw.EndDate), norm)
	}
	for i := 0; i < max(len(t.Education), len(r.Education)); i++ {
		var te Education
		var pe parse.Education
		if i < len(t.Education) {
			te = t.Education[i]
		}
		if i < len(r.Education) {
			pe = r.Education[i]
		}
		scalar(s["institution"], te.Institution, pe.Institution, norm)
		scalar(s["degree"], te.Degree, pe.StudyType, norm)
		scalar(s["area"], te.Area, pe.Area, norm)
	}
	return s
}

// endOf writes an ongoing role's end as the truth files do.
func endOf(start, end string) string {
	if end == "" && start != "" {
		return "present"
	}
	return end
}

func scalar(c *Count, want *string, got string, n func(string) string) {
	w := ""
	if want != nil {
		w = n(*want)
	}
	g := n(got)
	switch {
	case w == "" && g == "":
	case w == g:
		c.TP++
	case w == "":
		c.FP++
	case g == "":
		c.FN++
	default:
		c.FP++
		c.FN++
	}
}

func multiset(c *Count, want, got []string, n func(string) string) {
	left := map[string]int{}
	for _, w := range want {
		left[n(w)]++
	}
	for _, g := range got {
		k := n(g)
		if left[k] > 0 {
			left[k]--
			c.TP++
		} else {
			c.FP++
		}
	}
	for _, v := range left {
		c.FN += v
	}
}

// norm folds case, spacing and edge punctuation.
func norm(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	return strings.TrimFunc(s, func(r rune) bool { return unicode.IsPunct(r) && r != '+' && r != '#' })
}

func phoneDigits(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func url(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	for _, p := range []string{"https://", "http://", "mailto:", "www."} {
		s = strings.TrimPrefix(s, p)
	}
	return strings.TrimRight(s, "/")
}
