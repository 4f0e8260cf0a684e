//go:build unix

// Package wranglerdev runs `wrangler dev --local` (workerd on 127.0.0.1) for
// the Worker's end-to-end tests and for scripts/benchworker: it starts
// wrangler in a process group of its own on free ports, waits until the
// Worker answers, and stops the whole group (wrangler leaves workerd
// processes behind otherwise).
package wranglerdev

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// ReadyTimeout bounds how long Start waits for wrangler and the first answer.
const ReadyTimeout = 90 * time.Second

// Options say which Worker to run.
type Options struct {
	// Dir holds node_modules with wrangler (wasm/worker); npx runs there.
	Dir string
	// Config is the wrangler.toml to use; empty for Dir's own.
	Config string
	// Log is the file wrangler's output goes to.
	Log string
	// Probe is the path requested to see the Worker answer (GET, wanting a
	// 2xx); empty for "/healthz". Its first answer is the isolate's first
	// request, timed in Dev.First.
	Probe string
	// Direct asks for the address of the Worker's own socket in workerd, in
	// Dev.Direct (wrangler then logs at debug level, where it says it).
	Direct bool
}

// Dev is one running wrangler dev.
type Dev struct {
	Base string // http://127.0.0.1:port
	Log  string // wrangler's output
	// Direct is the Worker's own socket in workerd (with Options.Direct),
	// behind wrangler's dev proxy at Base: requests to it need the header
	// DirectHeader. The proxy (a Durable Object that queues every request
	// and forwards it) resets some connections when many POSTs wait for a
	// busy isolate, and answers them 503 "Your worker restarted
	// mid-request" — a dev-server artifact, not the Worker's doing; a load
	// test goes to Direct.
	Direct       string
	DirectHeader [2]string
	First        time.Duration // latency of the first request the isolate served
	pgid         int
	done         chan struct{}
}

// Start runs wrangler dev and waits until the Worker answers Probe.
func Start(opt Options) (*Dev, error) {
	if _, err := os.Stat(filepath.Join(opt.Dir, "node_modules", "wrangler", "package.json")); err != nil {
		return nil, fmt.Errorf("wrangler is not installed in %s/node_modules (run `make worker`, which runs npm ci): %w", opt.Dir, err)
	}
	for _, tool := range []string{"node", "npx"} {
		if _, err := exec.LookPath(tool); err != nil {
			return nil, fmt.Errorf("%s is not on PATH: wrangler needs Node.js 20+", tool)
		}
	}
	if opt.Probe == "" {
		opt.Probe = "/healthz"
	}
	ports, err := FreePorts(2)
	if err != nil {
		return nil, err
	}
	logFile, err := os.Create(opt.Log)
	if err != nil {
		return nil, err
	}
	defer logFile.Close()
	args := []string{"--no-install", "wrangler", "dev", "--local",
		"--ip", "127.0.0.1", "--port", strconv.Itoa(ports[0]), "--inspector-port", strconv.Itoa(ports[1]),
		"--show-interactive-dev-session=false"}
	if opt.Config != "" {
		args = append(args, "--config", opt.Config)
	}
	cmd := exec.Command("npx", args...)
	cmd.Dir = opt.Dir
	cmd.Env = append(os.Environ(), "WRANGLER_SEND_METRICS=false", "CLOUDFLARE_CF_FETCH_ENABLED=false", "CI=1", "NO_COLOR=1")
	if opt.Direct {
		cmd.Env = append(cmd.Env, "WRANGLER_LOG=debug")
	}
	cmd.Stdout, cmd.Stderr = logFile, logFile
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting wrangler dev: %w", err)
	}
	d := &Dev{Base: fmt.Sprintf("http://127.0.0.1:%d", ports[0]), Log: opt.Log, pgid: cmd.Process.Pid, done: make(chan struct{})}
	go func() {
		cmd.Wait()
		close(d.done)
	}()
	if err := d.wait(opt.Probe); err != nil {
		d.Stop()
		return nil, err
	}
	if opt.Direct {
		if err := d.findDirect(); err != nil {
			d.Stop()
			return nil, err
		}
	}
	return d, nil
}

// findDirect reads the Worker's socket from the proxy data wrangler logs at
// debug level ({"type":"reloadComplete","proxyData":{…}}).
func (d *Dev) findDirect() error {
	b, err := os.ReadFile(d.Log)
	if err != nil {
		return err
	}
	const key = `{"type":"reloadComplete","proxyData":`
	i := bytes.LastIndex(b, []byte(key))
	if i < 0 {
		return fmt.Errorf("wrangler logged no proxy data (is WRANGLER_LOG=debug honoured?)\n%s", d.LogTail())
	}
	line, _, _ := bytes.Cut(b[i:], []byte("\n"))
	var msg struct {
		ProxyData struct {
			UserWorkerURL struct {
				Protocol, Hostname, Port string
			} `json:"userWorkerUrl"`
			Headers map[string]string `json:"headers"`
		} `json:"proxyData"`
	}
	if err := json.Unmarshal(line, &msg); err != nil {
		return fmt.Errorf("reading wrangler's proxy data: %v", err)
	}
	u := msg.ProxyData.UserWorkerURL
	if u.Protocol != "http:" || u.Port == "" {
		return fmt.Errorf("unexpected proxy data: %s", line)
	}
	d.Direct = "http://" + u.Hostname + ":" + u.Port
	for k, v := range msg.ProxyData.Headers {
		d.DirectHeader = [2]string{k, v}
	}
	return nil
}

// wait waits for wrangler's "Ready on", then polls probe (bounded): its
// first answer is the isolate's first request.
func (d *Dev) wait(probe string) error {
	deadline := time.Now().Add(ReadyTimeout)
	for {
		b, _ := os.ReadFile(d.Log)
		if bytes.Contains(b, []byte("Ready on")) {
			break
		}
		select {
		case <-d.done:
			return fmt.Errorf("wrangler dev exited before it was ready\n%s", d.LogTail())
		case <-time.After(50 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("wrangler dev was not ready after %v\n%s", ReadyTimeout, d.LogTail())
		}
	}
	client := &http.Client{Timeout: 30 * time.Second}
	for {
		start := time.Now()
		res, err := client.Get(d.Base + probe)
		if err == nil {
			io.Copy(io.Discard, res.Body)
			res.Body.Close()
			if res.StatusCode/100 == 2 {
				d.First = time.Since(start)
				return nil
			}
			err = fmt.Errorf("status %d", res.StatusCode)
		}
		select {
		case <-d.done:
			return fmt.Errorf("wrangler dev exited: %v\n%s", err, d.LogTail())
		case <-time.After(100 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("GET %s never answered 2xx within %v: %v\n%s", probe, ReadyTimeout, err, d.LogTail())
		}
	}
}

// Alive reports whether wrangler is still running.
func (d *Dev) Alive() bool {
	select {
	case <-d.done:
		return false
	default:
		return true
	}
}

// LogTail is the end of wrangler's output.
func (d *Dev) LogTail() string {
	b, _ := os.ReadFile(d.Log)
	if len(b) > 4000 {
		b = b[len(b)-4000:]
	}
	return "wrangler output (tail):\n" + string(b)
}

// Stop ends wrangler's process group and reports an error if any process of
// it survives SIGKILL.
func (d *Dev) Stop() error {
	syscall.Kill(-d.pgid, syscall.SIGTERM)
	select {
	case <-d.done:
	case <-time.After(10 * time.Second):
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		left, err := groupProcesses(d.pgid)
		if err != nil {
			return err
		}
		if len(left) == 0 {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("processes of wrangler's group %d still running after SIGKILL:\n%s", d.pgid, strings.Join(left, "\n"))
		}
		syscall.Kill(-d.pgid, syscall.SIGKILL)
		time.Sleep(200 * time.Millisecond)
	}
}

// groupProcesses lists the live processes of group pgid (pid and command
// line), as pgrep sees them; zombies waiting for their parent do not count.
func groupProcesses(pgid int) ([]string, error) {
	out, err := exec.Command("pgrep", "-a", "-g", strconv.Itoa(pgid)).Output()
	var ee *exec.ExitError
	if errors.As(err, &ee) && ee.ExitCode() == 1 {
		return nil, nil // pgrep: no process matched
	}
	if err != nil {
		return nil, fmt.Errorf("pgrep -g %d: %v (install procps)", pgid, err)
	}
	var live []string
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		pid, _, _ := strings.Cut(line, " ")
		stat, err := os.ReadFile("/proc/" + pid + "/stat")
		if err != nil {
			continue // gone meanwhile
		}
		// The state follows the parenthesised command name.
		if i := bytes.LastIndexByte(stat, ')'); i > 0 && i+2 < len(stat) && stat[i+2] == 'Z' {
			continue
		}
		live = append(live, line)
	}
	return live, nil
}

// FreePorts returns n distinct ports free on 127.0.0.1 a moment ago.
func FreePorts(n int) ([]int, error) {
	var ports []int
	for range n {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return nil, err
		}
		defer l.Close()
		ports = append(ports, l.Addr().(*net.TCPAddr).Port)
	}
	return ports, nil
}
