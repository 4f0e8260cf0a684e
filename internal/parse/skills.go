package parse

import (
	"strings"
)

// readSkills reads a skills section: "Group: a, b, c" lines become named
// groups; bare lists go into one group named after nothing.
func readSkills(r *Resume, items []item) {
	for _, it := range items {
		name, list := "", it.text
		if i := strings.IndexAny(list, ":："); i > 0 && i < 40 {
			name, list = strings.TrimSpace(list[:i]), list[i+len(":"):]
			if strings.HasPrefix(it.text[i:], "：") {
				list = it.text[i+len("："):]
			}
		}
		kws := splitList(list)
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
func splitList(s string) []string {
	var out []string
	depth, start := 0, 0
	rs := []rune(s)
	emit := func(end int) {
		if t := strings.Trim(strings.TrimSpace(string(rs[start:end])), ".·•"); t != "" {
			out = append(out, t)
		}
	}
	for i, c := range rs {
		switch c {
		case '(', '[':
			depth++
		case ')', ']':
			depth = max(0, depth-1)
		case ',', ';', '|', '•', '·', '●', '▪', '◆':
			if depth == 0 {
				emit(i)
				start = i + 1
			}
		}
	}
	emit(len(rs))
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
