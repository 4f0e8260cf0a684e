// Command corpus checks the PDF text layer against poppler on a folder of
// real files: every PDF under DIR is extracted in a child process (so that a
// crash, a hang or a memory blow-up is caught and measured), its text is
// compared with the *.pdftotext.txt beside it by word-multiset F1 and
// bigram F1 (order), and the run fails when the numbers fall under the
// thresholds. Folders named in -survive (default "odd") are hostile files:
// there each file must only end in text or a typed error within the time
// and memory caps.
//
//	go run ./scripts/corpus -dir ../shared/corpus
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/resumescore/resumescore/internal/extract"
	"github.com/resumescore/resumescore/internal/parse/truth"
	"github.com/resumescore/resumescore/scripts/internal/stats"
)

type result struct {
	Text string  `json:"text"`
	Kind string  `json:"kind,omitempty"`
	Msg  string  `json:"msg,omitempty"`
	MS   float64 `json:"ms"`
}

func main() {
	dir := flag.String("dir", "../shared/corpus", "folder of PDFs (searched recursively)")
	worker := flag.String("worker", "", "internal: extract one file and print JSON")
	survive := flag.String("survive", "odd", "comma-separated folder names holding hostile files")
	minWordMedian := flag.Float64("min-word-median", 0.97, "")
	minWord := flag.Float64("min-word", 0.93, "")
	minBigramMedian := flag.Float64("min-bigram-median", 0.90, "")
	maxSeconds := flag.Float64("max-seconds", 2, "wall time cap per file")
	maxMB := flag.Float64("max-mb", 256, "peak memory cap per file")
	verbose := flag.Bool("v", false, "print every file, not only résumés and failures")
	minField := flag.Float64("min-field", 0.95, "parser: lowest F1 of any field against DIR/truth")
	flag.Parse()
	if *worker != "" {
		os.Exit(runWorker(*worker))
	}
	code := check(*dir, strings.Split(*survive, ","), *minWordMedian, *minWord, *minBigramMedian, *maxSeconds, *maxMB, *verbose)
	if _, err := os.Stat(filepath.Join(*dir, "truth")); err == nil {
		code = max(code, checkTruth(*dir, *minField))
	}
	os.Exit(code)
}

// checkTruth scores the parser field by field against DIR/truth and fails
// when a field's F1 over all files falls under min.
func checkTruth(dir string, min float64) int {
	total, per, err := truth.Evaluate(dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, "truth:", err)
		return 2
	}
	fmt.Printf("\nparser against %s (F1 per field)\n%s", filepath.Join(dir, "truth"), truth.Table(total, per))
	code := 0
	for _, f := range truth.Fields {
		if got := total[f].F1(); got < min {
			fmt.Printf("truth: %s F1 %.3f under %.2f\n", f, got, min)
			code = 1
		}
	}
	if code == 0 {
		fmt.Printf("truth: ok (every field ≥ %.2f)\n", min)
	}
	return code
}

func runWorker(path string) int {
	limitMemory()
	data, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	start := time.Now()
	doc, err := extract.Read(context.Background(), data, extract.Limits{})
	r := result{MS: float64(time.Since(start).Microseconds()) / 1000}
	var xe *extract.Error
	switch {
	case err == nil:
		r.Text = doc.Text()
	case errors.As(err, &xe):
		r.Kind, r.Msg = string(xe.Kind), xe.Detail
	default:
		fmt.Fprintln(os.Stderr, "untyped error:", err)
		return 3
	}
	json.NewEncoder(os.Stdout).Encode(r)
	return 0
}

type row struct {
	name     string
	group    string
	hostile  bool
	res      result
	wall     float64
	mb       float64
	hasRef   bool
	wf, bf   float64
	words    int
	refWords int
	fail     string
}

func check(dir string, survive []string, minWordMedian, minWord, minBigramMedian, maxSec, maxMB float64, verbose bool) int {
	self, err := os.Executable()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	var files []string
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.EqualFold(filepath.Ext(p), ".pdf") {
			files = append(files, p)
		}
		return nil
	})
	sort.Strings(files)
	if len(files) == 0 {
		fmt.Fprintf(os.Stderr, "corpus: no PDF under %s\n", dir)
		return 2
	}
	hostileDir := map[string]bool{}
	for _, s := range survive {
		hostileDir[strings.TrimSpace(s)] = true
	}
	var rows []row
	for _, f := range files {
		rel, _ := filepath.Rel(dir, f)
		rw := row{name: rel, group: filepath.Base(filepath.Dir(f))}
		rw.hostile = hostileDir[rw.group]
		rw.res, rw.wall, rw.mb, rw.fail = runChild(self, f, maxSec)
		if rw.fail == "" && rw.wall > maxSec {
			rw.fail = fmt.Sprintf("took %.2fs", rw.wall)
		}
		if rw.fail == "" && rw.mb > maxMB {
			rw.fail = fmt.Sprintf("used %.0f MB", rw.mb)
		}
		if ref, err := os.ReadFile(strings.TrimSuffix(f, filepath.Ext(f)) + ".pdftotext.txt"); err == nil {
			rw.hasRef = true
			a, b := tokens(string(ref)), tokens(rw.res.Text)
			rw.refWords, rw.words = len(a), len(b)
			rw.wf = f1(a, b)
			rw.bf = f1(bigrams(a), bigrams(b))
		}
		// A scan has no text layer for poppler either: the typed error is
		// the right answer there.
		scan := rw.hasRef && rw.refWords == 0 && rw.res.Kind == "no_text"
		if rw.fail == "" && !rw.hostile && rw.res.Kind != "" && !scan {
			rw.fail = "error: " + rw.res.Kind + " " + rw.res.Msg
		}
		rows = append(rows, rw)
	}
	// The table.
	fmt.Printf("%-58s %6s %6s %7s %7s %8s %6s  %s\n", "file", "words", "ref", "wordF1", "bigrF1", "ms", "MB", "result")
	var wfs, bfs []float64
	var ms []float64
	failed := 0
	for _, r := range rows {
		if !r.hostile && r.hasRef && r.refWords > 0 && r.fail == "" {
			wfs = append(wfs, r.wf)
			bfs = append(bfs, r.bf)
			if r.wf < minWord {
				r.fail = fmt.Sprintf("word F1 %.3f < %.2f", r.wf, minWord)
			}
		}
		if !r.hostile && r.fail == "" {
			ms = append(ms, r.res.MS)
		}
		if r.fail != "" {
			failed++
		}
		if !verbose && r.hostile && r.fail == "" {
			continue
		}
		res := "text"
		if r.res.Kind != "" {
			res = r.res.Kind
		}
		if r.fail != "" {
			res = "FAIL: " + r.fail
		}
		wf, bf := "-", "-"
		if r.hasRef {
			wf, bf = fmt.Sprintf("%.3f", r.wf), fmt.Sprintf("%.3f", r.bf)
		}
		fmt.Printf("%-58s %6d %6d %7s %7s %8.1f %6.0f  %s\n", stats.Clip(r.name, 58), r.words, r.refWords, wf, bf, r.res.MS, r.mb, res)
	}
	hostile, hostileOK, typed := 0, 0, 0
	var worstWall, worstMB float64
	for _, r := range rows {
		if r.hostile {
			hostile++
			if r.fail == "" {
				hostileOK++
			}
			if r.res.Kind != "" {
				typed++
			}
			worstWall = max(worstWall, r.wall)
			worstMB = max(worstMB, r.mb)
		}
	}
	fmt.Println()
	if len(wfs) > 0 {
		fmt.Printf("résumés: %d  word F1 median %.3f min %.3f  bigram F1 median %.3f min %.3f  extraction median %.1f ms worst %.1f ms\n",
			len(wfs), stats.Median(wfs), stats.Min(wfs), stats.Median(bfs), stats.Min(bfs), stats.Median(ms), stats.Max(ms))
	}
	if hostile > 0 {
		fmt.Printf("hostile: %d files, %d survived (%d with text, %d typed errors), worst %.2f s, %.0f MB\n",
			hostile, hostileOK, hostileOK-typed, typed, worstWall, worstMB)
	}
	if len(wfs) > 0 && stats.Median(wfs) < minWordMedian {
		fmt.Printf("FAIL: word F1 median %.3f < %.2f\n", stats.Median(wfs), minWordMedian)
		failed++
	}
	if len(bfs) > 0 && stats.Median(bfs) < minBigramMedian {
		fmt.Printf("FAIL: bigram F1 median %.3f < %.2f\n", stats.Median(bfs), minBigramMedian)
		failed++
	}
	if failed > 0 {
		fmt.Printf("corpus: %d failure(s)\n", failed)
		return 1
	}
	fmt.Println("corpus: ok")
	return 0
}

// runChild extracts one file in a child process under a wall-clock cap.
func runChild(self, path string, maxSec float64) (result, float64, float64, string) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Duration(maxSec*float64(time.Second))+3*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, self, "-worker", path)
	cmd.Env = append(os.Environ(), "GOMEMLIMIT=200MiB", "GOTRACEBACK=single")
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start).Seconds()
	mb := peakMB(cmd.ProcessState)
	var r result
	if ctx.Err() != nil {
		return r, wall, mb, "hang (killed)"
	}
	if err != nil {
		msg := strings.TrimSpace(errb.String())
		if i := strings.IndexByte(msg, '\n'); i > 0 {
			msg = msg[:i]
		}
		return r, wall, mb, "crash: " + stats.Clip(msg, 80)
	}
	if e := json.Unmarshal(out.Bytes(), &r); e != nil {
		return r, wall, mb, "bad worker output"
	}
	return r, wall, mb, ""
}

// tokens normalizes text the same way on both sides: compatibility forms
// folded, icon glyphs (private use) and soft hyphens dropped, words broken
// at a line end joined, then split at white space.
func tokens(s string) []string {
	s = nfkc(s)
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= 0xe000 && r <= 0xf8ff, r >= 0xf0000, r == 0xfffd, r == 0xfeff:
		case r == '\f':
			b.WriteByte('\n')
		default:
			b.WriteRune(r)
		}
	}
	lines := strings.Split(b.String(), "\n")
	var out []string
	carry := ""
	for i, l := range lines {
		f := strings.Fields(l)
		if carry != "" && len(f) > 0 {
			f[0] = carry + f[0]
			carry = ""
		} else if carry != "" {
			out = append(out, carry)
			carry = ""
		}
		if n := len(f); n > 0 && i+1 < len(lines) {
			last := f[n-1]
			next := strings.Fields(lines[i+1])
			if len(next) > 0 && breaksWord(last, next[0]) {
				carry = strings.TrimSuffix(strings.TrimSuffix(last, "\u00ad"), "-")
				f = f[:n-1]
			}
		}
		for _, w := range f {
			if w = strings.ReplaceAll(w, "\u00ad", ""); w != "" {
				out = append(out, w)
			}
		}
	}
	if carry != "" {
		out = append(out, carry)
	}
	return joinSpaced(out)
}

// joinSpaced folds letter-spaced capitals ("C O N TA C T", as poppler prints
// a heading drawn with wide character spacing) into one word, on both sides,
// so that neither reader is scored on how it spaces such a heading.
func joinSpaced(words []string) []string {
	var out []string
	for i := 0; i < len(words); {
		j := i
		for j < len(words) && isSpacedPiece(words[j]) {
			j++
		}
		if j-i >= 3 {
			out = append(out, strings.Join(words[i:j], ""))
			i = j
			continue
		}
		out = append(out, words[i])
		i++
	}
	return out
}

// isSpacedPiece is one or two capital letters.
func isSpacedPiece(w string) bool {
	r := []rune(w)
	if len(r) == 0 || len(r) > 2 {
		return false
	}
	for _, c := range r {
		if !unicode.IsUpper(c) {
			return false
		}
	}
	return true
}

func breaksWord(last, next string) bool {
	if strings.HasSuffix(last, "\u00ad") {
		return true
	}
	if !strings.HasSuffix(last, "-") || len(last) < 2 {
		return false
	}
	r := []rune(last)
	p := r[len(r)-2]
	n := []rune(next)[0]
	return isLower(p) && isLower(n)
}

func bigrams(t []string) []string {
	out := make([]string, 0, len(t))
	for i := 0; i+1 < len(t); i++ {
		out = append(out, t[i]+"\x00"+t[i+1])
	}
	return out
}

func f1(ref, got []string) float64 {
	if len(ref) == 0 && len(got) == 0 {
		return 1
	}
	if len(ref) == 0 || len(got) == 0 {
		return 0
	}
	c := map[string]int{}
	for _, w := range ref {
		c[w]++
	}
	hit := 0
	for _, w := range got {
		if c[w] > 0 {
			c[w]--
			hit++
		}
	}
	p, r := float64(hit)/float64(len(got)), float64(hit)/float64(len(ref))
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
