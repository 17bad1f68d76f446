package extract_test

import (
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
		d := extractDoc(t, x, schema.Article{Text: text})
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
		if utf8.ValidString(text) && len(d.Claims) > 0 && len(d.Entities) == 0 {
			t.Fatalf("claims without entities")
		}
	})
}
