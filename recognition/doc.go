// Package recognition answers who recognises whom, as what, on which day,
// and because of which act: each actor's position toward a claimant to an
// office over time, every status pointing to the act that set it.
//
// # The model
//
// An [Actor] (the European Parliament, the European Council, the Council,
// the High Representative on behalf of the EU, a member state, a third
// state) holds a [Status] toward a [Claimant] (a person, or a body) to an
// [Office]: [Unstated] by default, [Recognized], [Contested] (results or
// mandate rejected while the holder keeps control), [NotRecognized], or
// [Withdrawn] with its [EndCause]. Silence and dealings are not recognition:
// only an [Act] moves a status. A body's [Standing] as an interlocutor is
// kept on its own axis, apart from recognition as head of state or
// government.
//
// Each act has one or more [Effect]s, each with its [Timing]: from a day,
// which may come before the act (retroactive) or after it (prospective), or
// keyed to a [Mandate]'s start or expiry. An effect keyed to an expiry
// carries its expiry-day [Convention], never a silent default, because "once
// his term expires on 5 November" reads either way. Blocked and conditional
// acts are recorded and change no status.
//
// # The ledger
//
// A [Ledger] takes acts in any order and replays them in the order of their
// effects' days through [Apply], the transition table; a transition it
// forbids is a *[TransitionError] naming the status and the event.
// [Ledger.StatusAt] answers for a day, with the act behind the answer;
// [Ledger.StatusAsOf] answers what the record showed on one day about
// another; [Ledger.Timeline] gives the intervals; [Ledger.Holders] counts
// who holds which status, a view that is computed and never stored. The
// EU's position is never derived from the member states', nor from
// sanctions listings.
//
// The datasets [Belarus2020] and [Venezuela2019] record the acts of those
// two cases with their sources and verification grades.
//
// This model is the project's proposal, not a legal classification: it
// follows the cases and practice in the project's reference note on
// recognition.
package recognition
