// Command cameo writes extract/lexicon/cameo-verbs.tsv, the relation
// triggers taken from PETRARCH2's CAMEO verb dictionary: every verb (and
// every simple "verb + noun" pattern, for the verb its comment names) whose CAMEO code cameo-map.tsv maps
// to a predicate, with its inflected forms and the frame the map gives.
// Run it from the module's root:
//
//	go run ./extract/lexicon/cameo -dict ../shared/petrarch/CAMEO.2.0.txt
//
// A form coded for two different predicates is left out as ambiguous.
package main

import (
	"bufio"
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/statekg/statekg/extract"
)

func main() {
	dict := flag.String("dict", "../shared/petrarch/CAMEO.2.0.txt", "the CAMEO verb dictionary")
	mapping := flag.String("map", "extract/lexicon/cameo-map.tsv", "the map from CAMEO codes to predicates")
	out := flag.String("o", "extract/lexicon/cameo-verbs.tsv", "the file to write")
	flag.Parse()
	if err := run(*dict, *mapping, *out); err != nil {
		fmt.Fprintln(os.Stderr, "cameo:", err)
		os.Exit(1)
	}
}

// rule is one line of cameo-map.tsv.
type rule struct {
	prefix, pred, frame, pframe string
}

func readMap(name string) ([]rule, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	cr := csv.NewReader(f)
	cr.Comma, cr.Comment, cr.FieldsPerRecord, cr.LazyQuotes = '\t', '#', -1, true
	var rules []rule
	for {
		fs, err := cr.Read()
		if err == io.EOF {
			return rules, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		line, _ := cr.FieldPos(0)
		for len(fs) < 4 {
			fs = append(fs, "")
		}
		r := rule{prefix: strings.TrimSpace(fs[0]), pred: strings.TrimSpace(fs[1]), frame: strings.TrimSpace(fs[2]), pframe: strings.TrimSpace(fs[3])}
		if r.prefix == "" || r.pred == "" || (r.pred != "-" && r.frame == "") {
			return nil, fmt.Errorf("%s:%d: want code prefix, predicate and frame", name, line)
		}
		rules = append(rules, r)
	}
}

// lookup returns the rule of the longest prefix of code; ok is false when
// none applies or the rule excludes the code.
func lookup(rules []rule, code string) (rule, bool) {
	code, _, _ = strings.Cut(code, ":")
	best := -1
	for i, r := range rules {
		if strings.HasPrefix(code, r.prefix) && (best < 0 || len(r.prefix) > len(rules[best].prefix)) {
			best = i
		}
	}
	if best < 0 || rules[best].pred == "-" {
		return rule{}, false
	}
	return rules[best], true
}

// entry is one trigger to write.
type entry struct {
	pred, frame string
	forms       []string // lower case, words separated by spaces
	code, block string
	pattern     bool
}

func run(dict, mapping, out string) error {
	rules, err := readMap(mapping)
	if err != nil {
		return err
	}
	f, err := os.Open(dict)
	if err != nil {
		return err
	}
	defer f.Close()
	d, err := extract.ReadVerbDictionary(f, dict)
	if err != nil {
		return err
	}
	var entries []entry
	preds := map[string]map[string]bool{} // form -> predicates
	note := func(e entry) {
		for _, fm := range e.forms {
			if preds[fm] == nil {
				preds[fm] = map[string]bool{}
			}
			preds[fm][e.pred] = true
		}
		entries = append(entries, e)
	}
	for _, b := range d.Blocks {
		verbForms := map[string][]string{} // base form -> forms
		for _, v := range b.Verbs {
			var lower []string
			for _, fm := range v.Forms {
				lower = append(lower, strings.ToLower(fm))
			}
			verbForms[lower[0]] = lower
			if r, ok := lookup(rules, v.Code); ok {
				note(entry{pred: r.pred, frame: r.frame, forms: lower, code: v.Code, block: b.Name})
			}
		}
		for _, p := range b.Patterns {
			r, ok := lookup(rules, p.Code)
			if !ok || r.pframe == "" || len(p.Words) != 2 || p.Words[0] != "*" || !plainWord(p.Words[1]) {
				continue
			}
			// the comment names the verb the pattern was written for
			noun := strings.ToLower(p.Words[1])
			var forms []string
			for _, vf := range verbForms[strings.ToLower(strings.TrimSpace(p.Comment))] {
				if !strings.Contains(vf, " ") {
					forms = append(forms, vf+" * "+noun)
				}
			}
			if len(forms) > 0 {
				note(entry{pred: r.pred, frame: r.pframe, forms: forms, code: p.Code, block: b.Name, pattern: true})
			}
		}
	}
	w, err := os.Create(out)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	fmt.Fprint(bw, header)
	written := map[string]bool{}
	lines := 0
	for _, e := range entries {
		var keep []string
		for _, fm := range e.forms {
			if len(preds[fm]) == 1 && !written[fm] {
				written[fm] = true
				keep = append(keep, fm)
			}
		}
		for _, slots := range slotsOf(keep) {
			fmt.Fprintf(bw, "%s\t%s\t%s\t%s %s\n", e.pred, slots, e.frame, e.code, e.block)
			lines++
		}
	}
	if err := bw.Flush(); err != nil {
		w.Close()
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "cameo: %d triggers written to %s\n", lines, out)
	return nil
}

func plainWord(w string) bool {
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return w != ""
}

// slotsOf groups forms of the same length into one trigger of |-separated
// slots when they differ in one word only; other forms get a trigger each.
func slotsOf(forms []string) []string {
	byLen := map[int][][]string{}
	var lens []int
	for _, fm := range forms {
		ws := strings.Fields(fm)
		if byLen[len(ws)] == nil {
			lens = append(lens, len(ws))
		}
		byLen[len(ws)] = append(byLen[len(ws)], ws)
	}
	var out []string
	for _, n := range lens {
		group := byLen[n]
		diff := -1
		ok := true
		for i := 0; i < n && ok; i++ {
			for _, ws := range group[1:] {
				if ws[i] != group[0][i] {
					if diff >= 0 && diff != i {
						ok = false
					}
					diff = i
					break
				}
			}
		}
		if !ok {
			for _, ws := range group {
				out = append(out, strings.Join(ws, " "))
			}
			continue
		}
		slot := make([]string, n)
		copy(slot, group[0])
		if diff >= 0 {
			var alts []string
			for _, ws := range group {
				if !slices.Contains(alts, ws[diff]) {
					alts = append(alts, ws[diff])
				}
			}
			slot[diff] = strings.Join(alts, "|")
		}
		out = append(out, strings.Join(slot, " "))
	}
	return out
}

const header = `# cameo-verbs.tsv: relation triggers taken from the CAMEO verb dictionary of
# PETRARCH2 (github.com/openeventdata/petrarch2, data/dictionaries/CAMEO.2.0.txt,
# Copyright (c) 2015 Open Event Data Alliance, MIT licence: see NOTICE).
#
# Generated by "go run ./extract/lexicon/cameo" from that dictionary and
# cameo-map.tsv, which maps CAMEO codes to predicates and frames; do not
# edit. Columns as in verbs.tsv (predicate, trigger, frame), then the CAMEO
# code and the dictionary's verb block. Triggers whose forms verbs.tsv
# already lists are left to verbs.tsv.
#
# The MIT License (MIT)
#
# Copyright (c) 2015 Open Event Data Alliance
#
# Permission is hereby granted, free of charge, to any person obtaining a copy of
# this software and associated documentation files (the "Software"), to deal in
# the Software without restriction, including without limitation the rights to
# use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of
# the Software, and to permit persons to whom the Software is furnished to do so,
# subject to the following conditions:
#
# The above copyright notice and this permission notice shall be included in all
# copies or substantial portions of the Software.
#
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
# IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS
# FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
# COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER
# IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
# CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
`
