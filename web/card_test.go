package web_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/statekg/statekg/web"
)

const northKorea = "<https://statekg.org/id/state/north-korea>"

func TestCard(t *testing.T) {
	srv := newServer(t, exampleGraph(t), web.Options{})
	r := do(t, "GET", srv.URL+"/api/card?id="+url.QueryEscape(northKorea), "")
	if r.Status != http.StatusOK {
		t.Fatalf("card: status %d: %s", r.Status, r.Body)
	}
	c := r.JSON["result"].(map[string]any)
	if c["name"] != "North Korea" || c["type"] != "State" || c["wikidata"] != "Q423" {
		t.Errorf("card: name %v, type %v, wikidata %v", c["name"], c["type"], c["wikidata"])
	}
	blames := 0
	for _, g := range c["in"].([]any) {
		g := g.(map[string]any)
		if g["predicate"] != "blames" {
			continue
		}
		for _, l := range g["links"].([]any) {
			l := l.(map[string]any)
			if l["articles"].(float64) >= 1 && l["other"].(map[string]any)["name"] != "" {
				blames++
			}
		}
	}
	if blames == 0 {
		t.Errorf("card: no accuser of North Korea with an article: %.600s", r.Body)
	}
	// The same entity, bare IRI, in a period before every article: known,
	// with no edges.
	r = do(t, "GET", srv.URL+"/api/card?until=1990-01-01&id="+url.QueryEscape(strings.Trim(northKorea, "<>")), "")
	if r.Status != http.StatusOK {
		t.Fatalf("card until 1990: status %d: %s", r.Status, r.Body)
	}
	if c := r.JSON["result"].(map[string]any); c["articles"].(float64) != 0 || len(c["in"].([]any)) != 0 {
		t.Errorf("card until 1990: %.300s", r.Body)
	}

	for _, tc := range []struct {
		query string
		code  int
	}{
		{"", http.StatusBadRequest},
		{"id=north", http.StatusBadRequest},
		{"id=" + url.QueryEscape("<a b>"), http.StatusBadRequest},
		{"id=" + url.QueryEscape(northKorea) + "&since=2020-13", http.StatusBadRequest},
		{"id=" + url.QueryEscape(northKorea) + "&since=2021-01-01&until=2020-01-01", http.StatusBadRequest},
		{"id=" + url.QueryEscape("<https://statekg.org/id/state/atlantis>"), http.StatusNotFound},
	} {
		r := do(t, "GET", srv.URL+"/api/card?"+tc.query, "")
		if r.Status != tc.code || r.JSON["error"] == nil {
			t.Errorf("card?%s: status %d, want %d: %s", tc.query, r.Status, tc.code, r.Body)
		}
	}
}

func TestWhy(t *testing.T) {
	srv := newServer(t, exampleGraph(t), web.Options{})
	fbi := "<https://statekg.org/id/organization/federal-bureau-of-investigation>"
	q := "s=" + url.QueryEscape(fbi) + "&p=blames&o=" + url.QueryEscape(northKorea)
	r := do(t, "GET", srv.URL+"/api/why?"+q, "")
	if r.Status != http.StatusOK {
		t.Fatalf("why: status %d: %s", r.Status, r.Body)
	}
	y := r.JSON["result"].(map[string]any)
	support := y["support"].([]any)
	if y["edge"] != true || len(support) == 0 {
		t.Fatalf("why FBI blames North Korea: %.600s", r.Body)
	}
	arts := y["articles"].(map[string]any)
	for _, e := range support {
		e := e.(map[string]any)
		id, _ := e["article"].(string)
		if s, _ := e["sentence"].(string); !strings.Contains(s, "North Korea") && !strings.Contains(s, "FBI") {
			t.Errorf("evidence sentence %q", s)
		}
		if e["date"] == "" || e["headline"] == "" {
			t.Errorf("evidence without date or headline: %v", e)
		}
		if iri, _ := arts[id].(string); !strings.HasPrefix(iri, "<https://statekg.org/article/") {
			t.Errorf("article %s: IRI %v", id, arts[id])
		}
	}
	// The object of position is the title's text.
	ahmad := url.QueryEscape("<https://statekg.org/id/official/lord-ahmad>")
	r = do(t, "GET", srv.URL+"/api/why?s="+ahmad+"&p=position&o="+url.QueryEscape("Foreign Office minister"), "")
	if r.Status != http.StatusOK {
		t.Fatalf("why position: status %d: %s", r.Status, r.Body)
	}
	if y := r.JSON["result"].(map[string]any); y["edge"] != true || y["object"].(map[string]any)["name"] != "Foreign Office minister" {
		t.Errorf("why Lord Ahmad position Foreign Office minister: %.400s", r.Body)
	}
	if r := do(t, "GET", srv.URL+"/api/why?s="+ahmad+"&p=position", ""); r.Status != http.StatusBadRequest {
		t.Errorf("why position without o: status %d", r.Status)
	}
	if r := do(t, "GET", srv.URL+"/api/why?"+q+"&until=1990-01-01", ""); r.Status != http.StatusOK ||
		r.JSON["result"].(map[string]any)["edge"] != false {
		t.Errorf("why until 1990: status %d: %.300s", r.Status, r.Body)
	}

	for _, tc := range []struct {
		query string
		code  int
	}{
		{"", http.StatusBadRequest},
		{"p=blames&o=" + url.QueryEscape(northKorea), http.StatusBadRequest},
		{"s=" + url.QueryEscape(fbi) + "&o=" + url.QueryEscape(northKorea), http.StatusBadRequest},
		{"s=" + url.QueryEscape(fbi) + "&p=blames", http.StatusBadRequest},
		{"s=" + url.QueryEscape(fbi) + "&p=accuses&o=" + url.QueryEscape(northKorea), http.StatusBadRequest},
		{"s=" + url.QueryEscape(fbi) + "&p=blames&o=north", http.StatusBadRequest},
		{q + "&until=yesterday", http.StatusBadRequest},
		{"s=" + url.QueryEscape("<https://statekg.org/id/state/atlantis>") + "&p=blames&o=" + url.QueryEscape(northKorea), http.StatusNotFound},
	} {
		r := do(t, "GET", srv.URL+"/api/why?"+tc.query, "")
		if r.Status != tc.code || r.JSON["error"] == nil {
			t.Errorf("why?%s: status %d, want %d: %s", tc.query, r.Status, tc.code, r.Body)
		}
	}
}

// TestCardLimits: the look-ups keep the server's time limit and token.
func TestCardLimits(t *testing.T) {
	st := exampleGraph(t)
	srv := newServer(t, st, web.Options{Timeout: time.Nanosecond})
	for _, path := range []string{
		"/api/card?id=" + url.QueryEscape(northKorea),
		"/api/why?s=" + url.QueryEscape(northKorea) + "&p=blames&o=" + url.QueryEscape(northKorea),
	} {
		if r := do(t, "GET", srv.URL+path, ""); r.Status != http.StatusServiceUnavailable || r.JSON["error"] == nil {
			t.Errorf("%s with a time limit of 1ns: status %d: %s", path, r.Status, r.Body)
		}
	}
	srv = newServer(t, st, web.Options{Token: "s3cret"})
	path := "/api/card?id=" + url.QueryEscape(northKorea)
	if r := do(t, "GET", srv.URL+path, ""); r.Status != http.StatusUnauthorized {
		t.Errorf("card without the token: status %d", r.Status)
	}
	if r := do(t, "GET", srv.URL+path, "", "Authorization", "Bearer s3cret"); r.Status != http.StatusOK {
		t.Errorf("card with the token: status %d: %s", r.Status, r.Body)
	}
	if r := do(t, "POST", srv.URL+path, "x", "Authorization", "Bearer s3cret"); r.Status == http.StatusOK {
		t.Errorf("POST card: status %d", r.Status)
	}
}
