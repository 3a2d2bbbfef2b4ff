// Package chart draws what acquis computes, as SVG: the European
// Parliament's vote as a hemicycle, the Council's qualified majority as
// bars of members and of population, a sanctions regime's listings over
// time, and who recognised a claimant to an office, when and by which act.
//
//   - [Hemicycle] draws a [vote.Result]: every seat of the chamber,
//     coloured by how its Member voted, with a line at the seat each
//     threshold asks the votes for to reach.
//   - [RollCall] draws a [vote.RollCall] by political group.
//   - [Council] draws a Council ballot under one rule: each member a
//     block, sized by population, with the 55% and 65% thresholds and the
//     blocking minority marked.
//   - [Listings] draws a [sanctions.List]'s persons and entities under
//     each measure of a regime as steps, with the acts as markers.
//   - [Timeline] draws a [recognition.Dataset]: one row per actor, its
//     statuses as intervals and any standing apart from them, its acts as
//     markers, the claimant's mandates as lines, and both expiry-day
//     conventions where they differ.
//
// # Words
//
// In this package a picture is one standalone SVG document. A vote means
// how a Member of the Parliament or a member of the Council voted (for,
// against, abstained, did not vote, not taking part); a status is where an
// actor stands toward a claimant to an office (recognised, contested, not
// recognised, withdrawn), and a standing what it accords the claimant apart
// from recognition. The acts of Listings are a sanctions regime's
// ([sanctions.Act]), those of Timeline a recognition dataset's
// ([recognition.Act]).
//
// # Pictures
//
// Each picture is a standalone SVG document that needs no script, font or
// file from the network, so that it can be written to a file or inlined in
// an HTML page. Each has a title and a description that say in words what
// it shows (for the Parliament's vote, the result as Result.String writes
// it), each coloured mark a title of its own, and each legend its counts:
// colour is never the only carrier of meaning. The colours are Okabe and
// Ito's, which readers with the common colour-vision deficiencies tell
// apart. Labels are kept apart from one another and inside the picture,
// by an estimate of their width that errs wide: a long title wraps. The
// output is deterministic: the same values give the same bytes.
//
// A picture shows only what the values give: it computes no outcome of its
// own, and where the data knows less than the acts state (see
// sanctions.Act.Missing) it draws both.
package chart
