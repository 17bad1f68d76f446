package corpus

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/statekg/statekg/schema"
)

// A Reader returns the articles of a list of files and folders one at a
// time. Paths are read in the order given; a folder is walked recursively
// in lexical order, taking every .txt and .jsonl file whose name does not
// start with a dot and leaving out hidden folders. A file named directly is
// read whatever its name, as long as it ends in .txt or .jsonl. A file met
// twice is read once. Only regular files are read: a named pipe, socket or
// device (named, or met in a folder under an article's name) is a
// *ParseError wrapping ErrNotRegular, and a link in a folder that leads to
// nothing or round in a loop one wrapping ErrLink; links to folders are
// not followed.
type Reader struct {
	paths []string // given paths not yet expanded
	queue []entry  // files (or problems) waiting to be read
	seen  map[string]bool
	cur   *jsonlFile // the .jsonl file being read, if any
}

// entry is a file to read, or a problem found while walking a folder.
type entry struct {
	path string
	err  error
}

// NewReader returns a Reader of the given files and folders.
func NewReader(paths ...string) *Reader {
	return &Reader{paths: append([]string(nil), paths...), seen: make(map[string]bool)}
}

// Read returns the next article. A *ParseError is a problem with one file
// or one line: the file or line is passed over and Read may be called
// again. At the end Read returns io.EOF; any other error (the context's)
// ends the reading.
func (r *Reader) Read(ctx context.Context) (schema.Article, error) {
	for {
		if err := ctx.Err(); err != nil {
			r.Close()
			return schema.Article{}, err
		}
		if r.cur != nil {
			a, err := r.cur.next()
			if err == io.EOF {
				r.cur.close()
				r.cur = nil
				continue
			}
			return a, err
		}
		if len(r.queue) > 0 {
			e := r.queue[0]
			r.queue = r.queue[1:]
			if e.err != nil {
				return schema.Article{}, &ParseError{File: e.path, Err: e.err}
			}
			if isJSONL(e.path) {
				j, err := openJSONL(e.path)
				if err != nil {
					return schema.Article{}, err
				}
				r.cur = j
				continue
			}
			return readTxt(e.path)
		}
		if len(r.paths) > 0 {
			p := r.paths[0]
			r.paths = r.paths[1:]
			r.expand(p)
			continue
		}
		return schema.Article{}, io.EOF
	}
}

// Close releases the file being read, if any. Reading a Reader after Close
// goes on with the next file.
func (r *Reader) Close() error {
	if r.cur == nil {
		return nil
	}
	err := r.cur.close()
	r.cur = nil
	return err
}

// expand queues the files of one given path.
func (r *Reader) expand(p string) {
	fi, err := os.Stat(p)
	if err != nil {
		r.queue = append(r.queue, entry{path: p, err: pathErr(err)})
		return
	}
	if !fi.IsDir() {
		switch err := checkRegular(fi.Mode()); {
		case err != nil:
			r.queue = append(r.queue, entry{path: p, err: err})
		case !isArticleFile(p):
			r.queue = append(r.queue, entry{path: p, err: ErrFileType})
		default:
			r.add(p)
		}
		return
	}
	// WalkDir visits the entries of each folder in lexical order.
	filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			r.queue = append(r.queue, entry{path: path, err: pathErr(err)})
			return nil
		}
		hidden := path != p && strings.HasPrefix(d.Name(), ".")
		switch {
		case d.IsDir():
			if hidden {
				return filepath.SkipDir
			}
			return nil
		case hidden || !isArticleFile(path):
			return nil
		case d.Type()&fs.ModeSymlink != 0:
			// A link to a file is read; a link to a folder is not
			// followed, so a cycle of links cannot trap the walk. A
			// link to nothing, a loop of links or a link to a pipe is
			// reported.
			fi, err := os.Stat(path)
			switch {
			case errors.Is(err, fs.ErrNotExist):
				r.queue = append(r.queue, entry{path: path, err: fmt.Errorf("%w: it leads to nothing", ErrLink)})
				return nil
			case errors.Is(err, syscall.ELOOP):
				r.queue = append(r.queue, entry{path: path, err: fmt.Errorf("%w: a loop of links", ErrLink)})
				return nil
			case err != nil:
				r.queue = append(r.queue, entry{path: path, err: pathErr(err)})
				return nil
			case fi.IsDir():
				return nil
			}
			if err := checkRegular(fi.Mode()); err != nil {
				r.queue = append(r.queue, entry{path: path, err: err})
				return nil
			}
		case !d.Type().IsRegular():
			r.queue = append(r.queue, entry{path: path, err: checkRegular(d.Type())})
			return nil
		}
		r.add(path)
		return nil
	})
}

func (r *Reader) add(path string) {
	key := filepath.Clean(path)
	if r.seen[key] {
		return
	}
	r.seen[key] = true
	r.queue = append(r.queue, entry{path: path})
}

// Walk reads every article under paths (see Reader) and calls fn with
// each. Problems with single files or lines do not stop the walk: they are
// returned as the first result, each a *ParseError, in the order met. The
// second result is the error that stopped the walk: the context's, or the
// first error fn returned.
func Walk(ctx context.Context, paths []string, fn func(schema.Article) error) ([]error, error) {
	r := NewReader(paths...)
	defer r.Close()
	var problems []error
	for {
		a, err := r.Read(ctx)
		if err == io.EOF {
			return problems, nil
		}
		var pe *ParseError
		if errors.As(err, &pe) {
			problems = append(problems, err)
			continue
		}
		if err != nil {
			return problems, err
		}
		if err := fn(a); err != nil {
			return problems, err
		}
	}
}

// ReadFile reads the articles of one .txt or .jsonl file. When some lines
// of a .jsonl file are bad, the articles of the good lines are returned
// together with the error, which then holds one *ParseError a bad line
// (errors.As finds the first).
func ReadFile(path string) ([]schema.Article, error) {
	fi, err := os.Stat(path)
	switch {
	case err != nil:
		return nil, &ParseError{File: path, Err: pathErr(err)}
	case checkRegular(fi.Mode()) != nil:
		return nil, &ParseError{File: path, Err: checkRegular(fi.Mode())}
	case !isArticleFile(path):
		return nil, &ParseError{File: path, Err: ErrFileType}
	}
	r := &Reader{queue: []entry{{path: path}}}
	defer r.Close()
	var (
		arts     []schema.Article
		problems []error
	)
	for {
		a, err := r.Read(context.Background())
		if err == io.EOF {
			break
		}
		if err != nil {
			problems = append(problems, err)
			continue
		}
		arts = append(arts, a)
	}
	switch len(problems) {
	case 0:
		return arts, nil
	case 1:
		return arts, problems[0]
	}
	return arts, errors.Join(problems...)
}

func isJSONL(path string) bool { return strings.EqualFold(filepath.Ext(path), ".jsonl") }

func isArticleFile(path string) bool {
	return isJSONL(path) || strings.EqualFold(filepath.Ext(path), ".txt")
}

// pathErr drops the path from an *fs.PathError: the ParseError names it.
func pathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
