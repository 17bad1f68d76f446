package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/urfave/cli/v2"
	"golang.org/x/term"
)

var quietFlag = &cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "show no progress on standard error"}

// progressIntervalEnv sets how often progress is printed when standard
// error is not a terminal (a Go duration; default 5s; 0: at every step).
const progressIntervalEnv = "STATEKG_PROGRESS_INTERVAL"

// progress shows how far a long command is on standard error: a bar with
// the rate and the time left when it is a terminal, a plain line from time
// to time when it is not (a log, a CI job). A nil *progress shows nothing.
type progress struct {
	what, unit string

	mu       sync.Mutex
	w        io.Writer
	bar      *progressbar.ProgressBar // on a terminal
	interval time.Duration
	start    time.Time
	last     time.Time // of the last line printed
	lines    int       // lines printed
	done     int
	total    int  // 0 while unknown
	finished bool // nothing more is shown
}

// newProgress returns the progress of command what counting unit, or nil
// with --quiet.
func newProgress(c *cli.Context, what, unit string) *progress {
	if c.Bool(quietFlag.Name) {
		return nil
	}
	p := &progress{what: what, unit: unit, w: c.App.ErrWriter, start: time.Now(), interval: 5 * time.Second}
	if v := os.Getenv(progressIntervalEnv); v != "" {
		if d, err := time.ParseDuration(v); err == nil && d >= 0 {
			p.interval = d
		}
	}
	p.last = p.start
	if f, ok := p.w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		p.bar = progressbar.NewOptions(-1,
			progressbar.OptionSetWriter(p.w),
			progressbar.OptionSetDescription(what),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString(unit),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionShowElapsedTimeOnFinish(),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionSetWidth(30),
			progressbar.OptionClearOnFinish(),
			// No spinner of its own while the total is unknown: its
			// goroutine reads the bar's state unlocked (a data race).
			progressbar.OptionSetSpinnerChangeInterval(0),
		)
	}
	return p
}

// setTotal sets how many units there are in all, once known; it may be
// called on any goroutine.
func (p *progress) setTotal(n int) {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.finished {
		return
	}
	p.total = n
	if p.bar != nil && n > 0 {
		p.bar.ChangeMax(n)
		p.bar.Set(p.done)
	}
}

// set says that done units are done.
func (p *progress) set(done int) {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.finished {
		return
	}
	p.done = done
	if p.bar != nil {
		p.bar.Set(done)
		return
	}
	if now := time.Now(); now.Sub(p.last) >= p.interval {
		p.last = now
		p.line(now, false)
	}
}

// finish ends the bar, or prints the last line when earlier ones were
// printed.
func (p *progress) finish() {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.finished {
		return
	}
	p.finished = true
	if p.bar != nil {
		p.bar.Finish()
		p.bar.Clear()
		return
	}
	if p.lines > 0 {
		p.line(time.Now(), true)
	}
}

// line prints "build: 120/2400 articles (5%), 98.3 articles/s, about 23s
// left", or at the end "build: 2400 articles in 24.5s, 98.0 articles/s".
func (p *progress) line(now time.Time, end bool) {
	p.lines++
	elapsed := now.Sub(p.start)
	rate := 0.0
	if s := elapsed.Seconds(); s > 0 {
		rate = float64(p.done) / s
	}
	if end {
		fmt.Fprintf(p.w, "%s: %d %s in %s, %.1f %s/s\n", p.what, p.done, p.unit, elapsed.Round(100*time.Millisecond), rate, p.unit)
		return
	}
	if p.total <= 0 {
		fmt.Fprintf(p.w, "%s: %d %s, %.1f %s/s\n", p.what, p.done, p.unit, rate, p.unit)
		return
	}
	left := "?"
	if rate > 0 {
		left = time.Duration(float64(p.total-p.done) / rate * float64(time.Second)).Round(time.Second).String()
	}
	fmt.Fprintf(p.w, "%s: %d/%d %s (%d%%), %.1f %s/s, about %s left\n",
		p.what, p.done, p.total, p.unit, 100*p.done/p.total, rate, p.unit, left)
}
