package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/resumescore/resumescore/internal/engine"
)

const fixture = "../../internal/engine/testdata/good.txt"

func runCLI(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var o, e bytes.Buffer
	code = run(args, strings.NewReader(stdin), &o, &e)
	return code, o.String(), e.String()
}

func TestScoreJSONMatchesEngine(t *testing.T) {
	code, out, errOut := runCLI(t, "", "score", "--json", "--as-of", "2026-01-15", fixture)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	data, _ := os.ReadFile(fixture)
	want, err := engine.ScoreJSON(context.Background(), engine.Input{Data: data},
		engine.Options{AsOf: time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	if out != string(want) {
		t.Error("CLI JSON differs from engine.ScoreJSON")
	}
}

func TestScoreStdinAndText(t *testing.T) {
	data, _ := os.ReadFile(fixture)
	code, out, _ := runCLI(t, string(data), "score", "--as-of", "2026-01-15", "-")
	if code != exitOK || !strings.Contains(out, "/100") || !strings.Contains(out, "checks passed") {
		t.Errorf("exit %d, output:\n%s", code, out)
	}
}

func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	junk := filepath.Join(dir, "junk.bin")
	os.WriteFile(junk, []byte{0, 1, 2, 0xff}, 0o644)
	for _, tc := range []struct {
		args    []string
		code    int
		stderrs string
	}{
		{nil, exitUsage, "Usage"},
		{[]string{"frobnicate"}, exitUsage, "unknown command"},
		{[]string{"score"}, exitUsage, "at least one FILE"},
		{[]string{"score", "--as-of", "yesterday", fixture}, exitUsage, "YYYY-MM-DD"},
		{[]string{"score", "--bogus", fixture}, exitUsage, "flag provided but not defined"},
		{[]string{"score", filepath.Join(dir, "missing.pdf")}, exitInput, "no such file"},
		{[]string{"score", junk}, exitInput, "not a PDF, DOCX or plain-text file"},
		{[]string{"score", "--min-score", "101", fixture}, exitMinScore, ""},
		{[]string{"text", junk}, exitInput, "not a PDF"},
		{[]string{"text"}, exitUsage, "exactly one FILE"},
	} {
		code, _, errOut := runCLI(t, "", tc.args...)
		if code != tc.code || !strings.Contains(errOut, tc.stderrs) {
			t.Errorf("%v: exit %d (want %d), stderr %q (want %q)", tc.args, code, tc.code, errOut, tc.stderrs)
		}
		if tc.code == exitInput && strings.Count(strings.TrimSpace(errOut), "\n") != 0 {
			t.Errorf("%v: the reason must be one line, got %q", tc.args, errOut)
		}
	}
}

func TestTooLargeInput(t *testing.T) {
	big := filepath.Join(t.TempDir(), "big.txt")
	os.WriteFile(big, bytes.Repeat([]byte("word "), 3<<20), 0o644)
	code, _, errOut := runCLI(t, "", "score", big)
	if code != exitInput || !strings.Contains(errOut, "too large") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}

func TestText(t *testing.T) {
	code, out, _ := runCLI(t, "", "text", fixture)
	if code != exitOK || !strings.HasPrefix(out, "Jane Doe\nSenior Backend Engineer\n") {
		t.Errorf("exit %d, output %q", code, out)
	}
}

func TestChecks(t *testing.T) {
	code, out, _ := runCLI(t, "", "checks")
	if code != exitOK || !strings.Contains(out, "impact.quantified") {
		t.Errorf("exit %d:\n%s", code, out)
	}
	code, out, _ = runCLI(t, "", "checks", "--json")
	var list []map[string]any
	if code != exitOK || json.Unmarshal([]byte(out), &list) != nil || len(list) < 5 {
		t.Fatalf("exit %d, %d checks", code, len(list))
	}
	for _, c := range list {
		for _, k := range []string{"id", "category", "title", "why", "fix", "before", "after", "weight"} {
			if c[k] == nil || c[k] == "" {
				t.Errorf("check %v lacks %s", c["id"], k)
			}
		}
	}
}

func TestTextLayout(t *testing.T) {
	code, out, _ := runCLI(t, "", "text", "--layout", "../../internal/testdata/resumes/lo-twocol-datasci.pdf")
	if code != exitOK || !strings.Contains(out, "sidebar") || !strings.Contains(out, "Anika") {
		t.Errorf("exit %d, output:\n%.600s", code, out)
	}
}
