// Command benchtext times our PDF text layer against poppler's pdftotext on
// the same files in one run: ours in-process (what the engine pays), ours as
// a whole process (this binary re-executed, like the CLI), and pdftotext as a
// whole process; it prints a side-by-side table with ratios and medians.
//
//	go run ./scripts/benchtext -dir ../shared/corpus
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/resumescore/resumescore/internal/extract"
	"github.com/resumescore/resumescore/scripts/internal/stats"
)

func main() {
	dir := flag.String("dir", "../shared/corpus", "folder of PDFs (searched recursively)")
	runs := flag.Int("runs", 7, "timed runs per file (the median is kept)")
	skip := flag.String("skip", "odd", "comma-separated folder names to leave out (hostile files)")
	worker := flag.String("worker", "", "internal: extract one file and exit")
	flag.Parse()
	if *worker != "" {
		data, err := os.ReadFile(*worker)
		if err == nil {
			_, err = extract.Read(context.Background(), data, extract.Limits{})
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
		}
		return
	}
	os.Exit(bench(*dir, *runs, strings.Split(*skip, ",")))
}

func bench(dir string, runs int, skip []string) int {
	var files []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && d.IsDir() && p != dir {
			for _, s := range skip {
				if s != "" && d.Name() == s {
					return filepath.SkipDir
				}
			}
		}
		if err == nil && !d.IsDir() && strings.EqualFold(filepath.Ext(p), ".pdf") {
			files = append(files, p)
		}
		return nil
	})
	sort.Strings(files)
	if len(files) == 0 {
		fmt.Fprintf(os.Stderr, "benchtext: no PDF under %s\n", dir)
		return 2
	}
	popplerPath, err := exec.LookPath("pdftotext")
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchtext: pdftotext not found (apt-get install poppler-utils); timing ours only")
	}
	self, _ := os.Executable()
	fmt.Printf("%-52s %10s %11s %11s %8s\n", "file", "ours (ms)", "ours proc", "pdftotext", "ratio")
	var in, proc, pop, ratio []float64
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		extract.Read(context.Background(), data, extract.Limits{}) // warm up
		tIn := median(runs, func() { extract.Read(context.Background(), data, extract.Limits{}) })
		tProc := median(runs, func() { run(self, "-worker", f) })
		in, proc = append(in, tIn), append(proc, tProc)
		line := fmt.Sprintf("%-52s %10.2f %11.2f", stats.Clip(filepath.Base(f), 52), tIn, tProc)
		if popplerPath != "" {
			tPop := median(runs, func() { run(popplerPath, f, os.DevNull) })
			pop = append(pop, tPop)
			ratio = append(ratio, tPop/tProc)
			line += fmt.Sprintf(" %11.2f %7.2fx", tPop, tPop/tProc)
		}
		fmt.Println(line)
	}
	fmt.Printf("\n%-52s %10.2f %11.2f", "median", stats.Median(in), stats.Median(proc))
	if len(pop) > 0 {
		fmt.Printf(" %11.2f %7.2fx", stats.Median(pop), stats.Median(ratio))
	}
	fmt.Printf("\n%-52s %10.2f %11.2f", "worst", stats.Max(in), stats.Max(proc))
	if len(pop) > 0 {
		fmt.Printf(" %11.2f", stats.Max(pop))
	}
	fmt.Println("\nratio = pdftotext time / ours as a process (above 1: we are faster)")
	return 0
}

func run(name string, args ...string) {
	cmd := exec.Command(name, args...)
	cmd.Stdout, cmd.Stderr = io.Discard, io.Discard
	cmd.Run()
}

// median runs f n times and returns the median wall time in ms.
func median(n int, f func()) float64 {
	ts := make([]float64, n)
	for i := range ts {
		start := time.Now()
		f()
		ts[i] = float64(time.Since(start).Microseconds()) / 1000
	}
	return stats.Median(ts)
}
