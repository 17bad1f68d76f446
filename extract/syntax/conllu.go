package syntax

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// ParseError is a syntax error in CoNLL-U input.
type ParseError struct {
	Line int // 1-based line number
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }

func (e *ParseError) Unwrap() error { return e.Err }

// Reader reads sentences from CoNLL-U. Multiword-token lines (ids such as
// "1-2") and empty nodes ("8.1") are skipped: a Sentence holds the syntactic
// words only.
type Reader struct {
	sc   *bufio.Scanner
	line int
}

// NewReader returns a Reader reading from r.
func NewReader(r io.Reader) *Reader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
	return &Reader{sc: sc}
}

// Read returns the next sentence, or io.EOF when there is none.
func (r *Reader) Read() (*Sentence, error) {
	var s *Sentence
	for r.sc.Scan() {
		r.line++
		line := strings.TrimRight(r.sc.Text(), "\r")
		if line == "" {
			if s != nil && len(s.Words) > 0 {
				return s, s.check(r.line)
			}
			continue
		}
		if s == nil {
			s = &Sentence{}
		}
		if line[0] == '#' {
			k, v, ok := strings.Cut(strings.TrimSpace(line[1:]), "=")
			if ok {
				switch strings.TrimSpace(k) {
				case "sent_id":
					s.ID = strings.TrimSpace(v)
				case "text":
					s.Text = strings.TrimSpace(v)
				}
			}
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 10 {
			return nil, &ParseError{r.line, fmt.Errorf("%d fields, want 10", len(f))}
		}
		if strings.ContainsAny(f[0], "-.") {
			continue
		}
		id, err := strconv.Atoi(f[0])
		if err != nil || id != len(s.Words)+1 {
			return nil, &ParseError{r.line, fmt.Errorf("word id %q, want %d", f[0], len(s.Words)+1)}
		}
		w := Word{Form: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4], Head: -1, Deprel: f[7], Start: -1, End: -1, SpaceAfter: true}
		for _, p := range []*string{&w.Lemma, &w.UPOS, &w.XPOS, &w.Deprel} {
			if *p == "_" {
				*p = ""
			}
		}
		if f[2] == "_" && f[1] == "_" {
			w.Lemma = "_"
		}
		if f[6] != "_" {
			h, err := strconv.Atoi(f[6])
			if err != nil || h < 0 {
				return nil, &ParseError{r.line, fmt.Errorf("head %q is not a word id", f[6])}
			}
			w.Head = h - 1
		}
		if f[9] != "_" {
			w.Misc = f[9]
			for _, m := range strings.Split(f[9], "|") {
				k, v, _ := strings.Cut(m, "=")
				switch k {
				case "SpaceAfter":
					w.SpaceAfter = v != "No"
				case "TokenRange":
					a, b, ok := strings.Cut(v, ":")
					st, err1 := strconv.Atoi(a)
					en, err2 := strconv.Atoi(b)
					if ok && err1 == nil && err2 == nil {
						w.Start, w.End = st, en
					}
				}
			}
		}
		s.Words = append(s.Words, w)
	}
	if err := r.sc.Err(); err != nil {
		return nil, &ParseError{r.line, err}
	}
	if s != nil && len(s.Words) > 0 {
		return s, s.check(r.line)
	}
	return nil, io.EOF
}

// check reports a head outside the sentence.
func (s *Sentence) check(line int) error {
	for i, w := range s.Words {
		if w.Head >= len(s.Words) {
			return &ParseError{line, fmt.Errorf("sentence %q: word %d has head %d beyond the sentence", s.ID, i+1, w.Head+1)}
		}
	}
	return nil
}

// ReadAll reads all remaining sentences.
func (r *Reader) ReadAll() ([]*Sentence, error) {
	var out []*Sentence
	for {
		s, err := r.Read()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, s)
	}
}

// Writer writes sentences as CoNLL-U.
type Writer struct {
	w   *bufio.Writer
	err error
}

// NewWriter returns a Writer writing to w. Call Flush when done.
func NewWriter(w io.Writer) *Writer { return &Writer{w: bufio.NewWriter(w)} }

// Write writes one sentence: its sent_id and text comments, then a line per
// word, with the word's byte offsets as TokenRange=start:end in MISC when
// known, then a blank line.
func (w *Writer) Write(s *Sentence) error {
	if w.err != nil {
		return w.err
	}
	b := w.w
	if s.ID != "" {
		fmt.Fprintf(b, "# sent_id = %s\n", s.ID)
	}
	if s.Text != "" {
		fmt.Fprintf(b, "# text = %s\n", strings.Join(strings.Fields(s.Text), " "))
	}
	for i, x := range s.Words {
		head := "_"
		if x.Head >= 0 || x.Deprel != "" {
			head = strconv.Itoa(x.Head + 1)
		}
		fmt.Fprintf(b, "%d\t%s\t%s\t%s\t%s\t_\t%s\t%s\t_\t%s\n", i+1, field(x.Form), field(x.Lemma), field(x.UPOS), field(x.XPOS), head, field(x.Deprel), field(misc(x)))
	}
	_, w.err = b.WriteString("\n")
	return w.err
}

// misc returns the MISC column of x: its own, or its offsets and spacing.
func misc(x Word) string {
	if x.Misc != "" {
		return x.Misc
	}
	var parts []string
	if !x.SpaceAfter {
		parts = append(parts, "SpaceAfter=No")
	}
	if x.Start >= 0 && x.End >= x.Start {
		parts = append(parts, fmt.Sprintf("TokenRange=%d:%d", x.Start, x.End))
	}
	return strings.Join(parts, "|")
}

var blanks = strings.NewReplacer("\t", " ", "\n", " ", "\r", " ")

func field(s string) string {
	if s == "" {
		return "_"
	}
	return blanks.Replace(s)
}

// Flush writes any buffered data and returns the first error met.
func (w *Writer) Flush() error {
	if w.err != nil {
		return w.err
	}
	w.err = w.w.Flush()
	return w.err
}
