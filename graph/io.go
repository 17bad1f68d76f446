package graph

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/dot"
	"github.com/cayleygraph/quad/graphml"
	"github.com/cayleygraph/quad/jsonld"
	"github.com/cayleygraph/quad/nquads"

	"github.com/statekg/statekg/schema"
)

// Format is an export format.
type Format string

// Export formats.
const (
	NQuads  Format = "nquads"  // RDF 1.1 N-Quads, one quad a line
	JSONLD  Format = "jsonld"  // JSON-LD, one named graph per article
	GraphML Format = "graphml" // GraphML, for graph tools such as Gephi
	DOT     Format = "dot"     // Graphviz DOT
)

// Formats returns the export formats.
func Formats() []Format { return []Format{NQuads, JSONLD, GraphML, DOT} }

// ParseFormat returns the Format named s.
func ParseFormat(s string) (Format, error) {
	for _, f := range Formats() {
		if string(f) == s {
			return f, nil
		}
	}
	return "", fmt.Errorf("unknown format %q (nquads, jsonld, graphml or dot)", s)
}

// ParseError is the error of a malformed input, with its file and line.
type ParseError = schema.ParseError

// Errors a ParseError of an N-Quads input wraps; test for them with
// errors.Is.
var (
	ErrSyntax      = errors.New("not N-Quads")
	ErrInvalidQuad = errors.New("invalid quad")
	ErrLineTooLong = schema.ErrLineTooLong
)

// MaxNQuadsLine is the longest line an NQuadsReader reads: 64 MiB.
const MaxNQuadsLine = 64 << 20

// Import reads every quad of r, checks them all (IRIs absolute and free of
// spaces and <>"{}|^`\, predicates IRIs, literals UTF-8, language tags
// well-formed) and only then writes them, in transactions of about
// Config.BatchSize quads. A reader error or an invalid quad writes nothing.
// Quads already in the store are skipped. It returns the number of quads
// read.
//
// Blank nodes are local to one import, as RDF has it: each Import renames
// the blank nodes it reads ("_:b0" becomes "_:b0.i" followed by a random
// tag), so the "_:b0" of two imports are two nodes, while within one
// import every "_:b0" is the same node. Importing a file with blank nodes
// twice therefore adds its blank-node quads twice.
//
// Quads read with an NQuadsReader report errors as *ParseError, with the
// line.
func (s *Store) Import(ctx context.Context, r quad.Reader) (int, error) {
	n, err := s.importQuads(ctx, r)
	if err != nil {
		var pe *ParseError
		if errors.As(err, &pe) && pe.File != "" {
			return 0, err // it names its file and line
		}
		return 0, fmt.Errorf("import: %w", err)
	}
	return n, nil
}

// ImportFile imports the N-Quads file at path as Import does. An error in
// the file is a *ParseError that reads "FILE:LINE: what is wrong".
func (s *Store) ImportFile(ctx context.Context, path string) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, fmt.Errorf("import %s: %w", path, err)
	}
	defer f.Close()
	r := NewNQuadsReader(f)
	r.File = path
	n, err := s.importQuads(ctx, r)
	var pe *ParseError
	if errors.As(err, &pe) {
		return 0, err
	} else if err != nil {
		return 0, fmt.Errorf("import %s: %w", path, err)
	}
	return n, nil
}

func (s *Store) importQuads(ctx context.Context, r quad.Reader) (int, error) {
	lr, _ := r.(*NQuadsReader)
	blank, err := newBlankRenamer()
	if err != nil {
		return 0, err
	}
	var all []quad.Quad
	for {
		if err := ctx.Err(); err != nil {
			return 0, err
		}
		q, err := r.ReadQuad()
		if err == io.EOF {
			break
		} else if err != nil {
			return 0, err
		}
		if err := checkQuad(q); err != nil {
			err = fmt.Errorf("%w: %w", ErrInvalidQuad, err)
			if lr != nil {
				return 0, &ParseError{File: lr.File, Line: lr.line, Err: err}
			}
			return 0, fmt.Errorf("quad %d: %w", len(all)+1, err)
		}
		all = append(all, blank.rename(normalize(q)))
	}
	for i := 0; i < len(all); i += s.batch {
		if err := ctx.Err(); err != nil {
			return i, err
		}
		end := min(i+s.batch, len(all))
		tx := cgraph.NewTransactionN(end - i)
		for _, q := range all[i:end] {
			tx.AddQuad(q)
		}
		if err := s.apply(tx); err != nil {
			return i, err
		}
	}
	return len(all), nil
}

// blankRenamer gives the blank nodes of one import names of their own.
type blankRenamer struct{ suffix string }

func newBlankRenamer() (blankRenamer, error) {
	var b [8]byte
	if _, err := rand.Read(b[:]); err != nil {
		return blankRenamer{}, err
	}
	return blankRenamer{suffix: ".i" + hex.EncodeToString(b[:])}, nil
}

func (r blankRenamer) rename(q quad.Quad) quad.Quad {
	one := func(v quad.Value) quad.Value {
		if b, ok := v.(quad.BNode); ok {
			return b + quad.BNode(r.suffix)
		}
		return v
	}
	q.Subject, q.Object, q.Label = one(q.Subject), one(q.Object), one(q.Label)
	return q
}

// NQuadsReader reads N-Quads line by line and reports errors with their
// line numbers as *ParseError.
type NQuadsReader struct {
	// File names the input in errors; "" leaves it out.
	File string

	sc   *bufio.Scanner
	line int
}

// NewNQuadsReader returns a reader of the N-Quads in r.
func NewNQuadsReader(r io.Reader) *NQuadsReader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), MaxNQuadsLine)
	return &NQuadsReader{sc: sc}
}

// ReadQuad returns the next quad, or io.EOF at the end.
func (r *NQuadsReader) ReadQuad() (quad.Quad, error) {
	for r.sc.Scan() {
		r.line++
		line := strings.TrimSpace(r.sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		q, err := nquads.Parse(line)
		if err != nil {
			return quad.Quad{}, &ParseError{File: r.File, Line: r.line, Err: fmt.Errorf("%w: %w", ErrSyntax, parseMessage(err))}
		}
		return q, nil
	}
	err := r.sc.Err()
	switch {
	case err == nil:
		return quad.Quad{}, io.EOF
	case errors.Is(err, bufio.ErrTooLong):
		err = fmt.Errorf("%w: more than %d bytes", ErrLineTooLong, MaxNQuadsLine)
	}
	return quad.Quad{}, &ParseError{File: r.File, Line: r.line + 1, Err: err}
}

// parseMessage turns the N-Quads parser's "<nil>"-padded messages into
// plain ones.
func parseMessage(err error) error {
	if errors.Is(err, quad.ErrIncomplete) {
		return errors.New("incomplete quad (a statement must end with ' .')")
	}
	return err
}

// Export writes the quads of the article articleID, or of the whole graph
// when articleID is "", in format f, sorted so the same graph always gives
// the same output. Numbers, booleans and times are written as literals
// typed with full XML Schema IRIs. An unknown article gives an error
// wrapping ErrNotFound.
func (s *Store) Export(ctx context.Context, w io.Writer, f Format, articleID string) error {
	return s.ExportProgress(ctx, w, f, articleID, nil)
}

// ExportProgress is Export that calls progress, if not nil, on the
// calling goroutine as quads are read from the store: with the number read
// so far and the number there are (the store's count; 0 where it keeps
// none), and once more when all are read.
func (s *Store) ExportProgress(ctx context.Context, w io.Writer, f Format, articleID string, progress func(done, total int)) error {
	if progress == nil {
		progress = func(int, int) {}
	}
	qs, err := s.exportQuads(ctx, articleID, progress)
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if err := WriteQuads(w, f, qs); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}

func (s *Store) exportQuads(ctx context.Context, articleID string, progress func(done, total int)) ([]quad.Quad, error) {
	var out []quad.Quad
	if articleID != "" {
		qs, err := s.articleQuads(ctx, s.vocab.Article(articleID))
		if err != nil {
			return nil, err
		}
		if len(qs) == 0 {
			return nil, fmt.Errorf("article %s: %w", articleID, ErrNotFound)
		}
		out = qs
	} else {
		total := 0
		if st, err := s.qs.Stats(ctx, false); err == nil && st.Quads.Size > 0 {
			total = int(st.Quads.Size)
		}
		it := s.qs.QuadsAllIterator()
		defer it.Close()
		for it.Next(ctx) {
			out = append(out, s.qs.Quad(it.Result()))
			if len(out)%progressStep == 0 {
				progress(len(out), total)
			}
		}
		if err := it.Err(); err != nil {
			return nil, err
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
	}
	progress(len(out), len(out))
	for i := range out {
		out[i] = normalize(out[i])
	}
	SortQuads(out)
	return out, nil
}

// progressStep is how many quads Export reads between calls of progress.
const progressStep = 4096

// SortQuads sorts quads by label, subject, predicate and object, compared
// in their N-Quads form.
func SortQuads(qs []quad.Quad) {
	key := func(v quad.Value) string {
		if v == nil {
			return ""
		}
		return v.String()
	}
	sort.SliceStable(qs, func(i, j int) bool {
		a, b := qs[i], qs[j]
		if x, y := key(a.Label), key(b.Label); x != y {
			return x < y
		}
		if x, y := key(a.Subject), key(b.Subject); x != y {
			return x < y
		}
		if x, y := key(a.Predicate), key(b.Predicate); x != y {
			return x < y
		}
		return key(a.Object) < key(b.Object)
	})
}

// WriteQuads writes qs, in the order given, in format f with the writers
// of github.com/cayleygraph/quad.
func WriteQuads(w io.Writer, f Format, qs []quad.Quad) error {
	var qw quad.WriteCloser
	switch f {
	case NQuads:
		qw = nquads.NewWriter(w)
	case JSONLD:
		qw = jsonld.NewWriter(w)
	case GraphML:
		qw = graphml.NewWriter(w)
	case DOT:
		qw = dot.NewWriter(w)
	default:
		return fmt.Errorf("unknown format %q", string(f))
	}
	if _, err := qw.WriteQuads(qs); err != nil {
		qw.Close()
		return err
	}
	return qw.Close()
}

// RemoveQuads removes the given quads from the store in one transaction,
// as Cayley's delete API does: quads the store does not hold are ignored.
// It removes only the quads given; removing an article with what only it
// supported is Delete.
func (s *Store) RemoveQuads(ctx context.Context, quads []quad.Quad) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("remove quads: %w", err)
	}
	deltas := make([]cgraph.Delta, len(quads))
	for i, q := range quads {
		deltas[i] = cgraph.Delta{Quad: q, Action: cgraph.Delete}
	}
	// Load's record of the default graph must not keep what goes, and the
	// store's quad count is no longer this Store's to know.
	s.forget(deltas)
	s.whole = false
	s.bulk = nil
	if err := s.qs.ApplyDeltas(deltas, cgraph.IgnoreOpts{IgnoreMissing: true}); err != nil {
		return fmt.Errorf("remove quads: %w", err)
	}
	return nil
}
