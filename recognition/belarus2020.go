package recognition

// PresidentOfBelarus is the office of the case Belarus2020.
const PresidentOfBelarus Office = "President of Belarus"

// Belarus2020 returns the embedded case "belarus2020": the positions that
// the EU's institutions, some member states and the United States took
// toward Alyaksandr Lukashenka as President of Belarus from the election
// of 9 August 2020, each act with its wording, source and verification
// grade. Each call returns a new Dataset, which the caller may modify.
//
// The European Parliament's non-recognition is keyed to the expiry of the
// 2015 mandate with [ExpiryDayIsLastDay]: inaugurated on 6 November 2015
// for five years (Constitution, Article 81), Lukashenka's last day was 5
// November 2020, the day Parliament's press release names, so the effect
// starts on 6 November. No text of Parliament says which day; with
// [ExpiryDayIsFirstDay] the answer for 5 November changes, and only for
// that day.
//
// Every position recorded rests on the mandate Lukashenka claimed from
// his inauguration of 23 September 2020 (its [Effect.Basis]). The file's
// notes give the reasoning act by act, and its notRecorded list what it
// leaves out, such as the Council's sanctions listings.
func Belarus2020() Dataset { return mustEmbedded("belarus2020") }
