package roles

import (
	"math"
	"strings"
)

// titleSkip are words a job title carries that say nothing about the role.
var titleSkip = map[string]bool{
	"senior": true, "sr": true, "junior": true, "jr": true, "i": true, "ii": true, "iii": true, "iv": true,
}

// titleCompounds joins two-word spellings so "Back End Engineer" and "Backend Engineer" match.
var titleCompounds = map[[2]string]string{
	{"back", "end"}: "backend", {"front", "end"}: "frontend", {"full", "stack"}: "fullstack",
	{"dev", "ops"}: "devops", {"web", "site"}: "website", {"sales", "force"}: "salesforce",
}

// titleWords is the normalised form of a job title: lower-case words, seniority dropped,
// compounds joined ("Sr. Back-End Engineer II" → backend engineer).
func titleWords(t string) []string {
	toks := tokenize(t)
	out := make([]string, 0, len(toks))
	for i := 0; i < len(toks); i++ {
		w := strings.TrimRight(toks[i].lower, ".")
		if i+1 < len(toks) {
			if c, ok := titleCompounds[[2]string{w, toks[i+1].lower}]; ok {
				out = append(out, c)
				i++
				continue
			}
		}
		if titleSkip[w] {
			continue
		}
		out = append(out, w)
	}
	return out
}

// titleMatch scores how well one title names each profile: 1 when the whole title (seniority
// aside) is one of the profile's titles, 0.6–1 when it contains one. A match inside a longer one
// does not count ("Full Stack Developer" is full-stack, not "Developer"), and a one-word profile
// title ("RN", "Developer") counts only in a title of at most two words.
func (r *registry) titleMatch(title string, weight float64, best []float64) {
	w := titleWords(title)
	if len(w) == 0 {
		return
	}
	type span struct {
		i, n int
		refs []titleRef
	}
	var spans []span
	for i := 0; i < len(w); i++ {
		for n := 1; n <= r.maxTitle && i+n <= len(w); n++ {
			if n == 1 && len(w) > 2 {
				continue
			}
			if refs, ok := r.titles[strings.Join(w[i:i+n], " ")]; ok {
				spans = append(spans, span{i, n, refs})
			}
		}
	}
	for _, sp := range spans {
		inside := false
		for _, o := range spans {
			if o.n > sp.n && o.i <= sp.i && sp.i+sp.n <= o.i+o.n {
				inside = true
				break
			}
		}
		if inside {
			continue
		}
		s := weight * (0.6 + 0.4*float64(sp.n)/float64(len(w)))
		for _, ref := range sp.refs {
			if s > best[ref.profile] {
				best[ref.profile] = s
			}
		}
	}
}

// Detect guesses a résumé's role from its job titles (most recent first), its headline and its
// text, and says how sure it is, from 0 to 1. Titles weigh most; the text adds evidence through
// the profiles' keyword groups, each keyword weighted by how few profiles name it. When nothing
// points to a role it returns Fallback ("general"): with confidence 0 for empty input and at most
// 0.3 otherwise. The same input always gives the same answer.
func Detect(titles []string, headline string, text string) (id string, confidence float64) {
	var b strings.Builder
	for _, t := range titles {
		b.WriteString(t)
		b.WriteString("\n")
	}
	b.WriteString(headline)
	b.WriteString("\n")
	b.WriteString(text)
	found := map[string]bool{}
	for _, m := range load().find(b.String()) {
		found[m.Term] = true
	}
	return DetectFound(titles, headline, strings.TrimSpace(text) != "", found)
}

// DetectFound is Detect when the caller has already found the skills the
// résumé names (the engine indexes them line by line for its keyword checks
// and hands that index over, so the text is read once): found holds their
// canonical names, including those in the titles and the headline, and
// hasText says whether the résumé has any text.
func DetectFound(titles []string, headline string, hasText bool, found map[string]bool) (id string, confidence float64) {
	r := load()
	n := len(r.profiles)
	titleScore := make([]float64, n)
	weights := []float64{1, 0.7, 0.5, 0.4} // the latest title says most
	empty := strings.TrimSpace(headline) == "" && !hasText
	for i, t := range titles {
		if strings.TrimSpace(t) != "" {
			empty = false
		}
		w := weights[len(weights)-1]
		if i < len(weights) {
			w = weights[i]
		}
		r.titleMatch(t, w, titleScore)
	}
	r.titleMatch(headline, 1, titleScore)
	if empty {
		return Fallback, 0
	}

	best, second := -1, -1
	scores := make([]float64, n)
	for i, p := range r.profiles {
		if p.ID == Fallback {
			continue
		}
		scores[i] = 0.7*titleScore[i] + 0.3*r.keywordScore(p, found)
		switch {
		case best < 0 || r.better(i, best, scores):
			second, best = best, i
		case second < 0 || r.better(i, second, scores):
			second = i
		}
	}
	const threshold = 0.15
	s := scores[best]
	if s < threshold {
		return Fallback, round2(0.3 * (1 - s/threshold))
	}
	s2 := 0.0
	if second >= 0 {
		s2 = scores[second]
	}
	margin := (s - s2) / s
	conf := (0.2 + 0.8*s) * (0.6 + 0.4*margin)
	return r.profiles[best].ID, round2(math.Min(conf, 0.99))
}

// better orders candidates: higher score, then higher priority, then id.
func (r *registry) better(i, j int, scores []float64) bool {
	if scores[i] != scores[j] {
		return scores[i] > scores[j]
	}
	pi, pj := r.profiles[i], r.profiles[j]
	if pi.Priority != pj.Priority {
		return pi.Priority > pj.Priority
	}
	return pi.ID < pj.ID
}

// keywordScore is 0–1: the share of the profile's groups the text touches, and the share of its
// keyword weight it names, each keyword weighing 1/(number of profiles that name it).
func (r *registry) keywordScore(p *Profile, found map[string]bool) float64 {
	if len(found) == 0 || len(p.KeywordGroups) == 0 {
		return 0
	}
	groups, total, got := 0, 0.0, 0.0
	for _, g := range p.KeywordGroups {
		hit := false
		for _, k := range g.Keywords {
			w := 1 / float64(r.df[k])
			total += w
			if found[k] {
				got += w
				hit = true
			}
		}
		if hit {
			groups++
		}
	}
	s := 0.5*float64(groups)/float64(len(p.KeywordGroups)) + 1.5*got/total
	return math.Min(s, 1)
}

func round2(x float64) float64 { return math.Round(x*100) / 100 }
