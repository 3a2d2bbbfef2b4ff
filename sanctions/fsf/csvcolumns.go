package fsf

// The columns of CSV 1.1, in the order of its header. The constants index
// csvColumns, and a row put in this order (see csvReader.canon).
const (
	// Entity: 16 columns.
	colFileGenerationDate = iota
	colEntityLogicalID
	colEntityEUReferenceNumber
	colEntityUnitedNationID
	colEntityDesignationDate
	colEntityDesignationDetails
	colEntityRemark
	colEntitySubjectType
	colEntitySubjectTypeClassificationCode
	colEntityRegulationType
	colEntityRegulationOrganisationType
	colEntityRegulationPublicationDate
	colEntityRegulationEntryIntoForceDate
	colEntityRegulationNumberTitle
	colEntityRegulationProgramme
	colEntityRegulationPublicationURL

	// NameAlias: 18 columns.
	colNameAliasLastName
	colNameAliasFirstName
	colNameAliasMiddleName
	colNameAliasWholeName
	colNameAliasNameLanguage
	colNameAliasGender
	colNameAliasTitle
	colNameAliasFunction
	colNameAliasLogicalID
	colNameAliasRegulationLanguage
	colNameAliasRemark
	colNameAliasRegulationType
	colNameAliasRegulationOrganisationType
	colNameAliasRegulationPublicationDate
	colNameAliasRegulationEntryIntoForceDate
	colNameAliasRegulationNumberTitle
	colNameAliasRegulationProgramme
	colNameAliasRegulationPublicationURL

	// Address: 20 columns.
	colAddressCity
	colAddressStreet
	colAddressPoBox
	colAddressZipCode
	colAddressRegion
	colAddressPlace
	colAddressAsAtListingTime
	colAddressContactInfo
	colAddressCountryIso2Code
	colAddressCountryDescription
	colAddressLogicalID
	colAddressRegulationLanguage
	colAddressRemark
	colAddressRegulationType
	colAddressRegulationOrganisationType
	colAddressRegulationPublicationDate
	colAddressRegulationEntryIntoForceDate
	colAddressRegulationNumberTitle
	colAddressRegulationProgramme
	colAddressRegulationPublicationURL

	// BirthDate: 24 columns.
	colBirthDateBirthDate
	colBirthDateDay
	colBirthDateMonth
	colBirthDateYear
	colBirthDateYearRangeFrom
	colBirthDateYearRangeTo
	colBirthDateCirca
	colBirthDateCalendarType
	colBirthDateZipCode
	colBirthDateRegion
	colBirthDatePlace
	colBirthDateCity
	colBirthDateCountryIso2Code
	colBirthDateCountryDescription
	colBirthDateLogicalID
	colBirthDateRegulationLanguage
	colBirthDateRemark
	colBirthDateRegulationType
	colBirthDateRegulationOrganisationType
	colBirthDateRegulationPublicationDate
	colBirthDateRegulationEntryIntoForceDate
	colBirthDateRegulationNumberTitle
	colBirthDateRegulationProgramme
	colBirthDateRegulationPublicationURL

	// Identification: 27 columns.
	colIdentificationNumber
	colIdentificationDiplomatic
	colIdentificationKnownExpired
	colIdentificationKnownFalse
	colIdentificationReportedLost
	colIdentificationRevokedByIssuer
	colIdentificationIssuedBy
	colIdentificationIssuedDate
	colIdentificationValidFrom
	colIdentificationValidTo
	colIdentificationLatinNumber
	colIdentificationNameOnDocument
	colIdentificationTypeCode
	colIdentificationTypeDescription
	colIdentificationRegion
	colIdentificationCountryIso2Code
	colIdentificationCountryDescription
	colIdentificationLogicalID
	colIdentificationRegulationLanguage
	colIdentificationRemark
	colIdentificationRegulationType
	colIdentificationRegulationOrganisationType
	colIdentificationRegulationPublicationDate
	colIdentificationRegulationEntryIntoForceDate
	colIdentificationRegulationNumberTitle
	colIdentificationRegulationProgramme
	colIdentificationRegulationPublicationURL

	// Citizenship: 13 columns.
	colCitizenshipRegion
	colCitizenshipCountryIso2Code
	colCitizenshipCountryDescription
	colCitizenshipLogicalID
	colCitizenshipRegulationLanguage
	colCitizenshipRemark
	colCitizenshipRegulationType
	colCitizenshipRegulationOrganisationType
	colCitizenshipRegulationPublicationDate
	colCitizenshipRegulationEntryIntoForceDate
	colCitizenshipRegulationNumberTitle
	colCitizenshipRegulationProgramme
	colCitizenshipRegulationPublicationURL

	numColumns // the number of columns: 118
)

// csvColumns are the names of the columns, as the header writes them.
var csvColumns = [numColumns]string{
	colFileGenerationDate:                         "fileGenerationDate",
	colEntityLogicalID:                            "Entity_LogicalId",
	colEntityEUReferenceNumber:                    "Entity_EU_ReferenceNumber",
	colEntityUnitedNationID:                       "Entity_UnitedNationId",
	colEntityDesignationDate:                      "Entity_DesignationDate",
	colEntityDesignationDetails:                   "Entity_DesignationDetails",
	colEntityRemark:                               "Entity_Remark",
	colEntitySubjectType:                          "Entity_SubjectType",
	colEntitySubjectTypeClassificationCode:        "Entity_SubjectType_ClassificationCode",
	colEntityRegulationType:                       "Entity_Regulation_Type",
	colEntityRegulationOrganisationType:           "Entity_Regulation_OrganisationType",
	colEntityRegulationPublicationDate:            "Entity_Regulation_PublicationDate",
	colEntityRegulationEntryIntoForceDate:         "Entity_Regulation_EntryIntoForceDate",
	colEntityRegulationNumberTitle:                "Entity_Regulation_NumberTitle",
	colEntityRegulationProgramme:                  "Entity_Regulation_Programme",
	colEntityRegulationPublicationURL:             "Entity_Regulation_PublicationUrl",
	colNameAliasLastName:                          "NameAlias_LastName",
	colNameAliasFirstName:                         "NameAlias_FirstName",
	colNameAliasMiddleName:                        "NameAlias_MiddleName",
	colNameAliasWholeName:                         "NameAlias_WholeName",
	colNameAliasNameLanguage:                      "NameAlias_NameLanguage",
	colNameAliasGender:                            "NameAlias_Gender",
	colNameAliasTitle:                             "NameAlias_Title",
	colNameAliasFunction:                          "NameAlias_Function",
	colNameAliasLogicalID:                         "NameAlias_LogicalId",
	colNameAliasRegulationLanguage:                "NameAlias_RegulationLanguage",
	colNameAliasRemark:                            "NameAlias_Remark",
	colNameAliasRegulationType:                    "NameAlias_Regulation_Type",
	colNameAliasRegulationOrganisationType:        "NameAlias_Regulation_OrganisationType",
	colNameAliasRegulationPublicationDate:         "NameAlias_Regulation_PublicationDate",
	colNameAliasRegulationEntryIntoForceDate:      "NameAlias_Regulation_EntryIntoForceDate",
	colNameAliasRegulationNumberTitle:             "NameAlias_Regulation_NumberTitle",
	colNameAliasRegulationProgramme:               "NameAlias_Regulation_Programme",
	colNameAliasRegulationPublicationURL:          "NameAlias_Regulation_PublicationUrl",
	colAddressCity:                                "Address_City",
	colAddressStreet:                              "Address_Street",
	colAddressPoBox:                               "Address_PoBox",
	colAddressZipCode:                             "Address_ZipCode",
	colAddressRegion:                              "Address_Region",
	colAddressPlace:                               "Address_Place",
	colAddressAsAtListingTime:                     "Address_AsAtListingTime",
	colAddressContactInfo:                         "Address_ContactInfo",
	colAddressCountryIso2Code:                     "Address_CountryIso2Code",
	colAddressCountryDescription:                  "Address_CountryDescription",
	colAddressLogicalID:                           "Address_LogicalId",
	colAddressRegulationLanguage:                  "Address_RegulationLanguage",
	colAddressRemark:                              "Address_Remark",
	colAddressRegulationType:                      "Address_Regulation_Type",
	colAddressRegulationOrganisationType:          "Address_Regulation_OrganisationType",
	colAddressRegulationPublicationDate:           "Address_Regulation_PublicationDate",
	colAddressRegulationEntryIntoForceDate:        "Address_Regulation_EntryIntoForceDate",
	colAddressRegulationNumberTitle:               "Address_Regulation_NumberTitle",
	colAddressRegulationProgramme:                 "Address_Regulation_Programme",
	colAddressRegulationPublicationURL:            "Address_Regulation_PublicationUrl",
	colBirthDateBirthDate:                         "BirthDate_BirthDate",
	colBirthDateDay:                               "BirthDate_Day",
	colBirthDateMonth:                             "BirthDate_Month",
	colBirthDateYear:                              "BirthDate_Year",
	colBirthDateYearRangeFrom:                     "BirthDate_YearRangeFrom",
	colBirthDateYearRangeTo:                       "BirthDate_YearRangeTo",
	colBirthDateCirca:                             "BirthDate_Circa",
	colBirthDateCalendarType:                      "BirthDate_CalendarType",
	colBirthDateZipCode:                           "BirthDate_ZipCode",
	colBirthDateRegion:                            "BirthDate_Region",
	colBirthDatePlace:                             "BirthDate_Place",
	colBirthDateCity:                              "BirthDate_City",
	colBirthDateCountryIso2Code:                   "BirthDate_CountryIso2Code",
	colBirthDateCountryDescription:                "BirthDate_CountryDescription",
	colBirthDateLogicalID:                         "BirthDate_LogicalId",
	colBirthDateRegulationLanguage:                "BirthDate_RegulationLanguage",
	colBirthDateRemark:                            "BirthDate_Remark",
	colBirthDateRegulationType:                    "BirthDate_Regulation_Type",
	colBirthDateRegulationOrganisationType:        "BirthDate_Regulation_OrganisationType",
	colBirthDateRegulationPublicationDate:         "BirthDate_Regulation_PublicationDate",
	colBirthDateRegulationEntryIntoForceDate:      "BirthDate_Regulation_EntryIntoForceDate",
	colBirthDateRegulationNumberTitle:             "BirthDate_Regulation_NumberTitle",
	colBirthDateRegulationProgramme:               "BirthDate_Regulation_Programme",
	colBirthDateRegulationPublicationURL:          "BirthDate_Regulation_PublicationUrl",
	colIdentificationNumber:                       "Identification_Number",
	colIdentificationDiplomatic:                   "Identification_Diplomatic",
	colIdentificationKnownExpired:                 "Identification_KnownExpired",
	colIdentificationKnownFalse:                   "Identification_KnownFalse",
	colIdentificationReportedLost:                 "Identification_ReportedLost",
	colIdentificationRevokedByIssuer:              "Identification_RevokedByIssuer",
	colIdentificationIssuedBy:                     "Identification_IssuedBy",
	colIdentificationIssuedDate:                   "Identification_IssuedDate",
	colIdentificationValidFrom:                    "Identification_ValidFrom",
	colIdentificationValidTo:                      "Identification_ValidTo",
	colIdentificationLatinNumber:                  "Identification_LatinNumber",
	colIdentificationNameOnDocument:               "Identification_NameOnDocument",
	colIdentificationTypeCode:                     "Identification_TypeCode",
	colIdentificationTypeDescription:              "Identification_TypeDescription",
	colIdentificationRegion:                       "Identification_Region",
	colIdentificationCountryIso2Code:              "Identification_CountryIso2Code",
	colIdentificationCountryDescription:           "Identification_CountryDescription",
	colIdentificationLogicalID:                    "Identification_LogicalId",
	colIdentificationRegulationLanguage:           "Identification_RegulationLanguage",
	colIdentificationRemark:                       "Identification_Remark",
	colIdentificationRegulationType:               "Identification_Regulation_Type",
	colIdentificationRegulationOrganisationType:   "Identification_Regulation_OrganisationType",
	colIdentificationRegulationPublicationDate:    "Identification_Regulation_PublicationDate",
	colIdentificationRegulationEntryIntoForceDate: "Identification_Regulation_EntryIntoForceDate",
	colIdentificationRegulationNumberTitle:        "Identification_Regulation_NumberTitle",
	colIdentificationRegulationProgramme:          "Identification_Regulation_Programme",
	colIdentificationRegulationPublicationURL:     "Identification_Regulation_PublicationUrl",
	colCitizenshipRegion:                          "Citizenship_Region",
	colCitizenshipCountryIso2Code:                 "Citizenship_CountryIso2Code",
	colCitizenshipCountryDescription:              "Citizenship_CountryDescription",
	colCitizenshipLogicalID:                       "Citizenship_LogicalId",
	colCitizenshipRegulationLanguage:              "Citizenship_RegulationLanguage",
	colCitizenshipRemark:                          "Citizenship_Remark",
	colCitizenshipRegulationType:                  "Citizenship_Regulation_Type",
	colCitizenshipRegulationOrganisationType:      "Citizenship_Regulation_OrganisationType",
	colCitizenshipRegulationPublicationDate:       "Citizenship_Regulation_PublicationDate",
	colCitizenshipRegulationEntryIntoForceDate:    "Citizenship_Regulation_EntryIntoForceDate",
	colCitizenshipRegulationNumberTitle:           "Citizenship_Regulation_NumberTitle",
	colCitizenshipRegulationProgramme:             "Citizenship_Regulation_Programme",
	colCitizenshipRegulationPublicationURL:        "Citizenship_Regulation_PublicationUrl",
}

// csvFirstColumn is the name of the first column, by which a Decoder tells CSV.
const csvFirstColumn = "fileGenerationDate"
