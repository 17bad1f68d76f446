package corpus

import (
	"bytes"
	"errors"
	"io"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzJSONL reads arbitrary bytes as a .jsonl file: it must never panic,
// and every article and every error it gives must be well formed. Seeds are
// in testdata/fuzz/FuzzJSONL.
func FuzzJSONL(f *testing.F) {
	f.Add([]byte(`{"id":"a","title":"T","text":"x"}` + "\n\n{}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		j := newJSONL(bytes.NewReader(data), "f.jsonl")
		lines := bytes.Count(data, []byte("\n")) + 1
		for n := 0; ; n++ {
			if n > lines+1 {
				t.Fatalf("more results (%d) than lines (%d)", n, lines)
			}
			a, err := j.next()
			if err == io.EOF {
				break
			}
			if err != nil {
				var pe *ParseError
				if !errors.As(err, &pe) || pe.File != "f.jsonl" || pe.Line < 0 || pe.Line > lines || pe.Err == nil {
					t.Fatalf("bad error %#v", err)
				}
				continue
			}
			if a.ID == "" || strings.TrimSpace(a.Text) == "" || !utf8.ValidString(a.Text) || strings.IndexByte(a.Text, 0) >= 0 {
				t.Fatalf("bad article %+v", a)
			}
			if a.Title != "" && !strings.HasPrefix(strings.TrimSpace(a.Text), a.Title) {
				t.Fatalf("text %q does not begin with the title %q", a.Text, a.Title)
			}
			line, err := strconv.Atoi(strings.TrimPrefix(a.Source, "f.jsonl:"))
			if err != nil || line < 1 || line > lines {
				t.Fatalf("bad source %q", a.Source)
			}
		}
	})
}
