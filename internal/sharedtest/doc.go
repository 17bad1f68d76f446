// Package sharedtest finds the shared data that some tests and benchmarks
// read: the evaluation sets, the Universal Dependencies treebanks, the
// named-entity annotations and the PETRARCH dictionaries, kept in a folder
// named shared beside the repository's checkout (../shared from its root).
//
// The project builds and passes its tests without that folder: a test that
// needs it asks Dir, which skips the test when the folder is missing, unless
// STATEKG_CI=1, where a missing folder fails the test instead. The
// environment variable STATEKG_SHARED names another folder.
package sharedtest
