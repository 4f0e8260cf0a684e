//go:build !js && !wasip1

// WebAssembly cannot start the generator, so this test is native only.

package roles

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"testing"
)

// The committed data is exactly what the generator writes from ../shared/data and the curated
// files: edit the curated files, never the output.
func TestDataIsRegenerated(t *testing.T) {
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	shared := filepath.Join(root, "..", "shared", "data")
	if _, err := os.Stat(shared); err != nil {
		t.Fatalf("the reference data must be at %s (../shared/data beside the repository): %v", shared, err)
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		goBin = filepath.Join(runtime.GOROOT(), "bin", "go")
	}
	out := t.TempDir()
	cmd := exec.Command(goBin, "run", "./scripts/genroles", "-data", shared, "-out", out)
	cmd.Dir = root
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go run ./scripts/genroles: %v\n%s", err, b)
	}
	want := readDir(t, out)
	got := readDir(t, filepath.Join(root, "internal", "roles", "data"))
	var names []string
	for n := range want {
		names = append(names, n)
	}
	for n := range got {
		if _, ok := want[n]; !ok {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	stale := false
	for _, n := range names {
		w, inWant := want[n]
		g, inGot := got[n]
		switch {
		case !inGot:
			t.Errorf("internal/roles/data/%s is missing", n)
		case !inWant:
			t.Errorf("internal/roles/data/%s is not generated any more", n)
		case !bytes.Equal(w, g):
			t.Errorf("internal/roles/data/%s differs from the generator's output", n)
		default:
			continue
		}
		stale = true
	}
	if stale {
		t.Fatal("the committed role data is stale or edited by hand: run go run ./scripts/genroles and commit the result")
	}
}

func readDir(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	m := map[string][]byte{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		m[filepath.Base(p)] = b
	}
	return m
}
