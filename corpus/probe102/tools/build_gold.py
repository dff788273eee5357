#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as the other probes' build_gold.py scripts; the record helpers and the checks are imported
from corpus/tools/gold.py (not copied). Three documents are Markdown (03, 08, 16) and three are saved HTML pages (02, 11, 15);
gold.py's Gold.finish() checks their quotes against the file as written (white space folded), so no quote of theirs spans
HTML mark-up, Markdown emphasis or an HTML entity.

Theme: culture, heritage, education and intellectual property: the UNESCO conventions (1954 Hague Convention and its
Protocols, 1970 illicit trafficking, 1972 World Heritage, 2001 underwater cultural heritage, 2003 intangible heritage,
2005 diversity of cultural expressions, the 2019 Global Convention on higher education and the regional recognition
conventions), WIPO's Marrakesh, Beijing, Riyadh Design Law and Genetic Resources (GRATK) treaties and the 1995 UNIDROIT
Convention, in UNESCO, WIPO and Council of the EU press releases, UN meetings coverage, a summary record, a joint
statement, a ministerial declaration, a parliamentary research brief, a law-firm treaty digest, an NGO tracker, news
articles and explainers (2024-2025, with dated history back to 1954).

Conventions of this corpus (on top of the READMEs' rules):
- UNESCO's conventions are not signed (except the 1954 Hague Convention): an instrument of acceptance or approval is a
  consent to be bound (ACCEPTED list), of accession `acceded`, of ratification `ratified`. "Became the 82nd State Party"
  and "has become a State Party" after a stated deposit are the same event as the deposit: no separate `party` record.
  "A party since 2006" / "has been a party to X since 1992" is `party` with that year.
- Table rows (Markdown, plain-text) give one record per row, dated by the row; a table's "not a party" is negated.
- A body's adoption of a text (General Conference, Diplomatic Conference, Conference of Parties, Security Council, a
  ministerial conference) is its `adopted`, dated as the text dates it; a passive adoption that names no body is optional.
  Signing a declaration, or being listed as endorsing it, is `endorsed`.
- Calls ("calls on", "urged", "invited ... to consider becoming parties", "encouraged others to do the same") are the
  caller's `called-for`, dated by the dated statement, meeting or text that makes them (month only where the day is not
  certain); an official's call goes to the official (UNESCO and WIPO heads, a Principal Secretary speaking for Kenya).
- Negated, planned and hedged acts ("has yet to", "is not a party", "neither A nor B", "expects to deposit", "will
  sign", "intends to ratify", "is studying", "would consider", "all ... except Nauru and Tonga") are negated records
  without a date; votes against and abstentions are `supported` negated with the vote's date.
- Nothing for: depositaries, hosts and venues, domestic steps (Cabinet and parliamentary approval, bills, acts, national
  policies, a Council decision authorising signature), entry into force, inscriptions, nominations and Tentative Lists,
  withdrawals from UNESCO (an organisation), support for funds, bodies and goals, "championed" a text, the Final Act,
  reservations to one paragraph, unnamed groups and counts ("32 countries", "a handful of Member States").
- Relative dates ("today", "on Tuesday", "last year", "this week", "in January", "twenty years ago") resolve against the
  document's own date; a month without a year takes the document's year.
"""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, TC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3000, 6500

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "European Union", "Russian Federation", "Republic of Korea", "Iran", "Viet Nam",
          "Türkiye", "Czechia", "Côte d'Ivoire", "Netherlands", "Philippines", "Kyrgyzstan", "Kazakhstan", "Uzbekistan",
          "Micronesia", "Marshall Islands", "Fiji", "Samoa", "Kenya", "Guatemala", "United Republic of Tanzania", "Bolivia",
          "Lao PDR", "Cook Islands", "Kiribati", "Ghana", "Mexico", "Colombia", "Chile", "Costa Rica", "Ecuador", "Paraguay",
          "Germany", "China", "Egypt", "Saudi Arabia", "Burundi", "Rwanda", "Uganda", "Bangladesh", "Papua New Guinea",
          "Somalia", "South Sudan", "Cambodia", "Bhutan", "Venezuela"),
    "Argentina": ["Argentina", "Argentine Republic"],
    "Brazil": ["Brazil", "Federative Republic of Brazil"],
    "Japan": ["Japan"],
    "India": ["India", "Republic of India"],
    "Indonesia": ["Indonesia", "Republic of Indonesia"],
    "Mongolia": ["Mongolia"],
    "Jordan": ["Jordan", "Hashemite Kingdom of Jordan"],
    "Turkmenistan": ["Turkmenistan"],
    "Solomon Islands": ["Solomon Islands", "the Solomon Islands"],
    "Vanuatu": ["Vanuatu", "Republic of Vanuatu"],
    "Tuvalu": ["Tuvalu"],
    "Peru": ["Peru", "Republic of Peru"],
    "Estonia": ["Estonia", "Republic of Estonia"],
    "Senegal": ["Senegal", "Republic of Senegal"],
    "Nigeria": ["Nigeria", "Federal Republic of Nigeria"],
    "Burkina Faso": ["Burkina Faso"],
    "Benin": ["Benin", "Republic of Benin"],
    "Italy": ["Italy", "Italian Republic"],
    "Spain": ["Spain", "Kingdom of Spain"],
    "Portugal": ["Portugal", "Portuguese Republic"],
    "France": ["France", "French Republic"],
    "Switzerland": ["Switzerland", "Swiss Confederation"],
    "Greece": ["Greece", "Hellenic Republic"],
    "Malawi": ["Malawi", "Republic of Malawi"],
    "South Africa": ["South Africa", "Republic of South Africa"],
    "Nepal": ["Nepal"],
    "Ethiopia": ["Ethiopia", "Federal Democratic Republic of Ethiopia"],
    "Algeria": ["Algeria", "People's Democratic Republic of Algeria"],
    "Morocco": ["Morocco", "Kingdom of Morocco"],
    "Oman": ["Oman", "Sultanate of Oman"],
    "Pakistan": ["Pakistan", "Islamic Republic of Pakistan"],
    "Tunisia": ["Tunisia", "Republic of Tunisia"],
    "Uruguay": ["Uruguay", "Oriental Republic of Uruguay"],
    "Namibia": ["Namibia", "Republic of Namibia"],
    "Cameroon": ["Cameroon", "Republic of Cameroon"],
    "Haiti": ["Haiti", "Republic of Haiti"],
    "Lebanon": ["Lebanon", "Lebanese Republic"],
    "Madagascar": ["Madagascar", "Republic of Madagascar"],
    "Zimbabwe": ["Zimbabwe", "Republic of Zimbabwe"],
    "Myanmar": ["Myanmar", "Republic of the Union of Myanmar"],
    "Sri Lanka": ["Sri Lanka", "Democratic Socialist Republic of Sri Lanka"],
    "Canada": ["Canada"],
    "Finland": ["Finland", "Republic of Finland"],
    "Ireland": ["Ireland"],
    "Israel": ["Israel", "State of Israel"],
    "Nauru": ["Nauru", "Republic of Nauru"],
    "Tonga": ["Tonga", "Kingdom of Tonga"],
    "Palau": ["Palau", "Republic of Palau"],
    "Australia": ["Australia", "Commonwealth of Australia"],
    "New Zealand": ["New Zealand"],
    "Holy See": ["Holy See"],
    "Norway": ["Norway", "Kingdom of Norway"],
    "Denmark": ["Denmark", "Kingdom of Denmark"],
    "Slovenia": ["Slovenia", "Republic of Slovenia"],
    "Ukraine": ["Ukraine"],
    "Guyana": ["Guyana", "Co-operative Republic of Guyana"],
    "Panama": ["Panama", "Republic of Panama"],
    "Sierra Leone": ["Sierra Leone", "Republic of Sierra Leone"],
    "Armenia": ["Armenia", "Republic of Armenia"],
    "Georgia": ["Georgia"],
    "Belgium": ["Belgium", "Kingdom of Belgium"],
    "Nicaragua": ["Nicaragua", "Republic of Nicaragua"],
    "Liberia": ["Liberia", "Republic of Liberia"],
    "Honduras": ["Honduras", "Republic of Honduras"],
    "Mauritius": ["Mauritius", "Republic of Mauritius"],
    "Romania": ["Romania"],
    "Monaco": ["Monaco", "Principality of Monaco"],
    "Croatia": ["Croatia", "Republic of Croatia"],
    "Togo": ["Togo", "Togolese Republic"],
    "Belarus": ["Belarus", "Republic of Belarus"],
    "Djibouti": ["Djibouti", "Republic of Djibouti"],
    "Austria": ["Austria", "Republic of Austria"],
    "Andorra": ["Andorra", "Principality of Andorra"],
    "Cuba": ["Cuba", "Republic of Cuba"],
    "Dominican Republic": ["Dominican Republic", "the Dominican Republic"],
    "El Salvador": ["El Salvador", "Republic of El Salvador"],
    "Cyprus": ["Cyprus", "Republic of Cyprus"],
    "Iraq": ["Iraq", "Republic of Iraq"],
    "Mali": ["Mali", "Republic of Mali"],
    "Hungary": ["Hungary"],
    "Poland": ["Poland", "Republic of Poland"],
    "Sweden": ["Sweden", "Kingdom of Sweden"],
    "Lithuania": ["Lithuania", "Republic of Lithuania"],
    "Luxembourg": ["Luxembourg", "Grand Duchy of Luxembourg"],
}

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

# ---- bodies and officials ----
UGC = ["UNESCO General Conference", "General Conference", "General Conference of UNESCO"]
UDG = ["UNESCO Director-General", "Director-General of UNESCO", "Director-General", "UNESCO"]
WDG = ["WIPO Director General", "Director General", "Daren Tang", "WIPO"]

# ---- instruments ----
C1970 = ("Convention on the Means of Prohibiting and Preventing the Illicit Import, Export and Transfer of Ownership of Cultural Property",
         ["1970 Convention", "1970 UNESCO Convention", "UNESCO Convention of 1970", "1970 UNESCO Convention on illicit trafficking"])
WHC = ("Convention concerning the Protection of the World Cultural and Natural Heritage",
       ["World Heritage Convention", "1972 World Heritage Convention", "1972 Convention"])
UCH = ("Convention on the Protection of the Underwater Cultural Heritage",
       ["2001 Convention", "Underwater Cultural Heritage Convention", "2001 Convention on the Protection of the Underwater Cultural Heritage"])
ICH = ("Convention for the Safeguarding of the Intangible Cultural Heritage",
       ["2003 Convention", "Intangible Cultural Heritage Convention", "2003 Convention for the Safeguarding of the Intangible Cultural Heritage"])
DCE = ("Convention on the Protection and Promotion of the Diversity of Cultural Expressions",
       ["2005 Convention", "Diversity of Cultural Expressions Convention", "2005 Convention on the Diversity of Cultural Expressions"])
GCHE = ("Global Convention on the Recognition of Qualifications concerning Higher Education",
        ["Global Convention", "Global Convention on Higher Education"])
UNIDROIT = ("UNIDROIT Convention on Stolen or Illegally Exported Cultural Objects",
            ["1995 UNIDROIT Convention", "UNIDROIT Convention", "UNIDROIT 1995 Convention", "1995 Convention"])
MVT = ("Marrakesh Treaty to Facilitate Access to Published Works for Persons Who Are Blind, Visually Impaired or Otherwise Print Disabled",
       ["Marrakesh Treaty", "Marrakesh VIP Treaty"])
BTAP = ("Beijing Treaty on Audiovisual Performances", ["Beijing Treaty", "BTAP"])
RDLT = ("Riyadh Design Law Treaty", ["Design Law Treaty", "Riyadh Treaty", "DLT"])
GRATK = ("WIPO Treaty on Intellectual Property, Genetic Resources and Associated Traditional Knowledge",
         ["GRATK Treaty", "GRATK", "Treaty on Genetic Resources", "WIPO Treaty on Genetic Resources and Associated Traditional Knowledge"])
HC54 = ("Convention for the Protection of Cultural Property in the Event of Armed Conflict",
        ["1954 Hague Convention", "Hague Convention", "Hague Convention for the Protection of Cultural Property in the Event of Armed Conflict",
         "1954 Convention"])
HP1 = ("First Protocol to the Hague Convention of 1954 for the Protection of Cultural Property in the Event of Armed Conflict",
       ["First Protocol", "First Protocol to the Hague Convention", "Protocol to the Hague Convention (1954)"])
HP2 = ("Second Protocol to the Hague Convention of 1954 for the Protection of Cultural Property in the Event of Armed Conflict",
       ["Second Protocol", "Second Protocol to the Hague Convention", "1999 Second Protocol"])
TOKYO = ("Asia-Pacific Regional Convention on the Recognition of Qualifications in Higher Education",
         ["Tokyo Convention", "revised Asia-Pacific Regional Convention", "Asia-Pacific Regional Convention"])
ADDIS = ("Revised Convention on the Recognition of Studies, Certificates, Diplomas, Degrees and Other Academic Qualifications in Higher Education in African States",
         ["Addis Convention", "Addis Ababa Convention", "Revised Convention on the Recognition of Studies"])
LISBON = ("Convention on the Recognition of Qualifications concerning Higher Education in the European Region",
          ["Lisbon Recognition Convention", "Council of Europe/UNESCO Lisbon Recognition Convention"])
BA = ("Regional Convention on the Recognition of Studies, Degrees and Diplomas in Higher Education in Latin America and the Caribbean",
      ["Buenos Aires Convention"])
NICOSIA = ("Council of Europe Convention on Offences relating to Cultural Property", ["Nicosia Convention", "Convention on Offences relating to Cultural Property"])
R2347 = ("resolution 2347 (2017)", ["Security Council resolution 2347", "resolution 2347"])

# ===================== 01 (UNESCO press release, Samarkand treaty event, Tuesday 4 November 2025) =====================
d = "01.txt"
D = "2025-11-04"
NEURO = ("Recommendation on the Ethics of Neurotechnology", ["Ethics of Neurotechnology Recommendation"])
# The Director-General as depositary: nothing; her call to ratify two conventions is dated by the event.
R(d, UDG + ["Audrey Azoulay"], "called-for", GCHE, D,
  "I call on all Member States that have not yet done so to ratify the Global Convention on the Recognition of Qualifications concerning Higher Education")
R(d, UDG + ["Audrey Azoulay"], "called-for", UCH, D, "and the 2001 Convention on the Protection of the Underwater Cultural Heritage before the end of this biennium")
RL(d, ["Kazakhstan", "Mongolia", "Republic of Korea"], RATIFIED, GCHE, D,
   "Kazakhstan, Mongolia and the Republic of Korea deposited instruments of ratification of the Global Convention on the Recognition of Qualifications concerning Higher Education")
R(d, UGC, ADOPTED, GCHE, "2019-11", "which the General Conference adopted at its 40th session in November 2019")
R(d, "Brazil", ACCEPTED, GCHE, D, "Brazil deposited an instrument of acceptance of the same Convention")
# Elliptical: "and Jordan its instrument of accession".
R(d, "Jordan", ACCEDED, GCHE, D, "and Jordan its instrument of accession")
R(d, "Republic of Korea", RATIFIED, TOKYO, "2019",
  "The Republic of Korea, which had ratified the Asia-Pacific Regional Convention on the Recognition of Qualifications in Higher Education in 2019")
# The host deposited nothing; the bill before the Oliy Majlis is domestic; "expects to accede" is planned.
R(d, "Uzbekistan", NOTBOUND, GCHE, None, "Uzbekistan, the host country, did not deposit an instrument at the event.", negated=True,
  alt=["Uzbekistan expects to accede in the first half of 2026"])
R(d, "Turkmenistan", NOTBOUND, GCHE, None, "The delegation of Turkmenistan likewise announced that it would accede to the Global Convention", negated=True)
RL(d, ["Philippines", "Indonesia"], ACCEDED, UCH, D,
   "The Philippines and Indonesia deposited instruments of accession to the Convention on the Protection of the Underwater Cultural Heritage (2001).")
# "made it the 81st State Party", "became the 82nd": the same deposits. "On Monday" against Tuesday 4 November: 3 November.
R(d, "Estonia", ACCEPTED, UCH, "2025-11-03", "On Monday, Estonia deposited its instrument of acceptance of the 2001 Convention")
RL(d, ["Colombia", "Peru"], NOTBOUND, UCH, None,
   "Neither Colombia nor Peru, whose waters hold some of the most studied colonial-era wrecks in the Americas, is party to the 2001 Convention",
   negated=True)
# Colombia's "no decision on accession" restates its negated status (optional as a separate accession record).
R(d, "Colombia", ACCEDED, UCH, None, "no decision on accession had been taken", negated=True, required=False)
RL(d, ["Solomon Islands", "Tuvalu"], ACCEDED, ICH, D,
   "Solomon Islands and Tuvalu deposited instruments of accession to the Convention for the Safeguarding of the Intangible Cultural Heritage (2003)")
# "a handful of UNESCO Member States outside the Convention": unnamed.
R(d, "Tuvalu", RATIFIED, DCE, D,
  "The ratification by Tuvalu of the Convention on the Protection and Promotion of the Diversity of Cultural Expressions (2005) was deposited at the same ceremony")
R(d, "Turkmenistan", ACCEDED, DCE, D, "as was Turkmenistan's accession to it")
# Mongolia's law on living heritage: domestic. "It" is Mongolia.
R(d, "Mongolia", RATIFIED, ICH, "2005", "It ratified that Convention in 2005")
R(d, "Mongolia", ACCEPTED, C1970, None, "it was the first Central Asian State to accept the 1970 Convention")
RL(d, ["Samoa", "Vanuatu"], ACCEPTED, C1970, D,
   "Samoa and Vanuatu deposited instruments of acceptance of the Convention on the Means of Prohibiting and Preventing the Illicit Import, Export and Transfer of Ownership of Cultural Property (1970).")
R(d, "Samoa", NOTBOUND, UNIDROIT, None,
  "her Government would now consider acceding to the 1995 UNIDROIT Convention on Stolen or Illegally Exported Cultural Objects", negated=True)
# "ratified by 196 States": unnamed. The co-organizers and the Office of International Standards: nothing.
R(d, UGC, ADOPTED, NEURO, None, "The General Conference is expected to adopt the Recommendation on the Ethics of Neurotechnology later in the session",
  negated=True)

# ===================== 02.html (WIPO press release PR/2025/946, Assemblies, Geneva, Thursday 10 July 2025) =====================
d = "02.html"
D = "2025-07-10"
DC_DLT = ["Diplomatic Conference to Conclude and Adopt a Design Law Treaty", "Diplomatic Conference", "Riyadh Diplomatic Conference"]
SIG02 = ["Algeria", "Côte d'Ivoire", "Ghana", "Indonesia", "Kenya", "Morocco", "Oman", "Pakistan", "Senegal", "Tunisia", "Uruguay"]
# The list sentence opens with an entity (today&rsquo;s): the quote is the list after it.
RL(d, SIG02, "signed", RDLT, D,
   "ceremony were Algeria, Côte d'Ivoire, Ghana, Indonesia, Kenya, Morocco, Oman, Pakistan, Senegal, Tunisia and Uruguay",
   alt=["Eleven member states signed the Riyadh Design Law Treaty today"])
# "the 32 countries that signed the Treaty when it was opened for signature in Riyadh": unnamed.
# Hosting the Diplomatic Conference: nothing. "on Tuesday" against Thursday 10 July: 8 July. "the first country to ratify it" is the same act.
R(d, "Saudi Arabia", RATIFIED, RDLT, "2025-07-08", "deposited its instrument of ratification on Tuesday with WIPO Director General Daren Tang",
  alt=["Saudi Arabia became the first country to ratify it"])
R(d, DC_DLT, ADOPTED, RDLT, "2024-11-22",
  "The Riyadh Design Law Treaty was adopted on November 22, 2024, by the Diplomatic Conference to Conclude and Adopt a Design Law Treaty")
# Entry into force after 15 parties: nothing.
R(d, WDG, "called-for", RDLT, D, "He urged all member states to sign and ratify the Riyadh Design Law Treaty")
# Adopted "by consensus in Geneva", no body named (optional).
R(d, ["Diplomatic Conference on Intellectual Property, Genetic Resources and Associated Traditional Knowledge", "Diplomatic Conference", "WIPO"],
  ADOPTED, GRATK, "2024-05-24", "was adopted by consensus in Geneva on May 24, 2024", required=False)
# "in January" against July 2025.
R(d, "Malawi", RATIFIED, GRATK, "2025-01", "Malawi was the first country to ratify the GRATK Treaty, in January.")
# "this week" (the week of Thursday 10 July): month only.
RL(d, ["Paraguay", "South Africa"], RATIFIED, GRATK, "2025-07",
   "Instruments of ratification from Paraguay and South Africa were deposited this week")
R(d, "Vanuatu", ACCEDED, GRATK, "2025-07", "as was the instrument of accession of Vanuatu")
# "at the Assemblies" (opened 8 July): month only.
RL(d, ["Brazil", "Colombia", "India"], "signed", GRATK, "2025-07", "Brazil, Colombia and India signed the GRATK Treaty at the Assemblies.")
R(d, "India", NOTRATIFIED, GRATK, None, "the country intends to ratify the Treaty", negated=True)
# The Patents Act amendments: domestic.
R(d, "Colombia", NOTRATIFIED, GRATK, None, "it expects to deposit its instrument of ratification before the end of the year", negated=True)
# Joining the consensus on the adoption (24 May 2024) is a vote in favour; not signing is negated.
R(d, "United States", "supported", GRATK, "2024-05-24", "The United States, which joined the consensus on the adoption of the Treaty in Geneva")
R(d, "United States", "signed", GRATK, None, "has not signed it", negated=True)
R(d, "Japan", "signed", GRATK, None, "Nor has Japan", negated=True)
RL(d, ["Mongolia", "Nepal"], ACCEDED, MVT, "2025-07-08",
   "Mongolia and Nepal acceded to the Marrakesh Treaty to Facilitate Access to Published Works for Persons Who Are Blind, Visually Impaired or Otherwise Print Disabled on July 8")
# Ethiopia's sentence opens with an entity (Ethiopia&rsquo;s): the quote is the part after it; "the same day" is 8 July.
R(d, "Ethiopia", ACCEDED, BTAP, "2025-07-08", "instrument of accession to the Beijing Treaty on Audiovisual Performances was received the same day")
R(d, "Egypt", "signed", BTAP, "2012", "Egypt, which signed the Beijing Treaty on the day of its adoption in 2012")
# "on Wednesday" against Thursday 10 July: 9 July; "the 53rd Contracting Party" is the same act.
R(d, "Egypt", RATIFIED, BTAP, "2025-07-09", "deposited its instrument of ratification on Wednesday, making it the 53rd Contracting Party")
R(d, "European Union", "signed", BTAP, None, "The European Union, a signatory of the Beijing Treaty")
R(d, "European Union", NOTRATIFIED, BTAP, None, "has not yet ratified it", negated=True)
# WIPO as depositary, delegations attending: nothing.

# ===================== 03.md (NGO tracker, Marrakesh Treaty, updated 1 September 2025) =====================
d = "03.md"
D = "2025-09-01"
# The title is bold (Markdown emphasis); the adoption names no body (optional, quoted after the emphasis).
R(d, ["Diplomatic Conference", "Diplomatic Conference in Marrakesh", "WIPO"], ADOPTED, MVT, "2013-06-27",
  "was adopted on 27 June 2013 and entered into force on 30 September 2016", required=False)
# WIPO as depositary: nothing. Table rows: one record per row, dated by the deposit.
R(d, "Namibia", ACCEDED, MVT, "2025-03-14", "Namibia | accession | 14 March 2025")
R(d, "Bhutan", ACCEDED, MVT, "2025-04-02", "Bhutan | accession | 2 April 2025")
R(d, "Lao PDR", ACCEDED, MVT, "2025-04-02", "Lao PDR | accession | 2 April 2025 | deposited together with Bhutan")
R(d, "Cameroon", RATIFIED, MVT, "2025-05-19", "Cameroon | ratification | 19 May 2025 | signed 2013")
R(d, "Cameroon", "signed", MVT, "2013", "Cameroon | ratification | 19 May 2025 | signed 2013")
R(d, "Haiti", RATIFIED, MVT, "2025-06-23", "Haiti | ratification | 23 June 2025 | signed 2013")
R(d, "Haiti", "signed", MVT, "2013", "Haiti | ratification | 23 June 2025 | signed 2013")
R(d, "Fiji", ACCEDED, MVT, "2025-07-30", "Fiji | accession | 30 July 2025")
# The note names two earlier Pacific parties, undated.
RL(d, ["Kiribati", "Samoa"], PARTY, MVT, None, "third Pacific party, after Kiribati and Samoa")
# Namibia's announcement in February restates its accession; the AU meeting is a venue.
# "on behalf of its member states": the member states are not named.
R(d, "European Union", RATIFIED, MVT, "2018-10-01", "The European Union ratified the Treaty on 1 October 2018")
R(d, "United Kingdom", RATIFIED, MVT, "2020-12", "deposited its own instrument of ratification in December 2020",
  alt=["it has been a party in its own right since 1 January 2021"])
# Senate approval: domestic.
R(d, "United States", RATIFIED, MVT, "2019-02-08", "The United States deposited its instrument of ratification on 8 February 2019")
R(d, "Canada", ACCEDED, MVT, "2016-06", "Canada's accession in June 2016 was the twentieth")
R(d, "India", RATIFIED, MVT, "2014-06", "India was the first country to ratify, in June 2014.")
# "51 states that signed": unnamed; the three named ones are recorded.
THREE03 = ["Lebanon", "Madagascar", "Zimbabwe"]
RL(d, THREE03, "signed", MVT, "2013-06-28", "Lebanon, Madagascar and Zimbabwe each signed on 28 June 2013")
RL(d, THREE03, NOTRATIFIED, MVT, None, "Lebanon, Madagascar and Zimbabwe each signed on 28 June 2013 but have not ratified", negated=True)
# Madagascar's file before the Council of Ministers and Lebanon's Parliament: domestic, and the same negated tuples.
FOUR03 = ["Bangladesh", "Myanmar", "Cambodia", "Sri Lanka"]
RL(d, FOUR03, "signed", MVT, None, "The following countries have neither signed nor acceded to the Treaty", negated=True)
RL(d, FOUR03, NOTBOUND, MVT, None, "The following countries have neither signed nor acceded to the Treaty", negated=True)
# Bangladesh's "intends to accede" and Sri Lanka's Cabinet approval ("the instrument has not yet been deposited") restate
# their negated accession; Cambodia's request for technical assistance: nothing.
R(d, "Morocco", RATIFIED, MVT, "2019", "Morocco, the host of the 2013 Diplomatic Conference, ratified the Treaty in 2019")
R(d, ["Right to Read Coalition", "the Coalition"], "called-for", MVT, D,
  "The Right to Read Coalition calls on Lebanon, Madagascar and Zimbabwe to complete ratification")
# Urging use of a catalogue: no instrument.

# ===================== 04 (West Africa Wire news article, Senegal joins the UNIDROIT Convention, Dakar, Wednesday 17 September 2025) =====================
d = "04.txt"
D = "2025-09-17"
BENIN = ("Joint Declaration on the Return of Benin Bronzes", ["Joint Declaration", "joint declaration on the return of Benin Bronzes"])
# "on Tuesday" against Wednesday 17 September: 16 September. Italy as depositary: nothing. "has become a party" is the same act.
R(d, "Senegal", ACCEDED, UNIDROIT, "2025-09-16",
  "Senegal's ambassador in Rome deposited the instrument of accession with the Italian foreign ministry, which acts as the convention's depositary, on Tuesday",
  alt=["Senegal has become a party to the 1995 UNIDROIT Convention on Stolen or Illegally Exported Cultural Objects"])
R(d, "Senegal", ACCEPTED, C1970, "1984", "Senegal already accepted the 1970 UNESCO Convention on illicit trafficking in 1984")
R(d, "Nigeria", PARTY, UNIDROIT, "2006", "Nigeria has been a party to the UNIDROIT Convention since 2006")
R(d, "Côte d'Ivoire", ACCEDED, UNIDROIT, "2021-03", "Côte d'Ivoire acceded in March 2021")
R(d, "Burkina Faso", RATIFIED, UNIDROIT, "2013", "Burkina Faso ratified it in 2013.")
# The 2021 return of the Abomey treasures: a transfer, not a treaty action.
R(d, "Benin", NOTBOUND, UNIDROIT, None, "expects to deposit its own instrument of accession \"before the end of the year\"", negated=True)
R(d, "Ghana", NOTBOUND, UNIDROIT, None, "Ghana was \"studying\" the convention", negated=True)
R(d, ["African Union Assembly", "Assembly of Heads of State and Government of the African Union", "African Union", "AU Assembly"],
  "called-for", UNIDROIT, "2025-02", "urged all member states to ratify the UNIDROIT Convention")
# "fewer than 60 parties": unnamed.
R(d, "France", "signed", UNIDROIT, "1995-06", "France signed the convention in Rome in June 1995")
R(d, "France", NOTRATIFIED, UNIDROIT, None, "but has never ratified it", negated=True)
RL(d, ["Germany", "United Kingdom"], NOTBOUND, UNIDROIT, None, "Neither Germany nor the United Kingdom is a party", negated=True)
R(d, "Netherlands", NOTBOUND, UNIDROIT, None, "the Netherlands has said only that it is \"examining\" accession", negated=True)
# Switzerland implementing the 1970 Convention through its own act: implementation, domestic.
R(d, "Switzerland", NOTBOUND, UNIDROIT, None, "also remains outside", negated=True)
R(d, "Italy", RATIFIED, UNIDROIT, "1999", "Italy, by contrast, ratified in 1999")
R(d, "Spain", RATIFIED, UNIDROIT, "2002", "and Spain in 2002")
R(d, "United States", NOTBOUND, UNIDROIT, None, "The United States is not a party either", negated=True)
R(d, "United States", ACCEPTED, C1970, "1983", "it was among the first market states to accept the 1970 Convention, in 1983")
# A joint declaration signed by two States: their endorsement (or signature) of it.
RL(d, ["Germany", "Nigeria"], SIGNED_DECL, BENIN, "2022-07",
   "Germany and Nigeria signed a Joint Declaration on the Return of Benin Bronzes in Berlin in July 2022")
# France's case-by-case restitution laws: domestic. Senegal chairing the UNESCO Intergovernmental Committee: a body, nothing.

# ===================== 05 (GA meetings-coverage press release GA/12661, return or restitution of cultural property, Tuesday 3 December 2024) =====================
d = "05.txt"
D = "2024-12-03"
L28 = ("draft resolution A/79/L.28", ["A/79/L.28", "Return or restitution of cultural property to the countries of origin",
                                     "resolution on the return or restitution of cultural property to the countries of origin"])
R(d, GA, ADOPTED, L28, D,
  "The General Assembly today adopted without a vote a resolution on the return or restitution of cultural property to the countries of origin (document A/79/L.28)")
# "invited Member States that have not yet done so to consider becoming parties": the Assembly's call, dated by the adoption.
R(d, GA, "called-for", C1970, D,
  "By the text, the Assembly invited Member States that have not yet done so to consider becoming parties to the Convention on the Means of Prohibiting and Preventing the Illicit Import, Export and Transfer of Ownership of Cultural Property")
R(d, GA, "called-for", UNIDROIT, D, "and to the UNIDROIT Convention on Stolen or Illegally Exported Cultural Objects of 1995")
# Encouraging implementation of resolution 2347: nothing.
R(d, UNSC, ADOPTED, R2347, "2017-03", "which the Council adopted unanimously in March 2017")
R(d, "Greece", "co-sponsored", L28, None, "Introducing the draft, the representative of Greece",
  alt=["has presented the text since 1997"])
# "61 sponsors": unnamed.
R(d, "Greece", RATIFIED, UNIDROIT, "2007", "Greece, which ratified the UNIDROIT Convention in 2007")
ADD05 = ["Armenia", "Cyprus", "Egypt", "Ethiopia", "Guatemala", "Iraq", "Lebanon", "Mali", "Peru", "Türkiye"]
# The additional sponsors joined "since the draft was submitted": not dated by the text. Egypt's "a sponsor of the text" restates it.
RL(d, ADD05, "co-sponsored", L28, None,
   "since the draft was submitted, Armenia, Cyprus, Egypt, Ethiopia, Guatemala, Iraq, Lebanon, Mali, Peru and Türkiye had become co-sponsors")
# The Russian oral amendment and its recorded vote (14-88-41): an amendment, not an instrument; nothing.
R(d, "United States", "supported", L28, D, "her delegation had joined the consensus, as it had in 2021")
R(d, "United States", ACCEPTED, C1970, "1983", "The United States accepted the 1970 Convention in 1983")
# The Implementation Act: domestic.
R(d, "United States", NOTBOUND, UNIDROIT, None, "the United States is not a party to the 1995 UNIDROIT Convention", negated=True)
R(d, "United Kingdom", "supported", L28, D, "his country had joined the consensus")
R(d, "United Kingdom", NOTRATIFIED, UNIDROIT, None, "had not ratified the UNIDROIT Convention", negated=True,
  alt=["has no current plans to do so"])
R(d, "United Kingdom", ACCEPTED, C1970, "2002", "The United Kingdom accepted the 1970 Convention in 2002")
R(d, "United Kingdom", RATIFIED, HC54, "2017",
  "ratified the 1954 Hague Convention for the Protection of Cultural Property in the Event of Armed Conflict in 2017")
# Not blocking the consensus on the text adopted without a vote (optional).
R(d, "Russian Federation", "supported", L28, D, "it would not block consensus", required=False)
R(d, "Russian Federation", PARTY, C1970, "1988", "The Russian Federation has been a party to the 1970 Convention since 1988.")
R(d, "Egypt", PARTY, C1970, None, "her country, a party to both the 1970 and 1995 Conventions")
R(d, "Egypt", PARTY, UNIDROIT, None, "her country, a party to both the 1970 and 1995 Conventions")
RL(d, ["Italy", "France"], "co-sponsored", R2347, None, "resolution 2347 (2017) had been put forward by Italy and France")
R(d, "Italy", RATIFIED, UNIDROIT, "1999", "Italy ratified the UNIDROIT Convention in 1999")
R(d, "Italy", RATIFIED, NICOSIA, "2022",
  "in 2022 deposited its instrument of ratification of the Council of Europe Convention on Offences relating to Cultural Property")
# Mexico speaks also for Peru: both co-sponsored (Peru's tuple is already recorded from the list) and both called.
R(d, "Mexico", "co-sponsored", L28, None, "the two countries co-sponsored the text")
RL(d, ["Mexico", "Peru"], "called-for", UNIDROIT, D, "Mexico and Peru both called on market States to accede to the UNIDROIT Convention without delay")
R(d, "Switzerland", ACCEPTED, C1970, "2003", "The representative of Switzerland, which accepted the 1970 Convention in 2003")
R(d, "Switzerland", "supported", L28, D, "her country had joined the consensus but would not co-sponsor the text this year")
R(d, "Switzerland", "co-sponsored", L28, None, "would not co-sponsor the text this year", negated=True)
# Nigeria for the African Group and China: no position stated. The Fifth Committee report: nothing.

# ===================== 06 (Canada's joint and national statement, Conference of Parties to the 2005 Convention, Paris, Wednesday 11 June 2025) =====================
d = "06.txt"
D = "2025-06-11"
SEVEN = ["Argentina", "Finland", "Kenya", "Mexico", "Senegal", "Tunisia", "Canada"]
ROADMAP = ("Open Roadmap for the implementation of the Convention in the digital environment",
           ["Open Roadmap", "Open Roadmap for the implementation of the 2005 Convention in the digital environment"])
OTTAWA = ("Ottawa Call for Cultural Diversity Online", ["Ottawa Call"])
COP05 = ["Conference of Parties to the Convention on the Protection and Promotion of the Diversity of Cultural Expressions",
         "Conference of Parties", "Conference of Parties to the 2005 Convention"]
# "Twenty years ago" against 2025: 2005.
R(d, UGC, ADOPTED, DCE, "2005",
  "Twenty years ago, the General Conference adopted the Convention on the Protection and Promotion of the Diversity of Cultural Expressions")
# "we" / "our seven countries" are the seven named Parties of the joint statement.
RL(d, SEVEN, COMMITTED, DCE, D, "Today our seven countries reaffirm that we remain fully committed to the 2005 Convention")
RL(d, SEVEN, "called-for", DCE, D,
   "call on those Member States of UNESCO that have not yet done so to ratify or accede to it")
# "the Convention's near-universal reach" is welcomed, not the instrument.
R(d, COP05, ADOPTED, ROADMAP, "2023-06", "which this Conference approved at its ninth session in June 2023")
RL(d, SEVEN, COMMITTED, ROADMAP, D, "we commit to implementing it in our national policies")
# From here Canada speaks in its national capacity.
R(d, "Canada", RATIFIED, DCE, "2005-11-28", "Canada was the first country to ratify the 2005 Convention, on 28 November 2005")
# Quebec's order of its Conseil des ministres: a sub-national, domestic act. The trade-agreement exception, the Fund: nothing.
R(d, "Canada", NOTBOUND, ICH, None, "Canada is not yet a party to the Convention for the Safeguarding of the Intangible Cultural Heritage (2003).",
  negated=True, alt=["will decide on accession once those consultations have concluded"])
R(d, "Canada", NOTBOUND, UCH, None,
  "Canada is also not a party to the 2001 Convention on the Protection of the Underwater Cultural Heritage", negated=True)
R(d, "Canada", ACCEDED, MVT, "2016-06-30", "Canada's accession to the Marrakesh Treaty on 30 June 2016 was the twentieth")
R(d, "Canada", "signed", BTAP, None, "which Canada has not signed", negated=True)
R(d, "Canada", NOTBOUND, BTAP, None, "We are studying the Beijing Treaty on Audiovisual Performances", negated=True, required=False)
# "on 4 June" against June 2025.
RL(d, ["Canada", "France", "Mexico", "Senegal"], ENDORSED, OTTAWA, "2025-06-04",
   "on 4 June in Ottawa, Canada, France, Mexico and Senegal endorsed the Ottawa Call for Cultural Diversity Online")
R(d, "Canada", "called-for", OTTAWA, D, "We invite all Parties to this Convention to endorse it")
# Hoping to present it at MONDIACULT 2025: a venue, nothing.

# ===================== 07 (law-firm newsletter, treaty actions in October 2025, published Monday 3 November 2025) =====================
d = "07.txt"
# Days in the lists are in October 2025 (the issue covers 1 to 31 October 2025).
Q = "Signatures: Chile (2 October), Mexico (2 October), Philippines (9 October) and Thailand (22 October)."
for a, day in [("Chile", "02"), ("Mexico", "02"), ("Philippines", "09"), ("Thailand", "22")]:
    R(d, a, "signed", RDLT, "2025-10-" + day, Q)
Q = "Ratifications: Oman (14 October); Kenya (28 October)."
R(d, "Oman", RATIFIED, RDLT, "2025-10-14", Q)
R(d, "Kenya", RATIFIED, RDLT, "2025-10-28", Q)
R(d, "Kyrgyzstan", ACCEDED, RDLT, "2025-10-30", "Kyrgyzstan deposited an instrument of accession on 30 October")
R(d, "Kyrgyzstan", "signed", RDLT, None, "it had not signed the Treaty", negated=True)
RL(d, ["Bolivia", "Ecuador"], "signed", GRATK, "2025-10-06", "Signatures: Bolivia and Ecuador on 6 October")
R(d, "Peru", "signed", GRATK, "2025-10-15", "Peru on 15 October")
R(d, "Ghana", RATIFIED, GRATK, "2025-10-21", "Ratification: Ghana (21 October), the first West African ratification.")
# "brings the number of Contracting Parties to nine": the count is not an actor.
R(d, "Namibia", ACCEDED, GRATK, "2025-10-24", "Namibia's accession (24 October)")
R(d, "Switzerland", "signed", GRATK, "2024-05", "Switzerland, which signed the GRATK Treaty in May 2024")
# The Federal Council's consultation procedure is domestic; no instrument deposited: not ratified.
R(d, "Switzerland", NOTRATIFIED, GRATK, None, "No instrument has been deposited.", negated=True,
  alt=["the Federal Council had opened the consultation procedure on ratification"])
Q = "Accessions: Zambia (7 October), Uzbekistan (7 October) and Sri Lanka (20 October)."
R(d, "Zambia", ACCEDED, BTAP, "2025-10-07", Q)
R(d, "Uzbekistan", ACCEDED, BTAP, "2025-10-07", Q)
R(d, "Sri Lanka", ACCEDED, BTAP, "2025-10-20", Q)
R(d, "Turkmenistan", ACCEDED, MVT, "2025-10-13", "Accession: Turkmenistan (13 October).")
# "98 Contracting Parties covering 125 countries": unnamed.
R(d, "Germany", ACCEPTED, UCH, "2025-10-10", "Acceptance: Germany (10 October).")
R(d, "Germany", "supported", UCH, "2001", "Germany had abstained when the Convention was adopted in 2001", negated=True)
R(d, "Sri Lanka", RATIFIED, UCH, "2025-10-27", "Ratification: Sri Lanka (27 October).")
R(d, "Solomon Islands", ACCEDED, DCE, "2025-10-16", "Accession: Solomon Islands (16 October).")
RL(d, ["Italy", "Portugal"], RATIFIED, GCHE, "2025-10-01", "Ratifications: Italy and Portugal (both 1 October)")
R(d, "Ukraine", RATIFIED, GCHE, "2025-10-29", "Ukraine (29 October)")
R(d, "Finland", ACCEPTED, GCHE, "2025-10-23", "Acceptance: Finland (23 October).")
# Belgium's draft bill of assent: domestic.
R(d, "Belgium", "signed", UNIDROIT, "1995", "Belgium signed the Convention in 1995")
R(d, "Belgium", NOTRATIFIED, UNIDROIT, None, "has never ratified it", negated=True)
# Withdrawal from UNESCO, an organisation: nothing. "does not affect US status under the 1970 Convention": status implied (optional).
R(d, "United States", PARTY, C1970, None, "The withdrawal does not affect US status under the 1970 Convention", required=False)
R(d, "United States", RATIFIED, WHC, "1973", "the 1972 World Heritage Convention, which it ratified in 1973")
R(d, "Nicaragua", PARTY, DCE, None, "It remains a party to the 2005 Convention.")
# The WIPO General Assembly noting a report, "no member state objected": nothing.
RL(d, ["Armenia", "Georgia"], NOTRATIFIED, RDLT, None, "Armenia and Georgia have told us they intend to ratify the Riyadh Design Law Treaty in 2026",
   negated=True)
# The General Conference hosting a treaty event: a venue. Announced deposits are planned.
R(d, "Indonesia", ACCEDED, UCH, None, "Indonesia has announced that it will deposit its instrument of accession to the 2001 Convention there",
  negated=True)
R(d, "Brazil", ACCEPTED, GCHE, None, "Brazil has said it will deposit its instrument of acceptance of the Global Convention", negated=True)

# ===================== 08.md (Heritage Law Forum explainer, the UK and the heritage conventions, updated 16 June 2025) =====================
d = "08.md"
D = "2025-06-16"
R(d, "United Kingdom", RATIFIED, WHC, "1984-05-29",
  "The UK ratified the Convention concerning the Protection of the World Cultural and Natural Heritage on 29 May 1984.")
# Liverpool's deletion from the List: nothing. The 2003 Act: domestic.
R(d, "United Kingdom", ACCEPTED, C1970, "2002-08-01", "The UK accepted the 1970 UNESCO Convention on 1 August 2002")
R(d, "United Kingdom", "signed", HC54, "1954",
  "The UK signed the Hague Convention for the Protection of Cultural Property in the Event of Armed Conflict in 1954")
R(d, "United Kingdom", RATIFIED, HC54, "2017-09-12", "Ratification finally came on 12 September 2017")
R(d, "United Kingdom", ACCEDED, HP1, "2017-09-12", "when the UK also acceded to the First and Second Protocols (1954 and 1999)")
R(d, "United Kingdom", ACCEDED, HP2, "2017-09-12", "when the UK also acceded to the First and Second Protocols (1954 and 1999)")
R(d, "United Kingdom", RATIFIED, DCE, "2007-12-07",
  "The UK ratified the Convention on the Protection and Promotion of the Diversity of Cultural Expressions on 7 December 2007.")
# The December 2023 announcement was overtaken by the deposit; Scotland's inventory: domestic.
R(d, "United Kingdom", RATIFIED, ICH, "2024-06-18", "the UK deposited its instrument of ratification on 18 June 2024")
# The bullet opens with bold (Markdown emphasis): quotes start after it.
R(d, "United Kingdom", "supported", UCH, "2001",
  "The UK abstained in the vote on the Convention on the Protection of the Underwater Cultural Heritage in 2001", negated=True)
R(d, "United Kingdom", NOTRATIFIED, UCH, None, "and has not ratified it", negated=True, alt=["there are no plans to ratify"])
R(d, "United Kingdom", "signed", UNIDROIT, None,
  "The UK has neither signed nor ratified the UNIDROIT Convention on Stolen or Illegally Exported Cultural Objects", negated=True)
R(d, "United Kingdom", NOTRATIFIED, UNIDROIT, None,
  "The UK has neither signed nor ratified the UNIDROIT Convention on Stolen or Illegally Exported Cultural Objects", negated=True)
R(d, "United Kingdom", "signed", NICOSIA, None, "The UK has not signed the Council of Europe Convention on Offences relating to Cultural Property",
  negated=True)
# An undated call reported in an explainer: no date.
RL(d, ["Council for British Archaeology", "Nautical Archaeology Society"], "called-for", UCH, None,
   "The Council for British Archaeology and the Nautical Archaeology Society have urged the government to ratify the 2001 Convention")
R(d, "Ireland", RATIFIED, UCH, "2023", "Ireland ratified it in 2023")
RL(d, ["France", "Spain", "Portugal"], PARTY, UCH, None, "France, Spain and Portugal have been parties for well over a decade")
R(d, "United Kingdom", RATIFIED, GCHE, "2021-11",
  "The UK was among the first to ratify the Global Convention on the Recognition of Qualifications concerning Higher Education, in November 2021.")
R(d, "United Kingdom", PARTY, LISBON, "2003", "It has been a party to the Council of Europe/UNESCO Lisbon Recognition Convention since 2003.")
R(d, "United Kingdom", PARTY, MVT, "2021-01-01",
  "the UK has been a party to the Marrakesh Treaty in its own right since 1 January 2021")
R(d, "United Kingdom", "signed", BTAP, "2012-06", "The UK signed the Beijing Treaty on Audiovisual Performances in June 2012.")
# The Intellectual Property Office's consultation: domestic.
R(d, "United Kingdom", NOTRATIFIED, BTAP, None, "ministers say the UK \"intends to ratify in due course\"", negated=True)
# The Private Member's Bill: domestic. The Conference of Parties this month: a meeting, nothing.

# ===================== 09 (Pacific Islands News Service, Suva ministerial meeting, Friday 14 March 2025) =====================
d = "09.txt"
D = "2025-03-14"
SUVA = ("Suva Declaration on Pacific Heritage and Climate Resilience", ["Suva Declaration"])
TEN = ["Fiji", "Samoa", "Tonga", "Vanuatu", "Solomon Islands", "Palau", "Kiribati", "Tuvalu", "Cook Islands", "Papua New Guinea"]
# "on Thursday" against Friday 14 March: 13 March.
RL(d, TEN, ENDORSED, SUVA, "2025-03-13",
   "The Suva Declaration on Pacific Heritage and Climate Resilience was endorsed by the ministers of Fiji, Samoa, Tonga, Vanuatu, Solomon Islands, Palau, Kiribati, Tuvalu, the Cook Islands and Papua New Guinea.")
# "were not invited to sign": a naive reading may call the negated endorsement a signature.
RL(d, ["Australia", "New Zealand"], ["endorsed", "signed", "committed"], SUVA, None, "Australia and New Zealand, which attended as development partners, did not endorse the declaration.",
   negated=True)
# "Australia supported its goals": support for goals, not an endorsement.
RL(d, ["Micronesia", "Marshall Islands"], ENDORSED, SUVA, None, "said they would consider endorsing the declaration after consultations at home",
   negated=True)
# "on Monday" against Friday 14 March: 10 March. Entry into force three months later: nothing.
R(d, "Nauru", ACCEPTED, WHC, "2025-03-10",
  "Nauru's instrument of acceptance of the Convention concerning the Protection of the World Cultural and Natural Heritage was deposited with UNESCO in Paris on Monday")
# The Tentative List: nothing.
R(d, "Tonga", NOTBOUND, ICH, None,
  "Tonga expects to accede to the 2003 Convention for the Safeguarding of the Intangible Cultural Heritage before the end of the year", negated=True)
# Nauru's status under the 2003 Convention is stated inside a conditional (optional).
R(d, "Nauru", NOTBOUND, ICH, None, "which would leave Nauru as the only Pacific Island member of UNESCO outside that treaty as well",
  negated=True, required=False)
# "Only a few Pacific countries have joined": unnamed.
R(d, "Fiji", NOTRATIFIED, UCH, None, "his own country had yet to ratify the 2001 Convention", negated=True)
R(d, "Palau", RATIFIED, UCH, "2019", "Palau, which ratified the Convention in 2019")
# A call made at the meeting (11-13 March): month only.
R(d, ["Pacific Islands Forum Secretariat", "PIFS"], "called-for", UCH, "2025-03",
  "The Pacific Islands Forum Secretariat urged all Forum members that have not yet done so to become parties to the 2001 Convention")
R(d, ["Pacific Islands Forum Secretariat", "PIFS"], "called-for", DCE, "2025-03",
  "and to the 2005 Convention on the Diversity of Cultural Expressions")
R(d, "Samoa", JOINED, DCE, "2016", "her country, which joined the 2005 Convention in 2016")
R(d, "Samoa", ACCEDED, MVT, "2022", "Samoa, which acceded to the Marrakesh Treaty in 2022")
R(d, "Kiribati", PARTY, MVT, "2019", "Kiribati, the first Pacific party to the Marrakesh Treaty, has been a party since 2019.")
RL(d, ["Vanuatu", "Tonga"], NOTBOUND, MVT, None, "Vanuatu and Tonga are not yet parties", negated=True)
# Vanuatu's "actively considering" accession restates its negated status. SPC helping with ratification files: nothing.

# ===================== 10 (UNESCO summary record GCHE/IGC/2/SR.1, Global Convention, Tuesday 24 June 2025) =====================
d = "10.txt"
D = "2025-06-24"   # the meeting; "8 July 2025" is the record's distribution date
# "eleven instruments had been deposited", "33 States Parties": unnamed. Entry into force: nothing.
R(d, UGC, ADOPTED, GCHE, "2019-11-25", "the Global Convention had been adopted by the General Conference on 25 November 2019")
R(d, "Japan", ACCEPTED, GCHE, "2022-09", "her country had accepted the Global Convention in September 2022")
R(d, "Japan", PARTY, TOKYO, "2017", "had been a party to the revised Asia-Pacific Regional Convention (the Tokyo Convention) since 2017")
R(d, "Japan", "called-for", GCHE, D, "Japan encouraged all States in Asia and the Pacific that had not yet done so to join the Global Convention.")
R(d, "Australia", RATIFIED, GCHE, "2021", "Australia had ratified the Global Convention in 2021")
R(d, "Australia", RATIFIED, TOKYO, None, "had recently deposited an instrument of ratification of the Tokyo Convention as well")
R(d, "New Zealand", "signed", TOKYO, None, "New Zealand, which had signed the Tokyo Convention")
R(d, "New Zealand", NOTRATIFIED, TOKYO, None, "would follow suit before the next session", negated=True)
R(d, "China", NOTRATIFIED, GCHE, None, "the ratification process for the Global Convention was under way", negated=True)
R(d, "China", PARTY, TOKYO, "2018", "China had been a party to the Tokyo Convention since 2018.")
R(d, "India", NOTBOUND, GCHE, None, "her country was not a party to the Global Convention", negated=True)
# Ghana speaks also for Côte d'Ivoire and Nigeria.
RL(d, ["Ghana", "Côte d'Ivoire", "Nigeria"], RATIFIED, ADDIS, None,
   "the three countries had ratified the Revised Convention on the Recognition of Studies, Certificates, Diplomas, Degrees and Other Academic Qualifications in Higher Education in African States (the Addis Convention)")
RL(d, ["Ghana", "Nigeria"], RATIFIED, GCHE, None, "Ghana and Nigeria had also ratified the Global Convention")
R(d, "Côte d'Ivoire", NOTRATIFIED, GCHE, None, "Côte d'Ivoire would deposit its instrument \"in the coming weeks\"", negated=True)
R(d, "Holy See", RATIFIED, GCHE, "2020", "the Holy See, one of the first States to ratify the Global Convention, in 2020")
R(d, "Holy See", PARTY, LISBON, None, "a party to the Lisbon Recognition Convention")
R(d, "Argentina", RATIFIED, BA, "2022",
  "Argentina had ratified the Regional Convention on the Recognition of Studies, Degrees and Diplomas in Higher Education in Latin America and the Caribbean (the Buenos Aires Convention) in 2022")
R(d, "Argentina", NOTRATIFIED, GCHE, None, "but had not yet ratified the Global Convention", negated=True)
R(d, "Brazil", ACCEPTED, BA, None, "Brazil, which had accepted the Buenos Aires Convention")
R(d, "Brazil", ACCEPTED, GCHE, None, "was preparing to accept the Global Convention", negated=True)
R(d, "United States", NOTBOUND, GCHE, None, "her country, which was not a party to any of the UNESCO recognition conventions", negated=True)
R(d, "Norway", RATIFIED, GCHE, "2020-08-26", "Norway had been the first State to ratify the Global Convention, on 26 August 2020")
R(d, "Norway", "called-for", GCHE, D,
  "called on all States Parties to the Lisbon Recognition Convention that had not yet done so to ratify the Global Convention")
# The Conference taking note of a report: nothing.

# ===================== 11.html (Council of the EU press release, EU signature of the Riyadh Design Law Treaty, Monday 14 April 2025) =====================
d = "11.html"
D = "2025-04-14"
COUNCIL = ["Council of the European Union", "Council of the EU", "Council"]
WCT = ("WIPO Copyright Treaty", ["WCT"])
# The Council decision authorising signature is an internal EU step: nothing. The signature itself is still to come.
R(d, "European Union", "signed", RDLT, None, "The treaty will be signed on behalf of the EU at WIPO headquarters in Geneva on 29 April 2025.",
  negated=True)
R(d, "European Union", NOTBOUND, RDLT, None,
  "before it can adopt a decision on the conclusion of the treaty, which will make the EU a contracting party", negated=True)
SIXTEEN = ["Austria", "Belgium", "Croatia", "Czechia", "Denmark", "Estonia", "Finland", "France", "Germany", "Italy", "Lithuania",
           "Luxembourg", "Portugal", "Slovenia", "Spain", "Sweden"]
RL(d, SIXTEEN, "signed", RDLT, "2024-11-22",
   "Sixteen member states signed the treaty on 22 November 2024, the day the diplomatic conference in Riyadh adopted it: Austria, Belgium, Croatia, Czechia, Denmark, Estonia, Finland, France, Germany, Italy, Lithuania, Luxembourg, Portugal, Slovenia, Spain and Sweden.")
R(d, ["Diplomatic Conference", "Diplomatic Conference to Conclude and Adopt a Design Law Treaty", "diplomatic conference in Riyadh"],
  ADOPTED, RDLT, "2024-11-22", "the day the diplomatic conference in Riyadh adopted it",
  alt=["The Riyadh Design Law Treaty was adopted by the Diplomatic Conference held in Riyadh, Saudi Arabia, from 11 to 22 November 2024."])
RL(d, ["Hungary", "Poland"], "signed", RDLT, None, "Hungary and Poland have said they will sign it in the coming months.", negated=True)
RL(d, ["Ireland", "Netherlands"], "signed", RDLT, None, "Ireland and the Netherlands are still assessing the treaty and have not signed it.",
   negated=True)
R(d, COUNCIL, "called-for", RDLT, D, "The Council calls on the member states that have not yet signed the treaty to do so in 2025")
# The Polish presidency, the Commission negotiating on behalf of the EU, the 2023 negotiating directives: nothing.
R(d, "European Union", RATIFIED, MVT, "2018-10", "the Marrakesh Treaty, which it ratified in October 2018")
R(d, "European Union", RATIFIED, WCT, None, "The EU has already concluded two other WIPO treaties in the field of copyright",
  alt=["and the WIPO Copyright Treaty"])
R(d, "European Union", "signed", BTAP, "2013", "The EU signed the Beijing Treaty on Audiovisual Performances in 2013")
R(d, "European Union", NOTRATIFIED, BTAP, None, "has not yet concluded it", negated=True)
# The EU's own design regulation and directive: legislation, nothing.

# ===================== 12 (Declaration of Montevideo, XXIII Ibero-American Conference of Ministers of Culture, 9 May 2025) =====================
d = "12.txt"
D = "2025-05-09"
CONF = ["XXIII Ibero-American Conference of Ministers of Culture", "Ibero-American Conference of Ministers of Culture", "the Conference",
        "Ministers and High Authorities of Culture of the Ibero-American countries"]
MONTE = ("Declaration of Montevideo", ["Montevideo Declaration", "Culture as a global public good"])
MONDIA = ("MONDIACULT 2022 Declaration for Culture", ["MONDIACULT Declaration", "MONDIACULT 2022 Declaration"])
CHARTER = ("Ibero-American Cultural Charter", ["Carta Cultural Iberoamericana"])
PLAN = ("Ibero-American Plan of Action against Illicit Trafficking in Cultural Property", ["Plan of Action against Illicit Trafficking in Cultural Property"])
R(d, CONF, ADOPTED, MONTE, D, "ADOPTED in Montevideo on 9 May 2025.")
R(d, ["UNESCO World Conference on Cultural Policies and Sustainable Development", "MONDIACULT 2022", "World Conference on Cultural Policies"],
  ADOPTED, MONDIA, "2022-09-30",
  "the MONDIACULT 2022 Declaration for Culture, adopted in Mexico City on 30 September 2022 by the UNESCO World Conference on Cultural Policies and Sustainable Development")
R(d, ["XVI Ibero-American Summit", "Ibero-American Summit", "Heads of State and Government"], ADOPTED, CHARTER, "2006-11",
  "the Ibero-American Cultural Charter adopted by the Heads of State and Government at the XVI Ibero-American Summit in Montevideo in November 2006")
# "their commitment" in the operative part is the Conference's, dated by the Declaration.
R(d, CONF, COMMITTED, CHARTER, D, "Reaffirm their commitment to the Ibero-American Cultural Charter")
R(d, CONF, COMMITTED, DCE, D,
  "and to the Convention on the Protection and Promotion of the Diversity of Cultural Expressions of 2005")
# "to which all Ibero-American countries are parties": a group, not named one by one.
R(d, CONF, "called-for", UCH, D,
  "Call on the countries of the region that have not yet done so to ratify the 2001 Convention on the Protection of the Underwater Cultural Heritage")
R(d, CONF, "called-for", UNIDROIT, D, "and the 1995 UNIDROIT Convention on Stolen or Illegally Exported Cultural Objects")
# An adoption to be promoted at the 2026 Summit: planned (optional). The report requested, the World Heritage candidacies: nothing.
R(d, ["Ibero-American Summit", "XXX Ibero-American Summit"], ADOPTED, PLAN, None,
  "Promote the adoption, at the Ibero-American Summit to be held in Madrid in 2026, of an Ibero-American Plan of Action against Illicit Trafficking in Cultural Property",
  negated=True, required=False)
ENDORSERS = ["Andorra", "Argentina", "Bolivia", "Brazil", "Chile", "Colombia", "Costa Rica", "Cuba", "Dominican Republic", "Ecuador",
             "El Salvador", "Guatemala", "Honduras", "Mexico", "Panama", "Paraguay", "Peru", "Portugal", "Spain", "Uruguay"]
RL(d, ENDORSERS, ENDORSED, MONTE, D,
   "This Declaration was endorsed by the following countries: Andorra, Argentina, Bolivia, Brazil, Chile, Colombia, Costa Rica, Cuba, Dominican Republic, Ecuador, El Salvador, Guatemala, Honduras, Mexico, Panama, Paraguay, Peru, Portugal, Spain and Uruguay.")
# Brazil's reservation to paragraph 2 does not undo its endorsement; it states its party status.
R(d, "Brazil", PARTY, UNIDROIT, None, "the UNIDROIT Convention, to which Brazil is a party")
R(d, "Venezuela", ENDORSED, MONTE, None, "Venezuela did not endorse the Declaration", negated=True)
# Not taking part in the Conference: no endorsement (optional).
R(d, "Nicaragua", ENDORSED, MONTE, None, "Nicaragua did not participate in the Conference.", negated=True, required=False)
R(d, "Spain", PARTY, UCH, "2005", "Spain and Portugal state that they have been parties to the 2001 Convention since 2005 and 2006 respectively")
R(d, "Portugal", PARTY, UCH, "2006", "Spain and Portugal state that they have been parties to the 2001 Convention since 2005 and 2006 respectively",
  alt=["Portugal had been among its first ratifications"])
RL(d, ["Spain", "Portugal"], PARTY, UNIDROIT, "2002", "and to the 1995 UNIDROIT Convention since 2002")
R(d, "Colombia", NOTBOUND, UCH, None, "Colombia states that it is not a party to the 2001 Convention.", negated=True)
# Uruguay as host presenting the draft: nothing.
R(d, "Mexico", ACCEPTED, UCH, "2006", "Mexico had accepted the 2001 Convention in 2006")
R(d, "Mexico", ACCEPTED, UNIDROIT, "2019", "and the UNIDROIT Convention in 2019")
# Submission to Congress: domestic; "hoped to ratify it in 2026": planned.
R(d, "Chile", NOTRATIFIED, UCH, None, "hoped to ratify it in 2026", negated=True)
R(d, "Chile", ACCEPTED, C1970, "2014", "Chile had ratified the 1970 UNESCO Convention in 2014")
R(d, "Argentina", RATIFIED, UCH, "2010", "Argentina had ratified the 2001 Convention in 2010")
R(d, "Argentina", RATIFIED, UNIDROIT, "2001", "and the UNIDROIT Convention in 2001")
# "urged other countries to follow": a call to ratify both, made at the Conference (8-9 May).
R(d, "Argentina", "called-for", UCH, "2025-05", "urged other countries to follow")
R(d, "Argentina", "called-for", UNIDROIT, "2025-05", "urged other countries to follow")
R(d, "Guatemala", RATIFIED, UCH, "2025-05-02", "Guatemala had deposited its instrument of ratification of the 2001 Convention on 2 May")
R(d, "Peru", PARTY, UNIDROIT, "1998", "Peru was a party to the UNIDROIT Convention since 1998")
R(d, "Peru", NOTBOUND, UCH, None, "it was still considering the 2001 Convention", negated=True)
# The 2001 adoption names no body (optional).
R(d, UGC, ADOPTED, UCH, "2001-11-02", "the 2001 Convention had been adopted in Paris on 2 November 2001", required=False)

# ===================== 13 (Parliamentary Library research brief, Australia's proposed accession to the 2003 Convention, 21 August 2025) =====================
d = "13.txt"
D = "2025-08-21"
# Tabling, the NIA, JSCOT's recommendation, Revive: domestic steps. The accession itself is planned.
R(d, "Australia", NOTBOUND, ICH, None,
  "Australia is one of a small number of UNESCO members that are not party to the 2003 Convention for the Safeguarding of the Intangible Cultural Heritage.",
  negated=True, alt=["The Government proposes to accede to it.",
                     "The Government expects to deposit Australia's instrument of accession with the Director-General of UNESCO before the end of 2025."])
R(d, UGC, ADOPTED, ICH, "2003-10-17", "The 2003 Convention was adopted by the UNESCO General Conference on 17 October 2003")
# "185 States Parties": unnamed.
R(d, "New Zealand", NOTBOUND, ICH, None, "New Zealand has not yet become a party to the 2003 Convention", negated=True)
RL(d, ["Canada", "United States"], NOTBOUND, ICH, None, "neither Canada nor the United States is a party", negated=True)
R(d, "United Kingdom", RATIFIED, ICH, "2024", "The United Kingdom ratified the Convention in 2024")
# "all Pacific Island members of UNESCO except Nauru and Tonga have joined": the exceptions are negated; the rest unnamed.
RL(d, ["Nauru", "Tonga"], NOTBOUND, ICH, None, "all Pacific Island members of UNESCO except Nauru and Tonga have joined the Convention", negated=True)
R(d, "Papua New Guinea", RATIFIED, ICH, "2008", "Papua New Guinea ratified it in 2008")
R(d, "Fiji", RATIFIED, ICH, "2010", "and Fiji in 2010")
# A submission to a parliamentary committee, undated.
R(d, ["Australian Institute of Aboriginal and Torres Strait Islander Studies", "AIATSIS"], "called-for", ICH, None,
  "The Australian Institute of Aboriginal and Torres Strait Islander Studies (AIATSIS) urged Australia to accede \"without further delay\"")
R(d, ["National Trust of Australia", "National Trust"], "called-for", ICH, None, "The National Trust of Australia also supported accession.",
  required=False)
# The Minerals Council "did not oppose accession": nothing.
# The status table: one record per row.
R(d, "Australia", RATIFIED, HC54, "1984-09-19",
  "1954 Hague Convention for the Protection of Cultural Property in the Event of Armed Conflict / ratified / 19 September 1984")
R(d, "Australia", ACCEDED, HP1, "1984-09-19", "First Protocol to the Hague Convention (1954) / acceded / 19 September 1984")
R(d, "Australia", NOTBOUND, HP2, None, "Second Protocol to the Hague Convention (1999) / not a party", negated=True)
R(d, "Australia", ACCEPTED, C1970, "1989-10-30", "1970 Convention on illicit trafficking of cultural property / accepted / 30 October 1989")
R(d, "Australia", RATIFIED, WHC, "1974-08-22", "1972 World Heritage Convention / ratified / 22 August 1974")
R(d, "Australia", NOTBOUND, UCH, None, "2001 Convention on the Underwater Cultural Heritage / not a party", negated=True)
R(d, "Australia", ACCEDED, DCE, "2009-09-18", "2005 Convention on the Diversity of Cultural Expressions / acceded / 18 September 2009")
R(d, "Australia", NOTBOUND, UNIDROIT, None, "1995 UNIDROIT Convention / not a party", negated=True)
R(d, "Australia", RATIFIED, MVT, "2015-12-10", "Marrakesh Treaty (2013) / ratified / 10 December 2015")
R(d, "Australia", RATIFIED, GCHE, "2021", "Global Convention on Higher Education (2019) / ratified / 2021")
R(d, "Australia", "supported", DCE, "2005", "Australia abstained when the UNESCO General Conference adopted the 2005 Convention in 2005", negated=True)
R(d, UGC, ADOPTED, DCE, "2005", "when the UNESCO General Conference adopted the 2005 Convention in 2005")
# The inventory's cost, consultation with the States and Territories: implementation. JSCOT's recommendation on the Second Protocol: domestic.
R(d, "United Kingdom", ACCEDED, HP2, "2017", "the UK acceded to it in 2017")

# ===================== 14 (Security Council meetings-coverage press release SC/16072, cultural heritage open debate, Thursday 22 May 2025) =====================
d = "14.txt"
D = "2025-05-22"
ADG = ["UNESCO Assistant Director-General for Culture", "Assistant Director-General for Culture", "UNESCO"]
R(d, UNSC, ADOPTED, R2347, "2017-03-24", "resolution 2347 (2017), adopted unanimously on 24 March 2017")
# Greece convening and presiding: nothing. Its Foreign Minister speaks for Greece.
R(d, "Greece", RATIFIED, HP2, "2005", "her country had ratified the Second Protocol to the Hague Convention in 2005")
R(d, "Greece", "called-for", HP2, D, "called on all Member States that have not yet done so to accede to it")
# "136 States", "only 89": unnamed.
R(d, ADG, "called-for", HP2, D, "She urged States to become parties to the Second Protocol")
RL(d, ["France", "Italy"], "co-sponsored", R2347, None, "his country and Italy had drafted resolution 2347 (2017) together",
   alt=["it had \"co-authored\" the text"])
R(d, "France", RATIFIED, HP2, "2017", "France had ratified the Second Protocol in 2017")
# Training carabinieri: nothing.
R(d, "United Kingdom", RATIFIED, HC54, "2017-09", "her country had ratified the Hague Convention and acceded to both its Protocols in September 2017")
R(d, "United Kingdom", ACCEDED, HP1, "2017-09", "acceded to both its Protocols in September 2017")
R(d, "United Kingdom", ACCEDED, HP2, "2017-09", "acceded to both its Protocols in September 2017")
R(d, "United Kingdom", "signed", HC54, None, "more than six decades after signing the Convention")
R(d, "United States", RATIFIED, HC54, "2009", "The United States ratified the Hague Convention in 2009")
R(d, "United States", NOTBOUND, HP1, None, "is not a party to either of its Protocols", negated=True)
R(d, "United States", NOTBOUND, HP2, None, "is not a party to either of its Protocols", negated=True)
# "applies the Convention's standards": implementation, nothing.
R(d, "Russian Federation", PARTY, HC54, "1957", "his country had been a party to the 1954 Convention and its First Protocol since 1957")
R(d, "Russian Federation", PARTY, HP1, "1957", "his country had been a party to the 1954 Convention and its First Protocol since 1957")
R(d, "Russian Federation", NOTBOUND, HP2, None, "The Russian Federation has not acceded to the Second Protocol", negated=True)
R(d, "Ukraine", ACCEDED, HP2, "2020", "her country had acceded to the Second Protocol in 2020")
R(d, "China", ACCEDED, HC54, "2000", "his country had acceded to the Hague Convention in 2000")
# Support for UNESCO's Alliance: an institution, nothing.
R(d, "Pakistan", PARTY, HC54, "1959", "his country, a party to the 1954 Convention since 1959")
R(d, "Pakistan", NOTBOUND, HP2, None, "was reviewing the Second Protocol \"with a view to accession\"", negated=True)
R(d, "Denmark", RATIFIED, HP2, "2012", "his country had ratified the Second Protocol in 2012")
R(d, "Denmark", "called-for", HP2, D, "encouraged others to do the same")
for inst in (HC54, HP1, HP2):
    R(d, "Slovenia", PARTY, inst, "1992", "Slovenia said it had been a party to the Convention and both its Protocols since 1992.")
# "last year" against 2025: 2024.
R(d, "Republic of Korea", ACCEDED, HP2, "2024", "The Republic of Korea said it had acceded to the Second Protocol last year.")
RL(d, ["Guyana", "Panama", "Sierra Leone", "Somalia"], NOTBOUND, HP2, None,
   "Guyana, Panama, Sierra Leone and Somalia said they were not yet parties to the Second Protocol.", negated=True)
R(d, "Somalia", NOTBOUND, HC54, None, "her Government hoped to accede to the 1954 Convention itself before the end of the year", negated=True)
R(d, "Algeria", ACCEPTED, C1970, "1974", "the 1970 Convention, which Algeria accepted in 1974")
R(d, "Algeria", "called-for", UNIDROIT, D, "He called on market States to accede to the 1995 UNIDROIT Convention.")

# ===================== 15.html (Kenya Ministry of Education news item, Global Convention ratification, Thursday 25 September 2025) =====================
d = "15.html"
D = "2025-09-25"
CESA = ("Continental Education Strategy for Africa 2016-2025", ["Continental Education Strategy for Africa", "CESA 16-25", "CESA"])
INCHEON = ("Incheon Declaration on Education 2030", ["Incheon Declaration", "Education 2030 Incheon Declaration"])
KENYA = ["Kenya", "Republic of Kenya", "Principal Secretary for Higher Education and Research", "Beatrice Inyangala"]
# "on Tuesday" against Thursday 25 September: 23 September. "has become a State Party" is the same act.
R(d, "Kenya", RATIFIED, GCHE, "2025-09-23",
  "deposited the instrument of ratification with UNESCO in Paris on Tuesday",
  alt=["Kenya has become a State Party to the Global Convention on the Recognition of Qualifications concerning Higher Education"])
# The sentence names the General Conference after an entity (UNESCO&rsquo;s): quoted after it.
R(d, UGC, ADOPTED, GCHE, "2019", "General Conference in 2019, is the first United Nations treaty on higher education with a global scope")
# Cabinet and National Assembly approval, the 2012 Act: domestic.
R(d, "Kenya", RATIFIED, ADDIS, "2019",
  "Kenya ratified the Revised Convention on the Recognition of Studies, Certificates, Diplomas, Degrees and Other Academic Qualifications in Higher Education in African States, known as the Addis Convention, in 2019.")
# The Addis Convention's adoption names no body; entry into force: nothing.
RL(d, ["Rwanda", "Uganda"], PARTY, GCHE, None, "Rwanda and Uganda are already parties to the Global Convention")
RL(d, ["United Republic of Tanzania", "Burundi"], NOTRATIFIED, GCHE, None, "The United Republic of Tanzania and Burundi have yet to ratify it",
   negated=True)
R(d, "South Sudan", "signed", ADDIS, None, "South Sudan has signed the Addis Convention")
R(d, "South Sudan", NOTRATIFIED, ADDIS, None, "South Sudan has signed the Addis Convention but not ratified it", negated=True)
# The Principal Secretary speaks for Kenya; the call is dated by the release.
R(d, KENYA, "called-for", GCHE, D,
  "The Principal Secretary called on all EAC Partner States that have not yet done so to ratify the Global Convention and the Addis Convention")
R(d, KENYA, "called-for", ADDIS, D,
  "The Principal Secretary called on all EAC Partner States that have not yet done so to ratify the Global Convention and the Addis Convention")
R(d, "Kenya", COMMITTED, CESA, D, "Kenya remains committed to the Continental Education Strategy for Africa 2016-2025")
R(d, "Kenya", COMMITTED, INCHEON, D, "and to the Incheon Declaration on Education 2030")
R(d, "Kenya", ENDORSED, INCHEON, "2015-05", "which it endorsed at the World Education Forum in May 2015")
# The national workshop on implementation: nothing.

# ===================== 16.md (Culture Policy Observatory long read, 2005 Convention at twenty, Monday 20 October 2025) =====================
d = "16.md"
D = "2025-10-20"
UDCD = ("UNESCO Universal Declaration on Cultural Diversity", ["Universal Declaration on Cultural Diversity"])
COP = ["Conference of Parties to the Convention on the Protection and Promotion of the Diversity of Cultural Expressions", "Conference of Parties"]
AIRES = ("resolution on artificial intelligence and the diversity of cultural expressions", ["Conference of Parties resolution on artificial intelligence"])
# The Convention's name is bold in the first paragraph: the adoption is quoted from the vote section.
R(d, UGC, ADOPTED, DCE, "2005-10-20", "The Convention was adopted by 148 votes in favour to 2 against, with 4 abstentions.",
  alt=["Twenty years ago today, on 20 October 2005, the 33rd session of the UNESCO General Conference adopted the"])
# "148 votes in favour": unnamed.
RL(d, ["United States", "Israel"], "supported", DCE, "2005-10-20", "The two votes against were cast by the United States and Israel.", negated=True)
RL(d, ["Australia", "Honduras", "Liberia", "Nicaragua"], "supported", DCE, "2005-10-20", "Australia, Honduras, Liberia and Nicaragua abstained.",
   negated=True)
# France and Canada "championed" the Convention: no act.
for a, inst_, date in [("Canada", "acceptance", "2005-11-28"), ("Mauritius", "ratification", "2006-03-29"), ("Mexico", "ratification", "2006-07-05"),
                       ("Romania", "ratification", "2006-07-20"), ("Monaco", "ratification", "2006-07-31"), ("Bolivia", "ratification", "2006-08-04"),
                       ("Croatia", "ratification", "2006-08-31"), ("Togo", "ratification", "2006-09-05"), ("Belarus", "approval", "2006-10-06"),
                       ("Djibouti", "ratification", "2006-10-09")]:
    day, month, year = int(date[8:]), date[5:7], date[:4]
    mname = {"03": "March", "07": "July", "08": "August", "09": "September", "10": "October", "11": "November"}[month]
    R(d, a, ACCEPTED if inst_ != "ratification" else RATIFIED, DCE, date, f"{a} | {inst_} | {day} {mname} {year}")
R(d, "European Union", ACCEPTED, DCE, "2006-12-18",
  "The European Community, as the EU then was, deposited its instrument of approval on 18 December 2006",
  alt=["The Convention now has 158 Parties, including the European Union."])
RL(d, ["France", "Spain", "Finland", "Austria"], ACCEPTED, DCE, "2006-12-18",
   "on the same day as several of its member states, including France, Spain, Finland and Austria")
# Entry into force: nothing. "Three of the four abstainers later joined": the three are named next.
R(d, "Australia", ACCEDED, DCE, "2009-09", "Australia acceded in September 2009")
R(d, "Nicaragua", RATIFIED, DCE, "2009", "Nicaragua ratified in 2009")
R(d, "Honduras", RATIFIED, DCE, "2010", "and Honduras ratified in 2010")
R(d, "Liberia", NOTBOUND, DCE, None, "Liberia has still not become a party.", negated=True)
RL(d, ["United States", "Israel"], NOTBOUND, DCE, None, "Neither the United States nor Israel has joined.", negated=True)
# Leaving UNESCO (an organisation): nothing.
RL(d, ["Japan", "Russian Federation", "Türkiye"], NOTBOUND, DCE, None,
   "Other notable absences are Japan, the Russian Federation and Türkiye, none of which is a party.", negated=True)
# Japan's "continuing to study" restates its negated status.
R(d, "China", PARTY, DCE, "2007", "China has been a party since 2007")
R(d, "Republic of Korea", PARTY, DCE, "2010", "the Republic of Korea since 2010")
R(d, "India", PARTY, DCE, "2006", "India since 2006")
# The Fund's projects: nothing. A resolution named only by its subject (optional); "In June 2025".
R(d, COP, ADOPTED, AIRES, "2025-06",
  "In June 2025 the Conference of Parties, at its tenth session, adopted a resolution on artificial intelligence and the diversity of cultural expressions.",
  required=False)
R(d, UDG, "called-for", DCE, D, "UNESCO's Director-General marked the anniversary today by urging the remaining 36 Member States to join")
# Japan and Liberia "singled out by name": addressees of the call, no record of their own.
R(d, UGC, ADOPTED, UDCD, "2001-11", "which the General Conference adopted unanimously in November 2001")


gold.finish(MIN_CHARS, MAX_CHARS)
