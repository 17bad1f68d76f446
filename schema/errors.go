package schema

import (
	"errors"
	"fmt"
)

// A ParseError says what is wrong with an input file, and where: the
// article files of corpus, the actor and lexicon files of extract, the
// gold files of extract/eval and the N-Quads of graph all report their
// errors as one. Err is what is wrong, wrapping the reading package's
// sentinel errors for errors.Is. Line is 0 when the error is about the
// file as a whole, and File is "" for an input without a name.
type ParseError struct {
	File string // the name the input was read under
	Line int    // 1-based line of the error, or 0
	Err  error
}

// Error returns "FILE:LINE: what is wrong", leaving out what is unknown.
func (e *ParseError) Error() string {
	switch {
	case e.File == "" && e.Line == 0:
		return e.Err.Error()
	case e.File == "":
		return fmt.Sprintf("line %d: %v", e.Line, e.Err)
	case e.Line == 0:
		return fmt.Sprintf("%s: %v", e.File, e.Err)
	}
	return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
}

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }

// Errors of input files that every reader of this module can report: a
// ParseError wraps one of these, and the readers' packages export the same
// values under their own names (corpus.ErrEmpty is ErrEmpty), so one
// errors.Is test holds for all of them.
var (
	ErrEmpty       = errors.New("empty")
	ErrFieldCount  = errors.New("wrong number of fields")
	ErrLineTooLong = errors.New("line too long")
)
