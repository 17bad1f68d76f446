package corpus

import (
	"errors"
	"fmt"
)

// MaxArticleBytes is the largest .txt file, and the longest .jsonl line,
// that is read as an article: 4 MiB.
const MaxArticleBytes = 4 << 20

// Errors a ParseError wraps; test for them with errors.Is.
var (
	ErrNotUTF8   = errors.New("not UTF-8 text")
	ErrEmpty     = errors.New("empty")
	ErrTooLarge  = errors.New("too large")
	ErrSyntax    = errors.New("not a JSON object")
	ErrNoText    = errors.New("no text")
	ErrFileType  = errors.New("not a .txt or .jsonl file")
	ErrDirectory = errors.New("is a directory")
)

// A ParseError says what is wrong with a file, or with one line of a
// .jsonl file. Line is 0 when the problem is the file as a whole.
type ParseError struct {
	File string
	Line int
	Err  error
}

func (e *ParseError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.File, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }
