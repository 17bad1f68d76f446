package extract_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/statekg/statekg/extract"
	"github.com/statekg/statekg/internal/newsgen"
	"github.com/statekg/statekg/schema"
)

// largeText returns about size bytes of generated news: newsgen articles
// one after another, or, with oneSentence, the same text as one sentence
// (every sentence end and line break turned into a comma, so no sentence
// boundary is left).
func largeText(seed int64, size int, oneSentence bool) string {
	g := newsgen.New(seed)
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		text := g.Article(i).Text
		if oneSentence {
			text = strings.NewReplacer(". ", ", ", ".\n", ", ", "\n", " ", "? ", ", ", "! ", ", ").Replace(text)
			text = strings.TrimSuffix(text, ".")
			b.WriteString(text)
			b.WriteString(", ")
			continue
		}
		b.WriteString(text)
		b.WriteString("\n\n")
	}
	s := b.String()
	if len(s) > size { // cut at a space, keeping UTF-8 whole
		if i := strings.LastIndexByte(s[:size], ' '); i > 0 {
			s = s[:i]
		}
	}
	if oneSentence {
		s = strings.TrimRight(s, ", ") + "."
	}
	return s
}

// BenchmarkExtractLarge extracts single large articles, of many sentences
// and of one sentence, from 128 KiB to 4 MiB: the time per byte must stay
// flat as the article grows.
func BenchmarkExtractLarge(b *testing.B) {
	x, err := extract.New(extract.Config{})
	if err != nil {
		b.Fatal(err)
	}
	sizes := []int{128, 512, 1024, 2048, 4096} // KiB
	if testing.Short() {
		sizes = sizes[:2]
	}
	for _, shape := range []string{"sentences", "onesentence"} {
		for _, kb := range sizes {
			text := largeText(1, kb<<10, shape == "onesentence")
			b.Run(fmt.Sprintf("%s/%dKiB", shape, kb), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				b.ReportAllocs()
				for i := 0; i < b.N; i++ {
					if _, err := x.Extract(context.Background(), schema.Article{ID: "large", Text: text}); err != nil {
						b.Fatal(err)
					}
				}
				if el := b.Elapsed().Seconds(); el > 0 {
					b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(text)), "ns/byte")
				}
			})
		}
	}
}

// TestExtractCancel cancels the extraction of a long article: it returns
// soon (within half the time the whole article takes) with an
// error wrapping context.Canceled and naming the article, and the
// Extractor goes on working afterwards.
func TestExtractCancel(t *testing.T) {
	x, err := extract.New(extract.Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, one := range []bool{false, true} {
		a := schema.Article{ID: "long", Text: largeText(3, 2<<20, one)}
		// "soon" is a small part of what the whole article takes here
		// (the race detector makes everything slower)
		start := time.Now()
		extract.ExtractDoc(t, x, a)
		limit := max(time.Since(start)/2, 50*time.Millisecond)
		ctx, cancel := context.WithCancel(context.Background())
		type result struct {
			doc *schema.Document
			err error
			at  time.Time
		}
		done := make(chan result, 1)
		go func() {
			d, err := x.Extract(ctx, a)
			done <- result{d, err, time.Now()}
		}()
		time.Sleep(50 * time.Millisecond)
		cancel()
		cancelled := time.Now()
		var r result
		select {
		case r = <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("one sentence %v: Extract still running 10 s after the cancel", one)
		}
		if !errors.Is(r.err, context.Canceled) || r.doc != nil {
			t.Fatalf("one sentence %v: got %v, %v; want context.Canceled and no document", one, r.doc != nil, r.err)
		}
		if !strings.Contains(r.err.Error(), "long") {
			t.Errorf("error %q does not name the article", r.err)
		}
		if d := r.at.Sub(cancelled); d > limit {
			t.Errorf("one sentence %v: Extract returned %v after the cancel, more than %v", one, d, limit)
		}
	}
	// a cancelled context from the start
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := x.Extract(ctx, schema.Article{ID: "x", Text: "Britain blamed Russia."}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled before: %v", err)
	}
	d := extract.ExtractDoc(t, x, schema.Article{Text: "The United States blamed North Korea for the attack."})
	if len(d.Claims) == 0 {
		t.Error("no claims after cancelled extractions")
	}
}

// TestExtractRunOnSentence extracts sentences of a MiB that repeat one
// clause without end, the worst case of rules that look back or ahead
// within a sentence: each must finish well inside a minute (a few hundred
// milliseconds once every rule's reach is bounded; hours when a rule
// rescans the sentence for each word).
func TestExtractRunOnSentence(t *testing.T) {
	if testing.Short() {
		t.Skip("a MiB sentence at a time")
	}
	x, err := extract.New(extract.Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, unit := range []string{
		"Britain blamed Russia, ",
		"Britain blamed Russia would not ",
		"Minister John Smith of ",
		"Kim Jong Un met ",
	} {
		text := strings.Repeat(unit, (1<<20)/len(unit)) + "."
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		_, err := x.Extract(ctx, schema.Article{ID: "run-on", Text: text})
		cancel()
		if err != nil {
			t.Errorf("%q repeated to 1 MiB: %v", unit, err)
		}
	}
}
