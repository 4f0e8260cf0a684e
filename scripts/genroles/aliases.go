package main

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
)

// aliasTable maps every spelling of a technology or skill to its canonical name.
type aliasTable struct {
	canon    map[string]string          // squash(canonical) → canonical
	variants map[string]map[string]bool // canonical → variants (lower case)
	byKey    map[string]string          // squash(any spelling) → canonical
	curated  map[string]bool            // variant squash keys fixed by curation
	conflict map[string]bool            // squash keys two canonicals claim: dropped
	caseSens []string
}

// aliasFile is data/aliases.json.
type aliasFile struct {
	Note          string              `json:"note"`
	CaseSensitive []string            `json:"caseSensitive"`
	Terms         map[string][]string `json:"terms"`
}

func (a *aliasTable) canonical(term string) (string, bool) {
	c, ok := a.byKey[squash(term)]
	return c, ok
}

// addCanonical makes name a term unless one with the same key exists (or a curated variant
// already claims the key); it returns the term the name now belongs to.
func (a *aliasTable) addCanonical(name string) string {
	k := squash(name)
	if k == "" {
		return ""
	}
	if c, ok := a.byKey[k]; ok {
		return c
	}
	a.canon[k] = name
	a.byKey[k] = name
	a.variants[name] = map[string]bool{}
	return name
}

// addVariant records v as a spelling of canon. A key that two terms claim is dropped from both,
// unless curation fixed it.
func (a *aliasTable) addVariant(canon, v string, curated bool) {
	v = lowerKey(v)
	k := squash(v)
	if k == "" || a.conflict[k] {
		return
	}
	if c, ok := a.byKey[k]; ok {
		if c == canon {
			if k != squash(canon) {
				a.variants[canon][v] = true
			}
			return
		}
		if curated || a.curated[k] {
			return // the curated mapping or the other term's own name wins
		}
		if _, isCanon := a.canon[k]; isCanon {
			return // a variant never takes another term's own name
		}
		// two terms claim one spelling: neither gets it
		delete(a.variants[c], v)
		for ov := range a.variants[c] {
			if squash(ov) == k {
				delete(a.variants[c], ov)
			}
		}
		delete(a.byKey, k)
		a.conflict[k] = true
		return
	}
	a.byKey[k] = canon
	if curated {
		a.curated[k] = true
	}
	a.variants[canon][v] = true
}

var (
	versionish = regexp.MustCompile(`\d`)
	noiseTail  = regexp.MustCompile(`-(tutorials?|examples?|demos?|course|books?|projects?|api|app|apps|library|libraries|framework|tools?|cli|sdk|plugin|plugins|modules?|awesome|resources|boilerplate|starter|template|templates)$`)
)

// topicAliasOK keeps the GitHub topic aliases that are other spellings of the topic, not
// sub-topics ("python-3-6", "terraform-modules", "golang-examples", "rest-api-tutorial").
func topicAliasOK(topicID, display, alias string) bool {
	if versionish.MatchString(alias) && !versionish.MatchString(display) && !versionish.MatchString(topicID) {
		return false
	}
	if noiseTail.MatchString(alias) || strings.HasPrefix(alias, "awesome") || strings.HasPrefix(alias, "learn-") {
		return false
	}
	if strings.HasPrefix(alias, topicID+"-") || strings.HasSuffix(alias, "-"+topicID) {
		return false
	}
	return true
}

func (g *generator) buildAliases(wanted, onetNames []string) (*aliasTable, error) {
	a := &aliasTable{
		canon: map[string]string{}, variants: map[string]map[string]bool{}, byKey: map[string]string{},
		curated: map[string]bool{}, conflict: map[string]bool{},
	}
	cur := g.cur.aliases
	drop := map[string]bool{}
	for _, d := range cur.Drop {
		drop[squash(d)] = true
	}
	remove := map[string]bool{}
	for c, vs := range cur.Remove {
		for _, v := range vs {
			remove[squash(c)+"\x00"+squash(v)] = true
		}
	}
	// 1. curated terms and their variants win everything
	for _, c := range cur.Canonical {
		a.addCanonical(c)
	}
	vkeys := sortedKeys(cur.Variants)
	for _, c := range vkeys {
		a.addCanonical(c)
	}
	for _, c := range vkeys {
		for _, v := range cur.Variants[c] {
			if got, ok := a.byKey[squash(v)]; ok && got != c {
				return nil, fmt.Errorf("_aliases.json: %q is listed for both %q and %q", v, got, c)
			}
			a.addVariant(c, v, true)
		}
	}
	// 2. every keyword a role names
	for _, w := range wanted {
		a.addCanonical(w)
	}
	// 3. common technology names: devicon's list in the casing of Linguist, Simple Icons or
	//    GitHub topics, and Linguist's programming languages that have a GitHub topic
	casing := map[string]string{}
	for _, t := range g.src.topics {
		casing[squash(t.DisplayName)] = t.DisplayName
	}
	for _, s := range g.src.simpleIcons {
		casing[squash(s.Title)] = s.Title
	}
	topicKeys := map[string]bool{}
	for _, t := range g.src.topics {
		topicKeys[squash(t.Topic)] = true
		topicKeys[squash(t.DisplayName)] = true
	}
	for _, l := range g.src.linguist {
		casing[squash(l.Name)] = l.Name
	}
	for _, d := range g.src.devicon {
		k := squash(d.Name)
		if c, ok := casing[k]; ok && !drop[k] {
			a.addCanonical(c)
		}
	}
	for _, l := range g.src.linguist {
		k := squash(l.Name)
		if l.Type == "programming" && topicKeys[k] && !drop[k] {
			a.addCanonical(l.Name)
		}
	}
	// O*NET names the profiles use, if no other source knows them
	for _, n := range onetNames {
		a.addCanonical(n)
	}
	// 4. variants from the lexicons, for the terms we know
	ok := func(canon, v string) bool {
		if remove[squash(canon)+"\x00"+squash(v)] {
			return false
		}
		// version-numbered spellings ("ada2005", "python27") are not how a résumé names a tool
		if versionish.MatchString(v) && len(v) > 4 && !versionish.MatchString(canon) {
			return false
		}
		return true
	}
	// devicon's alternative names are often run together ("atlassianbamboo", "gradlebuildtool"):
	// keep short ones and ones with a separator
	deviconOK := func(v string) bool {
		return len(v) <= 6 || strings.ContainsAny(v, " -.")
	}
	known := func(name string) (string, bool) {
		c, ok := a.canon[squash(name)]
		return c, ok
	}
	for _, l := range g.src.linguist {
		if l.Type != "programming" && l.Type != "markup" {
			continue // data formats list file-type aliases (geojson, sarif), not other names
		}
		if c, found := known(l.Name); found {
			for _, v := range l.Aliases {
				if ok(c, v) {
					a.addVariant(c, v, false)
				}
			}
		}
	}
	for _, d := range g.src.devicon {
		c, found := known(d.Name)
		if !found {
			c, found = known(casing[squash(d.Name)])
		}
		if found {
			for _, v := range append([]string{d.Name}, d.AltNames...) {
				if ok(c, v) && deviconOK(v) {
					a.addVariant(c, v, false)
				}
			}
		}
	}
	for _, s := range g.src.simpleIcons {
		if c, found := known(s.Title); found {
			for _, v := range s.Aliases.AKA {
				if ok(c, v) {
					a.addVariant(c, v, false)
				}
			}
		}
	}
	for _, t := range g.src.topics {
		c, found := known(t.DisplayName)
		if !found {
			c, found = known(t.Topic)
		}
		if !found {
			continue
		}
		for _, v := range append([]string{t.Topic}, t.Aliases...) {
			if v != t.Topic && !topicAliasOK(t.Topic, t.DisplayName, v) {
				continue
			}
			if ok(c, v) {
				a.addVariant(c, v, false)
			}
		}
	}
	var bad []string
	for _, c := range cur.CaseSensitive {
		if _, found := a.canonical(c); !found || strings.Contains(c, " ") {
			bad = append(bad, c)
		}
	}
	if len(bad) > 0 {
		return nil, fmt.Errorf("_aliases.json: caseSensitive %q: not one-word spellings of known terms", bad)
	}
	a.caseSens = append([]string{}, cur.CaseSensitive...)
	sort.Strings(a.caseSens)
	return a, nil
}

func (a *aliasTable) output() *aliasFile {
	f := &aliasFile{
		Note:          "Generated by scripts/genroles from ../shared/data (github/explore topics, Linguist, devicon, Simple Icons) and scripts/genroles/curated/_aliases.json. Do not edit: run go run ./scripts/genroles. Terms: canonical name → other spellings (lower case); spellings that differ only in case, spaces, hyphens or dots are matched without being listed. caseSensitive: one-word spellings that are also English words (Go, REST, Excel), matched in free text only when written exactly so.",
		CaseSensitive: a.caseSens,
		Terms:         map[string][]string{},
	}
	for c, vs := range a.variants {
		list := []string{}
		for v := range vs {
			if squash(v) != squash(c) && a.byKey[squash(v)] == c {
				list = append(list, v)
			}
		}
		// keep one spelling per key, the shortest ("golang" over "go lang")
		sort.Slice(list, func(i, j int) bool {
			if len(list[i]) != len(list[j]) {
				return len(list[i]) < len(list[j])
			}
			return list[i] < list[j]
		})
		var out []string
		seen := map[string]bool{}
		for _, v := range list {
			if !seen[squash(v)] {
				seen[squash(v)] = true
				out = append(out, v)
			}
		}
		sort.Strings(out)
		if out == nil {
			out = []string{}
		}
		f.Terms[c] = out
	}
	return f
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
