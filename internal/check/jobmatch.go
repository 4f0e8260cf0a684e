package check

import (
	"math"
	"strconv"
	"strings"

	"github.com/resumescore/resumescore/internal/jd"
)

// Match is how a résumé meets a job description: each skill it asks for,
// found or not, with the lines that show it. Every skill counts once,
// however often it is named, so that repeating a keyword buys nothing.
type Match struct {
	Title     string       `json:"title,omitempty"`
	TitleHit  bool         `json:"titleMatch"`
	Rate      int          `json:"rate"` // 0–100
	Hard      []SkillMatch `json:"hard"`
	Soft      []SkillMatch `json:"soft"`
	Missing   []string     `json:"missing"` // must-haves first
	Years     *Need        `json:"years,omitempty"`
	Education *Need        `json:"education,omitempty"`
}

// SkillMatch is one skill of the description.
type SkillMatch struct {
	Term      string     `json:"term"`
	Must      bool       `json:"must"`
	Found     bool       `json:"found"`
	Evidenced bool       `json:"evidenced"` // named outside the skills list
	Where     []Evidence `json:"where"`
}

// Need compares what the description asks with what the résumé shows.
type Need struct {
	Required string `json:"required"`
	Have     string `json:"have"`
	Met      bool   `json:"met"`
}

// Weights of the match rate: hard skills decide most of it.
const (
	hardShare  = 0.70
	softShare  = 0.10
	titleShare = 0.10
	needShare  = 0.10
)

// JobMatch measures the résumé against the job description; nil without one.
func JobMatch(in *Input) *Match {
	if in.JD == nil {
		return nil
	}
	if in.match != nil {
		return in.match
	}
	ix := in.Terms()
	m := &Match{Title: in.JD.Title, Hard: []SkillMatch{}, Soft: []SkillMatch{}, Missing: []string{}}
	var got, total float64
	for _, s := range in.JD.Hard {
		w := 1.0
		if s.Must {
			w = 2
		}
		sm := SkillMatch{Term: s.Term, Must: s.Must, Found: ix.Found(s.Term), Evidenced: ix.inBody[s.Term], Where: firstN(ix.Where(s.Term), 3)}
		total += w
		if sm.Found {
			got += w
			if !sm.Evidenced {
				got -= w * 0.25 // a bare listing is worth less than a skill in use
			}
		} else {
			m.Missing = append(m.Missing, s.Term)
		}
		m.Hard = append(m.Hard, sm)
	}
	hard := ratio(got, total)
	text := strings.ToLower(in.docText())
	var softGot float64
	for _, s := range in.JD.Soft {
		found := strings.Contains(text, strings.ToLower(s.Term))
		if found {
			softGot++
		}
		m.Soft = append(m.Soft, SkillMatch{Term: s.Term, Must: s.Must, Found: found, Where: []Evidence{}})
	}
	soft := ratio(softGot, float64(len(in.JD.Soft)))
	m.TitleHit = m.Title != "" && titleMatches(titleText(in), []string{coreTitle(m.Title)})
	title := 1.0
	if m.Title != "" && !m.TitleHit {
		title = 0
	}
	needs, met := 0, 0
	if in.JD.Years > 0 {
		needs++
		months, _ := experienceMonths(in)
		n := &Need{Required: strconv.Itoa(in.JD.Years) + "+ years", Have: yearsText(months), Met: months >= in.JD.Years*12-3}
		if n.Met {
			met++
		}
		m.Years = n
	}
	if in.JD.Education != "" {
		needs++
		have := educationLevel(in)
		n := &Need{Required: in.JD.Education, Have: have, Met: jd.LevelRank(have) >= jd.LevelRank(in.JD.Education)}
		if n.Met {
			met++
		}
		m.Education = n
	}
	need := ratio(float64(met), float64(needs))
	m.Rate = int(math.Round(100 * (hardShare*hard + softShare*soft + titleShare*title + needShare*need)))
	in.match = m
	return m
}

// ratio is a/b, or 1 when nothing was asked.
func ratio(a, b float64) float64 {
	if b == 0 {
		return 1
	}
	return math.Max(0, a/b)
}

func firstN(ev []Evidence, n int) []Evidence {
	if len(ev) > n {
		ev = ev[:n]
	}
	return append([]Evidence{}, ev...)
}

// titleText is where a résumé states its title: the headline and the job
// titles held.
func titleText(in *Input) string {
	parts := []string{in.Resume.Basics.Label}
	for _, w := range in.Resume.Work {
		parts = append(parts, w.Position)
	}
	return strings.Join(parts, " | ")
}

// coreTitle drops seniority words, so that "Senior Backend Engineer" in a
// description matches "Backend Engineer" on a résumé.
func coreTitle(t string) string {
	var keep []string
	for _, w := range strings.Fields(t) {
		switch strings.ToLower(strings.Trim(w, ",.()")) {
		case "senior", "sr", "junior", "jr", "lead", "staff", "principal", "i", "ii", "iii", "iv", "mid-level", "entry-level", "(m/f/d)", "m/w/d":
			continue
		}
		keep = append(keep, w)
	}
	return strings.Join(keep, " ")
}

// educationLevel is the highest degree level the résumé shows.
func educationLevel(in *Input) string {
	best := ""
	for _, e := range in.Resume.Education {
		if l := jd.DegreeLevel(e.StudyType); jd.LevelRank(l) > jd.LevelRank(best) {
			best = l
		}
	}
	if best == "" {
		return "none found"
	}
	return best
}
