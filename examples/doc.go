// Package examples holds the example articles and queries a newcomer runs
// first, and embeds the queries so that programs (statekg serve) can offer
// them without the checkout.
package examples
