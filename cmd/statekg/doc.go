// Command statekg turns news articles into a knowledge graph of states,
// officials, organisations and incidents, and answers Gizmo queries over it.
//
//	statekg build [--db FILE] PATH...     extract articles into the store
//	statekg query [--db FILE] GIZMO       run a Gizmo query
//	statekg export [--format F] [-o FILE] write the graph as N-Quads, JSON-LD, GraphML or DOT
//	statekg import FILE.nq                add quads from an N-Quads file
//	statekg delete ID                     remove an article and what only it supported
//	statekg stats                         what is in the store
//	statekg articles                      the articles in the store
//	statekg show NAME                     an entity's card, found by any of its names
//	statekg why SUBJECT PREDICATE OBJECT  the articles and sentences behind an edge
//	statekg search TEXT                   entities with a name containing TEXT
//	statekg export --view entities        the entity graph as GraphML, DOT or CSV
//	statekg extract FILE                  print an article's quads without a store
//	statekg eval DIR...                   score the extractor against gold files
//	statekg help [COMMAND]                the help of the program or of a command
//	statekg version                       the module version and VCS revision
//	statekg completion bash|zsh|fish      a shell completion script
//	statekg serve [--addr HOST:PORT]      serve Cayley's HTTP query API and a page to explore the graph
//
// Every command has --help with an example. Flags may follow the
// arguments. A usage error exits 2 with one line on standard error; a
// build stopped by SIGINT or SIGTERM keeps what it loaded and exits 130 or
// 143. The command only wires the
// library packages together: corpus reads articles, extract turns them into
// documents, graph stores and queries them, and extract/eval scores them.
package main
