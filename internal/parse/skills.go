package parse

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// readSkills reads a skills section: "Group: a, b, c" lines become named
// groups; bare lists go into one group named after nothing.
func readSkills(r *Resume, items []item, canon func(string) (string, bool)) {
	for _, it := range items {
		text := labelRow(it.text)
		if closingLine(text) {
			continue
		}
		// "Languages: English (native), Spanish" are spoken languages, not
		// skills: JSON Resume keeps them apart.
		if langs, ok := spokenLanguages(text); ok {
			r.Languages = append(r.Languages, langs...)
			continue
		}
		name, list := "", text
		if i := strings.IndexAny(list, ":："); i > 0 && i < 40 {
			name, list = strings.TrimSpace(list[:i]), list[i+len(":"):]
			if strings.HasPrefix(text[i:], "：") {
				list = text[i+len("："):]
			}
		}
		kws := splitList(list, canon)
		if len(kws) == 0 {
			continue
		}
		if name == "" && len(r.Skills) > 0 && r.Skills[len(r.Skills)-1].Name == "" {
			r.Skills[len(r.Skills)-1].Keywords = append(r.Skills[len(r.Skills)-1].Keywords, kws...)
			continue
		}
		r.Skills = append(r.Skills, Skill{Name: name, Keywords: kws})
	}
}

// labelRow reads a row of a two-column skills table, "Methoden	Scrum,
// Kanban", as "Methoden: Scrum, Kanban": a short label at a tab stop names
// the list after it.
func labelRow(s string) string {
	label, list, ok := strings.Cut(s, "\t")
	label = strings.TrimSpace(label)
	if !ok || label == "" || len(label) > 40 || len(strings.Fields(label)) > 3 || strings.ContainsAny(label, ",;:：") ||
		!strings.ContainsAny(list, ",;") || strings.Contains(list, "\t") {
		return s
	}
	if _, bullet := bulletText(label); bullet {
		return s // two columns of bullets, not a label
	}
	return label + ": " + strings.TrimSpace(list)
}

// closingLine is the place and date a German or French CV closes with,
// "Berlin, 15.10.2026": no skill.
func closingLine(s string) bool {
	r, ok := FindRange(s, time.Time{})
	if !ok || r.Start != r.End || strings.Count(r.Text, ".")+strings.Count(r.Text, "/") < 2 {
		return false
	}
	place := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(strings.Replace(s, r.Text, "", 1)), ","))
	return len(strings.Fields(place)) <= 3 && !strings.ContainsAny(place, ":;")
}

// splitList splits a list of skills at commas, semicolons, bars and bullets,
// never inside parentheses, and never at a slash ("CI/CD") or a plus ("C++").
func splitList(s string, canon func(string) (string, bool)) []string {
	if !utf8.ValidString(s) {
		s = string([]rune(s)) // each stray byte becomes U+FFFD, as it always did here
	}
	var out []string
	depth, start := 0, 0
	emit := func(end int) {
		t := strings.TrimSpace(s[start:end])
		if b, ok := bulletText(t); ok {
			t = b
		}
		if t = strings.Trim(t, ".·•"); t != "" {
			for _, u := range splitParens(t) {
				out = append(out, splitPair(u, canon)...)
			}
		}
	}
	for i, c := range s {
		switch c {
		case '(', '[':
			depth++
		case ')', ']':
			depth = max(0, depth-1)
		case ',', ';', '|', '•', '·', '●', '▪', '◆', '\t':
			if depth == 0 {
				emit(i)
				start = i + utf8.RuneLen(c)
			}
		}
	}
	emit(len(s))
	return out
}

// splitParens gives "Excel (Power Query, PivotTables)" as three skills and
// "emailing (Brevo)" as two, but keeps an abbreviation of the words before
// it ("Sistematização da Assistência (SAE)") and a level ("English (native)").
func splitParens(t string) []string {
	outer, inside, ok := splitParen(t)
	if !ok || isAbbreviationOf(inside, outer) || levelWords[strings.ToLower(strings.TrimSpace(inside))] {
		return []string{t}
	}
	out := []string{strings.TrimSpace(outer)}
	for _, inner := range strings.Split(inside, ",") {
		if inner = strings.TrimSpace(inner); inner != "" {
			out = append(out, inner)
		}
	}
	return out
}

// levelWords say how well a skill or language is known.
var levelWords = map[string]bool{"native": true, "fluent": true, "basic": true, "intermediate": true, "advanced": true,
	"conversational": true, "proficient": true, "expert": true, "beginner": true, "c1": true, "c2": true, "b1": true, "b2": true,
	"a1": true, "a2": true, "nativo": true, "nativa": true, "básico": true, "avanzado": true, "fließend": true, "courant": true,
	"mother tongue": true, "bilingual": true, "elementary": true, "upper-intermediate": true, "native speaker": true,
	"muttersprache": true, "verhandlungssicher": true, "grundkenntnisse": true, "gute kenntnisse": true, "sehr gute kenntnisse": true,
	"langue maternelle": true, "maternelle": true, "natif": true, "bilingue": true, "intermédiaire": true, "notions": true,
	"lengua materna": true, "intermedio": true, "fluido": true, "fluida": true,
	"língua materna": true, "fluente": true, "intermediário": true, "avançado": true, "básica": true}

// isAbbreviationOf says whether abbr is made of the initials of words.
func isAbbreviationOf(abbr, words string) bool {
	abbr = strings.TrimSpace(abbr)
	if abbr == "" || strings.ToUpper(abbr) != abbr || len(abbr) > 6 {
		return false
	}
	var initials strings.Builder
	for _, w := range strings.Fields(words) {
		if r := []rune(w)[0]; unicode.IsUpper(r) {
			initials.WriteRune(r)
		}
	}
	return strings.HasPrefix(abbr, initials.String()) || strings.HasPrefix(initials.String(), abbr)
}

// splitPair splits "TypeScript y JavaScript" into two skills when both sides
// are known skills or single capitalised words; "Research and Development"
// stays whole.
func splitPair(t string, canon func(string) (string, bool)) []string {
	a, b, ok := splitPairWords(t)
	if !ok {
		return []string{t}
	}
	m := [3]string{t, a, b}
	okA, okB := false, false
	if canon != nil {
		_, okA = canon(m[1])
		_, okB = canon(m[2])
	}
	if okA && okB || !strings.Contains(m[1], " ") && !strings.Contains(m[2], " ") && isCapital(m[1]) && isCapital(m[2]) && strings.ToLower(m[1]) != "research" {
		return []string{m[1], m[2]}
	}
	return []string{t}
}

func isCapital(w string) bool {
	r := []rune(w)
	return len(r) > 0 && unicode.IsUpper(r[0])
}

// canonicalSkills lists the résumé's skills by their canonical names
// (golang → Go, k8s → Kubernetes), each once, in order.
func canonicalSkills(r *Resume, canon func(string) (string, bool)) []string {
	if canon == nil {
		return nil
	}
	seen := map[string]bool{}
	var out []string
	for _, n := range r.SkillNames() {
		if c, ok := canon(n); ok && !seen[c] {
			seen[c] = true
			out = append(out, c)
		}
	}
	return out
}

// SkillNames lists every skill keyword (or group name, where a group has no
// keywords), in order.
func (r *Resume) SkillNames() []string {
	var out []string
	for _, s := range r.Skills {
		if len(s.Keywords) == 0 {
			out = append(out, s.Name)
		}
		out = append(out, s.Keywords...)
	}
	return out
}

// spokenLanguages reads a line listing natural languages ("Languages:
// English (native), Spanish (conversational)"): every item must be one.
func spokenLanguages(line string) ([]map[string]any, bool) {
	_, list, found := strings.Cut(line, ":")
	if !found {
		list = line
	}
	var out []map[string]any
	for _, item := range splitList(list, nil) {
		name, level := item, ""
		if outer, inner, ok := splitParen(item); ok {
			name, level = strings.TrimSpace(outer), strings.TrimSpace(inner)
		}
		if !naturalLanguages[strings.ToLower(name)] {
			return nil, false
		}
		l := map[string]any{"language": name}
		if level != "" {
			l["fluency"] = level
		}
		out = append(out, l)
	}
	return out, len(out) > 0
}

var naturalLanguages = wordSet(`english spanish french german portuguese italian dutch chinese mandarin cantonese japanese korean
arabic hindi russian polish turkish swedish norwegian danish finnish greek hebrew urdu bengali tamil vietnamese thai
indonesian malay tagalog ukrainian czech romanian hungarian catalan
inglés español francés alemán portugués italiano chino japonés
englisch deutsch französisch spanisch italienisch
anglais français allemand espagnol italien portugais
inglês espanhol francês alemão português`)
