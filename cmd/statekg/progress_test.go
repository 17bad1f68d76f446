package main

import (
	"bytes"
	"testing"
	"time"
)

// The plain lines: the count, the share done, the rate and the time left
// once the total is known; the count and the rate before; the whole at the
// end.
func TestProgressLines(t *testing.T) {
	var buf bytes.Buffer
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	p := &progress{what: "build", unit: "articles", w: &buf, start: t0}
	p.done = 50
	p.line(t0.Add(10*time.Second), false)
	p.total, p.done = 2400, 120
	p.line(t0.Add(12*time.Second), false)
	p.done = 2400
	p.line(t0.Add(4*time.Minute+30*time.Second), true)
	want := "build: 50 articles, 5.0 articles/s\n" +
		"build: 120/2400 articles (5%), 10.0 articles/s, about 3m48s left\n" +
		"build: 2400 articles in 4m30s, 8.9 articles/s\n"
	if got := buf.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// A nil progress (--quiet) shows nothing and does not fail.
func TestProgressNil(t *testing.T) {
	var p *progress
	p.setTotal(3)
	p.set(1)
	p.finish()
}
