package graph_test

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/statekg/statekg/graph"
)

// FuzzImport imports arbitrary bytes as N-Quads into a memstore: it must
// never panic; a bad input is a *ParseError on one of its lines, wrapping
// a sentinel, that writes nothing; a good one exports N-Quads that import
// again into the same number of quads. Seeds are in
// testdata/fuzz/FuzzImport.
func FuzzImport(f *testing.F) {
	f.Add([]byte("<http://x.org/a> <http://x.org/p> \"b\"@en <http://x.org/g> .\n_:b0 <http://x.org/p> _:b1 .\n"))
	f.Add([]byte("# comment\n\n<http://x.org/a> <http://x.org/n> \"7\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n"))
	ctx := context.Background()
	f.Fuzz(func(t *testing.T, data []byte) {
		st, err := graph.Open(ctx, graph.Config{Backend: graph.Memstore})
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		r := graph.NewNQuadsReader(bytes.NewReader(data))
		r.File = "in.nq"
		n, err := st.Import(ctx, r)
		var out bytes.Buffer
		if xerr := st.Export(ctx, &out, graph.NQuads, ""); xerr != nil {
			t.Fatal(xerr)
		}
		if err != nil {
			var pe *graph.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is not a *ParseError", err)
			}
			lines := bytes.Count(data, []byte("\n")) + 1
			if pe.File != "in.nq" || pe.Line < 1 || pe.Line > lines+1 {
				t.Fatalf("error at %s:%d of %d lines", pe.File, pe.Line, lines)
			}
			if !errors.Is(err, graph.ErrSyntax) && !errors.Is(err, graph.ErrInvalidQuad) && !errors.Is(err, graph.ErrLineTooLong) {
				t.Fatalf("error %v wraps no sentinel", err)
			}
			if !strings.HasPrefix(err.Error(), "in.nq:") {
				t.Fatalf("message %q", err)
			}
			if out.Len() != 0 {
				t.Fatalf("a failed import wrote:\n%s", out.String())
			}
			return
		}
		got := strings.Count(out.String(), "\n")
		if got > n {
			t.Fatalf("%d quads read, %d exported", n, got)
		}
		again, err := graph.Open(ctx, graph.Config{Backend: graph.Memstore})
		if err != nil {
			t.Fatal(err)
		}
		defer again.Close()
		m, err := again.Import(ctx, graph.NewNQuadsReader(bytes.NewReader(out.Bytes())))
		if err != nil {
			t.Fatalf("the export does not import again: %v\n%s", err, out.String())
		}
		if m != got {
			t.Fatalf("export of %d quads imports as %d", got, m)
		}
		var out2 bytes.Buffer
		if err := again.Export(ctx, &out2, graph.NQuads, ""); err != nil {
			t.Fatal(err)
		}
		if c := strings.Count(out2.String(), "\n"); c != got {
			t.Fatalf("re-imported export has %d quads, want %d", c, got)
		}
	})
}
