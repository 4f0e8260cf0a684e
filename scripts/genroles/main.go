// Command genroles writes the role profiles and the skill-alias table that internal/roles embeds.
//
// It reads the reference data in ../shared/data (O*NET 29.2, ESCO, GitHub topic aliases and the
// technology lexicons) and the hand-curated files in scripts/genroles/curated, and writes
// internal/roles/data/<id>.json and internal/roles/data/aliases.json, sorted and stable: the same
// input always gives the same bytes. Run it from anywhere in the repository:
//
//	go run ./scripts/genroles            # -data ../shared/data -out internal/roles/data
//
// The output is committed; a test in internal/roles regenerates it into a temporary folder and
// fails if it differs from the committed files.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/resumescore/resumescore/scripts/internal/genfiles"
)

func main() {
	root, err := genfiles.RepoRoot()
	if err != nil {
		fatal(err)
	}
	data := flag.String("data", filepath.Join(root, "..", "shared", "data"), "the shared reference data folder")
	curated := flag.String("curated", filepath.Join(root, "scripts", "genroles", "curated"), "the hand-curated override files")
	out := flag.String("out", filepath.Join(root, "internal", "roles", "data"), "where to write the JSON files")
	verbose := flag.Bool("v", false, "report what was dropped and why")
	flag.Parse()

	src, err := loadSources(*data)
	if err != nil {
		fatal(fmt.Errorf("reading the reference data (want ../shared/data beside the repository, or -data DIR): %w", err))
	}
	cur, err := loadCurated(*curated)
	if err != nil {
		fatal(err)
	}
	g := &generator{src: src, cur: cur, verbose: *verbose}
	files, err := g.run()
	if err != nil {
		fatal(err)
	}
	if err := genfiles.Write(*out, "*.json", files); err != nil {
		fatal(err)
	}
	total := 0
	for _, b := range files {
		total += len(b)
	}
	fmt.Fprintf(os.Stderr, "genroles: wrote %d files (%d bytes) to %s\n", len(files), total, *out)
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "genroles:", err)
	os.Exit(1)
}

type generator struct {
	src     *sources
	cur     *curated
	verbose bool
	aliases *aliasTable
}

func (g *generator) logf(format string, args ...any) {
	if g.verbose {
		fmt.Fprintf(os.Stderr, format+"\n", args...)
	}
}

func (g *generator) run() (map[string][]byte, error) {
	// 1. The keywords each role names, with O*NET's technology names normalised.
	drafts := make([]*draft, 0, len(g.cur.roles))
	var wanted []string
	for _, r := range g.cur.roles {
		d, err := g.draftRole(r)
		if err != nil {
			return nil, fmt.Errorf("role %s: %w", r.ID, err)
		}
		drafts = append(drafts, d)
		wanted = append(wanted, d.explicit...)
	}
	var onetNames []string
	for _, d := range drafts {
		onetNames = append(onetNames, d.fromONET...)
	}
	// 2. The alias table, which must know every keyword.
	at, err := g.buildAliases(wanted, onetNames)
	if err != nil {
		return nil, err
	}
	g.aliases = at
	// 3. The titles, each given to one role.
	g.assignTitles(drafts)
	// 4. The profiles.
	files := map[string][]byte{}
	profiles := make([]*profile, 0, len(drafts))
	for _, d := range drafts {
		p, err := g.finish(d)
		if err != nil {
			return nil, fmt.Errorf("role %s: %w", d.cur.ID, err)
		}
		profiles = append(profiles, p)
	}
	if err := g.validate(profiles); err != nil {
		return nil, err
	}
	for _, p := range profiles {
		b, err := encode(p)
		if err != nil {
			return nil, err
		}
		files[p.ID+".json"] = b
	}
	b, err := encode(at.output())
	if err != nil {
		return nil, err
	}
	files["aliases.json"] = b
	return files, nil
}

// validate checks what the runtime relies on: unique ids and titles, known section kinds,
// profile aliases that do not clash with each other or with the global table.
func (g *generator) validate(ps []*profile) error {
	titleOwner := map[string]string{}
	aliasOwner := map[string]string{}
	for _, p := range ps {
		for _, t := range p.Titles {
			k := titleKey(t)
			if o, ok := titleOwner[k]; ok && o != p.ID {
				return fmt.Errorf("title %q is in both %s and %s: remove it from one curated file", t, o, p.ID)
			}
			titleOwner[k] = p.ID
		}
		for _, s := range p.SectionOrder {
			if !sectionKinds[s] {
				return fmt.Errorf("role %s: unknown section kind %q", p.ID, s)
			}
		}
		for canon, vs := range p.Aliases {
			for _, v := range append([]string{canon}, vs...) {
				k := squash(v)
				if c, ok := g.aliases.byKey[k]; ok && c != canon {
					return fmt.Errorf("role %s: alias %q of %q is already %q in the global table", p.ID, v, canon, c)
				}
				if o, ok := aliasOwner[k]; ok && o != canon {
					return fmt.Errorf("role %s: alias %q of %q clashes with %q in another profile", p.ID, v, canon, o)
				}
				aliasOwner[k] = canon
			}
		}
	}
	return nil
}

// sectionKinds are the section kinds internal/parse assigns.
var sectionKinds = map[string]bool{
	"summary": true, "experience": true, "education": true, "skills": true, "projects": true,
	"certifications": true, "awards": true, "publications": true, "talks": true, "languages": true,
	"volunteer": true, "interests": true, "references": true,
}

// titleKey is the form titles are compared in: lower case, words only.
func titleKey(t string) string {
	return strings.Join(words(strings.ToLower(t)), " ")
}
