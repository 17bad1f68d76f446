package loadtest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"slices"
	"sync"
	"time"
)

// The kinds of request.
const (
	query = iota
	search
	card
	kinds
)

// Config says what to send, where, how often.
type Config struct {
	URL      string        // the server: "http://127.0.0.1:64210"
	Token    string        // bearer token, if the server wants one
	Clients  int           // concurrent clients
	Duration time.Duration // how long each client keeps sending
	Queries  []string      // Gizmo queries, sent in turn
	Searches []string      // texts to look up by name, in turn with the queries
	Cards    []string      // entity IRIs whose cards are asked for, in turn with the others
}

// Report is what a run saw.
type Report struct {
	Requests int           // requests answered or failed
	Queries  int           // of which Gizmo queries
	Searches int           // of which look-ups by name
	Cards    int           // of which entity cards
	Errors   int           // failed: transport error, status other than 200, or an "error" answer
	First    error         // the first error, if any
	P50, P99 time.Duration // latency percentiles of all requests
	Max      time.Duration
	// Latency percentiles of the queries, the searches and the cards alone.
	QueryP50, QueryP99, SearchP50, SearchP99, CardP50, CardP99 time.Duration
	Elapsed                                                    time.Duration
}

// String gives the report as one line.
func (r Report) String() string {
	rate := float64(r.Requests) / r.Elapsed.Seconds()
	ms := func(d time.Duration) string { return d.Round(10 * time.Microsecond).String() }
	return fmt.Sprintf("%d requests (%d queries, %d searches, %d cards) in %s, %.0f/s, %d errors; p50 %s, p99 %s, max %s; "+
		"queries p50 %s, p99 %s; searches p50 %s, p99 %s; cards p50 %s, p99 %s",
		r.Requests, r.Queries, r.Searches, r.Cards, r.Elapsed.Round(time.Millisecond), rate, r.Errors,
		ms(r.P50), ms(r.P99), ms(r.Max), ms(r.QueryP50), ms(r.QueryP99), ms(r.SearchP50), ms(r.SearchP99),
		ms(r.CardP50), ms(r.CardP99))
}

// Run sends requests until cfg.Duration has passed or ctx is done.
func Run(ctx context.Context, cfg Config) (Report, error) {
	if cfg.Clients <= 0 || cfg.Duration <= 0 || len(cfg.Queries)+len(cfg.Searches)+len(cfg.Cards) == 0 {
		return Report{}, errors.New("loadtest: give clients, a duration and something to send")
	}
	client := &http.Client{
		Timeout:   time.Minute,
		Transport: &http.Transport{MaxIdleConnsPerHost: cfg.Clients, MaxConnsPerHost: cfg.Clients},
	}
	type op struct {
		kind int // query, search or card
		text string
	}
	var ops []op
	lists := [kinds][]string{query: cfg.Queries, search: cfg.Searches, card: cfg.Cards}
	for i := 0; i < max(len(cfg.Queries), len(cfg.Searches), len(cfg.Cards)); i++ {
		for k, list := range lists {
			if i < len(list) {
				ops = append(ops, op{kind: k, text: list[i]})
			}
		}
	}
	ctx, cancel := context.WithTimeout(ctx, cfg.Duration)
	defer cancel()
	var (
		mu        sync.Mutex
		rep       Report
		latencies []time.Duration
		byKind    [kinds][]time.Duration
		wg        sync.WaitGroup
	)
	start := time.Now()
	for c := 0; c < cfg.Clients; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var mine []time.Duration
			var own [kinds][]time.Duration
			var errs int
			var first error
			for i := c; ctx.Err() == nil; i++ {
				o := ops[i%len(ops)]
				t0 := time.Now()
				err := send(client, cfg, o.kind, o.text)
				if ctx.Err() != nil && err != nil {
					break // cut short by the end of the run, not an error of the server
				}
				el := time.Since(t0)
				mine = append(mine, el)
				own[o.kind] = append(own[o.kind], el)
				if err != nil {
					errs++
					if first == nil {
						first = err
					}
				}
			}
			mu.Lock()
			latencies = append(latencies, mine...)
			for k := range byKind {
				byKind[k] = append(byKind[k], own[k]...)
			}
			rep.Errors += errs
			if rep.First == nil {
				rep.First = first
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	rep.Elapsed = time.Since(start)
	rep.Requests = len(latencies)
	rep.P50, rep.P99, rep.Max = percentiles(latencies)
	rep.Queries, rep.Searches, rep.Cards = len(byKind[query]), len(byKind[search]), len(byKind[card])
	rep.QueryP50, rep.QueryP99, _ = percentiles(byKind[query])
	rep.SearchP50, rep.SearchP99, _ = percentiles(byKind[search])
	rep.CardP50, rep.CardP99, _ = percentiles(byKind[card])
	return rep, nil
}

// percentiles returns the median, the 99th percentile and the largest of
// ds, which it sorts.
func percentiles(ds []time.Duration) (p50, p99, most time.Duration) {
	if len(ds) == 0 {
		return 0, 0, 0
	}
	slices.Sort(ds)
	return ds[len(ds)/2], ds[min(len(ds)-1, len(ds)*99/100)], ds[len(ds)-1]
}

// send makes one request and checks its answer.
func send(client *http.Client, cfg Config, kind int, text string) error {
	var req *http.Request
	var err error
	switch kind {
	case search:
		req, err = http.NewRequest("GET", cfg.URL+"/api/search?q="+url.QueryEscape(text), nil)
	case card:
		req, err = http.NewRequest("GET", cfg.URL+"/api/card?id="+url.QueryEscape(text), nil)
	default:
		req, err = http.NewRequest("POST", cfg.URL+"/api/v2/query?lang=gizmo", bytes.NewReader([]byte(text)))
	}
	if err != nil {
		return err
	}
	if cfg.Token != "" {
		req.Header.Set("Authorization", "Bearer "+cfg.Token)
	}
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	var answer struct {
		Result json.RawMessage `json:"result"`
		Error  *string         `json:"error"`
	}
	if err := json.Unmarshal(b, &answer); err != nil {
		return fmt.Errorf("%s: answer is not JSON: %.100s", req.URL.Path, b)
	}
	if resp.StatusCode != http.StatusOK || answer.Error != nil {
		return fmt.Errorf("%s: status %d: %.200s", req.URL.Path, resp.StatusCode, b)
	}
	if len(answer.Result) == 0 {
		return fmt.Errorf("%s: no result in %.100s", req.URL.Path, b)
	}
	return nil
}
