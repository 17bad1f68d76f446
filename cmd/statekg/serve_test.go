package main

import (
	"bufio"
	"context"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/statekg/statekg/internal/loadtest"
)

// TestServeLoad builds the statekg binary, serves the example graph from
// it off loopback with a bearer token, and drives it from this process
// with 32 concurrent clients sending the example queries and look-ups by
// name: no request may fail. It runs for $STATEKG_LOAD_DURATION (3s when
// unset; the figures in the README are from 60s) and logs the latencies.
func TestServeLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and loads it for seconds")
	}
	d := 3 * time.Second
	if s := os.Getenv("STATEKG_LOAD_DURATION"); s != "" {
		var err error
		if d, err = time.ParseDuration(s); err != nil {
			t.Fatalf("STATEKG_LOAD_DURATION: %v", err)
		}
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "statekg")
	gobin := filepath.Join(os.Getenv("GOROOT"), "bin", "go")
	if _, err := os.Stat(gobin); err != nil {
		gobin = "go"
	}
	if out, err := exec.Command(gobin, "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	db := filepath.Join(dir, "kg")
	if out, err := exec.Command(bin, "build", "--db", db, "../../examples/articles").CombinedOutput(); err != nil {
		t.Fatalf("statekg build: %v\n%s", err, out)
	}
	token := "load-test-token"
	tokenFile := filepath.Join(dir, "token")
	if err := os.WriteFile(tokenFile, []byte(token+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()

	// Every interface, so the token is required; the clients come over loopback.
	cmd := exec.Command(bin, "serve", "--db", db, "--addr", "0.0.0.0:"+strconv.Itoa(port), "--token-file", tokenFile)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	lines := bufio.NewScanner(stdout)
	if !lines.Scan() || !strings.Contains(lines.Text(), "serving") || !strings.Contains(lines.Text(), "bearer token required") {
		t.Fatalf("serve said %q", lines.Text())
	}
	url := "http://127.0.0.1:" + strconv.Itoa(port)

	resp, err := http.Post(url+"/api/v2/query?lang=gizmo", "text/plain", strings.NewReader("g.V().Limit(1).All()"))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("a query without the token: status %d, want 401", resp.StatusCode)
	}

	files, err := filepath.Glob("../../examples/queries/*.js")
	if err != nil || len(files) == 0 {
		t.Fatalf("no example queries: %v", err)
	}
	var queries []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		queries = append(queries, string(b))
	}
	rep, err := loadtest.Run(context.Background(), loadtest.Config{
		URL: url, Token: token, Clients: 32, Duration: d, Queries: queries,
		Searches: []string{"korea", "Russia", "gru", "china", "lazarus", "Microsoft", "FBI", "kim", "ministry", "hack"},
		Cards: []string{"https://statekg.org/id/state/north-korea", "https://statekg.org/id/state/russia",
			"https://statekg.org/id/state/china", "https://statekg.org/id/organization/lazarus-group"},
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("32 clients for %s: %s", d, rep)
	if rep.Errors > 0 {
		t.Errorf("%d requests failed; the first: %v", rep.Errors, rep.First)
	}
	if rep.Queries == 0 || rep.Searches == 0 || rep.Cards == 0 {
		t.Errorf("sent %d queries, %d searches and %d cards", rep.Queries, rep.Searches, rep.Cards)
	}

	// SIGTERM stops the server cleanly.
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		for lines.Scan() {
			if strings.Contains(lines.Text(), "stopped") {
				break
			}
		}
		done <- cmd.Wait()
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve after SIGTERM: %v", err)
		}
	case <-time.After(15 * time.Second):
		t.Error("serve did not stop within 15s of SIGTERM")
	}
}
