package parse

import (
	"strings"

	"github.com/resumescore/resumescore/internal/extract"
)

// Parse reads the structure of a résumé from its Document.
func Parse(doc *extract.Document) *Resume {
	r := &Resume{Meta: Meta{ResumeScore: Extras{Sections: []Section{}, Provenance: map[string]Ref{}}}}
	section := "header"
	var bullet *Bullet
	endBullet := func() {
		if bullet != nil {
			r.Bullets = append(r.Bullets, *bullet)
			bullet = nil
		}
	}
	for _, p := range doc.Pages {
		for _, l := range p.Lines {
			ref := Ref{Page: p.Number, Line: l.Number, Text: l.Text}
			if kind, ok := headingKind(l.Text); ok {
				endBullet()
				section = kind
				r.Meta.ResumeScore.Sections = append(r.Meta.ResumeScore.Sections,
					Section{Heading: strings.TrimSpace(l.Text), Kind: kind, Page: p.Number, Line: l.Number})
				continue
			}
			findContact(r, l.Text, ref)
			if text, ok := bulletText(l.Text); ok {
				endBullet()
				bullet = &Bullet{Text: text, Section: section, Ref: ref}
				continue
			}
			if bullet != nil && continuesBullet(bullet.Text, l.Text) {
				bullet.Text += " " + strings.TrimSpace(l.Text)
				continue
			}
			endBullet()
			if section == "header" && r.Basics.Name == "" && looksLikeName(l.Text) {
				r.Basics.Name = strings.TrimSpace(l.Text)
				r.Meta.ResumeScore.Provenance["basics.name"] = ref
			}
			if section == "skills" {
				addSkills(r, l.Text)
			}
		}
	}
	endBullet()
	return r
}

// continuesBullet says whether line is the wrapped tail of a bullet: the
// bullet has not ended a sentence and the line starts in lower case or is
// short.
func continuesBullet(bullet, line string) bool {
	t := strings.TrimSpace(line)
	if t == "" || strings.HasSuffix(bullet, ".") {
		return false
	}
	first := []rune(t)[0]
	return first >= 'a' && first <= 'z'
}

// addSkills splits a line of a skills section ("Languages: Go, Python") into a
// named group of keywords.
func addSkills(r *Resume, line string) {
	name, list := "", line
	if i := strings.Index(line, ":"); i > 0 && i < 40 {
		name, list = strings.TrimSpace(line[:i]), line[i+1:]
	}
	var kws []string
	for _, k := range strings.FieldsFunc(list, func(c rune) bool { return c == ',' || c == ';' || c == '|' || c == '•' || c == '·' }) {
		if k = strings.TrimSpace(k); k != "" {
			kws = append(kws, k)
		}
	}
	if len(kws) == 0 {
		return
	}
	if name == "" && len(kws) == 1 {
		name, kws = kws[0], nil
	}
	if name == "" {
		name = "Skills"
	}
	r.Skills = append(r.Skills, Skill{Name: name, Keywords: kws})
}
