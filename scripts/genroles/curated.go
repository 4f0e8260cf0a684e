package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// curatedRole is one hand-written file in curated/: what a role is, where its raw material comes
// from in the reference data, and what to add, remove or rename.
type curatedRole struct {
	Note     string   `json:"note"`
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Family   string   `json:"family"`   // tech, data, design, management, health, finance, business, education, general
	Priority int      `json:"priority"` // a title that several roles' patterns match goes to the highest priority
	ONET     []string `json:"onet"`     // O*NET-SOC codes the role is built from
	Titles   struct {
		Canonical string   `json:"canonical"`
		Codes     []string `json:"codes"`   // O*NET codes whose alternate and reported titles form the pool (default: onet)
		ESCO      []string `json:"esco"`    // ESCO occupations (preferred labels) whose labels join the pool
		Include   []string `json:"include"` // regular expressions (case-insensitive) a pool title must match
		Exclude   []string `json:"exclude"`
		Add       []string `json:"add"`
		Remove    []string `json:"remove"`
		Max       int      `json:"max"`
	} `json:"titles"`
	Groups []struct {
		ID       string   `json:"id"`
		Name     string   `json:"name"`
		Required bool     `json:"required"`
		Keywords []string `json:"keywords"`
		FromONET []string `json:"fromOnet"` // O*NET commodity titles whose Hot/In Demand rows join the group
		Exclude  []string `json:"exclude"`
		Max      int      `json:"max"`
	} `json:"groups"`
	RequiredAdvice string              `json:"requiredAdvice"`
	Aliases        map[string][]string `json:"aliases"` // canonical → variants, for terms only this role uses
	Verbs          struct {
		Add      []string `json:"add"`      // past tense, strongest first
		FromONET int      `json:"fromOnet"` // how many task-statement verbs to append
		Remove   []string `json:"remove"`
	} `json:"verbs"`
	Metrics      []metric `json:"metrics"`
	SectionOrder []string `json:"sectionOrder"`
	Advice       []string `json:"advice"`

	include, exclude []*regexp.Regexp
}

type metric struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Patterns []string `json:"patterns"`
}

// curatedAliases is curated/_aliases.json: overrides for the skill-alias table.
type curatedAliases struct {
	Note          string              `json:"note"`
	Canonical     []string            `json:"canonical"`     // extra terms to know, in this casing
	Variants      map[string][]string `json:"variants"`      // canonical → variants that always map to it
	Remove        map[string][]string `json:"remove"`        // canonical → variants the lexicons give wrongly
	Drop          []string            `json:"drop"`          // lexicon terms not to include at all
	CaseSensitive []string            `json:"caseSensitive"` // terms that are also English words: match in text only in this casing
}

// curatedONET is curated/_onet.json: how O*NET's technology names are written on a résumé, and
// which task-statement verbs are too weak to suggest.
type curatedONET struct {
	Note      string            `json:"note"`
	Names     map[string]string `json:"names"` // O*NET example → résumé name ("" drops it)
	WeakVerbs []string          `json:"weakVerbs"`
}

type curated struct {
	roles   []*curatedRole
	aliases curatedAliases
	onet    curatedONET
}

var idPattern = regexp.MustCompile(`^[a-z][a-z0-9-]*$`)

func loadCurated(dir string) (*curated, error) {
	c := &curated{}
	if err := readJSONStrict(filepath.Join(dir, "_aliases.json"), &c.aliases); err != nil {
		return nil, err
	}
	if err := readJSONStrict(filepath.Join(dir, "_onet.json"), &c.onet); err != nil {
		return nil, err
	}
	paths, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	sort.Strings(paths)
	for _, p := range paths {
		base := filepath.Base(p)
		if strings.HasPrefix(base, "_") {
			continue
		}
		r := &curatedRole{}
		if err := readJSONStrict(p, r); err != nil {
			return nil, err
		}
		if r.ID+".json" != base {
			return nil, fmt.Errorf("%s: id %q must match the file name", p, r.ID)
		}
		if !idPattern.MatchString(r.ID) || r.ID == "aliases" {
			return nil, fmt.Errorf("%s: bad id %q", p, r.ID)
		}
		for _, s := range r.Titles.Include {
			re, err := regexp.Compile("(?i)" + s)
			if err != nil {
				return nil, fmt.Errorf("%s: include %q: %w", p, s, err)
			}
			r.include = append(r.include, re)
		}
		for _, s := range r.Titles.Exclude {
			re, err := regexp.Compile("(?i)" + s)
			if err != nil {
				return nil, fmt.Errorf("%s: exclude %q: %w", p, s, err)
			}
			r.exclude = append(r.exclude, re)
		}
		c.roles = append(c.roles, r)
	}
	if len(c.roles) == 0 {
		return nil, fmt.Errorf("%s: no role files", dir)
	}
	return c, nil
}

// readJSONStrict reads a curated file and rejects unknown fields, so a typo is an error.
func readJSONStrict(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	return decodeStrict(path, b, v)
}
