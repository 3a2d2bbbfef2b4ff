package recognition

import "github.com/acquis-eu/acquis"

// PresidentOfBelarus is the office of Belarus 2020.
const PresidentOfBelarus Office = "President of Belarus"

// Belarus2020 returns the acts of 2020 by which the EU's institutions, some
// member states and the United States took positions toward Alyaksandr
// Lukashenka as President of Belarus, from the election of 9 August 2020 to
// the expiry of his 2015 mandate, each with its wording, source and
// verification grade as the project's reference note on recognition gives
// them (section 2.1). It returns a new Dataset each time.
//
// Not recorded, because they are not acts of recognition: the Council's
// listings of 2 October and 6 November 2020 (sanctions are evidence, not a
// status; see package sanctions), the entry bans of Lithuania, Latvia and
// Estonia (personal sanctions, on a day not verified), and the statement of
// 10 August 2020 issued in Parliament's name, which is not a resolution.
//
// The European Parliament's non-recognition is keyed to the expiry of the
// 2015 mandate with ExpiryDayIsLastDay: inaugurated on 6 November 2015 for
// five years (Constitution, Article 81), Lukashenka's last day was 5
// November 2020, the day Parliament's press release names, so the effect
// starts on 6 November. No text of Parliament says which day; with
// ExpiryDayIsFirstDay the answer for 5 November changes, and only for that
// day.
//
// The record was checked up to 6 November 2020, the last day of the
// note's table for the case; answers for later days are the acts' answers
// as recorded up to that day.
//
// Every position recorded here rests on the mandate Lukashenka claimed
// from the election of 9 August 2020, from his inauguration of 23
// September 2020 (its [Effect.Basis]): the institutions rejected that
// election's results, the High Representative denied that mandate any
// democratic legitimacy, Germany and the United States refused to
// recognise him from its first day, and Parliament's non-recognition
// starts when the 2015 mandate expires, that is, where the 2020 mandate
// would be his only title. The 2015 mandate keys two effects (Parliament's
// from its expiry, the High Representative's retroactive one from Minsk's
// end of it) but no position rests on it. The 2020 mandate ended, as
// Minsk reckons it, with the inauguration of 25 March 2025 for a further
// term, so answers from that day say that the positions rest on a mandate
// that has expired; the acts about the new mandate are not in this
// record.
func Belarus2020() Dataset {
	d := acquis.MustParseDate
	lukashenka := Claimant{ID: "lukashenka", Name: "Alyaksandr Lukashenka"}
	coordination := Claimant{ID: "coordination-council", Name: "Coordination Council", Body: true}
	// The 2015 mandate as the European Parliament reckons it, and as Minsk
	// does: for Minsk it ended with the inauguration of 23 September 2020.
	mandate2015 := Mandate{Claimant: lukashenka, Office: PresidentOfBelarus,
		Start: d("2015-11-06"), LastDay: d("2020-11-05"),
		StartSource: "inauguration of 6 November 2015 (euroradio.by, newsbel.by, udf.by)",
		EndSource:   "Constitution of Belarus, Article 81: a five-year term; Parliament's press release of 17 September 2020: 'on 5 November'"}
	mandate2015Minsk := Mandate{Claimant: lukashenka, Office: PresidentOfBelarus,
		Start: d("2015-11-06"), LastDay: d("2020-09-22"),
		StartSource: mandate2015.StartSource,
		EndSource:   "inauguration of 23 September 2020, unannounced, which under Belarusian law ends the previous mandate"}
	// The last day of the 2020 mandate as Minsk reckons it: the day before
	// the next inauguration, as in 2020. The five years of Article 81
	// would have run until 22 September 2025.
	mandate2020 := Mandate{Claimant: lukashenka, Office: PresidentOfBelarus,
		Start: d("2020-09-23"), StartSource: "inauguration of 23 September 2020 (claimed sixth term)",
		LastDay: d("2025-03-24"),
		EndSource: "inauguration of 25 March 2025 for a seventh term, after the election of 26 January 2025, which under Belarusian law ends the previous mandate " +
			"(secondary: Novaya Gazeta Europe, 25 March 2025, citing BelTA; ANI, citing Anadolu, 26 March 2025); last day inferred"}
	basis := OnExpiry(mandate2020, ExpiryDayIsLastDay)

	effect := func(ev Event, t Timing) Effect {
		return Effect{Claimant: lukashenka, Office: PresidentOfBelarus, Event: ev, Timing: t, Basis: basis}
	}
	acts := []Act{
		{
			ID: "HRVP-2020-08-11", Actor: HighRepresentative, Adopted: d("2020-08-11"), Form: Declaration, Verification: Verified,
			Wording: "the elections were neither free nor fair",
			Source:  "Declaration by the High Representative on behalf of the EU, 11 August 2020 (denederlandsegrondwet.nl); recital (2) of Council Implementing Decision (CFSP) 2020/1650",
			Effects: []Effect{effect(ResultsRejected, On(d("2020-08-11")))},
		},
		{
			ID: "FAC-2020-08-14", Actor: Council, Author: "Foreign Affairs Council", Adopted: d("2020-08-14"), Form: Conclusions, Verification: Secondary,
			Wording: "does not accept the results",
			Source:  "extraordinary Foreign Affairs Council by video conference, 14 August 2020 (europediplomatic.com; the High Representative's account)",
			Effects: []Effect{effect(ResultsRejected, On(d("2020-08-14")))},
		},
		{
			ID: "EUCO-2020-08-19", Actor: EuropeanCouncil, Adopted: d("2020-08-19"), Form: Conclusions, Verification: Verified,
			Wording: "The 9 August elections were neither free nor fair, therefore we do not recognise the results.",
			Source:  "Conclusions by the President of the European Council following the video conference of 19 August 2020 (verbatim on wired-gov.net; TASS; EPRS blog)",
			Effects: []Effect{effect(ResultsRejected, On(d("2020-08-19")))},
		},
		{
			ID: "HRVP-2020-09-11", Actor: HighRepresentative, Adopted: d("2020-09-11"), Form: Declaration, Verification: Secondary,
			Wording: "Declaration by the High Representative on behalf of the EU, cited in that of 24 September 2020",
			Source:  "Declaration by the High Representative of 24 September 2020 (Politico, UNIAN)",
			Effects: []Effect{effect(Reaffirmed, On(d("2020-09-11")))},
		},
		{
			ID: "EP-2020-09-17", Actor: EuropeanParliament, Adopted: d("2020-09-17"), Form: Resolution, Binding: false, Verification: Verified,
			Wording: "rejects the results of the so-called presidential elections that took place in Belarus on 9 August ...; will not recognise Aliaksandr Lukashenka as president of Belarus once his current term of office expires",
			Source:  "European Parliament resolution of 17 September 2020 on the situation in Belarus, 2020/2779(RSP), adopted by 574 votes to 37 with 82 abstentions (Legislative Observatory summary; EP press release; RFE/RL)",
			Effects: []Effect{
				effect(ResultsRejected, On(d("2020-09-17"))),
				effect(NonRecognitionDeclared, OnExpiry(mandate2015, ExpiryDayIsLastDay)),
				{Claimant: coordination, Office: PresidentOfBelarus, Event: StandingAccorded, Standing: InterimRepresentation, Timing: On(d("2020-09-17"))},
			},
		},
		{
			ID: "DE-2020-09-23", Actor: "DE", Adopted: d("2020-09-23"), Form: Statement, Verification: Verified,
			Wording: "cannot recognise the result ... no democratic legitimacy",
			Source:  "German government spokesman, 23 September 2020 (AFP via Vanguard; Deutschlandfunk)",
			Effects: []Effect{effect(NonRecognitionDeclared, OnStart(mandate2020))},
		},
		{
			ID: "US-2020-09-23", Actor: "US", Adopted: d("2020-09-23"), Form: Statement, Verification: Verified,
			Wording: "cannot consider Alexander Lukashenko the legitimately elected leader of Belarus",
			Source:  "US Department of State, 23 September 2020 (AFP via UrduPoint; Axios via TRT)",
			Effects: []Effect{effect(NonRecognitionDeclared, OnStart(mandate2020))},
		},
		{
			ID: "HRVP-2020-09-24", Actor: HighRepresentative, Adopted: d("2020-09-24"), Form: Declaration, Verification: Verified,
			Wording: "the so-called 'inauguration' of 23 September 2020 and the new mandate claimed by Aleksandr Lukashenko lack any democratic legitimacy",
			Source:  "Declaration by the High Representative on behalf of the EU, 24 September 2020 (Politico, UNIAN; recital (4) of Council Implementing Decision (CFSP) 2020/1650)",
			// Retroactive: it speaks of the inauguration of the day before,
			// which for Minsk ended the 2015 mandate.
			Effects: []Effect{effect(LegitimacyDenied, OnExpiry(mandate2015Minsk, ExpiryDayIsLastDay))},
		},
		{
			ID: "EUCO-2020-10-02", Actor: EuropeanCouncil, Adopted: d("2020-10-02"), Form: Conclusions, Verification: Secondary,
			Wording: "European Council conclusions of 1-2 October 2020: the results of the elections are not recognised",
			Source:  "ERR via marketscreener; EEAS delegation to Montenegro",
			Effects: []Effect{effect(Reaffirmed, On(d("2020-10-02")))},
		},
		{
			ID: "FAC-2020-10-12", Actor: Council, Author: "Foreign Affairs Council", Adopted: d("2020-10-12"), Form: Conclusions, Verification: Verified,
			Wording: "Council conclusions on Belarus of 12 October 2020, with the readiness to list Lukashenka",
			Source:  "Council press release of 6 November 2020",
			Effects: []Effect{effect(Reaffirmed, On(d("2020-10-12")))},
		},
	}
	return Dataset{
		Name:           "Belarus 2020",
		Office:         PresidentOfBelarus,
		Checked:        d("2020-11-06"),
		CheckedAgainst: "the project's reference note on recognition, section 2.1, whose table ends with the Council's listings of 6 November 2020",
		Claimants:      []Claimant{lukashenka, coordination},
		Mandates:       []Mandate{mandate2015, mandate2015Minsk, mandate2020},
		Acts:           acts,
	}
}
