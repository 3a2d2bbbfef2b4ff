package screen_test

import (
	"fmt"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/sanctions"
	"github.com/acquis-eu/acquis/sanctions/screen"
)

// Screening names in Belarusian Cyrillic, in another order and in French
// against the Belarus 2020 list, which writes "Alexandr Lukashenko" and
// "Aleksandr LUKASHENKO".
func ExampleIndex_Search() {
	list := sanctions.Belarus2020()
	ix := screen.NewIndex(list.At(acquis.MustParseDate("2020-12-01")).Entities())
	for _, name := range []string{"Лукашэнка Аляксандр", "LUKASHENKO, Alexander", "Loukachenko Alexandre", "Lukashenko"} {
		ms := ix.Search(screen.Query{Name: name}, screen.DefaultMin)
		if len(ms) == 0 {
			fmt.Printf("%s: no match\n", name)
		}
		for _, m := range ms {
			fmt.Printf("%s: %.2f %s\n  %s\n", name, m.Score, m.Entity.ID, m.Reason)
		}
	}
	// Output:
	// Лукашэнка Аляксандр: 0.95 BLR-lukashenko-alexandr
	//   alias "Alexandr Lukashenko" (EN): Лукашэнка~Lukashenko 0.98, Аляксандр~Alexandr 0.91; name score 0.95
	// LUKASHENKO, Alexander: 0.97 BLR-lukashenko-alexandr
	//   alias "Alexandr Lukashenko" (EN): LUKASHENKO~Lukashenko 1.00, Alexander~Alexandr 0.95; name score 0.97
	// Loukachenko Alexandre: 0.97 BLR-lukashenko-alexandr
	//   alias "Alexandr Lukashenko" (EN): Loukachenko~Lukashenko 0.97, Alexandre~Alexandr 0.97; name score 0.97
	// Lukashenko: no match
}

// A birth date that contradicts the listed one rules a namesake out; an
// initial stands for the first given name; an identity number the entity
// lists raises any score.
func ExampleQuery() {
	ix := screen.NewIndex([]*sanctions.Entity{{
		ID: "EXAMPLE-1", Type: sanctions.Person,
		Names:           []sanctions.Name{{Whole: "Ivan Petrovich SIDOROV", Last: "SIDOROV"}},
		BirthDates:      []sanctions.BirthDate{{Year: 1960}},
		Identifications: []sanctions.Identification{{Number: "MP 1234567", TypeCode: "passport"}},
	}})
	for _, q := range []screen.Query{
		{Name: "Ivan Sidorov", BirthDate: screen.MustParseBirthDate("1960-05-01")},
		{Name: "Ivan Sidorov", BirthDate: screen.MustParseBirthDate("1990-05-01")},
		{Name: "I. Sidorov", IDNumber: "MP1234567"},
	} {
		for _, m := range ix.Search(q, screen.DefaultMin) {
			fmt.Printf("%.2f %s\n", m.Score, m.Reason)
		}
	}
	// Output:
	// 0.93 alias "Ivan Petrovich SIDOROV" (no language): Ivan~Ivan 1.00, Sidorov~SIDOROV 1.00; alias words unmatched: Petrovich; name score 0.91; birth date 1960-05-01 agrees with 1960 (+0.02)
	// 0.98 alias "Ivan Petrovich SIDOROV" (no language): I~Ivan 0.80, Sidorov~SIDOROV 1.00; alias words unmatched: Petrovich; name score 0.83; id number MP1234567 is listed: MP 1234567 (passport), score raised to 0.98
}

func ExampleKey() {
	for _, name := range []string{"Лукашэнка", "Łukaszenka", "Lukaschenko", "Юрий", "Iouri", "Хрэнін", "Khrenin", "ТАА «Інтэр Табак»"} {
		fmt.Println(name, screen.Key(name))
	}
	// Output:
	// Лукашэнка [lukashenka]
	// Łukaszenka [lukashenka]
	// Lukaschenko [lukashenko]
	// Юрий [iuri]
	// Iouri [iuri]
	// Хрэнін [hrenin]
	// Khrenin [hrenin]
	// ТАА «Інтэр Табак» [inter llc tabak]
}

func ExampleNormalize() {
	fmt.Println(screen.Normalize("LUKASHENKO, Alexander Grigorievich"))
	fmt.Println(screen.Normalize("Łukaszenka O’Brien S.A."))
	fmt.Println(screen.Normalize("Лукашэнка «Аляксандр»"))
	// Output:
	// alexander grigorievich lukashenko
	// lukaszenka obrien sa
	// лукашэнка аляксандр
}
