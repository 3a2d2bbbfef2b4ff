// Package sanctions answers who is under which EU restrictive measure on a
// given day, under which regime, listed by which act, last amended by
// which, and until when.
//
// # The model
//
// An [Entity] is a listed person or organisation with everything a list
// gives about it: its [Name]s, each with its language or script, gender,
// title, function and [Strength] (a weak alias is too vague to identify on
// its own); its [BirthDate]s, which may be partial (a year, a range of
// years, circa) and carry the place of birth; its [Citizenship]s; its
// [Identification]s (passports, identity cards, registration numbers) with
// their flags (diplomatic, known false, known expired, reported lost,
// revoked); its [Address]es with their [Contact]s; its remarks; its EU
// reference number and logical id. Each part keeps the act it was taken
// from as a [Citation], as the EU's Financial Sanctions Files do. The
// package knows no file format: package fsf reads the Financial Sanctions
// Files and package ftm writes and reads FollowTheMoney.
//
// A [Regime], such as Belarus's ("BLR"), imposes [Measure]s, each on its own
// legal [Basis]: the [AssetFreeze] under a Council Regulation, the
// [TravelBan] under a Council Decision (CFSP). Each measure has its own
// list, and each list is changed by its own [Act]s: a [Decision] or an
// [ImplementingDecision] for the travel ban, a [Regulation] or an
// [ImplementingRegulation] for the asset freeze. An act's [Effect]s list
// (with the reasons and the date of listing), amend, delist, or renew the
// regime to a new end date.
//
// # The list
//
// [NewList] replays acts, given in any order, over regimes, and refuses an
// act that contradicts those before it (the delisting of an entity never
// listed, a second listing, a change after the regime lapsed) with an
// *[ActError]. [List.At] answers for a day with [Listings]: each entity
// under each measure, since when, listed by which act, last amended by
// which, and until when the regime runs as renewed by that day. A listing
// ends when an act delists the entity, or when its regime lapses without
// renewal. Listings can be narrowed by regime, by measure and by name.
//
// A List answers only as far as its acts reach: [List.Span] gives, for a
// regime, the days its first and last acts entered into force, and
// [List.SpanActs] those acts. Before the first, it
// cannot say who was listed nor until when the regime ran, and
// [List.LastDay] and [List.Stated] refuse such a day with a *[SpanError];
// after the last, its answers are the acts' answers as recorded up to it.
//
// [List.Changes] answers what took effect between two days, as a [Delta]:
// the acts that entered into force, and each listing, amendment, delisting
// and renewal they made ([Update]), with its act and day. Its Entities are
// whom customers screened on the first day must be screened against on
// the second. Changes refuses an interval that leaves the record, before
// its first act or after its last, with a *[SpanError].
//
// # JSON
//
// Every type of the package that is written as JSON (an [Entity] and its
// parts, an [Act] and its [Effect]s, a [Regime], a [Listing], a
// [Period]) has camelCase keys, and reads back equal.
//
// # List files
//
// A List's regimes and acts are data: [ReadList] reads them from a JSON
// list file, with the line and column of what it cannot read, and
// [WriteList] writes one, which reads back the same. The embedded data of
// [Belarus2020] is such a file.
//
// # Belarus 2020
//
// [Belarus2020] returns the List of the Belarus regime with the acts of
// 2020: its renewal to 28 February 2021 and the three packages of listings
// of 2 October, 6 November and 17 December 2020. Each act keeps the number
// of entries it states it lists; the entries embedded are only those whose
// names could be read in the acts as published, and the function's
// documentation says which, and which facts rest on secondary sources.
package sanctions
