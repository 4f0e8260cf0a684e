package main

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
)

// profile is what internal/roles reads: keep it in step with roles.Profile.
type profile struct {
	ID             string              `json:"id"`
	Name           string              `json:"name"`
	Family         string              `json:"family"`
	Priority       int                 `json:"priority"`
	ONET           []string            `json:"onet,omitempty"`
	SectionOrder   []string            `json:"sectionOrder"`
	KeywordGroups  []group             `json:"keywordGroups"`
	RequiredAdvice string              `json:"requiredAdvice,omitempty"`
	Verbs          []string            `json:"verbs"`
	Metrics        []metric            `json:"metrics"`
	Advice         []string            `json:"advice,omitempty"`
	Aliases        map[string][]string `json:"aliases,omitempty"`
	Titles         []string            `json:"titles"`
	Source         string              `json:"source"`
}

type group struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Required bool     `json:"required,omitempty"`
	Keywords []string `json:"keywords"`
}

// draft is a role between reading and writing: its O*NET-derived keywords are known but not yet
// put in canonical form.
type draft struct {
	cur       *curatedRole
	explicit  []string
	fromONET  []string
	groupONET [][]onetTerm // per group
	titles    []string     // after priority resolution
}

type onetTerm struct {
	name     string
	inDemand bool
	codes    int
}

// onetName writes an O*NET technology example the way a résumé does: the curated table first,
// then generic rules ("Cascading style sheets CSS" → "CSS", "Ansible software" → "Ansible").
func (g *generator) onetName(example string) string {
	if n, ok := g.cur.onet.Names[example]; ok {
		return n
	}
	n := strings.TrimSuffix(example, " software")
	f := strings.Fields(n)
	if len(f) >= 3 {
		last := f[len(f)-1]
		if last == strings.ToUpper(last) && len(last) >= 2 {
			initials := ""
			for _, w := range f[:len(f)-1] {
				initials += strings.ToUpper(w[:1])
			}
			if strings.HasSuffix(initials, last) {
				return last
			}
		}
	}
	return n
}

func (g *generator) draftRole(r *curatedRole) (*draft, error) {
	if r.Name == "" || r.Family == "" {
		return nil, fmt.Errorf("name and family are required")
	}
	for _, c := range append(append([]string{}, r.ONET...), r.Titles.Codes...) {
		if _, ok := g.src.occupations[c]; !ok {
			return nil, fmt.Errorf("unknown O*NET code %q", c)
		}
	}
	for _, e := range r.Titles.ESCO {
		if _, ok := g.src.esco[e]; !ok {
			return nil, fmt.Errorf("unknown ESCO occupation %q", e)
		}
	}
	d := &draft{cur: r}
	for _, gr := range r.Groups {
		d.explicit = append(d.explicit, gr.Keywords...)
		var terms []onetTerm
		if len(gr.FromONET) > 0 {
			want := map[string]bool{}
			for _, c := range gr.FromONET {
				want[c] = true
			}
			excl := map[string]bool{}
			for _, e := range gr.Exclude {
				excl[squash(e)] = true
			}
			byName := map[string]*onetTerm{}
			var order []string
			for _, code := range r.ONET {
				seen := map[string]bool{}
				for _, row := range g.src.tech[code] {
					if !want[row.Commodity] || !(row.Hot || row.InDemand) {
						continue
					}
					n := g.onetName(row.Example)
					if n == "" || excl[squash(n)] || excl[squash(row.Example)] || seen[n] {
						continue
					}
					seen[n] = true
					t := byName[n]
					if t == nil {
						t = &onetTerm{name: n}
						byName[n] = t
						order = append(order, n)
					}
					t.codes++
					t.inDemand = t.inDemand || row.InDemand
				}
			}
			for _, n := range order {
				terms = append(terms, *byName[n])
				d.fromONET = append(d.fromONET, n)
			}
		}
		d.groupONET = append(d.groupONET, terms)
	}
	return d, nil
}

// titlePool returns the candidate titles of a role: O*NET alternate and reported titles of its
// codes and ESCO labels of its occupations, split at parentheses ("Registered Nurse (RN)" gives
// both), that match its include patterns and none of its exclude patterns.
func (g *generator) titlePool(r *curatedRole) []string {
	codes := r.Titles.Codes
	if len(codes) == 0 {
		codes = r.ONET
	}
	var raw []string
	for _, c := range codes {
		raw = append(raw, g.src.titles[c]...)
	}
	for _, e := range r.Titles.ESCO {
		raw = append(raw, g.src.esco[e]...)
	}
	var out []string
	have := map[string]bool{}
	for _, t := range raw {
		for _, part := range splitParens(t) {
			if !usableTitle(part) || !matchAny(r.include, part) || matchAny(r.exclude, part) {
				continue
			}
			out = append(out, part)
			have[titleKey(part)] = true
		}
	}
	// ESCO lists plurals ("data analysts") beside the singular: keep the singular only
	kept := out[:0]
	for _, t := range out {
		k := titleKey(t)
		if strings.HasSuffix(k, "s") && have[strings.TrimSuffix(k, "s")] {
			continue
		}
		kept = append(kept, t)
	}
	return kept
}

var parens = regexp.MustCompile(`^(.*?)\s*\(([^)]*)\)\s*(.*)$`)

func splitParens(t string) []string {
	m := parens.FindStringSubmatch(t)
	if m == nil {
		return []string{strings.TrimSpace(t)}
	}
	a := strings.TrimSpace(m[1] + " " + m[3])
	return []string{a, strings.TrimSpace(m[2])}
}

func usableTitle(t string) bool {
	n := len(strings.Fields(t))
	return n >= 1 && n <= 5 && len(t) <= 40 && !strings.ContainsAny(t, ",;:")
}

func matchAny(res []*regexp.Regexp, s string) bool {
	for _, re := range res {
		if re.MatchString(s) {
			return true
		}
	}
	return false
}

// assignTitles gives each pool title to the highest-priority role whose patterns match it, then
// keeps at most Max per role (titles people reported first, then the shortest).
func (g *generator) assignTitles(drafts []*draft) {
	type owner struct {
		d       *draft
		display string
	}
	best := map[string]owner{}
	var keys []string
	for _, d := range drafts {
		for _, t := range g.titlePool(d.cur) {
			k := titleKey(t)
			o, ok := best[k]
			if !ok {
				keys = append(keys, k)
			}
			if !ok || d.cur.Priority > o.d.cur.Priority {
				if ok && o.d != d {
					g.logf("title %q: %s (priority %d) over %s", t, d.cur.ID, d.cur.Priority, o.d.cur.ID)
				}
				best[k] = owner{d, titleCase(t)}
			}
		}
	}
	per := map[*draft][]string{}
	for _, k := range keys {
		o := best[k]
		per[o.d] = append(per[o.d], o.display)
	}
	for _, d := range drafts {
		r := d.cur
		remove := map[string]bool{}
		for _, t := range r.Titles.Remove {
			remove[titleKey(t)] = true
		}
		var pool []string
		for _, t := range per[d] {
			if !remove[titleKey(t)] {
				pool = append(pool, t)
			}
		}
		sort.SliceStable(pool, func(i, j int) bool {
			ri, rj := g.src.reported[pool[i]], g.src.reported[pool[j]]
			if ri != rj {
				return ri
			}
			wi, wj := len(strings.Fields(pool[i])), len(strings.Fields(pool[j]))
			if wi != wj {
				return wi < wj
			}
			return strings.ToLower(pool[i]) < strings.ToLower(pool[j])
		})
		max := r.Titles.Max
		if max == 0 {
			max = 30
		}
		titles := []string{}
		if r.Titles.Canonical != "" {
			titles = append(titles, r.Titles.Canonical)
		}
		titles = append(titles, r.Titles.Add...)
		seen := map[string]bool{}
		kept := []string{}
		for _, t := range titles {
			if !seen[titleKey(t)] {
				seen[titleKey(t)] = true
				kept = append(kept, t)
			}
		}
		for _, t := range pool {
			if len(kept) >= max {
				break
			}
			if !seen[titleKey(t)] {
				seen[titleKey(t)] = true
				kept = append(kept, t)
			}
		}
		// canonical first, the rest alphabetically
		rest := kept
		if r.Titles.Canonical != "" {
			rest = kept[1:]
		}
		sort.SliceStable(rest, func(i, j int) bool { return strings.ToLower(rest[i]) < strings.ToLower(rest[j]) })
		d.titles = kept
	}
}

// titleCase capitalises the lower-case words of ESCO's labels ("ICT product manager" → "ICT
// Product Manager") and leaves words with a capital ("jQuery", "iOS") alone.
func titleCase(t string) string {
	f := strings.Fields(t)
	for i, w := range f {
		if w != strings.ToLower(w) {
			continue
		}
		switch w {
		case "and", "of", "in", "for", "the", "a", "to", "with":
			if i > 0 {
				continue
			}
		}
		f[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(f, " ")
}

func (g *generator) finish(d *draft) (*profile, error) {
	r := d.cur
	p := &profile{
		ID: r.ID, Name: r.Name, Family: r.Family, Priority: r.Priority, ONET: r.ONET,
		SectionOrder: r.SectionOrder, RequiredAdvice: r.RequiredAdvice, Advice: r.Advice,
		Titles: d.titles, Metrics: r.Metrics,
	}
	if len(r.Aliases) > 0 {
		p.Aliases = map[string][]string{}
		for c, vs := range r.Aliases {
			var lv []string
			for _, v := range vs {
				lv = append(lv, lowerKey(v))
			}
			if len(lv) == 0 {
				continue // the term itself is in the global table already
			}
			sort.Strings(lv)
			p.Aliases[c] = uniqueFold(lv)
		}
	}
	// keyword groups
	used := map[string]string{}
	for i, gr := range r.Groups {
		if gr.ID == "" || gr.Name == "" {
			return nil, fmt.Errorf("group %d needs an id and a name", i)
		}
		out := group{ID: gr.ID, Name: gr.Name, Required: gr.Required, Keywords: []string{}}
		add := func(k string) {
			if o, ok := used[squash(k)]; ok {
				g.logf("%s: %q already in group %s", r.ID, k, o)
				return
			}
			used[squash(k)] = gr.ID
			out.Keywords = append(out.Keywords, k)
		}
		for _, k := range gr.Keywords {
			c, ok := g.aliases.canonical(k)
			if !ok {
				if _, own := r.Aliases[k]; !own {
					return nil, fmt.Errorf("keyword %q is not in the alias table", k)
				}
				c = k
			}
			if c != k {
				return nil, fmt.Errorf("group %s: keyword %q is written %q in the alias table: use that", gr.ID, k, c)
			}
			add(k)
		}
		excl := map[string]bool{}
		for _, e := range gr.Exclude {
			excl[squash(e)] = true
			if c, ok := g.aliases.canonical(e); ok {
				excl[squash(c)] = true
			}
		}
		var terms []onetTerm
		for _, t := range d.groupONET[i] {
			if c, ok := g.aliases.canonical(t.name); ok {
				t.name = c
			}
			if !excl[squash(t.name)] {
				terms = append(terms, t)
			}
		}
		sort.SliceStable(terms, func(a, b int) bool {
			if terms[a].inDemand != terms[b].inDemand {
				return terms[a].inDemand
			}
			if terms[a].codes != terms[b].codes {
				return terms[a].codes > terms[b].codes
			}
			return strings.ToLower(terms[a].name) < strings.ToLower(terms[b].name)
		})
		max := gr.Max
		if max == 0 {
			max = 14
		}
		for _, t := range terms {
			if len(out.Keywords) >= max {
				break
			}
			add(t.name)
		}
		if len(out.Keywords) == 0 {
			return nil, fmt.Errorf("group %s is empty", gr.ID)
		}
		p.KeywordGroups = append(p.KeywordGroups, out)
	}
	// verbs
	seen := map[string]bool{}
	remove := map[string]bool{}
	for _, v := range r.Verbs.Remove {
		remove[strings.ToLower(v)] = true
	}
	for _, v := range r.Verbs.Add {
		if !looksPast(v) {
			return nil, fmt.Errorf("verb %q is not in the past tense", v)
		}
		if !seen[strings.ToLower(v)] {
			seen[strings.ToLower(v)] = true
			p.Verbs = append(p.Verbs, v)
		}
	}
	if r.Verbs.FromONET > 0 {
		n := 0
		for _, v := range g.taskVerbs(r.ONET) {
			if n >= r.Verbs.FromONET {
				break
			}
			pv := pastTense(v)
			if seen[strings.ToLower(pv)] || remove[strings.ToLower(pv)] {
				continue
			}
			seen[strings.ToLower(pv)] = true
			p.Verbs = append(p.Verbs, pv)
			n++
		}
	}
	// metrics
	mids := map[string]bool{}
	for _, m := range p.Metrics {
		if m.ID == "" || m.Name == "" || len(m.Patterns) == 0 || mids[m.ID] {
			return nil, fmt.Errorf("metric %q needs a unique id, a name and patterns", m.ID)
		}
		mids[m.ID] = true
		for _, pat := range m.Patterns {
			if pat != strings.ToLower(pat) || strings.TrimSpace(pat) != pat || pat == "" {
				return nil, fmt.Errorf("metric %s: pattern %q must be lower case and trimmed", m.ID, pat)
			}
		}
	}
	// source note
	var src []string
	if len(r.ONET) > 0 {
		var occ []string
		for _, c := range r.ONET {
			occ = append(occ, c+" "+g.src.occupations[c])
		}
		src = append(src, "O*NET 29.2 "+strings.Join(occ, ", ")+" (titles, Hot Technology / In Demand tools, task verbs)")
	}
	if len(r.Titles.ESCO) > 0 {
		src = append(src, "ESCO labels of "+strings.Join(r.Titles.ESCO, ", "))
	}
	src = append(src, "curated in scripts/genroles/curated/"+r.ID+".json")
	p.Source = strings.Join(src, "; ")
	return p, nil
}

func looksPast(v string) bool {
	l := strings.ToLower(v)
	if strings.HasSuffix(l, "ed") {
		return true
	}
	for _, p := range irregular {
		if p == l {
			return true
		}
	}
	return false
}

// taskVerbs ranks the verbs that open the task statements of the given occupations, most used
// first, without the weak ones ("Confer", "Provide", "Use").
func (g *generator) taskVerbs(codes []string) []string {
	weak := map[string]bool{}
	for _, w := range g.cur.onet.WeakVerbs {
		weak[strings.ToLower(w)] = true
	}
	count := map[string]int{}
	for _, c := range codes {
		for _, t := range g.src.tasks[c] {
			f := words(t)
			if len(f) == 0 {
				continue
			}
			v := f[0]
			if weak[strings.ToLower(v)] {
				continue
			}
			count[v]++
		}
	}
	vs := make([]string, 0, len(count))
	for v := range count {
		vs = append(vs, v)
	}
	sort.Slice(vs, func(i, j int) bool {
		if count[vs[i]] != count[vs[j]] {
			return count[vs[i]] > count[vs[j]]
		}
		return vs[i] < vs[j]
	})
	return vs
}
