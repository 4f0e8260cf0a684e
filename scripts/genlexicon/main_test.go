package main

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/resumescore/resumescore/scripts/internal/genfiles"
)

// The committed lists are what the generator writes: regenerate them in
// memory and compare byte for byte. The reference data belongs beside the
// repository (CI has it).
func TestCommittedListsAreGenerated(t *testing.T) {
	root, err := genfiles.RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	data := filepath.Join(root, "..", "shared", "data")
	if _, err := os.Stat(filepath.Join(data, "lexicons")); err != nil {
		t.Fatalf("the reference data must be at %s (../shared/data beside the repository): %v", data, err)
	}
	files, _, err := generate(data, filepath.Join(root, "scripts", "genlexicon", "curated"))
	if err != nil {
		t.Fatal(err)
	}
	again, _, err := generate(data, filepath.Join(root, "scripts", "genlexicon", "curated"))
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(root, "internal", "check", "lexicon")
	var names []string
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if !bytes.Equal(files[n], again[n]) {
			t.Errorf("%s: two runs differ", n)
		}
		got, err := os.ReadFile(filepath.Join(out, n))
		if err != nil {
			t.Errorf("%s is not committed: run go run ./scripts/genlexicon", n)
			continue
		}
		if !bytes.Equal(got, files[n]) {
			t.Errorf("%s differs from the generator's output: run go run ./scripts/genlexicon", n)
		}
	}
	committed, _ := filepath.Glob(filepath.Join(out, "*.txt"))
	if len(committed) != len(files) {
		t.Errorf("%d lists committed, the generator writes %d", len(committed), len(files))
	}
}

func TestKey(t *testing.T) {
	for in, want := range map[string]string{
		"Results-driven":            "results driven",
		"cool, calm, and collected": "cool calm and collected",
		"In today’s":                "in today's",
		"  go-getter ":              "go getter",
	} {
		if got := key(in); got != want {
			t.Errorf("key(%q) = %q, want %q", in, got, want)
		}
	}
}
