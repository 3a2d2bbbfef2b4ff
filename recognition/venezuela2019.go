package recognition

import "github.com/acquis-eu/acquis"

// Venezuela2019 returns the recorded case of the presidency of Venezuela
// from 2018 to 2025: Nicolás Maduro's second and third mandates, Juan
// Guaidó's claim as interim president, the National Assembly elected in
// 2015, and Edmundo González Urrutia, with the acts of the European
// Parliament, the Council, the High Representative, the member states and
// third states that took a position toward them, as the project's
// reference note on recognition (section 2.2) records them. Each call
// returns a new Dataset, which the caller may modify.
//
// The acts follow the note's table: one act per row that sets or restates
// a status, accords a standing or records a non-transition (a blocked or
// conditional act), and one act per member state for a declaration that
// several made together. Each act's Verification is the note's grade and its Source the
// publisher or address the note names. Wording is quoted exactly as the
// note quotes it: fragments the note quotes apart are joined by " […] ",
// and an act of which the note quotes nothing has its name in square
// brackets instead, such as "[resolution of 16 January 2020 (471–101–103)]".
//
// The European Union's own voices (the Council, the High Representative)
// never recognise Guaidó as President: nineteen member states did, each by
// its own act; the EU accorded a standing to the National Assembly and
// later to Guaidó, on the separate axis of [Standing]. Italy has no act,
// so its position stays [Unstated].
//
// # The record's span
//
// The record was checked up to 10 January 2025, the last day the note's
// table for the case reaches (the High Representative's declaration on
// Maduro's third mandate). Answers for later days are the acts' answers as
// recorded up to that day. Within that span the note leaves one question
// open (§8, item 6): whether member states withdrew their recognitions of
// Guaidó after 2021, formally or by letting them lapse. None is recorded,
// so their positions stay Recognized; the expiry of the mandate those
// recognitions rest on is what the answers then add.
//
// # The mandates the positions rest on
//
// Each effect that states a position says, in its [Effect.Basis], the
// mandate the position rests on, keyed to that mandate's expiry like any
// effect:
//
//   - A recognition of Guaidó as interim President rests on his claim as
//     President of the National Assembly elected in 2015. Article 233 of
//     the Constitution of Venezuela puts the President of the National
//     Assembly in charge of the Presidency when the President-elect is
//     absolutely absent before taking office, until a new President is
//     elected and takes office; Guaidó invoked it when he was sworn in on
//     23 January 2019, and the acts recognise him as "the President of the
//     Venezuelan National Assembly" (the United States) or "in accordance
//     with the Venezuelan Constitution" (the European Parliament). He can
//     preside over the Assembly no longer than its term, which ended when
//     the Assembly elected in December 2020 was installed on 5 January
//     2021, so these recognitions rest on the 2015 Assembly's mandate,
//     expired from that day (first-day convention, as the High
//     Representative's act of 6 January 2021 reads it). So does the United
//     States' recognition of the 2015 Assembly itself of 3 January 2023,
//     which came after that day. Those who restated their recognitions
//     after it (the Parliament on 21 January 2021) held that the Assembly's
//     mandate continued; the answer gives the day on which it ended as the
//     record dates it, and the status the acts give.
//   - A rejection of the 2018 election, a denial of the legitimacy of the
//     mandate it gave, or a non-recognition of Maduro from 2019 rests on
//     his second mandate, from 10 January 2019 to 9 January 2025. The High
//     Representative's words of 29 August 2024, after the election of 28
//     July 2024, and its declaration of 10 January 2025 rest on the third,
//     whose last day the note does not give: no answer says it expired.
//   - The Parliament's recognition of González rests on the term to which
//     it says he was elected, from 10 January 2025, whose last day the
//     note does not give either; it has no Basis.
//
// Standings, and acts that were blocked or only announced a consequence,
// state no position, and have no basis.
func Venezuela2019() Dataset {
	const office Office = "President of Venezuela"
	day := acquis.MustParseDate

	maduro := Claimant{ID: "maduro", Name: "Nicolás Maduro"}
	guaido := Claimant{ID: "guaido", Name: "Juan Guaidó"}
	na2015 := Claimant{ID: "na2015", Name: "National Assembly of Venezuela elected in 2015", Body: true}
	gonzalez := Claimant{ID: "gonzalez", Name: "Edmundo González Urrutia"}

	maduro2019 := Mandate{
		Claimant:    maduro,
		Office:      office,
		Start:       day("2019-01-10"),
		LastDay:     day("2025-01-09"),
		StartSource: "election of 20 May 2018; new mandate from 10 January 2019 (reference note §2.2, V: HR declaration of 10 January 2019)",
		EndSource:   "the day before the next mandate starts on 10 January 2025 (reference note §2.4, item 5; last day inferred)",
	}
	// The note gives the end of the 2015 Assembly's mandate, as Caracas
	// reckons it, and not its start, which stays zero. The mandate is of
	// the Assembly, not of the presidency; an effect keyed to its expiry
	// still concerns the office of President, as its own Office says.
	na2015Mandate := Mandate{
		Claimant:  na2015,
		Office:    "National Assembly of Venezuela",
		LastDay:   day("2021-01-05"),
		EndSource: "new National Assembly installed on 5 January 2021; the 2015 Assembly's mandate ends that day per Caracas (reference note §2.2, V)",
	}
	maduro2025 := Mandate{
		Claimant:    maduro,
		Office:      office,
		Start:       day("2025-01-10"),
		StartSource: "election of 28 July 2024, Maduro declared elected by the CNE without published tally sheets; mandate from 10 January 2025 (reference note §2.2, §2.4 item 5)",
		EndSource:   "not recorded: the note names a 2025–2031 mandate and no last day",
	}

	// The expiries of the mandates that positions rest on, as the type's
	// doc explains.
	na2015Basis := OnExpiry(na2015Mandate, ExpiryDayIsFirstDay)
	maduro2019Basis := OnExpiry(maduro2019, ExpiryDayIsLastDay)
	maduro2025Basis := OnExpiry(maduro2025, ExpiryDayIsLastDay)
	restsOn := func(b Timing, e Effect) Effect {
		e.Basis = b
		return e
	}

	eff := func(c Claimant, e Event, t Timing) Effect {
		return Effect{Claimant: c, Office: office, Event: e, Timing: t}
	}
	// standing returns a StandingAccorded effect. A standing is kept on its
	// own axis, apart from recognition as President; its effects use the
	// dataset's one Office for simplicity, although the standing is not a
	// claim to that office.
	standing := func(c Claimant, s Standing, t Timing) Effect {
		return Effect{Claimant: c, Office: office, Event: StandingAccorded, Standing: s, Timing: t}
	}
	granted := func(c Claimant, t Timing, until string) Effect {
		return Effect{Claimant: c, Office: office, Event: RecognitionGranted, Timing: t, EndCondition: until}
	}

	acts := []Act{
		{
			ID:           "Council-2018-05-28",
			Actor:        Council,
			Author:       "Foreign Affairs Council",
			Adopted:      day("2018-05-28"),
			Form:         Conclusions,
			Wording:      "neither free nor fair",
			Source:       "Council conclusions of 28 May 2018, Council text on denederlandsegrondwet.nl",
			Verification: Verified,
			Effects:      []Effect{restsOn(maduro2019Basis, eff(maduro, ResultsRejected, On(day("2018-05-28"))))},
		},
		{
			// "A new mandate on the basis of non-democratic elections"
			// denies the mandate's democratic basis rather than rejecting a
			// count of votes, hence LegitimacyDenied, on the mandate's first
			// day.
			ID:           "HRVP-2019-01-10",
			Actor:        HighRepresentative,
			Adopted:      day("2019-01-10"),
			Form:         Declaration,
			Wording:      "President Maduro is today starting a new mandate on the basis of non-democratic elections",
			Source:       "https://lobbymagazine.gr/declaration-by-the-high-representative-on-behalf-of-the-eu-on-the-new-mandate-of-president-maduro/; https://www.rfi.fr/en/americas/20190110-eu-maduro-victory-venezuela-undemocratic",
			Verification: Verified,
			Effects:      []Effect{restsOn(maduro2019Basis, eff(maduro, LegitimacyDenied, OnStart(maduro2019)))},
		},
		{
			// The note gives this row as "Canada, Lima Group" and names no
			// outlet for its secondary grade; the position is Canada's, as
			// the status column gives it.
			ID:           "CA-2019-01-10",
			Actor:        "CA",
			Adopted:      day("2019-01-10"),
			Form:         Statement,
			Wording:      "illegitimate",
			Source:       "secondary reporting, no outlet named (reference note on recognition, §2.2)",
			Verification: Secondary,
			Effects:      []Effect{restsOn(maduro2019Basis, eff(maduro, NonRecognitionDeclared, OnStart(maduro2019)))},
		},
		{
			ID:           "US-2019-01-23",
			Actor:        "US",
			Author:       "President of the United States",
			Adopted:      day("2019-01-23"),
			Form:         Statement,
			Wording:      "officially recognizing the President of the Venezuelan National Assembly, Juan Guaidó, as the Interim President of Venezuela",
			Source:       "White House statement via https://lapatilla.com/2019/01/23/trump-reconocio-guaido-presidente-venezuela; HuffPost",
			Verification: Verified,
			Effects: []Effect{
				restsOn(na2015Basis, granted(guaido, On(day("2019-01-23")), "")),
				restsOn(maduro2019Basis, eff(maduro, NonRecognitionDeclared, On(day("2019-01-23")))),
			},
		},
		{
			// Support for the Assembly, and for Guaidó as its President, is
			// a standing of the body; Guaidó as President of Venezuela
			// stays Unstated for the EU, which no act of this dataset
			// changes.
			ID:           "HRVP-2019-01-23",
			Actor:        HighRepresentative,
			Adopted:      day("2019-01-23"),
			Form:         Declaration,
			Wording:      "fully supports the national assembly as the democratically elected institution […] including its President, Juan Guaidó",
			Source:       "Council press release 30/19, via http://www.derechos.org/nizkor/venezuela/doc/ueven5.html",
			Verification: Verified,
			Effects:      []Effect{standing(na2015, SupportedInstitution, On(day("2019-01-23")))},
		},
		{
			// An announced consequence with a deadline: it never fires by
			// itself. The recognition it announces is Guaidó's, so the
			// effect is recorded toward him.
			ID:           "HRVP-2019-01-26",
			Actor:        HighRepresentative,
			Adopted:      day("2019-01-26"),
			Form:         Declaration,
			Wording:      "the EU will take further actions, including on the issue of recognition of the country's leadership",
			Source:       "joint declaration, https://uk.ambafrance.org/France-reiterates-support-for-Venezuelan-assembly",
			Verification: Verified,
			Effects:      []Effect{eff(guaido, ConditionalAnnounced, On(day("2019-01-26")))},
		},
	}
	// The member states' eight-day ultimatum of 26 January 2019, given in
	// the same row of the note. The Netherlands joined "then", on a day the
	// note does not give, so it has no act here.
	for _, ms := range []Actor{"ES", "FR", "DE", "UK"} {
		acts = append(acts, Act{
			ID:           string(ms) + "-2019-01-26",
			Actor:        ms,
			Adopted:      day("2019-01-26"),
			Form:         Statement,
			Wording:      "[8-day ultimatum, 26 January 2019]",
			Source:       "joint declaration, https://uk.ambafrance.org/France-reiterates-support-for-Venezuelan-assembly",
			Verification: Verified,
			Effects:      []Effect{eff(guaido, ConditionalAnnounced, On(day("2019-01-26")))},
		})
	}
	acts = append(acts,
		Act{
			ID:           "EP-2019-01-31",
			Actor:        EuropeanParliament,
			Adopted:      day("2019-01-31"),
			Form:         Resolution,
			Wording:      "as the legitimate interim President… in accordance with the Venezuelan Constitution",
			Source:       "EP press release 20190125IPR24303",
			Verification: Verified,
			Effects:      []Effect{restsOn(na2015Basis, granted(guaido, On(day("2019-01-31")), "until new free, transparent and credible presidential elections"))},
		},
		// Italy's vetoes. The blocked texts were the EU's, a declaration
		// by the High Representative on behalf of the EU that needs every
		// member state, so they are recorded as DeclarationBlocked effects
		// of the High Representative, whose position they leave Unstated.
		// Italy itself recognised neither Maduro nor Guaidó (Di Maio), and
		// has no act: Unstated is the default, which no act need set (the
		// transition table forbids reaffirming it), and a blocked effect
		// under Italy's code would say Italy failed to adopt a text of its
		// own.
		Act{
			// Gymnich of 31 January to 1 February 2019 in Bucharest; the
			// veto was reported on 1 February.
			ID:           "HRVP-2019-02-01",
			Actor:        HighRepresentative,
			Author:       "informal meeting of foreign ministers (Gymnich), Bucharest",
			Adopted:      day("2019-02-01"),
			Form:         Declaration,
			Wording:      "[EU-level recognition text, blocked by Italy (27–1)]",
			Source:       "https://www.huffingtonpost.it/2019/02/01/litalia-mette-il-veto-sul-riconoscimento-ue-di-guaido_a_23658703/; Sputnik",
			Verification: Secondary,
			Effects:      []Effect{eff(guaido, DeclarationBlocked, On(day("2019-02-01")))},
		},
		Act{
			ID:           "HRVP-2019-02-04",
			Actor:        HighRepresentative,
			Adopted:      day("2019-02-04"),
			Form:         Declaration,
			Wording:      "[new EU28 declaration under silence procedure, blocked by Italy]",
			Source:       "HuffPost Italia, quoting Luigi Di Maio",
			Verification: Secondary,
			Effects:      []Effect{eff(guaido, DeclarationBlocked, On(day("2019-02-04")))},
		},
	)
	// The joint declaration of 4 February 2019, one act per member state
	// that made it, in the note's order. Its purpose is the recognition's
	// end condition.
	const joint = "acknowledge and support Mr Juan Guaidó… as President ad interim of Venezuela, in order for him to call for free, fair and democratic presidential elections"
	for _, ms := range []Actor{"ES", "PT", "DE", "UK", "DK", "NL", "HU", "AT", "FI", "BE", "LU", "CZ", "LV", "LT", "EE", "PL", "SE", "HR", "FR"} {
		acts = append(acts, Act{
			ID:           string(ms) + "-2019-02-04",
			Actor:        ms,
			Adopted:      day("2019-02-04"),
			Form:         Declaration,
			Wording:      joint,
			Source:       "French Ministry for Europe and Foreign Affairs, joint declaration of 4 February 2019",
			Verification: Verified,
			Effects:      []Effect{restsOn(na2015Basis, granted(guaido, On(day("2019-02-04")), "in order for him to call for free, fair and democratic presidential elections"))},
		})
	}
	acts = append(acts,
		Act{
			// The Foreign Secretary's own statement, the same day as the
			// joint declaration: a second grant, which leaves the status
			// as it was and records the UK's end condition.
			ID:           "UK-2019-02-04-FS",
			Actor:        "UK",
			Author:       "Foreign Secretary",
			Adopted:      day("2019-02-04"),
			Form:         Statement,
			Wording:      "as interim constitutional president until credible elections can be held",
			Source:       "https://www.theguardian.com/world/2019/feb/04/juan-guaido-interim-venezuela-leader-europe; FCO statement cited in the UKSC case",
			Verification: Verified,
			Effects:      []Effect{restsOn(na2015Basis, granted(guaido, On(day("2019-02-04")), "until credible elections can be held"))},
		},
		Act{
			// The note's status column says "Guaidó standing = NA
			// President", a standing this package has no value for. The
			// declaration stands by the 2015 Assembly against the bureau
			// "election", so it restates the Assembly's standing as the
			// supported institution, the body Guaidó presided.
			ID:           "HRVP-2020-01-09",
			Actor:        HighRepresentative,
			Adopted:      day("2020-01-09"),
			Form:         Declaration,
			Wording:      `[declaration on the National Assembly bureau "election"]`,
			Source:       "cited in EP motion B9-0214/2020",
			Verification: Verified,
			Effects:      []Effect{standing(na2015, SupportedInstitution, On(day("2020-01-09")))},
		},
		Act{
			ID:           "EP-2020-01-16",
			Actor:        EuropeanParliament,
			Adopted:      day("2020-01-16"),
			Form:         Resolution,
			Wording:      "[resolution of 16 January 2020 (471–101–103)]",
			Source:       "l24.lt, quoting the European Parliament",
			Verification: Secondary,
			Effects:      []Effect{restsOn(na2015Basis, eff(guaido, Reaffirmed, On(day("2020-01-16"))))},
		},
		Act{
			ID:           "UK-2020-03-19",
			Actor:        "UK",
			Author:       "Foreign and Commonwealth Office, certificate to the Commercial Court",
			Adopted:      day("2020-03-19"),
			Form:         Statement,
			Wording:      "remains the position",
			Source:       "case papers, UKSC 2020/0195 (https://docslib.org/doc/5695967/foreign-secretarys-case)",
			Verification: Verified,
			Effects:      []Effect{restsOn(na2015Basis, eff(guaido, Reaffirmed, On(day("2020-03-19"))))},
		},
		// Not recorded from 2020 and 2021: the HR's declaration of 7
		// December 2020 contests the new Assembly, a claimant to another
		// office; Borrell's words of 19 January 2021 confirm that the
		// Council's position toward Guaidó as President was Unstated
		// throughout, which the transition table lets no act reaffirm.
		Act{
			// The note reads this as the withdrawal of Guaidó's standing
			// as President of the Assembly, cause BasisLapsed. A withdrawal
			// is of a recognition, and the EU never recognised Guaidó as
			// President (the transition table forbids Withdrawn from
			// Unstated), so the act ends the Assembly's standing instead:
			// it is "outgoing". The change is read from the wording, hence
			// Interpretation, and keyed to the expiry of the Assembly's
			// mandate with the new Assembly's first day, 5 January, the
			// day the note gives for the EU's reading.
			ID:           "HRVP-2021-01-06",
			Actor:        HighRepresentative,
			Adopted:      day("2021-01-06"),
			Form:         Declaration,
			Wording:      "in particular Juan Guaidó and other representatives of the outgoing National Assembly",
			Source:       "https://latercera.com/mundo/noticia/la-ue-ya-no-reconoce-a-juan-guaido-como-presidente-interino-de-venezuela/VML2W43GARELFLEBTGY3FXBINA/; ANP/europa-nu.nl; Sputnik Italia",
			Verification: Verified,
			Effects: []Effect{{
				Claimant:       na2015,
				Office:         office,
				Event:          StandingAccorded,
				Standing:       NoStanding,
				Timing:         OnExpiry(na2015Mandate, ExpiryDayIsFirstDay),
				Interpretation: true,
			}},
		},
		Act{
			ID:           "EP-2021-01-21",
			Actor:        EuropeanParliament,
			Adopted:      day("2021-01-21"),
			Form:         Resolution,
			Wording:      "to unequivocally recognize… the legitimate interim President of Venezuela Juan Guaidó",
			Source:       "EP statement quoted by Reuters, https://nationalpost.com/pmn/news-pmn/crime-pmn/eu-states-should-recognize-guaido-as-venezuelas-leader-eu-lawmakers-say; UrduPoint",
			Verification: Verified,
			Effects:      []Effect{restsOn(na2015Basis, eff(guaido, Reaffirmed, On(day("2021-01-21"))))},
		},
		Act{
			// The conclusions name the 2015 Assembly's opposition,
			// "especially Juan Guaidó": both get the standing.
			ID:           "Council-2021-01-25",
			Actor:        Council,
			Author:       "Foreign Affairs Council",
			Adopted:      day("2021-01-25"),
			Form:         Conclusions,
			Wording:      "especially Juan Guaidó […] important actors and privileged interlocutors",
			Source:       "Council conclusions on Venezuela, 25 January 2021 (scribd document 492028421); https://politico.eu/article/eu-faces-criticism-over-downgrading-venezuelan-opposition-leader",
			Verification: Verified,
			Effects: []Effect{
				standing(guaido, PrivilegedInterlocutor, On(day("2021-01-25"))),
				standing(na2015, PrivilegedInterlocutor, On(day("2021-01-25"))),
			},
		},
		// Not recorded: the UK Supreme Court's judgment of 20 December
		// 2021 made the UK's status legally operative without changing or
		// restating it; the 2015 Assembly's reform of 30 December 2022,
		// which dissolved the interim government as of 5 January 2023, is
		// a fact, not an actor's position, and ends the United States'
		// recognition through the act of 3 January 2023 below. The note
		// records no member state's withdrawal.
		Act{
			// The recognition of Guaidó lapses with the interim government
			// on 5 January 2023, after the act (prospective); the
			// recognition of the 2015 Assembly, a body, is in the present
			// tense and runs from the act's day; Maduro's non-recognition
			// is restated.
			ID:           "US-2023-01-03",
			Actor:        "US",
			Author:       "State Department spokesperson",
			Adopted:      day("2023-01-03"),
			Form:         Statement,
			Wording:      "is not the legitimate leader… We recognize the 2015 National Assembly",
			Source:       "State Department briefing quoted by infobae and diarioelvistazo; https://d1softballnews.com/after-the-dissolution-of-the-interim-government-of-venezuela-the-us-clarified-that-it-still-considers-nicolas-maduro-illegitimate/",
			Verification: Verified,
			Effects: []Effect{
				eff(guaido, BasisLapsed, On(day("2023-01-05"))),
				restsOn(na2015Basis, granted(na2015, On(day("2023-01-03")), "")),
				restsOn(maduro2019Basis, eff(maduro, Reaffirmed, On(day("2023-01-03")))),
			},
		},
		Act{
			// An EU spokesperson restating, in their words, the standing the
			// Council's conclusions of 25 January 2021 gave: recorded under
			// the Council, whose standing it leaves unchanged, as the note
			// says; under the High Representative it would open a standing
			// the note does not record.
			ID:           "Council-2023-01-13",
			Actor:        Council,
			Author:       "EU spokesperson",
			Adopted:      day("2023-01-13"),
			Form:         Statement,
			Wording:      "continue to be considered important actors and privileged interlocutors",
			Source:       "Europa Press",
			Verification: Secondary,
			Effects:      []Effect{standing(na2015, PrivilegedInterlocutor, On(day("2023-01-13")))},
		},
		Act{
			// Contested already since 10 January 2019: the denial is
			// recorded as evidence and changes nothing. De facto control,
			// which the statement acknowledges, is a fact this package
			// does not record. Said after the election of 28 July 2024, it
			// denies the legitimacy that election's declared result would
			// give, so it rests on the third mandate.
			ID:           "HRVP-2024-08-29",
			Actor:        HighRepresentative,
			Author:       "High Representative Josep Borrell, informal meeting of foreign ministers (Gymnich)",
			Adopted:      day("2024-08-29"),
			Form:         Statement,
			Wording:      "will remain president, yes, de facto, but we do not recognise the democratic legitimacy",
			Source:       "AFP via Hespress, https://maghress.com/hespress/1423281",
			Verification: Secondary,
			Effects:      []Effect{restsOn(maduro2025Basis, eff(maduro, LegitimacyDenied, On(day("2024-08-29"))))},
		},
		Act{
			// Prospective: the recognition runs from the first day of the
			// 2025–2031 term, the one Maduro claims, which the resolution
			// urges the EU and the member states to help González take
			// up on 10 January 2025. Whether the adopted text also calls on
			// them to recognise him is reported inconsistently (U in the
			// note) and is not recorded. Adopted by 309 to 201, with 12
			// abstentions.
			ID:           "EP-2024-09-19",
			Actor:        EuropeanParliament,
			Adopted:      day("2024-09-19"),
			Form:         Resolution,
			Wording:      "as the legitimate and democratically elected President",
			Source:       "https://www.politico.eu/article/european-parliament-venezuela-exil-edmundo-gonzalez-legitimate-president/; EP press text",
			Verification: Verified,
			Effects:      []Effect{granted(gonzalez, OnStart(maduro2025), "")},
		},
		// Not recorded: Borrell's words of 10 December 2024, as former
		// High Representative, that recognition is a national competence.
		Act{
			ID:           "HRVP-2025-01-10",
			Actor:        HighRepresentative,
			Adopted:      day("2025-01-10"),
			Form:         Declaration,
			Wording:      "lacks the legitimacy of a democratically elected president",
			Source:       "https://thediplomatinspain.com/en/2025/01/11/eu-says-maduros-inauguration-lacks-legitimacy-announces-new-sanctions; ANSA; tveuropa",
			Verification: Verified,
			Effects:      []Effect{restsOn(maduro2025Basis, eff(maduro, LegitimacyDenied, OnStart(maduro2025)))},
		},
	)

	return Dataset{
		Name:    "Venezuela 2019",
		Office:  office,
		Checked: day("2025-01-10"),
		CheckedAgainst: "the project's reference note on recognition, section 2.2, whose table ends with the High Representative's declaration of 10 January 2025; " +
			"whether member states withdrew their recognitions of Guaidó after 2021 is an open question of the note (section 8, item 6)",
		Claimants: []Claimant{maduro, guaido, na2015, gonzalez},
		Mandates:  []Mandate{maduro2019, na2015Mandate, maduro2025},
		Acts:      acts,
	}
}
