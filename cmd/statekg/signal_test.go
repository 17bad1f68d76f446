//go:build unix

package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// statekgBinary returns the path of a "statekg" that runs this test
// binary's main, as the testscript scripts do.
func statekgBinary(t *testing.T) string {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(t.TempDir(), "statekg")
	if err := os.Symlink(exe, bin); err != nil {
		t.Fatal(err)
	}
	return bin
}

// writeCorpus writes a .jsonl file of n short articles, each with its own
// id and text, and returns its path.
func writeCorpus(t *testing.T, n int) string {
	t.Helper()
	states := []string{"North Korea", "Iran", "Russia", "China", "Japan", "South Korea", "France", "Germany"}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	for i := range n {
		a, v := states[i%len(states)], states[(i/len(states)+1+i)%len(states)]
		if a == v {
			v = "the United States"
		}
		text := fmt.Sprintf("%s on Monday blamed %s for the cyberattack on its banks in week %d. "+
			"The foreign ministry of %s condemned the attack and said it would respond. "+
			"%s denied any involvement, its state news agency said on Tuesday. "+
			"Officials in %s said the attack had disrupted payments for %d hours.", a, v, i, a, v, a, i%24+1)
		enc.Encode(map[string]string{"id": fmt.Sprintf("wire-%05d", i), "title": a + " blames " + v,
			"date": "2014-12-19", "text": text})
	}
	path := filepath.Join(t.TempDir(), "feed.jsonl")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// build is a running statekg build.
type build struct {
	cmd     *exec.Cmd
	stdout  *bytes.Buffer // complete once wait returns
	stderr  *syncBuffer
	pw      *io.PipeWriter
	scanned chan struct{} // closed when all of stderr is read
}

// startBuild starts a build of corpus into db that prints progress at
// every batch, and returns once the first progress line is out.
func startBuild(t *testing.T, bin, db, corpus string, flags ...string) *build {
	t.Helper()
	b := &build{
		cmd:     exec.Command(bin, append(append([]string{"build", "--db", db, "--batch", "500", "--workers", "1"}, flags...), corpus)...),
		stdout:  new(bytes.Buffer),
		stderr:  new(syncBuffer),
		scanned: make(chan struct{}),
	}
	b.cmd.Env = append(os.Environ(), progressIntervalEnv+"=0s")
	b.cmd.Stdout = b.stdout
	pr, pw := io.Pipe()
	b.cmd.Stderr, b.pw = pw, pw
	if err := b.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	started := make(chan struct{})
	go func() {
		defer close(b.scanned)
		sc := bufio.NewScanner(pr)
		once := false
		for sc.Scan() {
			b.stderr.Write([]byte(sc.Text() + "\n"))
			if !once && strings.HasPrefix(sc.Text(), "build: ") {
				once = true
				close(started)
			}
		}
	}()
	t.Cleanup(func() { pw.Close() })
	select {
	case <-started:
	case <-time.After(2 * time.Minute):
		b.cmd.Process.Kill()
		t.Fatalf("no progress line after 2 minutes; stderr:\n%s", b.stderr)
	}
	return b
}

// wait waits at most limit for the build to end, and returns its exit
// status and how long it took to end.
func (b *build) wait(t *testing.T, limit time.Duration) (code int, took time.Duration) {
	t.Helper()
	start := time.Now()
	done := make(chan error, 1)
	go func() { done <- b.cmd.Wait() }()
	select {
	case err := <-done:
		took = time.Since(start)
		var ee *exec.ExitError
		if err != nil && !errors.As(err, &ee) {
			t.Fatal(err)
		}
		b.pw.Close()
		<-b.scanned
		return b.cmd.ProcessState.ExitCode(), took
	case <-time.After(limit):
		b.cmd.Process.Kill()
		t.Fatalf("build still running %v after the signal", limit)
	}
	return 0, 0
}

func runStatekg(t *testing.T, bin string, args ...string) string {
	t.Helper()
	out, err := exec.Command(bin, args...).Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			t.Fatalf("statekg %s: %v\n%s", strings.Join(args, " "), err, ee.Stderr)
		}
		t.Fatal(err)
	}
	return string(out)
}

var (
	addedRE = regexp.MustCompile(`articles read: (\d+) \((\d+) added`)
	graphRE = regexp.MustCompile(`(?m)^graph: (\d+) articles`)
)

// TestBuildSignals sends SIGINT or SIGTERM to a build: it stops after the
// batch it is writing, says what it loaded, exits 130 or 143, and leaves a
// store that opens and holds exactly that; the same build run again loads
// the rest. The SIGTERM build prints its summary as JSON.
func TestBuildSignals(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a corpus of some size")
	}
	bin := statekgBinary(t)
	const n = 300
	corpus := writeCorpus(t, n)
	for _, tc := range []struct {
		sig  syscall.Signal
		code int
		word string
		json bool
	}{
		{syscall.SIGINT, 130, "interrupted", false},
		{syscall.SIGTERM, 143, "terminated", true},
	} {
		t.Run(tc.sig.String(), func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "g.db")
			var flags []string
			if tc.json {
				flags = []string{"--format", "json"}
			}
			b := startBuild(t, bin, db, corpus, flags...)
			if err := b.cmd.Process.Signal(tc.sig); err != nil {
				t.Fatal(err)
			}
			code, _ := b.wait(t, time.Minute)
			stdout, stderr := b.stdout, b.stderr
			if code != tc.code {
				t.Errorf("exit status %d, want %d; stderr:\n%s", code, tc.code, stderr)
			}
			if want := "statekg: " + tc.word + ": stopping cleanly"; !strings.Contains(stderr.String(), want) {
				t.Errorf("stderr lacks %q:\n%s", want, stderr)
			}
			if !strings.Contains(stderr.String(), "build: stopped: the ") {
				t.Errorf("stderr does not say the build stopped:\n%s", stderr)
			}
			var added, inStore int
			if tc.json {
				var rep buildReport
				if err := json.Unmarshal(stdout.Bytes(), &rep); err != nil {
					t.Fatalf("summary: %v\n%s", err, stdout)
				}
				if !rep.Interrupted {
					t.Errorf("the summary does not say it was interrupted:\n%s", stdout)
				}
				added, inStore = rep.Added, rep.Graph.Articles
			} else {
				m := addedRE.FindStringSubmatch(stdout.String())
				if m == nil {
					t.Fatalf("no summary on stdout:\n%s", stdout)
				}
				added, _ = strconv.Atoi(m[2])
				m = graphRE.FindStringSubmatch(stdout.String())
				if m == nil {
					t.Fatalf("no size of the store on stdout:\n%s", stdout)
				}
				inStore, _ = strconv.Atoi(m[1])
			}
			if added == 0 || added >= n {
				t.Errorf("%d of %d articles added: the signal came during the build", added, n)
			}
			if inStore != added {
				t.Errorf("the summary says %d articles added and %d in the store", added, inStore)
			}
			// The store opens and holds exactly what was reported.
			if got := strings.Count(runStatekg(t, bin, "articles", "--db", db), "\n"); got != added {
				t.Errorf("store holds %d articles, the build reported %d", got, added)
			}
			out := runStatekg(t, bin, "build", "--db", db, "--quiet", corpus)
			if want := fmt.Sprintf("articles read: %d (%d added, 0 replaced, %d unchanged)", n, n-added, added); !strings.Contains(out, want) {
				t.Errorf("the build run again: want %q in\n%s", want, out)
			}
		})
	}
}

// TestBuildSecondInterrupt sends two SIGINTs 1ms apart to the built
// command: it exits with status 130 at once, and the store still opens
// and the same build run again completes it. A build usually stops cleanly
// within that millisecond, so the test tries a few times to catch the
// second interrupt while the first is still stopping the build;
// TestHandleSignals checks the second interrupt itself.
func TestBuildSecondInterrupt(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a corpus of some size")
	}
	bin := statekgBinary(t)
	const n = 300
	corpus := writeCorpus(t, n)
	for try := 1; try <= 5; try++ {
		db := filepath.Join(t.TempDir(), "g.db")
		b := startBuild(t, bin, db, corpus)
		b.cmd.Process.Signal(syscall.SIGINT)
		time.Sleep(time.Millisecond)
		b.cmd.Process.Signal(syscall.SIGINT)
		code, took := b.wait(t, 10*time.Second)
		stderr := b.stderr
		if code != 130 {
			t.Errorf("exit status %d, want 130; stderr:\n%s", code, stderr)
		}
		if took > 2*time.Second {
			t.Errorf("exited %v after the second interrupt, want at once", took)
		}
		quit := strings.Contains(stderr.String(), "statekg: interrupted: quitting")
		stopped := strings.Contains(stderr.String(), "build: stopped")
		if !quit && !stopped {
			t.Errorf("neither a clean stop nor a quit:\n%s", stderr)
		}
		runStatekg(t, bin, "stats", "--db", db)
		if !quit && try < 5 {
			continue
		}
		t.Logf("try %d: second interrupt caught: %v", try, quit)
		out := runStatekg(t, bin, "build", "--db", db, "--quiet", corpus)
		if !strings.Contains(out, fmt.Sprintf("graph: %d articles", n)) {
			t.Errorf("the build run again does not complete the store:\n%s", out)
		}
		return
	}
}

// TestHandleSignals checks the handler itself, in this process: the first
// SIGINT cancels the context and is remembered, the second exits with 130.
func TestHandleSignals(t *testing.T) {
	var stderr syncBuffer
	exited := make(chan int, 1)
	ctx, signalled := handleSignals(&stderr, func(code int) { exited <- code })
	defer signal.Reset(os.Interrupt, syscall.SIGTERM)
	if s := signalled(); s != 0 {
		t.Fatalf("signalled before any signal: %d", s)
	}
	syscall.Kill(os.Getpid(), syscall.SIGINT)
	select {
	case <-ctx.Done():
	case <-time.After(10 * time.Second):
		t.Fatal("the first SIGINT did not cancel the context")
	}
	if s := signalled(); s != int(syscall.SIGINT) {
		t.Errorf("signalled = %d, want SIGINT", s)
	}
	select {
	case code := <-exited:
		t.Fatalf("exited with %d after one signal", code)
	default:
	}
	syscall.Kill(os.Getpid(), syscall.SIGINT)
	select {
	case code := <-exited:
		if code != 130 {
			t.Errorf("exit status %d, want 130", code)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the second SIGINT did not exit")
	}
	want := "statekg: interrupted: stopping cleanly (interrupt again to quit at once)\nstatekg: interrupted: quitting\n"
	if got := stderr.String(); got != want {
		t.Errorf("stderr = %q, want %q", got, want)
	}
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}
