package recognition

// PresidentOfBelarus is the office of the case Belarus2020.
const PresidentOfBelarus Office = "President of Belarus"

// Belarus2020 returns the embedded case "belarus2020": the positions that
// the EU's institutions, some member states, the United States and the
// Parliamentary Assembly of the Council of Europe took toward Alyaksandr
// Lukashenka as President of Belarus, from the election of 9 August 2020
// to his seventh term from 25 March 2025, each act with its wording,
// source and verification grade. Each call returns a new Dataset, which
// the caller may modify.
//
// The European Parliament's non-recognition is keyed to the expiry of the
// 2015 mandate with [ExpiryDayIsLastDay]: inaugurated on 6 November 2015
// for five years (Constitution, Article 81), Lukashenka's last day was 5
// November 2020, the day Parliament's press release names, so the effect
// starts on 6 November. No text of Parliament says which day; with
// [ExpiryDayIsFirstDay] the answer for 5 November changes, and only for
// that day.
//
// The positions of 2020 rest on the mandate Lukashenka claimed from his
// inauguration of 23 September 2020 (their [Effect.Basis]), which ended
// as Minsk reckons it with the inauguration of 25 March 2025: from that
// day the answers say it has expired, until an act restates the position
// on the 2025 mandate, as the Parliament's of 3 April 2025 does. The EU's
// declaration on the 2025 election was blocked; the High Representative
// spoke in her own name ([HighRepresentativeOwn]). The record was not
// searched between November 2020 and January 2025 (its CheckedAgainst
// says so). The file's notes give the reasoning act by act, and its
// notRecorded list what it leaves out, such as the Council's sanctions
// listings.
func Belarus2020() Dataset { return mustEmbedded("belarus2020") }
