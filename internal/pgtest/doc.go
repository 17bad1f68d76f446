// Package pgtest gives tests a PostgreSQL database of their own on the
// server named by the STATEKG_TEST_POSTGRES environment variable (a
// connection URL). Under CI (STATEKG_CI=1) a missing server fails the
// test; elsewhere the test is skipped.
package pgtest
