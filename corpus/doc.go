// Package corpus reads news articles from files into schema.Article values.
//
// Two formats are read, chosen by the file name's extension:
//
//   - .txt: one article a file. Text is the whole content of the file and
//     the first non-empty line, trimmed, is the headline (Title). A file
//     whose text is one line alone has no separate headline and gets no
//     Title. The id is schema.ContentID of the text, so the same text
//     always gets the same id; Source is the file's path.
//   - .jsonl: one article a line, a JSON object with the string fields id,
//     url, title, date and text (other fields are ignored; blank lines are
//     skipped). The id is the one given, else schema.ContentID of the
//     text. When a title is given, Text is the title, a blank line and the
//     text ("title\n\ntext"): a headline is read like any other sentence,
//     and .txt and .jsonl articles then look the same to the extractor.
//     A text that already begins with its title is kept as it is. Source
//     is "path:line".
//
// A leading UTF-8 byte order mark is dropped. Files must be UTF-8 text
// (UTF-16 is told apart from a binary file, to say what to convert); a
// .txt file, and each .jsonl line, may be at most MaxArticleBytes long.
// Within one .jsonl file an article id is read once: a later line with the
// same id is an error naming both lines. A file's first MaxLineErrors bad
// lines are reported one by one and the others counted in one error, so
// memory stays bounded whatever the file holds.
//
// Only regular files are read, and never opened in a way that waits: a
// named pipe, socket or device is an error (ErrNotRegular), whether named
// or met in a folder, as is a link in a folder that leads to nothing or
// round in a loop (ErrLink). A link to a folder is not followed.
//
// A Reader walks files and folders (recursively, in lexical order, taking
// only .txt and .jsonl files and leaving out hidden ones) and returns the
// articles one at a time, in the manner of encoding/csv. What is wrong with
// one file or one line is a *ParseError that names the file and the line;
// reading goes on with the next line or file. Walk wraps the Reader for the
// common loop, and ReadFile reads a single file.
package corpus
