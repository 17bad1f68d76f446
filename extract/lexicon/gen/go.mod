module github.com/statekg/statekg/extract/lexicon/gen

go 1.25

require github.com/pariz/gountries v0.1.6

require gopkg.in/yaml.v2 v2.4.0 // indirect
