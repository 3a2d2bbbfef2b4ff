package recognition

// Venezuela2019 returns the embedded case "venezuela2019": the presidency
// of Venezuela from 2018 to 2025, Nicolás Maduro's second and third
// mandates, Juan Guaidó's claim as interim president, the National
// Assembly elected in 2015, and Edmundo González Urrutia, with the acts of
// the European Parliament, the Council, the High Representative, the
// member states and third states that took a position toward them. Each
// call returns a new Dataset, which the caller may modify.
//
// The European Union's own voices (the Council, the High Representative)
// never recognise Guaidó as President: member states did, each by its own
// act; the EU accorded a standing to the National Assembly and later to
// Guaidó, on the separate axis of [Standing]. Italy has no act, so its
// position stays [Unstated].
//
// Each effect that states a position says, in its [Effect.Basis], the
// mandate the position rests on: a recognition of Guaidó as interim
// President rests on his presidency of the National Assembly elected in
// 2015 (Article 233 of the Constitution of Venezuela), whose term ended
// when the Assembly elected in December 2020 was installed on 5 January
// 2021; a rejection of the 2018 election, or a non-recognition of Maduro
// from 2019, rests on his second mandate; positions taken after the
// election of 28 July 2024 rest on the third. The file's notes give the
// reasoning act by act, and its notRecorded list what it leaves out.
func Venezuela2019() Dataset { return mustEmbedded("venezuela2019") }
