// Package jd reads a job description: the hard and soft skills it asks for,
// which of them are musts and which are nice to have, the title, the years of
// experience and the education level.
package jd

import (
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// Vocabulary names the hard skills the reader knows, mapping any spelling
// ("golang", "k8s") to its canonical name.
type Vocabulary interface {
	Canonical(term string) (string, bool)
}

// Skill is one skill the description asks for.
type Skill struct {
	Term  string `json:"term"`
	Must  bool   `json:"must"`
	Count int    `json:"count"` // how often the description names it
	Line  int    `json:"line"`  // 1-based line of its first mention
}

// Requirements is what a job description asks for.
type Requirements struct {
	Title     string  `json:"title,omitempty"`
	Years     int     `json:"years,omitempty"`
	Education string  `json:"education,omitempty"` // associate, bachelor, master, doctorate
	Hard      []Skill `json:"hard"`
	Soft      []Skill `json:"soft"`
}

// mustHeadings and niceHeadings (match.go) switch the mode of the lines
// under them.

var educationLevels = []struct {
	level string
	pats  [][]part
}{
	{"doctorate", askDoctorate},
	{"master", askMaster},
	{"bachelor", askBachelor},
	{"associate", askAssociate},
}

// softSkills are the transversal skills descriptions ask for, in our words;
// each maps its variants to one name.
var softSkills = map[string]string{
	"communication": "Communication", "communicator": "Communication", "written and verbal": "Communication",
	"leadership": "Leadership", "lead a team": "Leadership",
	"collaboration": "Collaboration", "collaborative": "Collaboration", "cross-functional": "Collaboration", "teamwork": "Collaboration", "team player": "Collaboration",
	"problem solving": "Problem solving", "problem-solving": "Problem solving", "troubleshooting": "Problem solving",
	"ownership": "Ownership", "self-starter": "Ownership", "autonomy": "Ownership", "autonomous": "Ownership",
	"mentoring": "Mentoring", "mentor": "Mentoring", "coaching": "Mentoring",
	"stakeholder management": "Stakeholder management", "stakeholders": "Stakeholder management",
	"attention to detail": "Attention to detail", "detail-oriented": "Attention to detail", "detail oriented": "Attention to detail",
	"time management": "Time management", "prioritization": "Prioritization", "prioritisation": "Prioritization",
	"adaptability": "Adaptability", "adaptable": "Adaptability", "critical thinking": "Critical thinking",
	"analytical": "Analytical thinking", "creativity": "Creativity", "creative": "Creativity",
	"customer focus": "Customer focus", "customer-focused": "Customer focus", "empathy": "Empathy",
	"negotiation": "Negotiation", "presentation skills": "Presentation", "public speaking": "Presentation",
	"organizational skills": "Organization", "organisational skills": "Organization", "multitasking": "Multitasking",
}

// sentences splits a line at the ends of its sentences (". ", "; ", "! "
// and "? " before an upper-case letter or a digit), trimmed, empty ones
// left out.
func sentences(line string) []string {
	var out []string
	start := 0
	for i := 0; i+2 < len(line); i++ {
		if strings.IndexByte(".;!?", line[i]) < 0 || line[i+1] != ' ' {
			continue
		}
		if c := line[i+2]; c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80 {
			if t := strings.TrimSpace(line[start : i+1]); t != "" {
				out = append(out, t)
			}
			start = i + 2
		}
	}
	if t := strings.TrimSpace(line[start:]); t != "" {
		out = append(out, t)
	}
	return out
}

// Parse reads a job description.
func Parse(text string, vocab Vocabulary) *Requirements {
	req := &Requirements{Hard: []Skill{}, Soft: []Skill{}}
	hard := map[string]*Skill{}
	soft := map[string]*Skill{}
	nice := false
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	for i, raw := range lines {
		// A job description pasted as one paragraph has its must-haves and
		// nice-to-haves in sentences of one line: each sentence is read on
		// its own.
		for _, line := range sentences(raw) {
			if req.Title == "" {
				if t, ok := jobTitle(line); ok {
					req.Title = strings.TrimSpace(t)
				}
			}
			head := strings.TrimLeft(line, "#*• -")
			lineNice := nice
			label, rest, labelled := strings.Cut(head, ":")
			inline := labelled && strings.TrimSpace(rest) != "" && len(strings.Fields(label)) <= 4
			if len(strings.Fields(head)) <= 6 || inline {
				isHeading := true
				switch {
				case anchored(head, niceHeadings...):
					lineNice = true
				case anchored(head, mustHeadings...):
					lineNice = false
				default:
					isHeading = false
				}
				// "Nice to have: Kafka" names the kind of this line only; a
				// heading on its own sets it for the lines under it.
				if isHeading && !inline {
					nice = lineNice
					if len(strings.Fields(head)) <= 4 {
						continue // a heading names no skill ("Requirements")
					}
				}
			}
			must := !lineNice && !anywhere(line, niceCues...)
			if n, ok := yearsAsked(line); ok && must {
				if y, _ := strconv.Atoi(n); y > req.Years && y < 40 {
					req.Years = y
				}
			}
			for _, e := range educationLevels {
				if must && anywhere(line, e.pats...) && rank(e.level) > rank(req.Education) {
					req.Education = e.level
					break
				}
			}
			for _, term := range hardSkills(line, vocab) {
				if !isSoft(term) {
					note(hard, term, must, i+1)
				}
			}
			low := strings.ToLower(line)
			for variant, name := range softSkills {
				if containsPhrase(low, variant) {
					note(soft, name, must, i+1)
				}
			}
		}
	}
	if req.Title == "" {
		req.Title = guessTitle(lines)
	}
	if req.Title == "" {
		req.Title = leadTitle(lines)
	}
	req.Hard = sorted(hard)
	req.Soft = sorted(soft)
	return req
}

// isSoft says whether a term from the skills vocabulary is a soft skill,
// which the description's soft-skill list counts instead.
func isSoft(term string) bool {
	low := strings.ToLower(term)
	if _, ok := softSkills[low]; ok {
		return true
	}
	for _, name := range softSkills {
		if strings.ToLower(name) == low {
			return true
		}
	}
	return low == "teamwork" || low == "leadership"
}

func rank(level string) int {
	switch level {
	case "associate":
		return 1
	case "bachelor":
		return 2
	case "master":
		return 3
	case "doctorate":
		return 4
	}
	return 0
}

func note(m map[string]*Skill, term string, must bool, line int) {
	s := m[term]
	if s == nil {
		s = &Skill{Term: term, Line: line}
		m[term] = s
	}
	s.Count++
	s.Must = s.Must || must
}

// sorted lists skills: musts first, then by how often they were named.
func sorted(m map[string]*Skill) []Skill {
	out := make([]Skill, 0, len(m))
	for _, s := range m {
		out = append(out, *s)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Must != b.Must {
			return a.Must
		}
		if a.Count != b.Count {
			return a.Count > b.Count
		}
		return a.Term < b.Term
	})
	return out
}

// hardSkills finds known skills in a line: phrases of up to three words,
// longest first, each word used once.
func hardSkills(line string, vocab Vocabulary) []string {
	if vocab == nil {
		return nil
	}
	words := Tokens(line)
	var out []string
	for i := 0; i < len(words); {
		matched := false
		for n := min(3, len(words)-i); n >= 1; n-- {
			phrase := strings.Join(words[i:i+n], " ")
			if c, ok := vocab.Canonical(phrase); ok {
				out = append(out, c)
				i += n
				matched = true
				break
			}
		}
		if !matched {
			i++
		}
	}
	return out
}

// Tokens splits text into words, keeping the punctuation that belongs to
// technology names: C++, C#, .NET, Node.js, CI/CD.
func Tokens(s string) []string {
	f := strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("+#./-_", r))
	})
	out := f[:0]
	for _, w := range f {
		w = strings.TrimRight(w, ".-/")
		w = strings.TrimLeft(w, "-/")
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

func containsPhrase(low, phrase string) bool {
	i := strings.Index(low, phrase)
	for i >= 0 {
		before := i == 0 || !isWordByte(low[i-1])
		after := i+len(phrase) >= len(low) || !isWordByte(low[i+len(phrase)])
		if before && after {
			return true
		}
		next := strings.Index(low[i+1:], phrase)
		if next < 0 {
			break
		}
		i += next + 1
	}
	return false
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9'
}

// guessTitle takes the first short line that is not a heading as the title.
func guessTitle(lines []string) string {
	for _, l := range lines {
		t := strings.TrimSpace(strings.TrimLeft(l, "#* "))
		if t == "" {
			continue
		}
		if n := len(strings.Fields(t)); n <= 8 && !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, ":") {
			return t
		}
		return ""
	}
	return ""
}

// leadTitle reads a title from the first sentence of a job description
// pasted as one paragraph ("Senior Accountant. Must have: …"): a few
// capitalised words.
func leadTitle(lines []string) string {
	for _, l := range lines {
		ss := sentences(l)
		if len(ss) == 0 {
			continue
		}
		t := strings.TrimRight(ss[0], ".")
		words := strings.Fields(t)
		if len(ss) < 2 || len(words) == 0 || len(words) > 5 {
			return ""
		}
		for _, w := range words {
			if r := []rune(w)[0]; !unicode.IsUpper(r) && w != "of" && w != "and" && w != "&" && w != "-" && w != "/" {
				return ""
			}
		}
		return t
	}
	return ""
}

// degreeLevels read the level of a degree name as résumés write it.
var degreeLevels = []struct {
	level string
	pats  [][]part
}{
	{"doctorate", degreeDoctorate},
	{"master", degreeMaster},
	{"bachelor", degreeBachelor},
	{"associate", degreeAssociate},
}

// DegreeLevel returns the level of a degree as a résumé names it ("B.S.",
// "Master of Science", "PhD"), or "" when it is not a degree we know.
func DegreeLevel(studyType string) string {
	t := strings.TrimSpace(studyType)
	for _, d := range degreeLevels {
		if anchored(t, d.pats...) {
			return d.level
		}
	}
	return ""
}

// LevelRank orders education levels: none < associate < bachelor < master <
// doctorate.
func LevelRank(level string) int { return rank(level) }
