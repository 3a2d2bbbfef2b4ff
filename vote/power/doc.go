// Package power measures voting power exactly: the Penrose (absolute
// Banzhaf), normalised Banzhaf and Shapley-Shubik indices of the members of
// the Council of the EU under any of its rules on any day, and of the
// players of any weighted voting game. The indices are exact rationals
// ([math/big.Rat]), with float64 views for printing.
//
// # Games
//
// A [Game] is a simple voting game: its players, and which coalitions of
// them win. [GameOf] makes the game of one of the Council's rules of
// package vote, applied to a [vote.Council] on its day with the population
// figures of its table: the qualified majority of Article 16(4) TEU with
// its four-member clause, the reinforced qualified majority of Article
// 238(2) TFEU, the same when not all members take part (Article 238(3)
// TFEU, with [GameAmong]), the Nice weights of Protocol No 36, and the
// simple majority, unanimity and Article 7(1) TEU, in which all members
// have the same power. [GameFromWeights] makes a weighted game from the
// caller's weights and quota, with an optional least number of members:
// the European Economic Community of 1958, or the United Nations Security
// Council.
//
// # Indices
//
// The indices are those of the a priori model: every player votes for or
// against, and no coalition is more likely than another. A swing for
// player i is a coalition S, not containing i, that loses while S with i
// wins; η_i is the number of i's swings among the 2^(n−1) coalitions of the
// other players. [Game.Indices] gives, for each [Player], its swings by
// the size of S and
//
//   - the Penrose index η_i / 2^(n−1), the probability that i's vote
//     decides the outcome: L. S. Penrose, "The elementary statistics of
//     majority voting", Journal of the Royal Statistical Society 109 (1946)
//     53–57; it is also called the absolute Banzhaf index;
//   - the normalised Banzhaf index η_i / Σ_j η_j, i's share of all swings:
//     J. F. Banzhaf III, "Weighted voting doesn't work: a mathematical
//     analysis", Rutgers Law Review 19 (1965) 317–343;
//   - the Shapley-Shubik index, the sum over i's swings S of
//     |S|!·(n−|S|−1)!/n!, the probability that i turns a losing coalition
//     into a winning one when the players join in a random order: L. S.
//     Shapley and M. Shubik, "A method for evaluating the distribution of
//     power in a committee system", American Political Science Review 48
//     (1954) 787–792.
//
// The normalised Banzhaf and the Shapley-Shubik indices of a game's
// players each sum to exactly 1.
//
// # Counting swings
//
// The qualified majority is not one weighted game: a coalition wins by its
// number of members and its population together, or by the clause alone.
// But whether a coalition wins depends only on its size and its weight, so
// counting the coalitions of the other players by size and weight is
// enough. For weights that are populations, this package splits the
// players once into two halves, enumerates each half's coalitions grouped
// by size and sorted by population, and counts, for each player and each
// size, the pairs of coalitions whose summed population makes a swing, by
// two pointers over the sorted lists (meet in the middle). For small
// integer weights, such as the Nice weights, it counts by dynamic
// programming over size and weight. Both count exactly, in integers; the
// tests check both against the enumeration of every coalition. The 27
// members' indices under Article 16(4) TEU take about 10 ms on one core.
//
// # Figures that are not exact
//
// The qualified majorities count each member's population in the Council's
// table. Not every embedded table is official (see [vote.Grade]): a game
// on a table whose figures are derived or approximate is the game of the
// table's nominal figures, exactly computed, and [Game.Exact] reports false
// with [Game.Grade] saying how good the figures are. The Council's own
// figures may make a slightly different game. Give the official figures
// with [vote.TableOf] or [vote.ReadTable] and [vote.Council.WithTable]; on a
// day for which package vote embeds no table (after 31 December 2026, for
// one), the qualified majorities have no game without them
// ([vote.ErrNoTable]).
//
// # Errors
//
// The errors of a game of the Council are those of package vote, as
// [vote.Council.Decide] returns them; a game that cannot be is an error
// wrapping [ErrInvalidGame], and one beyond what this package computes
// exactly [ErrTooLarge]. Match them with errors.Is.
package power
