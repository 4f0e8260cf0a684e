//go:build e2e

// End-to-end tests of the Worker: build/app.wasm and the shim under
// `wrangler dev --local` (workerd), compared byte for byte with the engine run
// natively. They need `make worker` first, and Node with wrangler installed
// (make worker runs npm ci); they fail, never skip, when those are missing.
//
//	make worker && go test -tags e2e -count=1 -v ./wasm/worker/
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/resumescore/resumescore/internal/engine"
	"github.com/resumescore/resumescore/internal/extract"
)

const (
	e2eAsOf      = "2026-01-15"
	readyTimeout = 90 * time.Second
)

// worker is one running `wrangler dev`.
type worker struct {
	base   string // http://127.0.0.1:port
	client *http.Client
	log    string // path of wrangler's combined output
	// firstRequest is the latency of the first request the isolate served.
	firstRequest time.Duration
}

func TestWorkerE2E(t *testing.T) {
	w := startWorker(t)
	t.Logf("e2e: first request (GET /healthz, fresh isolate: Go instance start + request) %v", w.firstRequest.Round(time.Millisecond))

	pdf := fixture(t, "resume.pdf")
	txt := fixture(t, "resume.txt")
	want := map[string][]byte{}
	for name, data := range map[string][]byte{"pdf": pdf, "txt": txt} {
		b, err := engine.ScoreJSON(context.Background(), engine.Input{Data: data}, engine.Options{AsOf: date(t, e2eAsOf)})
		if err != nil {
			t.Fatalf("native engine on resume.%s: %v", name, err)
		}
		want[name] = b
	}
	scoreURL := w.base + "/v1/score?asOf=" + e2eAsOf

	t.Run("healthz", func(t *testing.T) {
		res, body := w.do(t, http.MethodGet, "/healthz", nil)
		if res.StatusCode != http.StatusOK {
			t.Fatalf("status %d: %s", res.StatusCode, body)
		}
		var got struct {
			OK      bool   `json:"ok"`
			Version string `json:"version"`
		}
		if err := json.Unmarshal(body, &got); err != nil || !got.OK || got.Version != engine.Version {
			t.Errorf("healthz = %s (err %v), want ok and version %q", body, err, engine.Version)
		}
	})

	t.Run("score pdf is byte-identical to the native engine", func(t *testing.T) {
		start := time.Now()
		res, body := w.post(t, scoreURL, pdf)
		t.Logf("e2e: first POST /v1/score (PDF, %d bytes) in this isolate %v", len(pdf), time.Since(start).Round(time.Millisecond))
		if res.StatusCode != http.StatusOK {
			t.Fatalf("status %d: %s", res.StatusCode, body)
		}
		if ct := res.Header.Get("Content-Type"); ct != "application/json" {
			t.Errorf("Content-Type = %q, want application/json", ct)
		}
		if !bytes.Equal(body, want["pdf"]) {
			t.Errorf("the worker's report differs from engine.ScoreJSON (%d vs %d bytes):\n got %.400s\nwant %.400s", len(body), len(want["pdf"]), body, want["pdf"])
		}
	})

	t.Run("score text is byte-identical to the native engine", func(t *testing.T) {
		res, body := w.post(t, scoreURL, txt)
		if res.StatusCode != http.StatusOK || !bytes.Equal(body, want["txt"]) {
			t.Errorf("status %d; body equal to engine.ScoreJSON: %v", res.StatusCode, bytes.Equal(body, want["txt"]))
		}
	})

	t.Run("garbage is 422 with the extract kind", func(t *testing.T) {
		res, body := w.post(t, scoreURL, []byte("\x00\x01\x02\x03 not a résumé \xff\xfe"))
		checkE2EError(t, res, body, http.StatusUnprocessableEntity, string(extract.KindUnsupported))
	})

	t.Run("empty body is 422", func(t *testing.T) {
		res, body := w.post(t, scoreURL, nil)
		checkE2EError(t, res, body, http.StatusUnprocessableEntity, string(extract.KindEmpty))
	})

	t.Run("bad asOf is 400", func(t *testing.T) {
		res, body := w.post(t, w.base+"/v1/score?asOf=2026-02-30", txt)
		checkE2EError(t, res, body, http.StatusBadRequest, codeInvalidAsOf)
	})

	t.Run("GET /v1/score is 405", func(t *testing.T) {
		res, body := w.do(t, http.MethodGet, "/v1/score", nil)
		checkE2EError(t, res, body, http.StatusMethodNotAllowed, codeMethodNotAllowed)
		if got := res.Header.Get("Allow"); got != "POST" {
			t.Errorf("Allow = %q, want POST", got)
		}
	})

	t.Run("unknown route is 404", func(t *testing.T) {
		res, body := w.do(t, http.MethodGet, "/nope", nil)
		checkE2EError(t, res, body, http.StatusNotFound, codeNotFound)
	})

	t.Run("oversize body is 413", func(t *testing.T) {
		big := bytes.Repeat([]byte("a"), extract.DefaultLimits.MaxBytes+1<<20)
		res, body := w.post(t, scoreURL, big)
		checkE2EError(t, res, body, http.StatusRequestEntityTooLarge, string(extract.KindTooLarge))
	})

	t.Run("concurrent requests get the native bytes", func(t *testing.T) {
		var wg sync.WaitGroup
		for i := range 12 {
			wg.Go(func() {
				name, data := "pdf", pdf
				if i%2 == 1 {
					name, data = "txt", txt
				}
				res, body, err := w.tryPost(scoreURL, data)
				if err != nil {
					t.Errorf("request %d: %v", i, err)
					return
				}
				if res.StatusCode != http.StatusOK || !bytes.Equal(body, want[name]) {
					t.Errorf("request %d (%s): status %d, body equal to the native report: %v", i, name, res.StatusCode, bytes.Equal(body, want[name]))
				}
			})
		}
		wg.Wait()
	})

	t.Run("warm latency", func(t *testing.T) {
		for _, c := range []struct {
			name string
			data []byte
		}{{"PDF", pdf}, {"text", txt}} {
			const n = 20
			var ds []time.Duration
			for range n {
				start := time.Now()
				res, body := w.post(t, scoreURL, c.data)
				ds = append(ds, time.Since(start))
				if res.StatusCode != http.StatusOK {
					t.Fatalf("status %d: %s", res.StatusCode, body)
				}
			}
			slices.Sort(ds)
			t.Logf("e2e: warm POST /v1/score (%s, %d bytes): median %v over %d sequential requests (min %v, max %v)",
				c.name, len(c.data), ds[n/2].Round(100*time.Microsecond), n, ds[0].Round(100*time.Microsecond), ds[n-1].Round(100*time.Microsecond))
		}
		const n = 20
		var ds []time.Duration
		for range n {
			start := time.Now()
			res, _ := w.do(t, http.MethodGet, "/healthz", nil)
			ds = append(ds, time.Since(start))
			if res.StatusCode != http.StatusOK {
				t.Fatalf("healthz status %d", res.StatusCode)
			}
		}
		slices.Sort(ds)
		t.Logf("e2e: warm GET /healthz: median %v over %d sequential requests (the worker's own overhead)", ds[n/2].Round(100*time.Microsecond), n)
	})
}

func checkE2EError(t *testing.T, res *http.Response, body []byte, status int, code string) {
	t.Helper()
	if res.StatusCode != status {
		t.Fatalf("status = %d, want %d; body %s", res.StatusCode, status, body)
	}
	if ct := res.Header.Get("Content-Type"); ct != "application/json" {
		t.Errorf("Content-Type = %q, want application/json", ct)
	}
	var e apiError
	if err := json.Unmarshal(body, &e); err != nil {
		t.Fatalf("error body is not JSON: %v: %s", err, body)
	}
	if e.Error.Code != code || e.Error.Message == "" {
		t.Errorf("error = %+v, want code %q and a message", e.Error, code)
	}
}

func (w *worker) do(t *testing.T, method, path string, body []byte) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, w.base+path, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	res, b, err := w.send(req)
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", method, path, err, w.logTail())
	}
	return res, b
}

func (w *worker) post(t *testing.T, url string, body []byte) (*http.Response, []byte) {
	t.Helper()
	res, b, err := w.tryPost(url, body)
	if err != nil {
		t.Fatalf("POST %s: %v\n%s", url, err, w.logTail())
	}
	return res, b
}

func (w *worker) tryPost(url string, body []byte) (*http.Response, []byte, error) {
	req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return nil, nil, err
	}
	req.Header.Set("Content-Type", "application/octet-stream")
	return w.send(req)
}

func (w *worker) send(req *http.Request) (*http.Response, []byte, error) {
	res, err := w.client.Do(req)
	if err != nil {
		return nil, nil, err
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	return res, b, err
}

func (w *worker) logTail() string {
	b, _ := os.ReadFile(w.log)
	if len(b) > 4000 {
		b = b[len(b)-4000:]
	}
	return "wrangler output (tail):\n" + string(b)
}

// startWorker runs wrangler dev on free ports in its own process group, waits
// until it serves, and stops the whole group (checking nothing is left) when
// the test ends.
func startWorker(t *testing.T) *worker {
	t.Helper()
	if _, err := os.Stat("build/app.wasm"); err != nil {
		t.Fatalf("wasm/worker/build/app.wasm is missing (%v): run `make worker` first", err)
	}
	for _, f := range []string{"build/worker.mjs", "build/wasm_exec.js", "build/runtime.mjs"} {
		if _, err := os.Stat(f); err != nil {
			t.Fatalf("wasm/worker/%s is missing (%v): run `make worker` first", f, err)
		}
	}
	for _, tool := range []string{"node", "npx"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("%s is not on PATH: the worker's end-to-end tests need Node.js 20+ and wrangler (make worker installs it)", tool)
		}
	}
	if _, err := os.Stat("node_modules/wrangler/package.json"); err != nil {
		t.Fatalf("wrangler is not installed in wasm/worker/node_modules (%v): run `make worker` (it runs npm ci)", err)
	}

	ports := freePorts(t, 2)
	port, inspector := ports[0], ports[1]
	logPath := filepath.Join(t.TempDir(), "wrangler.log")
	logFile, err := os.Create(logPath)
	if err != nil {
		t.Fatal(err)
	}
	defer logFile.Close()
	cmd := exec.Command("npx", "--no-install", "wrangler", "dev", "--local",
		"--ip", "127.0.0.1", "--port", strconv.Itoa(port), "--inspector-port", strconv.Itoa(inspector),
		"--show-interactive-dev-session=false")
	cmd.Env = append(os.Environ(), "WRANGLER_SEND_METRICS=false", "CLOUDFLARE_CF_FETCH_ENABLED=false", "CI=1", "NO_COLOR=1")
	cmd.Stdout, cmd.Stderr = logFile, logFile
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		t.Fatalf("starting wrangler dev: %v", err)
	}
	pgid := cmd.Process.Pid
	exited := make(chan struct{})
	go func() {
		cmd.Wait()
		close(exited)
	}()
	t.Cleanup(func() { stopGroup(t, pgid, exited) })

	w := &worker{
		base:   fmt.Sprintf("http://127.0.0.1:%d", port),
		client: &http.Client{Timeout: 2 * time.Minute},
		log:    logPath,
	}
	// Wait for wrangler to say it is ready, so the first request below is the
	// first one the isolate serves.
	deadline := time.Now().Add(readyTimeout)
	for {
		b, _ := os.ReadFile(logPath)
		if bytes.Contains(b, []byte("Ready on")) {
			break
		}
		select {
		case <-exited:
			t.Fatalf("wrangler dev exited before it was ready\n%s", w.logTail())
		case <-time.After(100 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("wrangler dev was not ready after %v\n%s", readyTimeout, w.logTail())
		}
	}
	// Then poll /healthz (bounded): the first answer is the cold request.
	probe := &http.Client{Timeout: 30 * time.Second}
	for {
		start := time.Now()
		res, err := probe.Get(w.base + "/healthz")
		if err == nil {
			io.Copy(io.Discard, res.Body)
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				w.firstRequest = time.Since(start)
				return w
			}
			err = fmt.Errorf("status %d", res.StatusCode)
		}
		select {
		case <-exited:
			t.Fatalf("wrangler dev exited: %v\n%s", err, w.logTail())
		case <-time.After(200 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("GET /healthz never answered 200 within %v: %v\n%s", readyTimeout, err, w.logTail())
		}
	}
}

// stopGroup ends wrangler's process group (wrangler leaves workerd processes
// behind otherwise) and fails the test if any process of it survives.
func stopGroup(t *testing.T, pgid int, exited <-chan struct{}) {
	t.Helper()
	syscall.Kill(-pgid, syscall.SIGTERM)
	select {
	case <-exited:
	case <-time.After(10 * time.Second):
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		left := groupProcesses(t, pgid)
		if len(left) == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Errorf("processes of wrangler's group %d still running after SIGKILL:\n%s", pgid, strings.Join(left, "\n"))
			return
		}
		syscall.Kill(-pgid, syscall.SIGKILL)
		time.Sleep(200 * time.Millisecond)
	}
}

// groupProcesses lists the processes of group pgid (pid and command line),
// as pgrep sees them.
func groupProcesses(t *testing.T, pgid int) []string {
	t.Helper()
	out, err := exec.Command("pgrep", "-a", "-g", strconv.Itoa(pgid)).Output()
	var ee *exec.ExitError
	if errors.As(err, &ee) && ee.ExitCode() == 1 {
		return nil // pgrep: no process matched
	}
	if err != nil {
		t.Errorf("pgrep -g %d: %v (install procps)", pgid, err)
		return nil
	}
	return strings.Split(strings.TrimSpace(string(out)), "\n")
}

// freePorts returns n distinct ports free on 127.0.0.1 a moment ago.
func freePorts(t *testing.T, n int) []int {
	t.Helper()
	var ports []int
	for range n {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		defer l.Close()
		ports = append(ports, l.Addr().(*net.TCPAddr).Port)
	}
	return ports
}
