package extract_test

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/statekg/statekg/extract"
	"github.com/statekg/statekg/schema"
)

// FuzzExtract checks that any text gives a document whose spans all point
// into it, without panicking. Seeds are in testdata/fuzz/FuzzExtract.
func FuzzExtract(f *testing.F) {
	f.Add("North Korea’s envoy, Kim In Ryong, said the attack on Sony was not its doing.")
	f.Add("[Jeon Heon-Kyun/AFP]\n\n“")
	x, err := extract.New(extract.Config{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d := extract.ExtractDoc(t, x, schema.Article{Text: text})
		checkSpans(t, text, d)
		if utf8.ValidString(text) && len(d.Claims) > 0 && len(d.Entities) == 0 {
			t.Fatalf("claims without entities")
		}
	})
}

// FuzzExtractLarge extracts long generated articles, up to 512 KiB, with
// a fuzzed fragment spliced in at fuzzed intervals (the whole kept under
// 1 MiB, so that one input takes about a second) and, at will, every
// sentence boundary removed: what the small inputs of FuzzExtract never
// reach (long sentences, long lists, far antecedents). It must not fail,
// and every span must point into the text. Seeds are in
// testdata/fuzz/FuzzExtractLarge.
func FuzzExtractLarge(f *testing.F) {
	f.Add(uint64(1), uint16(64), false, "", uint16(0))
	f.Add(uint64(2), uint16(256), true, "Britain blamed Russia, ", uint16(40))
	f.Add(uint64(3), uint16(128), false, " would not ", uint16(7))
	x, err := extract.New(extract.Config{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, seed uint64, kib uint16, oneSentence bool, splice string, every uint16) {
		text := largeText(int64(seed%1000), int(kib%512+1)<<10, oneSentence)
		if splice != "" && every > 0 {
			var b strings.Builder
			for i, w := range strings.SplitAfter(text, " ") {
				b.WriteString(w)
				if i%int(every) == 0 && b.Len()+len(splice) < 1<<20 {
					b.WriteString(splice)
				}
			}
			text = b.String()
		}
		d, err := x.Extract(context.Background(), schema.Article{ID: "large", Text: text})
		if err != nil {
			t.Fatal(err)
		}
		checkSpans(t, text, d)
	})
}

// checkSpans fails t when a mention or a claim's sentence of d does not
// point into text.
func checkSpans(t *testing.T, text string, d *schema.Document) {
	t.Helper()
	for _, e := range d.Entities {
		for _, m := range e.Mentions {
			if m.Span.Start < 0 || m.Span.End > len(text) || m.Span.Start > m.Span.End || text[m.Span.Start:m.Span.End] != m.Text {
				t.Fatalf("mention %q of %s has bad span %v", m.Text, e.Name, m.Span)
			}
		}
	}
	for _, c := range d.Claims {
		if c.Sentence.Start < 0 || c.Sentence.End > len(text) || c.Sentence.Start > c.Sentence.End {
			t.Fatalf("claim %v has bad sentence span %v", c, c.Sentence)
		}
	}
}
