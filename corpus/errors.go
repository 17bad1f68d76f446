package corpus

import (
	"errors"

	"github.com/statekg/statekg/schema"
)

// MaxArticleBytes is the largest .txt file, and the longest .jsonl line,
// that is read as an article: 4 MiB.
const MaxArticleBytes = 4 << 20

// Errors a ParseError wraps; test for them with errors.Is.
var (
	ErrNotUTF8   = errors.New("not UTF-8 text")
	ErrEmpty     = schema.ErrEmpty
	ErrTooLarge  = errors.New("too large")
	ErrSyntax    = errors.New("not a JSON object")
	ErrNoText    = errors.New("no text")
	ErrFileType  = errors.New("not a .txt or .jsonl file")
	ErrDirectory = errors.New("is a directory")
	// ErrNotRegular is a named pipe, a socket or a device, which reading
	// could block on or never finish: only regular files are read.
	ErrNotRegular = errors.New("not a regular file")
	// ErrLink is a symbolic link that leads nowhere: to nothing, or round
	// in a loop.
	ErrLink = errors.New("broken link")
	// ErrDuplicateID is a .jsonl line whose article id an earlier line of
	// the same file has: the later line is passed over.
	ErrDuplicateID = errors.New("duplicate id")
	// ErrMoreErrors ends a .jsonl file with more than MaxLineErrors bad
	// lines: it counts those not reported one by one.
	ErrMoreErrors = errors.New("more bad lines")
)

// MaxLineErrors is how many bad lines of one .jsonl file are reported one
// by one; the others are counted in one ErrMoreErrors at the end of the
// file, so a file of bad lines costs no more memory than a good one.
const MaxLineErrors = 20

// ParseError is the error of a malformed input, with its file and line.
type ParseError = schema.ParseError
