//go:build linux || darwin

package main

import (
	"bytes"
	"io"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/creack/pty"
)

// TestBuildProgressBar runs a build with standard error on a terminal: it
// draws a bar in place (carriage returns, no new lines) with the count,
// the rate and the time left, and clears it before the summary.
func TestBuildProgressBar(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a corpus of some size")
	}
	bin := statekgBinary(t)
	corpus := writeCorpus(t, 300)
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Fatal(err)
	}
	defer ptmx.Close()
	if err := pty.Setsize(ptmx, &pty.Winsize{Rows: 24, Cols: 120}); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "build", "--db", filepath.Join(t.TempDir(), "g.db"), "--batch", "500", corpus)
	var stdout bytes.Buffer
	cmd.Stdout = &stdout
	cmd.Stderr = tty
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	tty.Close()
	var (
		term bytes.Buffer
		wg   sync.WaitGroup
	)
	wg.Add(1)
	go func() {
		defer wg.Done()
		io.Copy(&term, ptmx) // ends with an error when the last writer is gone
	}()
	err = cmd.Wait()
	wg.Wait()
	if err != nil {
		t.Fatalf("build: %v\n%s", err, term.String())
	}
	out := term.String()
	t.Logf("terminal:\n%q", out)
	if !strings.Contains(out, "\r") {
		t.Error("the bar is not drawn in place")
	}
	for _, want := range []string{"build", "/300", "articles/s"} {
		if !strings.Contains(out, want) {
			t.Errorf("the bar lacks %q", want)
		}
	}
	if strings.Contains(out, "build: ") {
		t.Error("plain progress lines on a terminal")
	}
	if !strings.Contains(stdout.String(), "articles read: 300 (300 added") {
		t.Errorf("summary:\n%s", stdout.String())
	}
}
