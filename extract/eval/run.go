package eval

import (
	"context"
	"fmt"

	"github.com/statekg/statekg/schema"
)

// ExtractFunc turns an article into its document, as an extractor does.
type ExtractFunc func(context.Context, schema.Article) (*schema.Document, error)

// ReadFunc reads the articles of a case's text file, as the corpus
// package does.
type ReadFunc func(path string) ([]schema.Article, error)

// Run scores extract on every case of dir (see ReadDir): it reads each
// case's text with read, extracts its articles and scores them against
// the case's gold. An error of read or extract stops the run and is
// returned with the case's name.
func Run(ctx context.Context, dir string, read ReadFunc, extract ExtractFunc) (*Report, error) {
	cases, err := ReadDir(dir)
	if err != nil {
		return nil, err
	}
	s := NewScorer()
	for _, c := range cases {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("eval %s: %w", dir, err)
		}
		arts, err := read(c.TextPath)
		if err != nil {
			return nil, fmt.Errorf("eval %s: %w", c.Name, err)
		}
		for _, a := range arts {
			doc, err := extract(ctx, a)
			if err != nil {
				return nil, fmt.Errorf("eval %s: %w", c.Name, err)
			}
			s.Add(c.Name, c.Gold, doc)
		}
	}
	r := s.Report()
	return r, nil
}
