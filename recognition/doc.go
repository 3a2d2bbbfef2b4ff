// Package recognition answers who recognises whom, as what, on which day,
// and because of which act: each actor's position toward a claimant to an
// office over time, every status pointing to the act that set it.
//
// # The model
//
// An [Actor] (the European Parliament, the European Council, the Council,
// the High Representative on behalf of the EU or in their own name, the
// Commission, a member state, a third state, an international body)
// holds a [Status] toward a [Claimant] (a person, or a body) to an
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
// # Where the record stops
//
// A [Dataset] states the day up to which it was checked, and with its
// first and last acts that makes its [acquis.Span] (the days its first and
// last acts were adopted, and that day). Every answer says when its
// day is outside it: [Position.RecordedFrom] before the first act,
// [Position.RecordedUpTo] after the day it was checked up to. An answer
// for a later day is still the acts' answer, as recorded up to that day.
//
// A position may rest on a mandate: a recognition of Juan Guaidó as
// interim President on his claim as President of the National Assembly
// elected in 2015, a rejection of an election's results on the mandate it
// was to confer. An effect names it in its [Effect.Basis], keyed to the
// mandate's expiry like any effect; from that day [Position.BasisExpired]
// says the mandate has expired, whether or not an act withdrew the
// position. The status stays what the acts say.
//
// # Errors
//
// Unstated is the position of an actor the ledger knows and that has no
// act: an unknown actor, claimant or office, or the zero Date, is an error
// matching [ErrUnknownActor], [ErrUnknownClaimant], [ErrUnknownOffice] or
// [ErrNoDate] with errors.Is. Every error the package returns matches one
// of its sentinels; a forbidden transition is a *[TransitionError], which
// matches [ErrTransition].
//
// # JSON
//
// Every type that marshals to JSON also unmarshals, to an equal value: its
// keys are camelCase, its enumerations their names ("not-recognized"), a
// [Timing] an object with its kind. A [Dataset]'s JSON is its case file.
//
// # Case files
//
// Each case is a JSON file, embedded in the package ([Datasets],
// [DatasetByID]) or a user's own ([ReadDataset]; [WriteDataset] writes
// one). A case file is one object:
//
//	{
//	  "id": "belarus2020",             // the case's key: a-z, 0-9 and "-", starting with a letter
//	  "name": "Belarus 2020–2025",
//	  "office": "President of Belarus",
//	  "summary": "...",                // optional
//	  "checked": "2025-09-11",         // the day up to which the record was checked
//	  "checkedAgainst": "...",         // against what, and why that day
//	  "actorNames": {"MX": "Mexico"},  // optional: actors the package does not know
//	  "notRecorded": ["..."],          // optional: what the record leaves out, and why
//	  "claimants": [{"id": "lukashenka", "name": "Alyaksandr Lukashenka", "body": false}],
//	  "mandates": [{
//	    "id": "lukashenka2015", "claimant": "lukashenka",
//	    "office": "...",               // optional: the case's office when absent
//	    "start": "2015-11-06", "startSource": "...", "startVerification": "verified",
//	    "lastDay": "2020-11-05", "endSource": "...", "endVerification": "verified"
//	  }],
//	  "acts": [{
//	    "id": "EP-2020-09-17", "actor": "EP",
//	    "author": "...",               // optional: who adopted it, when not the actor itself
//	    "adopted": "2020-09-17",
//	    "form": "resolution",          // optional: a Form
//	    "binding": false,              // optional, false when absent
//	    "verification": "verified",    // verified, secondary or unverified
//	    "wording": "...",              // quoted; "[name]" in square brackets when no quote is known
//	    "source": "...",
//	    "effects": [{
//	      "claimant": "lukashenka",
//	      "office": "...",             // optional: the case's office when absent
//	      "event": "non-recognition-declared",
//	      "expiry": "lukashenka2015", "convention": "last-day",
//	      "basis": {"expiry": "lukashenka2020", "convention": "last-day"},  // optional
//	      "endCondition": "...",       // optional
//	      "interpretation": true       // optional, false when absent
//	    }],
//	    "note": "..."                  // optional: the record's reasoning
//	  }]
//	}
//
// Days are YYYY-MM-DD. An effect has exactly one timing: "on" a day,
// "start" (the first day of a mandate, by its ID) or "expiry" (a
// mandate's ID, with its "convention", "last-day" or "first-day"); a
// standing-accorded effect has its "standing" ("none" ends one), no other
// effect has one. A mandate gives a source and a grade for each day it
// gives. The enumerations are written as their String methods write them.
// Claimants and mandates are named by their IDs, which must be listed;
// every act needs its wording and its source; an actor is one of the
// EU's institutions (the constants of [Actor]), a member state by its EU
// code, one of the other actors the package names, or one that
// "actorNames" names. A member the schema does not have is an error, as
// is a member given twice, text that is not UTF-8 and a file over 8 MiB.
// testdata/example-case.json is an example.
//
// # The recorded cases
//
// Each is keyed to the start or the expiry of a mandate; each act has its
// wording, source, grade and, where the encoding needs it, a note:
//
//   - belarus2020 ([Belarus2020]): Lukashenka, 2020 to 2025; the European
//     Parliament's non-recognition from the expiry of his 2015 term, and
//     its restatement on the mandate of 2025.
//   - georgia2024: Zourabichvili and Kavelashvili, 2024 and 2025; a
//     recognition that outlives the term as Tbilisi reckons it.
//   - myanmar2021: the military and the National Unity Government, 2021;
//     legitimacy denied from the day the new Parliament was to sit, and a
//     standing that is not recognition.
//   - ukraine2024: Zelensky after his term's expiry under martial law,
//     2024 and 2025; Russia's retroactive denial and the EU's affirmation.
//   - venezuela2019 ([Venezuela2019]): Maduro, Guaidó and González, 2018
//     to 2025; member states' recognitions of Guaidó on the mandate of the
//     Assembly he presided.
//
// This model is the project's proposal, not a legal classification: it
// follows the cases and practice in the project's reference note on
// recognition.
package recognition
