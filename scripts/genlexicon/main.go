// Command genlexicon writes the word lists that internal/check embeds: buzzwords, clichés,
// vague words, hedges, intensifiers, machine-sounding words, tone and informal words, strong
// and weak verbs, the irregular-verb table, the known-verb table, technology names, common
// misspellings, acronyms and stop words.
//
// It reads the reference lexicons in ../shared/data/lexicons (wooorm buzzwords, fillers,
// hedges and weasels, no-cliches, the O*NET task verbs, simple-icons and linguist-languages)
// and the hand-curated lists in scripts/genlexicon/curated, and writes
// internal/check/lexicon/*.txt: sorted, de-duplicated, one entry a line, each file opening
// with a comment that names its sources and their licences. The same input always gives the
// same bytes. Run it from anywhere in the repository:
//
//	go run ./scripts/genlexicon            # -data ../shared/data -out internal/check/lexicon
//
// The output is committed; a test regenerates it in memory and fails if it differs.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	root, err := repoRoot()
	if err != nil {
		fatal(err)
	}
	data := flag.String("data", filepath.Join(root, "..", "shared", "data"), "the shared reference data folder")
	curated := flag.String("curated", filepath.Join(root, "scripts", "genlexicon", "curated"), "the hand-curated lists")
	out := flag.String("out", filepath.Join(root, "internal", "check", "lexicon"), "where to write the .txt files")
	verbose := flag.Bool("v", false, "report what each file was built from")
	flag.Parse()

	files, notes, err := generate(*data, *curated)
	if err != nil {
		fatal(err)
	}
	if *verbose {
		for _, n := range notes {
			fmt.Fprintln(os.Stderr, n)
		}
	}
	if err := writeFiles(*out, files); err != nil {
		fatal(err)
	}
	total := 0
	for _, b := range files {
		total += len(b)
	}
	fmt.Fprintf(os.Stderr, "genlexicon: wrote %d files (%d bytes) to %s\n", len(files), total, *out)
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "genlexicon:", err)
	os.Exit(1)
}

// repoRoot is the nearest folder above the working directory that holds go.mod.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d, nil
		}
		if filepath.Dir(d) == d {
			return dir, nil
		}
	}
}

// writeFiles writes each file and removes any other .txt file in dir, so a list that was
// dropped from the generator disappears from the output.
func writeFiles(dir string, files map[string][]byte) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	old, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	for _, p := range old {
		if _, keep := files[filepath.Base(p)]; !keep {
			if err := os.Remove(p); err != nil {
				return err
			}
		}
	}
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if err := os.WriteFile(filepath.Join(dir, n), files[n], 0o644); err != nil {
			return err
		}
	}
	return nil
}

// key is how the engine compares phrases: lower case, words of letters, digits and
// apostrophes, everything else a separator. "Results-driven" and "results driven" share a key.
func key(s string) string {
	var b strings.Builder
	space := true
	for _, r := range strings.ToLower(strings.ReplaceAll(s, "’", "'")) {
		word := r == '\'' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 && r != '–' && r != '—'
		if word {
			b.WriteRune(r)
			space = false
		} else if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	return strings.TrimSpace(b.String())
}
