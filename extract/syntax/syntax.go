package syntax

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"slices"
	"sync"
)

// Parser tags, lemmatises and parses sentences. It is safe for concurrent
// use.
type Parser struct {
	tg  *tagger
	pm  *parserModel
	lem *Lemmatizer
}

//go:generate go run ./internal/train -ud ../../../shared/ud -o model.bin.gz

//go:embed model.bin.gz
var model []byte

var defaultParser = sync.OnceValues(func() (*Parser, error) {
	p, err := ReadParser(bytes.NewReader(model))
	if err != nil {
		return nil, fmt.Errorf("embedded model: %w", err)
	}
	return p, nil
})

// Default returns the Parser of the embedded model, trained on the
// Universal Dependencies English Web Treebank. It reads the model once.
func Default() (*Parser, error) { return defaultParser() }

// scratch is the working memory of one Parse call.
type scratch struct {
	ls    []lex
	tags  []uint64
	first []uint64
	xpos  []uint64
	fs    []uint64
	acc   []int32
	xacc  []int32
	st    parseState
}

func (p *Parser) newScratch(n int) *scratch {
	return &scratch{
		ls:    make([]lex, 0, n),
		tags:  make([]uint64, n),
		first: make([]uint64, n),
		fs:    make([]uint64, 0, 128),
		xpos:  make([]uint64, n),
		acc:   make([]int32, len(UPOS)),
		xacc:  make([]int32, len(p.tg.xposTags)),
	}
}

// Tag sets the UPOS, XPOS and Lemma of the words of s.
func (p *Parser) Tag(s *Sentence) { p.Worker().Tag(s) }

// Parse sets the UPOS, XPOS, Lemma, Head and Deprel of the words of s.
func (p *Parser) Parse(s *Sentence) { p.Worker().Parse(s) }

// ParseTagged sets the Head and Deprel of the words of s from the UPOS and
// XPOS they hold, as Tag set them or the caller chose: Tag then
// ParseTagged gives what Parse gives, so that a caller may tag many
// sentences and parse only those it needs the trees of. A tag the model
// does not know reads as X (UPOS) or as the first XPOS tag.
func (p *Parser) ParseTagged(s *Sentence) { p.Worker().ParseTagged(s) }

// A Worker tags and parses sentences as its Parser does, one at a time,
// reusing its working memory from one sentence to the next. It is for one
// goroutine; the Parser it comes from may serve many.
type Worker struct {
	p  *Parser
	sc *scratch
}

// Worker returns a new Worker of p.
func (p *Parser) Worker() *Worker { return &Worker{p: p, sc: p.newScratch(0)} }

// Tag sets the UPOS, XPOS and Lemma of the words of s, as Parser.Tag.
func (w *Worker) Tag(s *Sentence) { w.p.tag(s, w.sc) }

// Parse sets the UPOS, XPOS, Lemma, Head and Deprel of the words of s, as
// Parser.Parse.
func (w *Worker) Parse(s *Sentence) {
	if len(s.Words) == 0 {
		return
	}
	w.p.tag(s, w.sc)
	w.p.pm.parse(&w.sc.st, &parseCtx{ls: w.sc.ls, tags: w.sc.tags, xtags: w.sc.xpos}, s, w.sc.fs)
}

// ParseTagged sets the Head and Deprel of the words of s from the tags
// they hold, as Parser.ParseTagged.
func (w *Worker) ParseTagged(s *Sentence) {
	if len(s.Words) == 0 {
		return
	}
	sc, tags := w.sc, w.p.tg.xposTags
	sc.ls = lexes(s, sc.ls, w.p.tg.dict)
	sc.tags, sc.xpos = resize(sc.tags, len(s.Words)), resize(sc.xpos, len(s.Words))
	for i, word := range s.Words {
		sc.tags[i] = uint64(uposIndex(word.UPOS) + 1)
		x, _ := slices.BinarySearch(tags, word.XPOS)
		sc.xpos[i] = uint64(min(x, len(tags)-1) + 1)
	}
	w.p.pm.parse(&sc.st, &parseCtx{ls: sc.ls, tags: sc.tags, xtags: sc.xpos}, s, sc.fs)
}

func (p *Parser) tag(s *Sentence, sc *scratch) {
	sc.ls = lexes(s, sc.ls, p.tg.dict)
	sc.tags, sc.first, sc.xpos = resize(sc.tags, len(s.Words)), resize(sc.first, len(s.Words)), resize(sc.xpos, len(s.Words))
	p.tg.tag(s, sc.ls, sc.fs, sc.acc, sc.tags, sc.first, sc.xpos, sc.xacc)
	for i := range s.Words {
		w := &s.Words[i]
		w.Lemma = p.lem.Lemma(w.Form, w.UPOS)
	}
}

// Lemmatizer returns the parser's lemmatiser.
func (p *Parser) Lemmatizer() *Lemmatizer { return p.lem }

// TrainConfig sets how Train trains a Parser.
type TrainConfig struct {
	TaggerEpochs int     // passes over the treebank for each tagger pass
	ParserEpochs int     // passes for the parser
	Folds        int     // jackknifing folds for predicted tags
	Explore      float64 // after the first epoch, how often training follows the parser's own transitions
	Seed         uint64  // sentence order; the same seed gives the same model
}

// DefaultTrainConfig is the configuration of the embedded model.
var DefaultTrainConfig = TrainConfig{TaggerEpochs: 10, ParserEpochs: 15, Folds: 4, Explore: 0.9, Seed: 1}

// Train trains a Parser on the gold words, tags, lemmas and trees of
// sents. The parser learns from tags the tagger predicted for sentences
// it did not see (jackknifing), as it meets them when parsing.
func Train(sents []*Sentence, c TrainConfig) (*Parser, error) {
	var usable []*Sentence
	for _, s := range sents {
		if len(s.Words) > 0 {
			usable = append(usable, s)
		}
	}
	if len(usable) == 0 {
		return nil, errors.New("train: no sentences")
	}
	if c.Folds < 2 {
		return nil, errors.New("train: fewer than 2 folds")
	}
	tg, tags, xtags := trainTagger(usable, c.TaggerEpochs, c.Folds, c.Seed)
	ls := make([][]lex, len(usable))
	for i, s := range usable {
		ls[i] = lexes(s, nil, tg.dict)
	}
	pm := trainParser(usable, ls, tags, xtags, c.ParserEpochs, c.Explore, c.Seed)
	return &Parser{tg: tg, pm: pm, lem: learnLemmatizer(usable)}, nil
}

const magic = "statekg syntax model 3\n"

// WriteTo writes the model, gzipped, to w.
func (p *Parser) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: w}
	zw, err := gzip.NewWriterLevel(cw, gzip.BestCompression)
	if err != nil {
		return 0, err
	}
	bw := bufio.NewWriter(zw)
	var buf [binary.MaxVarintLen64]byte
	put := func(x uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], x)]) }
	str := func(s string) { put(uint64(len(s))); bw.WriteString(s) }
	bw.WriteString(magic)
	keys := make([]uint64, 0, len(p.tg.dict))
	for k := range p.tg.dict {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	put(uint64(len(keys)))
	for _, k := range keys {
		put(k)
		put(p.tg.dict[k])
	}
	p.tg.first.write(bw)
	p.tg.second.write(bw)
	put(uint64(len(p.tg.xposTags)))
	for _, x := range p.tg.xposTags {
		str(x)
	}
	p.tg.xpos.write(bw)
	put(uint64(len(p.pm.labels)))
	for _, l := range p.pm.labels {
		str(l)
	}
	p.pm.p.write(bw)
	p.pm.l.write(bw)
	ex := make([]string, 0, len(p.lem.exceptions))
	for k := range p.lem.exceptions {
		ex = append(ex, k)
	}
	slices.Sort(ex)
	put(uint64(len(ex)))
	for _, k := range ex {
		str(k)
		str(p.lem.exceptions[k])
	}
	if err := bw.Flush(); err != nil {
		return cw.n, err
	}
	err = zw.Close()
	return cw.n, err
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(b []byte) (int, error) {
	n, err := c.w.Write(b)
	c.n += int64(n)
	return n, err
}

// ReadParser reads a model written by WriteTo.
func ReadParser(r io.Reader) (p *Parser, err error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("read model: %w", err)
	}
	br := bufio.NewReader(zr)
	defer recoverModel(&err)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, fmt.Errorf("read model: %w: not a statekg syntax model", errModel)
	}
	get := func() uint64 {
		x, err := binary.ReadUvarint(br)
		if err != nil {
			panicModel(err)
		}
		return x
	}
	str := func() string {
		n := get()
		if n > 1<<16 {
			panicModel(errors.New("string too long"))
		}
		b := make([]byte, n)
		if _, err := io.ReadFull(br, b); err != nil {
			panicModel(err)
		}
		return string(b)
	}
	p = &Parser{tg: &tagger{dict: map[uint64]uint64{}}, pm: &parserModel{}, lem: &Lemmatizer{}}
	nd := get()
	for range nd {
		k := get()
		p.tg.dict[k] = get()
	}
	if p.tg.first, err = readTable(br); err != nil {
		return nil, err
	}
	if p.tg.second, err = readTable(br); err != nil {
		return nil, err
	}
	nx := get()
	if nx == 0 || nx > 1<<10 {
		return nil, errModel
	}
	for range nx {
		p.tg.xposTags = append(p.tg.xposTags, str())
	}
	if p.tg.xpos, err = readTable(br); err != nil {
		return nil, err
	}
	nl := get()
	if nl == 0 || nl > 1<<10 {
		return nil, errModel
	}
	for range nl {
		p.pm.labels = append(p.pm.labels, str())
	}
	if p.pm.p, err = readTable(br); err != nil {
		return nil, err
	}
	if p.pm.l, err = readTable(br); err != nil {
		return nil, err
	}
	if p.tg.first.n != len(UPOS) || p.tg.second.n != len(UPOS) || p.pm.p.n != nActions || p.pm.l.n != len(p.pm.labels) || p.tg.xpos.n != len(p.tg.xposTags) {
		return nil, fmt.Errorf("%w: class counts do not match", errModel)
	}
	ne := get()
	for range ne {
		k := str()
		p.lem.except(k, str())
	}
	return p, nil
}
