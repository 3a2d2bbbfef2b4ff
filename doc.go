// Package acquis models the outcomes of EU decision-making from real EU data
// and cited law.
//
// This package holds what every other package shares: [Date], the calendar
// day that every dated answer takes as an argument (the library never reads
// the clock), and [Member], the Union's member states with their codes,
// names and days of accession and withdrawal, as the Council's members, the
// Parliament's seat allocation and the positions package recognition
// records all name them.
//
// # The packages
//
//   - [github.com/acquis-eu/acquis/vote] answers "did it pass?": the European
//     Parliament's majorities and the Council's voting rules as the Treaties
//     and the Rules of Procedure write them, each carrying its legal basis,
//     evaluated against the Members in office or the member states and the
//     official population figures in force on the day of the vote; roll
//     calls and group cohesion.
//   - [github.com/acquis-eu/acquis/vote/epxml] reads the European Parliament's
//     roll-call XML; [github.com/acquis-eu/acquis/vote/howtheyvote] reads the
//     HowTheyVote.eu export.
//   - [github.com/acquis-eu/acquis/vote/power] measures exact voting power in
//     the Council: Banzhaf and Shapley-Shubik indices as rationals.
//   - [github.com/acquis-eu/acquis/sanctions] answers "who is under which EU
//     restrictive measure on a given day?": listed persons and entities,
//     asset freezes and travel bans, and the acts that list, amend, delist
//     and renew, replayed into a list that says for any day who was listed,
//     by which act, until when; [github.com/acquis-eu/acquis/sanctions/fsf]
//     reads the EU's Financial Sanctions Files,
//     [github.com/acquis-eu/acquis/sanctions/ftm] writes and reads
//     FollowTheMoney, and [github.com/acquis-eu/acquis/sanctions/screen]
//     screens names against a list, across scripts.
//   - [github.com/acquis-eu/acquis/recognition] answers "who recognises whom,
//     as what, on which day, and why?": each actor's position toward a
//     claimant to an office over time, every status pointing to the act that
//     set it, with the Belarus 2020 and Venezuela 2019-2025 cases recorded.
//   - [github.com/acquis-eu/acquis/chart] draws them as SVG: the
//     Parliament's vote as a hemicycle, a Council ballot as blocks sized by
//     population, a regime's listings over time, a recognition timeline.
//
// # Dates
//
// A [Date] is a day without clock or zone. Intervals of days are half-open
// throughout the library: a measure in force from F until U applies on F and
// not on U. Month and year arithmetic ends on the month's last day when the
// same day does not exist, as Regulation (EEC, Euratom) No 1182/71 does for
// periods.
package acquis
