//go:build unix

package corpus_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/statekg/statekg/corpus"
)

// TestSpecialFiles: a named pipe given on the command line is an error,
// not a wait for a writer that never comes; inside a folder, pipes,
// links to nothing and loops of links are reported with their paths, and
// the regular files are read.
func TestSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{"in/a.txt": "Britain blamed Russia.", "in/z.txt": "France blamed Iran."})
	rel := func(p string) string { return filepath.Join(dir, filepath.FromSlash(p)) }
	for _, p := range []string{"pipe.txt", "in/pipe.txt", "in/pipe.jsonl", "in/other-pipe"} {
		if err := syscall.Mkfifo(rel(p), 0o644); err != nil {
			t.Skipf("no named pipes here: %v", err)
		}
	}
	links := map[string]string{
		"in/dangling.txt": "gone.txt",        // leads to nothing
		"in/loop1.txt":    "loop2.txt",       // a loop of two links
		"in/loop2.txt":    "loop1.txt",       //
		"in/topipe.txt":   "pipe.txt",        // a link to a pipe
		"in/tofile.txt":   "a.txt",           // a link to a file: read (once, as its own path)
		"in/dir-link":     "../in",           // a link to a folder: not followed
		"in/nothing":      "no-such-article", // not an article's name: passed over
	}
	for name, target := range links {
		if err := os.Symlink(target, rel(name)); err != nil {
			t.Fatal(err)
		}
	}
	done := make(chan struct{})
	var (
		got      []string
		problems []error
		err      error
	)
	go func() {
		defer close(done)
		got, problems, err = walkAll(t, context.Background(), rel("pipe.txt"), rel("in"))
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("the walk blocks on a named pipe")
	}
	if err != nil {
		t.Fatal(err)
	}
	want := []string{rel("in/a.txt"), rel("in/tofile.txt"), rel("in/z.txt")}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("read\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	wantProblems := []struct {
		path string
		err  error
		says string
	}{
		{"pipe.txt", corpus.ErrNotRegular, "named pipe"},
		{"in/dangling.txt", corpus.ErrLink, "leads to nothing"},
		{"in/loop1.txt", corpus.ErrLink, "loop"},
		{"in/loop2.txt", corpus.ErrLink, "loop"},
		{"in/pipe.jsonl", corpus.ErrNotRegular, "named pipe"},
		{"in/pipe.txt", corpus.ErrNotRegular, "named pipe"},
		{"in/topipe.txt", corpus.ErrNotRegular, "named pipe"},
	}
	if len(problems) != len(wantProblems) {
		t.Fatalf("problems:\n%v\nwant %d", problems, len(wantProblems))
	}
	for i, w := range wantProblems {
		checkParseError(t, problems[i], rel(w.path), 0, w.err)
		if !strings.Contains(problems[i].Error(), w.says) {
			t.Errorf("%v does not say %q", problems[i], w.says)
		}
	}
	// ReadFile of a pipe, directly and through a link
	for _, p := range []string{"pipe.txt", "in/topipe.txt"} {
		_, err := corpus.ReadFile(rel(p))
		checkParseError(t, err, rel(p), 0, corpus.ErrNotRegular)
	}
}
