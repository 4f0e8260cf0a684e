package parse

import (
	"bytes"
	"encoding/json"
	"strings"

	"github.com/resumescore/resumescore/internal/extract"
)

// IsJSONResume says whether data is meant as a JSON Resume document: a JSON
// object naming one of its sections. Broken JSON of that shape still counts,
// so that it gets a clear error rather than being scored as text.
func IsJSONResume(data []byte) bool {
	t := bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\ufeff")))
	if len(t) == 0 || t[0] != '{' {
		return false
	}
	for _, k := range []string{`"basics"`, `"work"`, `"education"`, `"skills"`} {
		if bytes.Contains(t, []byte(k)) {
			return true
		}
	}
	return false
}

// FromJSONResume reads a JSON Resume document. The fields are taken as
// given; the Document is the résumé rendered as plain lines, so that every
// finding still points at a line.
func FromJSONResume(data []byte, opt Options) (*Resume, *extract.Document, error) {
	var in Resume
	dec := json.NewDecoder(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff"))))
	if err := dec.Decode(&in); err != nil {
		return nil, nil, &extract.Error{Kind: extract.KindDamaged, Detail: "JSON Resume: " + err.Error()}
	}
	normaliseDates(&in)
	doc := renderResume(&in)
	r := Parse(doc, opt)
	// The JSON's fields are the truth; the parse of the rendering supplies
	// sections, provenance and bullets.
	r.Basics, r.Work, r.Education, r.Skills, r.Projects = in.Basics, in.Work, in.Education, in.Skills, in.Projects
	return r, doc, nil
}

// normaliseDates cuts JSON Resume's full dates (2020-01-15) to YYYY-MM.
func normaliseDates(r *Resume) {
	cut := func(s *string) {
		if len(*s) > 7 && (*s)[4] == '-' {
			*s = (*s)[:7]
		}
	}
	for i := range r.Work {
		cut(&r.Work[i].StartDate)
		cut(&r.Work[i].EndDate)
	}
	for i := range r.Education {
		cut(&r.Education[i].StartDate)
		cut(&r.Education[i].EndDate)
	}
	for i := range r.Projects {
		cut(&r.Projects[i].StartDate)
		cut(&r.Projects[i].EndDate)
	}
}

// renderResume lays a Resume out as a one-column document, headings bold and
// larger, in the order most résumés use.
func renderResume(r *Resume) *extract.Document {
	p := extract.Page{Number: 1}
	add := func(text string, size float64, bold bool) {
		text = strings.TrimSpace(text)
		if text == "" {
			return
		}
		p.Lines = append(p.Lines, extract.Line{Number: len(p.Lines) + 1, Text: text, Size: size, Bold: bold})
	}
	heading := func(s string) { add(s, 13, true) }
	b := r.Basics
	add(b.Name, 20, true)
	add(b.Label, 11, false)
	contact := []string{b.Email, b.Phone}
	if b.Location != nil {
		contact = append(contact, b.Location.String())
	}
	contact = append(contact, b.URL)
	for _, pr := range b.Profiles {
		contact = append(contact, pr.URL)
	}
	add(joinNonEmpty(contact, " · "), 10, false)
	if b.Summary != "" {
		heading("Summary")
		add(b.Summary, 10, false)
	}
	if len(r.Work) > 0 {
		heading("Experience")
		for _, w := range r.Work {
			add(joinNonEmpty([]string{joinNonEmpty([]string{w.Position, w.Name}, ", "), w.Location}, " — ")+"    "+dateSpan(w.StartDate, w.EndDate), 10, false)
			for _, h := range w.Highlights {
				add("• "+h, 10, false)
			}
		}
	}
	if len(r.Projects) > 0 {
		heading("Projects")
		for _, pr := range r.Projects {
			add(pr.Name+"    "+dateSpan(pr.StartDate, pr.EndDate), 10, false)
			for _, h := range pr.Highlights {
				add("• "+h, 10, false)
			}
		}
	}
	if len(r.Skills) > 0 {
		heading("Skills")
		for _, s := range r.Skills {
			if len(s.Keywords) == 0 {
				add(s.Name, 10, false)
				continue
			}
			add(s.Name+": "+strings.Join(s.Keywords, ", "), 10, false)
		}
	}
	if len(r.Education) > 0 {
		heading("Education")
		for _, e := range r.Education {
			deg := e.StudyType
			if e.Area != "" {
				deg = joinNonEmpty([]string{e.StudyType, e.Area}, " in ")
			}
			add(joinNonEmpty([]string{deg, e.Institution}, ", ")+"    "+dateSpan(e.StartDate, e.EndDate), 10, false)
		}
	}
	return &extract.Document{Format: "json", Pages: []extract.Page{p}}
}

func dateSpan(start, end string) string {
	switch {
	case start == "" && end == "":
		return ""
	case start == "":
		return end
	case end == "":
		return start + " – Present"
	}
	return start + " – " + end
}

func joinNonEmpty(parts []string, sep string) string {
	var keep []string
	for _, s := range parts {
		if s = strings.TrimSpace(s); s != "" {
			keep = append(keep, s)
		}
	}
	return strings.Join(keep, sep)
}
