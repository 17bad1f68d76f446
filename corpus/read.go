package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/statekg/statekg/schema"
)

var bom = []byte("\ufeff")

// readTxt reads a .txt file as one article.
func readTxt(path string) (schema.Article, error) {
	fail := func(err error) (schema.Article, error) {
		return schema.Article{}, &ParseError{File: path, Err: err}
	}
	f, fi, err := openRegular(path)
	if err != nil {
		return fail(err)
	}
	defer f.Close()
	if fi.Size() > MaxArticleBytes {
		return fail(tooLarge(fi.Size()))
	}
	b, err := io.ReadAll(io.LimitReader(f, MaxArticleBytes+1))
	if err != nil {
		return fail(pathErr(err))
	}
	if len(b) > MaxArticleBytes { // grew since Stat, or not a regular file
		return fail(tooLarge(int64(len(b))))
	}
	b = bytes.TrimPrefix(b, bom)
	if err := checkText(b); err != nil {
		return fail(err)
	}
	text := string(b)
	if strings.TrimSpace(text) == "" {
		return fail(ErrEmpty)
	}
	return schema.Article{
		ID:     schema.ContentID(text),
		Title:  headline(text),
		Text:   text,
		Source: path,
	}, nil
}

// headline returns the first non-empty line of text, trimmed, or "" when
// it is the only non-empty line.
func headline(text string) string {
	var first string
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		switch {
		case line == "":
		case first == "":
			first = line
		default:
			return first
		}
	}
	return ""
}

// openRegular opens the regular file at path for reading, without
// blocking on a named pipe, and returns it with its FileInfo. Anything
// but a regular file is an error wrapping ErrNotRegular (or
// ErrDirectory); the error does not repeat the path.
func openRegular(path string) (*os.File, fs.FileInfo, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|openNonblock, 0)
	if err != nil {
		return nil, nil, pathErr(err)
	}
	fi, err := f.Stat()
	if err == nil {
		err = checkRegular(fi.Mode())
	}
	if err != nil {
		f.Close()
		return nil, nil, pathErr(err)
	}
	return f, fi, nil
}

// checkRegular returns nil for a regular file's mode, and else what it is.
func checkRegular(m fs.FileMode) error {
	switch {
	case m.IsRegular():
		return nil
	case m.IsDir():
		return ErrDirectory
	case m&fs.ModeNamedPipe != 0:
		return fmt.Errorf("%w: a named pipe (FIFO)", ErrNotRegular)
	case m&fs.ModeSocket != 0:
		return fmt.Errorf("%w: a socket", ErrNotRegular)
	case m&fs.ModeDevice != 0:
		return fmt.Errorf("%w: a device", ErrNotRegular)
	}
	return fmt.Errorf("%w: mode %v", ErrNotRegular, m)
}

// checkBinary reports whether b, all or the start of a file, is UTF-16
// text or holds a NUL byte, which marks a binary file.
func checkBinary(b []byte) error {
	if isUTF16(b) {
		return errUTF16
	}
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return fmt.Errorf("%w: NUL byte at offset %d (a binary file?)", ErrNotUTF8, i)
	}
	return nil
}

// checkText reports whether b is UTF-8 text: valid UTF-8 without a NUL
// byte, which marks a binary file (or UTF-16 text, told apart).
func checkText(b []byte) error {
	if err := checkBinary(b); err != nil {
		return err
	}
	if !utf8.Valid(b) {
		return fmt.Errorf("%w: invalid byte sequence at offset %d", ErrNotUTF8, invalidAt(b))
	}
	return nil
}

var errUTF16 = fmt.Errorf("%w: UTF-16 text; convert it to UTF-8", ErrNotUTF8)

// isUTF16 reports whether b looks like UTF-16 text: it starts with a
// UTF-16 byte order mark, or its first bytes alternate NULs and ASCII, as
// UTF-16 English text does.
func isUTF16(b []byte) bool {
	if bytes.HasPrefix(b, []byte{0xff, 0xfe}) || bytes.HasPrefix(b, []byte{0xfe, 0xff}) {
		return true
	}
	head := b[:min(len(b), 512)&^1]
	if len(head) < 4 {
		return false
	}
	// the NULs stand on one side of each pair: the high bytes
	var nul [2]int
	for i, c := range head {
		if c == 0 {
			nul[i&1]++
		} else if c >= 0x80 {
			return false
		}
	}
	pairs := len(head) / 2
	return (nul[0] == 0 && nul[1]*4 >= pairs*3) || (nul[1] == 0 && nul[0]*4 >= pairs*3)
}

func invalidAt(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(b)
}

func tooLarge(n int64) error {
	return fmt.Errorf("%w: %d bytes, the limit is %d", ErrTooLarge, n, MaxArticleBytes)
}

// jsonlFile reads the articles of a .jsonl file line by line.
type jsonlFile struct {
	name  string
	c     io.Closer
	br    *bufio.Reader
	line  int // number of the last line read
	buf   []byte
	lines int // non-blank lines met
	done  bool

	ids    map[string]int // article id -> line it was read from
	bad    int            // bad lines met
	unsaid int            // bad lines beyond MaxLineErrors, not yet reported
}

func openJSONL(path string) (*jsonlFile, error) {
	f, _, err := openRegular(path)
	if err != nil {
		return nil, &ParseError{File: path, Err: err}
	}
	j := newJSONL(f, path)
	j.c = f
	// A binary file is one problem, not one for each of its "lines".
	head, _ := j.br.Peek(512)
	if err := checkBinary(head); err != nil {
		f.Close()
		return nil, &ParseError{File: path, Err: err}
	}
	return j, nil
}

func newJSONL(r io.Reader, name string) *jsonlFile {
	return &jsonlFile{name: name, br: bufio.NewReaderSize(r, 64<<10), ids: map[string]int{}}
}

func (j *jsonlFile) close() error {
	if j.c == nil {
		return nil
	}
	err := j.c.Close()
	j.c = nil
	return err
}

// record is one line of a .jsonl file.
type record struct {
	ID    jsonID `json:"id"`
	URL   string `json:"url"`
	Title string `json:"title"`
	Date  string `json:"date"`
	Text  string `json:"text"`
}

// jsonID is an id given as a JSON string or number.
type jsonID string

func (id *jsonID) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] != '"' {
		var n json.Number
		if err := json.Unmarshal(b, &n); err != nil {
			return fmt.Errorf("id must be a string or a number, not %s", b)
		}
		*id = jsonID(n)
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	*id = jsonID(s)
	return nil
}

// next returns the article of the next non-blank line, a *ParseError for a
// bad line, or io.EOF. Beyond MaxLineErrors, bad lines are only counted,
// and reported together before io.EOF. An article whose id an earlier
// line had is a bad line.
func (j *jsonlFile) next() (schema.Article, error) {
	for {
		a, err := j.nextLine()
		if err == io.EOF && j.unsaid > 0 {
			n := j.unsaid
			j.unsaid = 0
			return schema.Article{}, &ParseError{File: j.name, Err: fmt.Errorf("%w: %d not reported after the first %d", ErrMoreErrors, n, MaxLineErrors)}
		}
		if err == nil {
			if first, ok := j.ids[a.ID]; ok {
				err = j.fail(fmt.Errorf("%w %q: line %d has it too", ErrDuplicateID, a.ID, first))
			} else {
				j.ids[a.ID] = j.line
			}
		}
		var pe *ParseError
		if errors.As(err, &pe) && pe.Line > 0 {
			if j.bad++; j.bad > MaxLineErrors {
				j.unsaid++
				continue
			}
		}
		return a, err
	}
}

// nextLine returns the article of the next non-blank line, a *ParseError
// for a bad line, or io.EOF. A file without a non-blank line is ErrEmpty.
func (j *jsonlFile) nextLine() (schema.Article, error) {
	for !j.done {
		b, size, err := j.readLine()
		if err == io.EOF {
			j.done = true
		} else if err != nil {
			j.done = true
			return schema.Article{}, j.fail(pathErr(err))
		}
		if j.line == 1 {
			b = bytes.TrimPrefix(b, bom)
		}
		if size > MaxArticleBytes {
			j.lines++
			return schema.Article{}, j.fail(tooLarge(int64(size)))
		}
		if len(bytes.TrimSpace(b)) == 0 {
			continue
		}
		j.lines++
		return j.parse(b)
	}
	if j.lines == 0 {
		j.lines = -1 // report it once
		return schema.Article{}, &ParseError{File: j.name, Err: ErrEmpty}
	}
	return schema.Article{}, io.EOF
}

func (j *jsonlFile) fail(err error) error {
	return &ParseError{File: j.name, Line: j.line, Err: err}
}

// readLine reads the next line without its line ending, keeping at most
// MaxArticleBytes+1 bytes of it; size is the length of the whole line.
func (j *jsonlFile) readLine() (line []byte, size int, err error) {
	j.buf = j.buf[:0]
	j.line++
	for {
		frag, err := j.br.ReadSlice('\n')
		if err == nil { // frag ends the line: drop "\n" or "\r\n"
			frag = bytes.TrimSuffix(bytes.TrimSuffix(frag, []byte("\n")), []byte("\r"))
		}
		size += len(frag)
		if room := MaxArticleBytes + 1 - len(j.buf); room > 0 {
			j.buf = append(j.buf, frag[:min(room, len(frag))]...)
		}
		if err != bufio.ErrBufferFull {
			return j.buf, size, err
		}
	}
}

// parse turns one line into an article.
func (j *jsonlFile) parse(b []byte) (schema.Article, error) {
	if err := checkText(b); err != nil {
		return schema.Article{}, j.fail(err)
	}
	b = bytes.TrimSpace(b)
	if b[0] != '{' {
		return schema.Article{}, j.fail(ErrSyntax)
	}
	var rec record
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&rec); err != nil {
		return schema.Article{}, j.fail(fmt.Errorf("%w: %w", ErrSyntax, err))
	}
	if dec.More() || dec.InputOffset() != int64(len(b)) {
		return schema.Article{}, j.fail(fmt.Errorf("%w: more than one value on the line", ErrSyntax))
	}
	if strings.TrimSpace(rec.Text) == "" {
		return schema.Article{}, j.fail(fmt.Errorf("%w: the \"text\" field is missing or blank", ErrNoText))
	}
	title := strings.TrimSpace(rec.Title)
	text := rec.Text
	if title != "" && !strings.HasPrefix(strings.TrimSpace(text), title) {
		text = title + "\n\n" + text
	}
	if strings.IndexByte(text, 0) >= 0 {
		return schema.Article{}, j.fail(fmt.Errorf("%w: the text holds a NUL character", ErrNotUTF8))
	}
	id := strings.TrimSpace(string(rec.ID))
	if id == "" {
		id = schema.ContentID(text)
	}
	return schema.Article{
		ID:     id,
		URL:    strings.TrimSpace(rec.URL),
		Title:  title,
		Date:   strings.TrimSpace(rec.Date),
		Text:   text,
		Source: j.name + ":" + strconv.Itoa(j.line),
	}, nil
}
