package engine

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// Reports do not depend on what else the process is scoring: the reader
// pools its buffers (glyphs, line items, the file's working copy) and the
// checks share per-role guides, so résumés scored at the same time must
// give the reports they give one by one.
func TestConcurrentScoresMatchSequential(t *testing.T) {
	files, _ := filepath.Glob("../testdata/resumes/*")
	var inputs [][]byte
	var names, want []string
	for _, f := range files {
		if strings.HasSuffix(f, ".pdftotext.txt") {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out, err := ScoreJSON(context.Background(), Input{Data: data}, Options{AsOf: asOf})
		if err != nil {
			continue // a scan or an empty file
		}
		inputs = append(inputs, data)
		names = append(names, filepath.Base(f))
		want = append(want, string(out))
	}
	if len(inputs) < 20 {
		t.Fatalf("only %d fixtures scored", len(inputs))
	}
	const workers = 4
	var wg sync.WaitGroup
	errs := make(chan string, workers*len(inputs))
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range inputs {
				i := (k + w*len(inputs)/workers) % len(inputs) // each worker from its own start
				out, err := ScoreJSON(context.Background(), Input{Data: inputs[i]}, Options{AsOf: asOf})
				if err != nil || string(out) != want[i] {
					errs <- names[i]
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for f := range errs {
		t.Errorf("%s: the report scored alongside others differs from the one scored alone", f)
	}
}
