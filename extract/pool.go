package extract

import "sync"

// The per-token slices of an analysis (tokens, lower-case texts, lexicon
// entries, sentence and mention indexes) are reused across articles: they
// are the largest allocations of an extraction and nothing of them
// outlives it (mentions and claims are built from the article's text).
var (
	tokenSlices sync.Pool // *[]Token
	textSlices  sync.Pool // *[]string
	infoSlices  sync.Pool // *[]tokInfo
	intSlices   sync.Pool // *[]int
)

// intSlice returns n zeros, in a slice from intSlices if it holds one.
func intSlice(n int) []int {
	if p, ok := intSlices.Get().(*[]int); ok && cap(*p) >= n {
		s := (*p)[:n]
		clear(s)
		return s
	}
	return make([]int, n)
}

// pooledTokenizer is the Extractor's wordTokenizer: its token slices come
// from tokenSlices and go back there with release.
type pooledTokenizer struct{}

// Tokenize implements tokenizer.
func (pooledTokenizer) Tokenize(text string) []Token {
	var toks []Token
	if p, ok := tokenSlices.Get().(*[]Token); ok {
		toks = (*p)[:0]
	}
	if n := len(text)/5 + 1; cap(toks) < n {
		toks = make([]Token, 0, n)
	}
	return appendTokens(toks, text)
}

// lowerSlice returns a slice of n strings, from textSlices if it holds one.
func lowerSlice(n int) []string {
	if p, ok := textSlices.Get().(*[]string); ok && cap(*p) >= n {
		return (*p)[:n]
	}
	return make([]string, n)
}

// release gives an analysis's slices back once its document is filled.
func (an *analysis) release() {
	if _, ok := an.x.tok.(pooledTokenizer); ok && an.toks != nil {
		toks := an.toks[:cap(an.toks)]
		clear(toks) // let the article's text go
		toks = toks[:0]
		tokenSlices.Put(&toks)
	}
	if an.low != nil {
		low := an.low[:cap(an.low)]
		clear(low)
		textSlices.Put(&low)
	}
	if an.info != nil {
		info := an.info[:cap(an.info)]
		clear(info)
		infoSlices.Put(&info)
	}
	for _, s := range [][]int{an.sentOf, an.tokM} {
		if s != nil {
			s = s[:cap(s)]
			intSlices.Put(&s)
		}
	}
	an.toks, an.low, an.info, an.sentOf, an.tokM = nil, nil, nil, nil, nil
}
