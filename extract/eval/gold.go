package eval

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/statekg/statekg/schema"
)

// RowKind says what a gold relation row asks of the extractor.
type RowKind string

// The kinds of relation rows, written as the first column of the row.
const (
	Required  RowKind = "R" // must be found
	Forbidden RowKind = "N" // negated or hedged: must not be a plain relation
	Optional  RowKind = "O" // neither required nor penalised
)

// GoldEntity is an entity an article names (an E row).
type GoldEntity struct {
	Type     schema.Type
	Name     string   // canonical name, unique in its file
	Mentions []string // surface forms as they stand in the text
}

// Row is a relation row (R, N or O). Subject and Object are canonical names
// of the file's entities, except that Object is the title for position.
type Row struct {
	Kind      RowKind          `json:"kind"`
	Subject   string           `json:"subject"`
	Predicate schema.Predicate `json:"predicate"`
	Object    string           `json:"object"`
	Line      int              `json:"line"` // line in the gold file, from 1
}

// String returns the row as it is written in a gold file, tabs read as
// spaces.
func (r Row) String() string {
	return fmt.Sprintf("%s %s %s %s", r.Kind, r.Subject, r.Predicate, r.Object)
}

// Gold is the content of one gold file.
type Gold struct {
	Entities []GoldEntity
	Rows     []Row
}

// Entity returns the gold entity with canonical name name, or nil.
func (g *Gold) Entity(name string) *GoldEntity {
	for i := range g.Entities {
		if g.Entities[i].Name == name {
			return &g.Entities[i]
		}
	}
	return nil
}

// Errors a ParseError of ReadGold wraps, besides schema.ErrUnknown for a
// type or predicate not in the vocabulary; test for them with errors.Is.
var (
	ErrFieldCount  = schema.ErrFieldCount
	ErrEmpty       = schema.ErrEmpty
	ErrRowKind     = errors.New("unknown row kind")
	ErrDuplicate   = errors.New("already defined")
	ErrNoEntity    = errors.New("no E row")
	ErrLineTooLong = schema.ErrLineTooLong
)

// ParseError is the error of a malformed input, with its file and line.
type ParseError = schema.ParseError

// maxLine bounds the length of one gold line.
const maxLine = 1 << 20

// ReadGold parses a gold file read from r; name is the file name used in
// errors. Blank lines and lines starting with # are skipped. Every error is
// a *ParseError.
func ReadGold(r io.Reader, name string) (*Gold, error) {
	g := &Gold{}
	fail := func(line int, format string, args ...any) error {
		return &ParseError{File: name, Line: line, Err: fmt.Errorf(format, args...)}
	}
	wrap := func(line int, err error) error {
		return &ParseError{File: name, Line: line, Err: err}
	}
	names := make(map[string]int) // canonical name → line of its E row
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), maxLine)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSuffix(sc.Text(), "\r")
		if trimmed := strings.TrimSpace(line); trimmed == "" || strings.HasPrefix(trimmed, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		kind := f[0]
		switch kind {
		case "E":
			if len(f) != 4 {
				return nil, fail(n, "%w: E row has %d, want 4 (E, type, name, mentions)", ErrFieldCount, len(f))
			}
			t, err := schema.ParseType(f[1])
			if err != nil {
				return nil, wrap(n, err)
			}
			if f[2] == "" {
				return nil, fail(n, "E row has an %w name", ErrEmpty)
			}
			if prev, ok := names[f[2]]; ok {
				return nil, fail(n, "entity %q %w on line %d", f[2], ErrDuplicate, prev)
			}
			names[f[2]] = n
			var mentions []string
			for _, m := range strings.Split(f[3], "|") {
				if m = strings.TrimSpace(m); m != "" {
					mentions = append(mentions, m)
				}
			}
			g.Entities = append(g.Entities, GoldEntity{Type: t, Name: f[2], Mentions: mentions})
		case "R", "N", "O":
			if len(f) != 4 {
				return nil, fail(n, "%w: %s row has %d, want 4 (%s, subject, predicate, object)", ErrFieldCount, kind, len(f), kind)
			}
			p, err := schema.ParsePredicate(f[2])
			if err != nil {
				return nil, wrap(n, err)
			}
			if f[1] == "" || f[3] == "" {
				return nil, fail(n, "%s row has an %w subject or object", kind, ErrEmpty)
			}
			g.Rows = append(g.Rows, Row{Kind: RowKind(kind), Subject: f[1], Predicate: p, Object: f[3], Line: n})
		default:
			return nil, fail(n, "%w %q (want E, R, N or O)", ErrRowKind, kind)
		}
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return nil, fail(n+1, "%w: longer than %d bytes", ErrLineTooLong, maxLine)
		}
		return nil, &ParseError{File: name, Line: n, Err: err}
	}
	// Rows may name entities defined further down; check them at the end.
	for _, row := range g.Rows {
		if _, ok := names[row.Subject]; !ok {
			return nil, fail(row.Line, "unknown subject %q (%w)", row.Subject, ErrNoEntity)
		}
		if _, ok := names[row.Object]; !ok && !row.Predicate.Literal() {
			return nil, fail(row.Line, "unknown object %q (%w)", row.Object, ErrNoEntity)
		}
	}
	return g, nil
}

// ReadGoldFile parses the gold file at path.
func ReadGoldFile(path string) (*Gold, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read gold: %w", err)
	}
	defer f.Close()
	return ReadGold(f, path)
}

// Case is one article of an evaluation folder with its gold.
type Case struct {
	Name     string // NAME of NAME.txt and NAME.gold.tsv
	TextPath string
	GoldPath string
	Gold     *Gold
}

// Suffixes of the files of a Case.
const (
	TextSuffix = ".txt"
	GoldSuffix = ".gold.tsv"
)

// ReadDir reads every NAME.txt of dir with its NAME.gold.tsv, in name
// order. A text without gold, or gold without text, is an error naming the
// file; other files are ignored.
func ReadDir(dir string) ([]Case, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("read eval folder: %w", err)
	}
	texts := make(map[string]bool)
	golds := make(map[string]bool)
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		switch n := e.Name(); {
		case strings.HasSuffix(n, GoldSuffix):
			golds[strings.TrimSuffix(n, GoldSuffix)] = true
		case strings.HasSuffix(n, TextSuffix):
			texts[strings.TrimSuffix(n, TextSuffix)] = true
		}
	}
	var cases []Case
	for _, e := range entries { // os.ReadDir sorts by file name
		n := e.Name()
		if e.IsDir() || !strings.HasSuffix(n, TextSuffix) && !strings.HasSuffix(n, GoldSuffix) {
			continue
		}
		if strings.HasSuffix(n, GoldSuffix) {
			if base := strings.TrimSuffix(n, GoldSuffix); !texts[base] {
				return nil, fmt.Errorf("%s: no article %s", filepath.Join(dir, n), base+TextSuffix)
			}
			continue
		}
		base := strings.TrimSuffix(n, TextSuffix)
		if !golds[base] {
			return nil, fmt.Errorf("%s: no gold file %s", filepath.Join(dir, n), base+GoldSuffix)
		}
		gp := filepath.Join(dir, base+GoldSuffix)
		g, err := ReadGoldFile(gp)
		if err != nil {
			return nil, err
		}
		cases = append(cases, Case{Name: base, TextPath: filepath.Join(dir, n), GoldPath: gp, Gold: g})
	}
	return cases, nil
}
