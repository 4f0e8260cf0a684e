// Command benchworker measures the edge API on local workerd (`wrangler dev
// --local`, wrangler from wasm/worker/node_modules) in two builds of the same
// handler, and prints them side by side:
//
//   - ours: `make worker` — shim/worker.mjs keeps one running Go instance per
//     isolate and calls one Go function per request (main.go);
//   - stock: syumai/workers' own shim from workers-assets-gen, which starts a
//     new Go instance for every request, with the handler served through
//     workers.Serve and net/http (main_syumai.go, build tag syumai).
//
// For each build it starts -cold fresh wrangler processes and times the first
// request of the isolate (GET /healthz: loading the module, starting Go,
// answering) and the first POST of the file after it; then it runs both
// builds at once and sends -n sequential POST /v1/score of the file to each,
// alternating, after -warm unmeasured ones, so that both see the same load
// on the machine, and then n/2 GET /healthz (the cost of each build without
// the engine). It checks every answer is a 200 and that both builds return
// the same bytes.
//
// Every warm request goes twice: through wrangler's dev proxy (the address
// `wrangler dev` prints) and straight to the Worker's own socket in the same
// workerd (wranglerdev's Direct). The proxy is a development tool that no
// deployed Worker sits behind; the second figure is workerd's alone.
//
//	go run ./scripts/benchworker                  # make bench runs this
//	go run ./scripts/benchworker -n 500 -cold 5 -file some.pdf
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/resumescore/resumescore/scripts/internal/genfiles"
	"github.com/resumescore/resumescore/wasm/worker/wranglerdev"
)

func main() {
	n := flag.Int("n", 200, "measured warm requests per build")
	warmN := flag.Int("warm", 20, "unmeasured requests per build before measuring")
	cold := flag.Int("cold", 3, "fresh wrangler processes per build for the cold-start numbers")
	file := flag.String("file", "internal/testdata/resumes/lo-headerfooter-accountant.pdf", "the résumé to score (a two-page PDF), relative to the repository")
	asOf := flag.String("as-of", "2026-01-15", "asOf of every request")
	flag.Parse()
	if err := run(*n, *warmN, *cold, *file, *asOf); err != nil {
		fmt.Fprintln(os.Stderr, "benchworker:", err)
		os.Exit(1)
	}
}

// build is one variant under test.
type build struct {
	name   string
	config string // its wrangler.toml
	size   string // wrangler's upload size line
	first  []time.Duration
	pdf1   []time.Duration
	warm   []time.Duration // through wrangler's dev proxy
	direct []time.Duration // to the Worker's socket in workerd
	health []time.Duration
	dev    *wranglerdev.Dev
}

func run(n, warmN, cold int, file, asOf string) error {
	root, err := genfiles.RepoRoot()
	if err != nil {
		return err
	}
	workerDir := filepath.Join(root, "wasm", "worker")
	data, err := os.ReadFile(filepath.Join(root, file))
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "benchworker-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)

	fmt.Fprintln(os.Stderr, "benchworker: building both Workers …")
	ours, err := buildOurs(root, tmp)
	if err != nil {
		return err
	}
	stock, err := buildStock(root, tmp)
	if err != nil {
		return err
	}
	builds := []*build{ours, stock}
	for _, b := range builds {
		if b.size, err = uploadSize(workerDir, b.config, filepath.Join(tmp, b.name+"-dist")); err != nil {
			return err
		}
	}

	target := "/v1/score?asOf=" + asOf
	for k := range cold {
		for _, b := range builds {
			fmt.Fprintf(os.Stderr, "benchworker: cold start %d/%d, %s …\n", k+1, cold, b.name)
			d, err := wranglerdev.Start(wranglerdev.Options{Dir: workerDir, Config: b.config, Log: filepath.Join(tmp, fmt.Sprintf("%s-cold%d.log", b.name, k))})
			if err != nil {
				return err
			}
			b.first = append(b.first, d.First)
			took, _, err := post(d.Base+target, data, nil)
			d.Stop()
			if err != nil {
				return fmt.Errorf("%s: %w", b.name, err)
			}
			b.pdf1 = append(b.pdf1, took)
		}
	}

	fmt.Fprintf(os.Stderr, "benchworker: %d warm-up and %d measured requests per build, alternating …\n", warmN, n)
	for _, b := range builds {
		if b.dev, err = wranglerdev.Start(wranglerdev.Options{Dir: workerDir, Config: b.config, Log: filepath.Join(tmp, b.name+".log"), Direct: true}); err != nil {
			return err
		}
		defer b.dev.Stop()
	}
	var bodies [4][]byte
	for i := range warmN + n {
		for j := range builds {
			k := (i + j) % 2 // alternate which goes first
			b := builds[k]
			var took [2]time.Duration // via the proxy, direct
			for r := range 2 {
				r = (r + i) % 2 // alternate which route goes first too
				url, header := b.dev.Base, (*[2]string)(nil)
				if r == 1 {
					url, header = b.dev.Direct, &b.dev.DirectHeader
				}
				var err error
				if took[r], bodies[2*k+r], err = post(url+target, data, header); err != nil {
					return fmt.Errorf("%s: request %d (route %d): %w\n%s", b.name, i, r, err, b.dev.LogTail())
				}
			}
			if i >= warmN {
				b.warm = append(b.warm, took[0])
				b.direct = append(b.direct, took[1])
			}
		}
		for k := 1; k < len(bodies); k++ {
			if !bytes.Equal(bodies[0], bodies[k]) {
				return fmt.Errorf("request %d: the builds or the two routes return different reports", i)
			}
		}
	}
	// What each build costs without the engine: GET /healthz.
	for i := range n / 2 {
		for j := range builds {
			b := builds[(i+j)%2]
			start := time.Now()
			res, err := client.Get(b.dev.Base + "/healthz")
			if err != nil {
				return fmt.Errorf("%s: GET /healthz: %w", b.name, err)
			}
			io.Copy(io.Discard, res.Body)
			res.Body.Close()
			if res.StatusCode != 200 {
				return fmt.Errorf("%s: GET /healthz: status %d", b.name, res.StatusCode)
			}
			b.health = append(b.health, time.Since(start))
		}
	}

	fmt.Printf("\nPOST /v1/score, %s (%d bytes), on local workerd (wrangler dev --local); ms\n", file, len(data))
	fmt.Printf("warm: %d requests per build and route; \"via dev proxy\" is the address wrangler dev prints,\n\"workerd direct\" the Worker's own socket in the same workerd\n\n", n)
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "\t%s\t%s\t\n", "ours (shim/worker.mjs)", "stock (syumai shim)")
	row := func(label string, f func(*build) string) {
		fmt.Fprintf(tw, "%s\t%s\t%s\t\n", label, f(ours), f(stock))
	}
	row(fmt.Sprintf("cold: isolate's first request, median of %d", cold), func(b *build) string { return ms(pct(b.first, 50)) })
	row("cold: first PDF after it, median", func(b *build) string { return ms(pct(b.pdf1, 50)) })
	for _, via := range []struct {
		name  string
		times func(*build) []time.Duration
	}{
		{"via dev proxy", func(b *build) []time.Duration { return b.warm }},
		{"workerd direct", func(b *build) []time.Duration { return b.direct }},
	} {
		for _, q := range []struct {
			name string
			p    int
		}{{"p50", 50}, {"p90", 90}, {"p99", 99}, {"min", 0}, {"max", 100}} {
			row(fmt.Sprintf("warm %s, %s", q.name, via.name), func(b *build) string { return ms(pct(via.times(b), q.p)) })
		}
	}
	row(fmt.Sprintf("GET /healthz p50 (%d requests), via dev proxy", n/2), func(b *build) string { return ms(pct(b.health, 50)) })
	tw.Flush()
	fmt.Println()
	for _, b := range builds {
		fmt.Printf("%-6s upload: %s\n", b.name, b.size)
	}
	return nil
}

// buildOurs runs scripts/build-worker.sh (what `make worker` runs) and points
// a wrangler.toml at its output.
func buildOurs(root, tmp string) (*build, error) {
	cmd := exec.Command("bash", filepath.Join(root, "scripts", "build-worker.sh"))
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("build-worker.sh: %v\n%s", err, out)
	}
	return writeConfig(root, tmp, "ours", filepath.Join(root, "wasm", "worker", "build", "worker.mjs"))
}

// buildStock writes syumai/workers' stock shim with workers-assets-gen and
// the handler built with the syumai tag beside it.
func buildStock(root, tmp string) (*build, error) {
	out := filepath.Join(tmp, "stock", "build")
	steps := [][]string{
		{"go", "run", "github.com/syumai/workers/cmd/workers-assets-gen", "-mode=go", "-o", out},
		{"go", "build", "-tags", "syumai", "-trimpath", "-ldflags=-s -w", "-o", filepath.Join(out, "app.wasm"), "./wasm/worker"},
		{"go", "run", "./scripts/wasmsize", "-pack", filepath.Join(out, "app.wasm")},
	}
	for _, s := range steps {
		cmd := exec.Command(s[0], s[1:]...)
		cmd.Dir = root
		cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
		if s[1] == "run" {
			cmd.Env = os.Environ() // the tools run here, not in wasm
		}
		if b, err := cmd.CombinedOutput(); err != nil {
			return nil, fmt.Errorf("%s: %v\n%s", strings.Join(s, " "), err, b)
		}
	}
	return writeConfig(root, tmp, "stock", filepath.Join(out, "worker.mjs"))
}

// writeConfig writes a wrangler.toml for main, with the project's
// compatibility date.
func writeConfig(root, tmp, name, main string) (*build, error) {
	own, err := os.ReadFile(filepath.Join(root, "wasm", "worker", "wrangler.toml"))
	if err != nil {
		return nil, err
	}
	m := regexp.MustCompile(`(?m)^compatibility_date = "([0-9-]+)"`).FindSubmatch(own)
	if m == nil {
		return nil, fmt.Errorf("wasm/worker/wrangler.toml has no compatibility_date")
	}
	dir := filepath.Join(tmp, name)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	config := filepath.Join(dir, "wrangler.toml")
	toml := fmt.Sprintf("name = \"resumescore-bench-%s\"\nmain = %q\ncompatibility_date = %q\n", name, main, m[1])
	return &build{name: name, config: config}, os.WriteFile(config, []byte(toml), 0o644)
}

// uploadSize is wrangler's "Total Upload" line for a config.
func uploadSize(dir, config, outdir string) (string, error) {
	cmd := exec.Command("npx", "--no-install", "wrangler", "deploy", "--dry-run", "--outdir", outdir, "--config", config)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "WRANGLER_SEND_METRICS=false", "CLOUDFLARE_CF_FETCH_ENABLED=false", "CI=1", "NO_COLOR=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("wrangler deploy --dry-run: %v\n%s", err, out)
	}
	for _, line := range strings.Split(string(out), "\n") {
		if strings.Contains(line, "Total Upload:") {
			return strings.TrimSpace(line), nil
		}
	}
	return "", fmt.Errorf("no Total Upload line in wrangler's output:\n%s", out)
}

var client = &http.Client{Timeout: time.Minute}

// post sends one POST, with header when it is not nil, and times it to the
// end of the body; a status other than 200 is an error.
func post(url string, body []byte, header *[2]string) (time.Duration, []byte, error) {
	req, err := http.NewRequest("POST", url, bytes.NewReader(body))
	if err != nil {
		return 0, nil, err
	}
	req.Header.Set("Content-Type", "application/pdf")
	if header != nil {
		req.Header.Set(header[0], header[1])
	}
	start := time.Now()
	res, err := client.Do(req)
	if err != nil {
		return 0, nil, err
	}
	b, err := io.ReadAll(res.Body)
	res.Body.Close()
	took := time.Since(start)
	if err != nil {
		return 0, nil, err
	}
	if res.StatusCode != 200 {
		return 0, nil, fmt.Errorf("status %d: %.200s", res.StatusCode, b)
	}
	return took, b, nil
}

// pct is the p-th percentile of ds (nearest rank; 0 the least, 100 the
// greatest).
func pct(ds []time.Duration, p int) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	i := (p*len(s) + 99) / 100
	return s[max(0, min(len(s)-1, i-1))]
}

func ms(d time.Duration) string {
	return fmt.Sprintf("%.1f", float64(d.Microseconds())/1000)
}
