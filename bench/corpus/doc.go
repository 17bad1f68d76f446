// Command corpus writes a corpus for the query benchmarks as .jsonl on
// standard output, for statekg build: n newsgen articles, or n articles
// made from the .txt articles of the folders given (the evaluation sets),
// each a variant of one of them with other states named
// (newsgen.Generator.Vary), so that every line is a distinct article.
//
//	go run ./bench/corpus -n 10000 > newsgen.jsonl
//	go run ./bench/corpus -n 10000 ../shared/eval/dev ../shared/eval/dev2 ../shared/eval/casie-dev > eval.jsonl
package main
