package parse

import (
	"bytes"
	"strings"

	"github.com/resumescore/resumescore/internal/extract"
	"github.com/resumescore/resumescore/internal/roles"
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
	// As json.NewDecoder(…).Decode would, without carrying encoding/json
	// into the WebAssembly build.
	if err := roles.DecodeJSON(bytes.TrimPrefix(data, []byte("\ufeff")), &in); err != nil {
		return nil, nil, &extract.Error{Kind: extract.KindDamaged, Detail: "JSON Resume: " + err.Error()}
	}
	normaliseDates(&in)
	doc := renderResume(&in, keyOrder(data))
	r := Parse(doc, opt)
	// The JSON's fields are the truth; the parse of the rendering supplies
	// sections, provenance and bullets.
	meta, bullets := r.Meta, r.Bullets
	*r = in
	r.Meta, r.Bullets = meta, bullets
	return r, doc, nil
}

// keyOrder lists the top-level keys of a JSON object in the order written.
func keyOrder(data []byte) []string {
	return roles.JSONObjectKeys(bytes.TrimPrefix(data, []byte("\ufeff")))
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

// addLine appends a line of text to the page, when it holds any. It is a
// function of its own, not a closure: inlined at each of renderResume's
// many calls it cost the WebAssembly build 30 KB.
//
//go:noinline
func addLine(p *extract.Page, text string, size float64, bold bool) {
	text = strings.TrimSpace(text)
	if text == "" {
		return
	}
	p.Lines = append(p.Lines, extract.Line{Number: len(p.Lines) + 1, Text: text, Size: size, Bold: bold})
}

// renderResume lays a Resume out as a one-column document: the basics, then
// each section under a heading named as its key, in the order of the file.
func renderResume(r *Resume, order []string) *extract.Document {
	p := extract.Page{Number: 1}
	add := func(text string, size float64, bold bool) { addLine(&p, text, size, bold) }
	heading := func(s string) { add(strings.ToUpper(s[:1])+s[1:], 13, true) }
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
		heading("summary")
		add(b.Summary, 10, false)
	}
	if len(order) == 0 {
		order = []string{"work", "volunteer", "projects", "skills", "education"}
	}
	works := func(ws []Work) {
		for _, w := range ws {
			org := w.Name
			if org == "" {
				org = w.Organization
			}
			add(joinNonEmpty([]string{joinNonEmpty([]string{w.Position, org}, ", "), w.Location}, " — ")+"    "+dateSpan(w.StartDate, w.EndDate), 10, false)
			for _, h := range w.Highlights {
				add("• "+h, 10, false)
			}
		}
	}
	items := func(ms []map[string]any, keys ...string) {
		for _, m := range ms {
			var parts []string
			for _, k := range keys {
				if v, ok := m[k].(string); ok {
					parts = append(parts, v)
				}
			}
			add(joinNonEmpty(parts, ", "), 10, false)
		}
	}
	for _, key := range order {
		switch {
		case key == "work" && len(r.Work) > 0:
			heading(key)
			works(r.Work)
		case key == "volunteer" && len(r.Volunteer) > 0:
			heading(key)
			works(r.Volunteer)
		case key == "projects" && len(r.Projects) > 0:
			heading(key)
			for _, pr := range r.Projects {
				add(pr.Name+"    "+dateSpan(pr.StartDate, pr.EndDate), 10, false)
				for _, h := range pr.Highlights {
					add("• "+h, 10, false)
				}
			}
		case key == "skills" && len(r.Skills) > 0:
			heading(key)
			for _, s := range r.Skills {
				if len(s.Keywords) == 0 {
					add(s.Name, 10, false)
					continue
				}
				add(s.Name+": "+strings.Join(s.Keywords, ", "), 10, false)
			}
		case key == "education" && len(r.Education) > 0:
			heading(key)
			for _, e := range r.Education {
				deg := e.StudyType
				if e.Area != "" {
					deg = joinNonEmpty([]string{e.StudyType, e.Area}, " in ")
				}
				add(joinNonEmpty([]string{deg, e.Institution}, ", ")+"    "+dateSpan(e.StartDate, e.EndDate), 10, false)
			}
		case key == "awards" && len(r.Awards) > 0:
			heading(key)
			items(r.Awards, "title", "awarder", "date")
		case key == "certificates" && len(r.Certificates) > 0:
			heading(key)
			items(r.Certificates, "name", "issuer", "date")
		case key == "publications" && len(r.Publications) > 0:
			heading(key)
			items(r.Publications, "name", "publisher", "releaseDate")
		case key == "languages" && len(r.Languages) > 0:
			heading(key)
			items(r.Languages, "language", "fluency")
		case key == "interests" && len(r.Interests) > 0:
			heading(key)
			items(r.Interests, "name")
		case key == "references" && len(r.References) > 0:
			heading(key)
			items(r.References, "name", "reference")
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
