//go:build unix

package extract

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The hostile-input test runs each file through Read in a child process (this
// test binary, re-executed) under a wall-clock cap, and checks the child's
// peak memory: a runtime abort, a hang or a memory blow-up cannot be caught
// in-process. It uses ../shared/corpus/odd when it is there (CI has it) and
// always our own hostile fixtures.

const workerEnv = "RS_EXTRACT_WORKER"

func TestMain(m *testing.M) {
	if path := os.Getenv(workerEnv); path != "" {
		os.Exit(hostileWorker(path))
	}
	os.Exit(m.Run())
}

func hostileWorker(path string) int {
	data, err := os.ReadFile(path)
	if err != nil {
		fmt.Println("unreadable", err)
		return 2
	}
	doc, err := Read(context.Background(), data, Limits{})
	if err != nil {
		e, ok := err.(*Error)
		if !ok {
			fmt.Println("untyped error:", err)
			return 3
		}
		fmt.Println("error", e.Kind, peakKB())
		return 0
	}
	fmt.Println("text", doc.WordCount(), peakKB())
	return 0
}

// peakKB is this process's peak resident memory after exec (VmHWM); the
// parent's rusage would count the memory shared before exec too.
func peakKB() string {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "hwm=?"
	}
	for _, l := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(l, "VmHWM:") {
			f := strings.Fields(l)
			if len(f) >= 2 {
				return "hwm=" + f[1]
			}
		}
	}
	return "hwm=?"
}

// hostileFixtures writes our own hostile files into dir.
func hostileFixtures(t *testing.T, dir string) []string {
	good := onePage("BT /F1 12 Tf 72 700 Td (Survived) Tj ET")
	var bomb bytes.Buffer
	bomb.WriteString("%PDF-1.4\n1 0 obj\n<< /Length 10 /Filter /FlateDecode >>\nstream\n")
	files := map[string][]byte{
		"huge-subsection.pdf":      bytes.Replace(good, []byte("xref\n0 "), []byte("xref\n4294967296 "), 1),
		"huge-size.pdf":            bytes.Replace(good, []byte("/Size "), []byte("/Size 99999999999 /Old "), 1),
		"deep-nesting.pdf":         onePage(strings.Repeat("[<<", 300000)),
		"garbage-after-header.pdf": append([]byte("%PDF-1.7\n"), bytes.Repeat([]byte("obj << /Length 5 0 R >> stream\n endobj trailer << /Root 1 0 R >> "), 2000)...),
		"only-header.pdf":          []byte("%PDF-1.4\n%%EOF\n"),
		"encrypted-user.pdf":       encryptedPDF(t, "userpw"),
		"cyclic-kids.pdf":          bytes.Replace(onePage("BT /F1 12 Tf 72 700 Td (x) Tj ET"), []byte("/Kids ["), []byte("/Kids [2 0 R 2 0 R "), 1),
		"docx-bomb.docx":           buildDOCX(t, map[string]string{"word/document.xml": strings.Repeat("<w:p>", 1<<20)}),
	}
	var out []string
	for name, data := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		out = append(out, p)
	}
	return out
}

func TestHostileFilesInSubprocess(t *testing.T) {
	files := hostileFixtures(t, t.TempDir())
	odd, _ := filepath.Glob("../../../shared/corpus/odd/*.pdf")
	files = append(files, odd...)
	if len(odd) == 0 {
		t.Log("../shared/corpus/odd not found: own fixtures only")
	}
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		cmd := exec.CommandContext(ctx, self, "-test.run=^$")
		cmd.Env = append(os.Environ(), workerEnv+"="+f, "GOMEMLIMIT=200MiB")
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		start := time.Now()
		err := cmd.Run()
		wall := time.Since(start)
		timedOut := ctx.Err() != nil
		cancel()
		name := filepath.Base(f)
		switch {
		case timedOut:
			t.Errorf("%s: no result within 2 s", name)
		case err != nil:
			msg := out.String()
			if i := strings.IndexByte(msg, '\n'); i > 0 {
				msg = msg[:i]
			}
			t.Errorf("%s: child failed: %v: %s", name, err, msg)
		case !strings.HasPrefix(out.String(), "text") && !strings.HasPrefix(out.String(), "error"):
			t.Errorf("%s: unexpected output %q", name, out.String())
		}
		var kb float64
		if i := strings.Index(out.String(), "hwm="); i >= 0 {
			fmt.Sscan(out.String()[i+4:], &kb)
		} else if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			kb = float64(ru.Maxrss)
		}
		if kb/1024 > 256 {
			t.Errorf("%s: peak memory %.0f MB", name, kb/1024)
		}
		if testing.Verbose() {
			t.Logf("%-60s %6.0f ms  %s", name, float64(wall.Microseconds())/1000, strings.TrimSpace(out.String()))
		}
	}
}
