package parse

import (
	"regexp"
	"strings"
	"unicode"
)

// readSkills reads a skills section: "Group: a, b, c" lines become named
// groups; bare lists go into one group named after nothing.
func readSkills(r *Resume, items []item, canon func(string) (string, bool)) {
	for _, it := range items {
		name, list := "", it.text
		if i := strings.IndexAny(list, ":："); i > 0 && i < 40 {
			name, list = strings.TrimSpace(list[:i]), list[i+len(":"):]
			if strings.HasPrefix(it.text[i:], "：") {
				list = it.text[i+len("："):]
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

// splitList splits a list of skills at commas, semicolons, bars and bullets,
// never inside parentheses, and never at a slash ("CI/CD") or a plus ("C++").
func splitList(s string, canon func(string) (string, bool)) []string {
	var out []string
	depth, start := 0, 0
	rs := []rune(s)
	emit := func(end int) {
		t := strings.TrimSpace(string(rs[start:end]))
		if b, ok := bulletText(t); ok {
			t = b
		}
		if t = strings.Trim(t, ".·•"); t != "" {
			out = append(out, splitPair(t, canon)...)
		}
	}
	for i, c := range rs {
		switch c {
		case '(', '[':
			depth++
		case ')', ']':
			depth = max(0, depth-1)
		case ',', ';', '|', '•', '·', '●', '▪', '◆', '\t':
			if depth == 0 {
				emit(i)
				start = i + 1
			}
		}
	}
	emit(len(rs))
	return out
}

// pairRe matches "A and B" in the five languages.
var pairRe = regexp.MustCompile(`^(\S+(?: \S+)?) (?:and|y|e|und|et|&) (\S+(?: \S+)?)$`)

// splitPair splits "TypeScript y JavaScript" into two skills when both sides
// are known skills or single capitalised words; "Research and Development"
// stays whole.
func splitPair(t string, canon func(string) (string, bool)) []string {
	m := pairRe.FindStringSubmatch(t)
	if m == nil {
		return []string{t}
	}
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
