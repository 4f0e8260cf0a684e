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
	"strings"

	"github.com/resumescore/resumescore/scripts/internal/genfiles"
)

func main() {
	root, err := genfiles.RepoRoot()
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
	if err := genfiles.Write(*out, "*.txt", files); err != nil {
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
