#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as the other probes' build_gold.py scripts; the record helpers and the checks are imported
from corpus/tools/gold.py (not copied). Three documents are Markdown (04, 10, 15) and three are saved HTML pages (02, 08,
13); gold.py's Gold.finish() checks their quotes against the file as written (white space folded), so no quote of theirs
spans HTML mark-up, Markdown emphasis or an HTML entity.

Theme: nuclear safety, nuclear security and energy treaties as the IAEA, the UN, the EU, IRENA, ministries, parliaments,
law firms, newsletters and the press report them (2022-2025): the IAEA conventions (Early Notification, Assistance,
Nuclear Safety, the Joint Convention, the CPPNM and its 2005 Amendment), ICSANT, the nuclear liability conventions (Vienna
1963 and its 1997 Protocol, the CSC, Paris/Brussels and their 2004 Protocols, the Joint Protocol), INFCIRC/869, the
Declaration to Triple Nuclear Energy, IAEA Board / General Conference / General Assembly resolutions on Zaporizhzhia, the
Energy Charter Treaty and the withdrawals from it, and the IRENA Statute. The documents were written for this corpus;
events are plausible and kept consistent across documents (e.g. the September 2024 treaty event in 01 reappears in 04, 06,
09 and 10; Kenya's accessions of 04 and 05; the COP29 endorsements of 05 and 12).

Conventions of this corpus (on top of the READMEs' rules):
- A deposited instrument of ratification is `ratified`, of accession `acceded`, of acceptance or approval ACCEPTED (any
  binding action); "became a party" on the same day is the same event. "A party since 1998" is `party` dated 1998; a row
  "party (2016)" of a status table is `party` dated by its year. A status-list row gives a `signed` record for its
  signature date and a binding record for its deposit date; the entry-into-force column is never a record's date.
- Withdrawals, notified or announced withdrawals from a treaty, "not a party", "has yet to", "expects to", "will
  deposit", "intends to", "is studying", Cabinet / Senate approval of an accession that has not been deposited, and
  withdrawn signatures are negated records, never dated. A law "on accession" signed by a President, parliamentary
  steps, royal decrees and implementing orders are domestic steps and give nothing of their own; the planned deposit
  they lead to is the negated record.
- Votes: in favour `supported`; against, abstaining, not taking part `supported` negated, dated by the vote. A veto or a
  "no" vote at the IAEA Board counts the same. Sponsors named as submitting, tabling or introducing a draft, or joining its
  sponsors, are `co-sponsored`, undated unless the text dates the joining.
- Subscribing to INFCIRC/869 or endorsing the tripling declaration or a pledge is `endorsed` (signing accepted); a
  "political commitment" to the Code of Conduct written to the Director General is `committed`; "fully supports" or
  "declared its full adherence to" a set of principles is `endorsed`; joining the consensus on a declaration is
  `supported`/`endorsed`.
- Calls to adhere, ratify, accede or subscribe are the caller's `called-for`, dated by the statement or by the adoption of
  the text that makes them; the addressees get nothing. A recommendation of adherence by an expert group is optional.
- Nothing for: depositaries (the IAEA Director General, the UN Secretary-General, Portugal, Germany), hosts and venues,
  entry into force, membership of IAEA / IRENA / their Councils, support for the Agency or its programmes, funds and
  contributions, reservations and their withdrawal, safeguards arrangements being implemented, unnamed groups ("Nine
  States", "35 countries", "the other 47 Member States", "14 States in accession"), companies and industry pledges,
  welcoming or congratulating another actor's act, and draft memoranda still under discussion.
- Relative dates ("today", "on Monday", "yesterday", "last month", "last November", "last September", "on Sunday")
  resolve against the document's own date; months without a year take the document's year where the text implies it.
"""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, TC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3000, 6500

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "European Union", "Russian Federation", "Democratic People's Republic of Korea",
          "Republic of Korea", "Iran", "Viet Nam", "Syria", "Türkiye", "Czechia", "Venezuela", "Côte d'Ivoire", "Netherlands",
          "Republic of Moldova", "Philippines", "United Arab Emirates", "Lao PDR", "Kazakhstan", "Uzbekistan", "Kenya",
          "Ecuador", "China", "Egypt", "Bolivia", "Ghana", "Rwanda", "Uganda", "Papua New Guinea", "Cambodia", "Bangladesh",
          "Saudi Arabia", "Germany", "United Republic of Tanzania", "Mexico", "Timor-Leste", "Democratic Republic of the Congo",
          "Sudan"),
    "Euratom": ["Euratom", "European Atomic Energy Community"],
    "World Health Organization": ["World Health Organization", "WHO"],
    "Food and Agriculture Organization of the United Nations": ["Food and Agriculture Organization of the United Nations", "FAO",
                                                               "Food and Agriculture Organization"],
    "World Meteorological Organization": ["World Meteorological Organization", "WMO"],
    "Nepal": ["Nepal", "Federal Democratic Republic of Nepal"],
    "Zambia": ["Zambia", "Republic of Zambia"],
    "Lebanon": ["Lebanon", "Lebanese Republic"],
    "Ethiopia": ["Ethiopia", "Federal Democratic Republic of Ethiopia"],
    "Mongolia": ["Mongolia"],
    "Sri Lanka": ["Sri Lanka", "Democratic Socialist Republic of Sri Lanka"],
    "Namibia": ["Namibia", "Republic of Namibia"],
    "Senegal": ["Senegal", "Republic of Senegal"],
    "Japan": ["Japan"],
    "India": ["India", "Republic of India"],
    "Pakistan": ["Pakistan", "Islamic Republic of Pakistan"],
    "Brazil": ["Brazil", "Federative Republic of Brazil"],
    "South Africa": ["South Africa", "Republic of South Africa"],
    "Switzerland": ["Switzerland", "Swiss Confederation"],
    "Indonesia": ["Indonesia", "Republic of Indonesia"],
    "Poland": ["Poland", "Republic of Poland"],
    "Canada": ["Canada"],
    "Azerbaijan": ["Azerbaijan", "Republic of Azerbaijan"],
    "Jordan": ["Jordan", "Hashemite Kingdom of Jordan"],
    "Guinea-Bissau": ["Guinea-Bissau", "Republic of Guinea-Bissau"],
    "Suriname": ["Suriname", "Republic of Suriname"],
    "Kosovo": ["Kosovo", "Republic of Kosovo"],
    "Nigeria": ["Nigeria", "Federal Republic of Nigeria"],
    "El Salvador": ["El Salvador", "Republic of El Salvador"],
    "Holy See": ["Holy See", "Vatican"],
}

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

# ---- bodies and officials ----
IAEA_DG = ["IAEA Director General", "Director General of the IAEA", "Rafael Mariano Grossi", "IAEA"]
BOARD = ["IAEA Board of Governors", "Board of Governors", "IAEA Board"]
IAEA_GC = ["IAEA General Conference", "General Conference", "General Conference of the IAEA"]
ECC = ["Energy Charter Conference", "Conference"]
COUNCIL_EU = ["Council of the European Union", "Council of the EU", "Council"]

# ---- instruments ----
ENC = ("Convention on Early Notification of a Nuclear Accident", ["Early Notification Convention", "INFCIRC/335", "Notification Convention"])
ASSIST = ("Convention on Assistance in the Case of a Nuclear Accident or Radiological Emergency", ["Assistance Convention", "INFCIRC/336"])
CNS = ("Convention on Nuclear Safety", ["CNS", "INFCIRC/449"])
JC = ("Joint Convention on the Safety of Spent Fuel Management and on the Safety of Radioactive Waste Management",
      ["Joint Convention", "INFCIRC/546"])
CPPNM = ("Convention on the Physical Protection of Nuclear Material", ["CPPNM", "INFCIRC/274/Rev.1", "original Convention"])
ACPPNM = ("Amendment to the Convention on the Physical Protection of Nuclear Material",
          ["CPPNM Amendment", "A/CPPNM", "2005 Amendment", "Amendment to the CPPNM", "amended Convention on the Physical Protection of Nuclear Material",
           "amended CPPNM"])
ICSANT = ("International Convention for the Suppression of Acts of Nuclear Terrorism",
          ["ICSANT", "Nuclear Terrorism Convention", "resolution 59/290"])
VC63 = ("Vienna Convention on Civil Liability for Nuclear Damage", ["Vienna Convention", "1963 Vienna Convention", "INFCIRC/500"])
VCP97 = ("Protocol to Amend the Vienna Convention on Civil Liability for Nuclear Damage",
         ["1997 Protocol", "1997 Protocol to Amend the Vienna Convention", "INFCIRC/566"])
CSC = ("Convention on Supplementary Compensation for Nuclear Damage", ["CSC", "INFCIRC/567"])
PARIS = ("Paris Convention on Third Party Liability in the Field of Nuclear Energy", ["Paris Convention"])
BRUSSELS = ("Brussels Supplementary Convention", ["Convention Supplementary to the Paris Convention", "Brussels Convention"])
P2004 = ("2004 Protocols amending the Paris and Brussels Conventions",
         ["2004 Protocols", "2004 Paris Protocol", "Protocol to amend the Paris Convention", "Protocol to amend the Brussels Supplementary Convention"])
JP = ("Joint Protocol relating to the Application of the Vienna Convention and the Paris Convention", ["Joint Protocol", "INFCIRC/402"])
ECT = ("Energy Charter Treaty", ["ECT"])
MECT = ("modernised Energy Charter Treaty", ["modernisation of the Energy Charter Treaty", "modernised ECT", "modernised Treaty", "modernisation"])
IRENA = ("Statute of the International Renewable Energy Agency", ["IRENA Statute", "Statute of IRENA", "Statute"])
TRIPLE = ("Declaration to Triple Nuclear Energy", ["tripling declaration", "pledge to triple nuclear energy"])
GREEEP = ("Global Renewables and Energy Efficiency Pledge", ["Global Renewables Pledge", "renewables pledge"])
INF869 = ("Joint Statement on Strengthening Nuclear Security Implementation", ["INFCIRC/869", "joint statement"])
ICONS_MD = ("Ministerial Declaration of ICONS 2024", ["ICONS 2024 Ministerial Declaration", "Ministerial Declaration of the International Conference on Nuclear Security"])
FIVEP = ("five concrete principles for protecting the Zaporizhzhia Nuclear Power Plant", ["five concrete principles", "five principles"])
R78316 = ("resolution 78/316", ["A/78/L.84", "General Assembly resolution 78/316",
          "resolution on the safety and security of nuclear facilities of Ukraine, including the Zaporizhzhia Nuclear Power Plant"])
PARIS_AGR = ("Paris Agreement", ["Paris Climate Agreement"])
NOT = dict(negated=True)

# ===================== 01 (IAEA press release 2024/47, treaty event at the 68th General Conference, Wednesday 18 September 2024) =====================
d = "01.txt"
D = "2024-09-18"
MON = "2024-09-16"   # "on Monday" earlier in the week
# "Nine States ... a combined 12 instruments": unnamed; the list below names them, all deposited "today".
R(d, "Nepal", JOINED, CPPNM, D, "Nepal: accession to the Convention on the Physical Protection of Nuclear Material (CPPNM, INFCIRC/274/Rev.1) and to its 2005 Amendment")
R(d, "Nepal", JOINED, ACPPNM, D, "Nepal: accession to the Convention on the Physical Protection of Nuclear Material (CPPNM, INFCIRC/274/Rev.1) and to its 2005 Amendment")
PNG01 = "Papua New Guinea: accession to the Convention on Early Notification of a Nuclear Accident and to the Convention on Assistance in the Case of a Nuclear Accident or Radiological Emergency"
R(d, "Papua New Guinea", ACCEDED, ENC, D, PNG01)
R(d, "Papua New Guinea", ACCEDED, ASSIST, D, PNG01)
RW01 = "Rwanda: accession to the Convention on Nuclear Safety (INFCIRC/449) and to the Joint Convention on the Safety of Spent Fuel Management and on the Safety of Radioactive Waste Management (INFCIRC/546)"
# "now counts 93 Contracting Parties" after Rwanda's deposit: the same event.
R(d, "Rwanda", ACCEDED, CNS, D, RW01)
R(d, "Rwanda", ACCEDED, JC, D, RW01)
R(d, "Zambia", RATIFIED, ACPPNM, D, "Zambia: ratification of the Amendment to the CPPNM",
  alt=["Zambia's ratification makes it the 139th State to adhere to the CPPNM Amendment"])
R(d, "Lebanon", RATIFIED, JC, D, "Lebanon: ratification of the Joint Convention, which it signed in 1997")
R(d, "Lebanon", "signed", JC, "1997", "which it signed in 1997")
RL(d, ["Ethiopia", "Uganda"], ACCEDED, JC, D, "Ethiopia and Uganda: accession to the Joint Convention")
R(d, "Mongolia", ACCEPTED, ACPPNM, D, "Mongolia: acceptance of the Amendment to the CPPNM")
R(d, "Ghana", RATIFIED, CSC, D, "Ghana: ratification of the Convention on Supplementary Compensation for Nuclear Damage (CSC)",
  alt=["became the 12th State to join the instrument"])
R(d, "Ghana", "signed", CSC, "2000-10", "Ghana, which signed the CSC in October 2000")
DG01 = "I call on all States that have not yet done so to adhere to the CPPNM and its Amendment, and to the International Convention for the Suppression of Acts of Nuclear Terrorism, without delay."
R(d, IAEA_DG, "called-for", CPPNM, D, DG01)
R(d, IAEA_DG, "called-for", ACPPNM, D, DG01)
R(d, IAEA_DG, "called-for", ICSANT, D, DG01)
# The US welcoming Ghana's deposit: nothing. Its official's call is quoted without being placed on the day: undated.
R(d, "United States", "called-for", CSC, None, "calls upon every country embarking on a nuclear power programme to ratify the CSC before construction begins")
R(d, "Sri Lanka", ACCEDED, JC, None, "her country expects to deposit its instrument of accession to the Joint Convention", **NOT)
R(d, "Bangladesh", NOTBOUND, JC, None, "Bangladesh, which is building its first nuclear power plant at Rooppur, is not yet party to the Joint Convention", **NOT,
  alt=["Bangladesh would consider joining in 2025"])
# The Cabinet's approval in June: a domestic step; the ratification is not done.
R(d, "Namibia", NOTRATIFIED, ACPPNM, None, "Namibia has yet to ratify the Amendment to the CPPNM", **NOT)
RL(d, ["Cambodia", "Lao PDR"], NOTBOUND, ASSIST, None,
   "Neither Cambodia nor the Lao People's Democratic Republic is a party to the Convention on Assistance in the Case of a Nuclear Accident or Radiological Emergency.", **NOT)
# Thailand hosted the workshop and "implementing the two emergency conventions" states no act: nothing.
# The Senate's approval in August is domestic; the deposit "on Monday" is the accession.
R(d, "Uzbekistan", ACCEDED, CNS, MON, "Uzbekistan deposited its instrument of accession to the Convention on Nuclear Safety")
# The Secretary-General as depositary of ICSANT: nothing.
R(d, "Senegal", ACCEDED, ICSANT, MON, "Senegal acceded to the International Convention for the Suppression of Acts of Nuclear Terrorism (ICSANT)")
# Austria as host State, "Twenty-two States" at the briefing, and the liability conventions explained there: nothing.

# ===================== 02.html (UN meetings coverage GA/12621, resolution 78/316 on Ukraine's nuclear facilities, 11 July 2024) =====================
d = "02.html"
D = "2024-07-11"
R(d, GA, ADOPTED, R78316, D, "Adopting resolution 78/316 (document A/78/L.84) by a recorded vote of 99 in favour to 9 against",
  alt=["The General Assembly today adopted a resolution on the safety and security of nuclear facilities of Ukraine, including the Zaporizhzhia Nuclear Power Plant"])
AGAINST02 = ["Belarus", "Burundi", "Cuba", "Democratic People's Republic of Korea", "Mali", "Nicaragua", "Niger", "Russian Federation", "Syria"]
# The Russian and Belarusian explanations restate their votes against. "99 in favour" and "60 abstentions": unnamed.
RL(d, AGAINST02, "supported", R78316, D,
   "9 against (Belarus, Burundi, Cuba, Democratic People's Republic of Korea, Mali, Nicaragua, Niger, Russian Federation, Syria)", **NOT)
# The introducing delegation speaks "on behalf of its sponsors": it is one of them. The joining sponsors are not dated.
R(d, "Ukraine", "co-sponsored", R78316, None, "Introducing the draft, the representative of Ukraine, speaking on behalf of its sponsors")
RL(d, ["Cyprus", "Iceland", "Malta", "Montenegro", "Palau"], "co-sponsored", R78316, None,
   "Cyprus, Iceland, Malta, Montenegro and Palau had since joined the list of sponsors")
R(d, "Ukraine", ["endorsed", "committed", "supported"], FIVEP, None,
  "Ukraine had declared its full adherence to the five concrete principles for protecting the plant")
R(d, "Ukraine", PARTY, CNS, "1998", "Her country, a Contracting Party to the Convention on Nuclear Safety since 1998")
R(d, BOARD, ADOPTED, ("resolution GOV/2022/58", ["GOV/2022/58", "Board resolution GOV/2022/58"]), "2022-09",
  "resolution GOV/2022/58, which the IAEA Board of Governors adopted in September 2022")
# The IAEA experts' presence "at his country's invitation": nothing.
R(d, "China", "supported", R78316, D, "said his delegation abstained because the resolution did not reflect the concerns of all parties", **NOT)
# Support for the principles stated in the dated explanation; support for "the work of the IAEA" is an institution.
R(d, "China", ["endorsed", "supported", "committed"], FIVEP, D, "China supported the five principles and the work of the IAEA")
R(d, "India", "supported", R78316, D, "India abstained, its speaker said", **NOT)
RL(d, ["South Africa", "Egypt"], "supported", R78316, D, "The representatives of South Africa and Egypt also abstained", **NOT)
R(d, "Brazil", "supported", R78316, D, "as did Brazil, which said it could not support a text", **NOT)
# Indonesia's "support for the IAEA's mission": an institution, nothing beyond its abstention.
R(d, "Indonesia", "supported", R78316, D, "The delegate of Indonesia, who abstained", **NOT)
# The EU does not vote in the Assembly; its member States are not named (optional).
R(d, "European Union", "supported", R78316, D, "Speaking for the European Union, its representative said all 27 member States had voted in favour.", required=False)
R(d, "Japan", "supported", R78316, D, "said her delegation voted in favour and had co-sponsored the text")
R(d, "Japan", "co-sponsored", R78316, None, "said her delegation voted in favour and had co-sponsored the text")
R(d, "United States", "supported", R78316, D, "The United States said it voted in favour.")
R(d, "Switzerland", "supported", R78316, D, "The representative of Switzerland, who voted in favour")
# "the IAEA safety standards, to which all States had subscribed": unnamed States; nothing.
R(d, "Switzerland", "co-sponsored", R78316, None, "noted that Switzerland had not co-sponsored the draft", **NOT)
R(d, "Mexico", "supported", R78316, D, "Mexico, which voted in favour")
R(d, "Mexico", "called-for", ACPPNM, D, "called on all States to ratify the Amendment to the Convention on the Physical Protection of Nuclear Material")

# ===================== 03 (wire-style news article, UK to leave the Energy Charter Treaty, Thursday 22 February 2024) =====================
d = "03.txt"
D = "2024-02-22"
# An announced withdrawal: negated, undated. Portugal as depositary: nothing.
R(d, "United Kingdom", NOTBOUND, ECT, None, "Britain will withdraw from the Energy Charter Treaty (ECT), the government said on Thursday", **NOT)
R(d, "United Kingdom", "supported", MECT, None,
  "He said the UK would not support the proposed modernisation when it comes to a vote at the Energy Charter Conference", **NOT)
R(d, "United Kingdom", RATIFIED, ECT, "1996", "Britain ratified the treaty in 1996.")
R(d, "Italy", NOTBOUND, ECT, None, "Italy was the first member to quit, leaving with effect from January 2016", **NOT)
RL(d, ["France", "Germany", "Poland"], NOTBOUND, ECT, None, "France, Germany and Poland left the treaty in December last year", **NOT)
R(d, "Luxembourg", NOTBOUND, ECT, None, "Luxembourg has notified its withdrawal, which takes effect in June", **NOT)
RL(d, ["Slovenia", "Spain", "Portugal", "Netherlands", "Denmark"], NOTBOUND, ECT, None,
   "Slovenia, Spain, Portugal, the Netherlands and Denmark have all either notified the depositary or announced that they intend to leave.", **NOT)
R(d, "Ireland", NOTBOUND, ECT, None, "Ireland's government said last month that it too would begin the process of withdrawal", **NOT)
# A Commission proposal that still needs the Council and Parliament: planned (optional).
RL(d, ["European Union", "Euratom"], NOTBOUND, ECT, None,
   "The European Commission proposed in July that the European Union and Euratom withdraw from the treaty in a coordinated way.", negated=True, required=False)
RL(d, ["Cyprus", "Hungary"], PARTY, ECT, None, "Cyprus and Hungary, both contracting parties")
R(d, "Slovakia", PARTY, ECT, None, "Slovakia, another contracting party, has not announced a decision.")
RL(d, ["Japan", "Kazakhstan", "Türkiye", "Ukraine"], PARTY, ECT, None,
   "Outside the EU, Japan, Kazakhstan, Turkey and Ukraine remain contracting parties", alt=None)
RL(d, ["Azerbaijan", "Georgia"], PARTY, ECT, None, "Azerbaijan and Georgia are also parties.")
R(d, "Russian Federation", "signed", ECT, "1994", "Russia signed the treaty in 1994 but never ratified it")
R(d, "Russian Federation", NOTRATIFIED, ECT, None, "Russia signed the treaty in 1994 but never ratified it", **NOT)
R(d, "Norway", "signed", ECT, None, "Norway is another signatory that never ratified the pact.")
R(d, "Norway", NOTRATIFIED, ECT, None, "Norway is another signatory that never ratified the pact.", **NOT)
R(d, "Australia", "signed", ECT, "1994", "Australia, which signed in 1994")
R(d, "Australia", "signed", ECT, None, "withdrew its signature in 2021 without having ratified", **NOT)
R(d, "Australia", NOTRATIFIED, ECT, None, "withdrew its signature in 2021 without having ratified", **NOT)
R(d, "United States", "signed", ECT, None, "The United States is not a signatory", **NOT)
R(d, "United States", SIGNED_DECL, ("European Energy Charter", ["European Energy Charter of 1991", "1991 European Energy Charter"]), "1991",
  "it signed the non-binding European Energy Charter of 1991")
# ClientEarth's call to leave, the Secretariat's regret, Labour's position (a party, not a State), industry: nothing.

# ===================== 04.md (law-firm tracker of nuclear liability conventions, updated 14 April 2025) =====================
d = "04.md"
R(d, "Uzbekistan", ACCEDED, VC63, "2023-06-02", "| Uzbekistan | Vienna Convention (1963) | accession | 2 June 2023 |")
R(d, "Uzbekistan", ACCEDED, VCP97, "2023-06-02", "| Uzbekistan | 1997 Protocol | accession | 2 June 2023 |")
R(d, "Rwanda", ACCEDED, VCP97, "2025-03-05", "| Rwanda | 1997 Protocol | accession | 5 March 2025 |")
R(d, "Ghana", RATIFIED, CSC, "2024-09-18", "| Ghana | CSC | ratification | 18 September 2024 |", alt=["With Ghana's ratification last September"])
R(d, "Sri Lanka", ACCEDED, JP, "2024-01-11", "| Sri Lanka | Joint Protocol | accession | 11 January 2024 |")
R(d, "Philippines", ACCEDED, VC63, "2025-02-20", "| Philippines | Vienna Convention (1963) | accession | 20 February 2025 |")
R(d, "Türkiye", RATIFIED, JP, "2023-11-07", "| Türkiye | Joint Protocol | ratification | 7 November 2023 |")
R(d, "Philippines", NOTBOUND, VCP97, None, "The Philippines has not yet acceded to the 1997 Protocol", **NOT,
  alt=["they aim to deposit it in 2026"])
R(d, "United States", RATIFIED, CSC, "2008", "the United States (ratified 2008)")
R(d, "Japan", ACCEPTED, CSC, "2015-01", "Japan (accepted in January 2015)")
R(d, "India", RATIFIED, CSC, "2016-02", "India (ratified February 2016)")
R(d, "Canada", RATIFIED, CSC, "2017-06", "Canada (ratified June 2017)")
SIG04 = "Several States that signed the CSC when it opened in 1997 have never ratified it, among them Indonesia, Lebanon, Senegal and the Czech Republic."
RL(d, ["Indonesia", "Lebanon", "Senegal", "Czechia"], "signed", CSC, "1997", SIG04)
RL(d, ["Indonesia", "Lebanon", "Senegal", "Czechia"], NOTRATIFIED, CSC, None, SIG04, **NOT)
RL(d, ["Poland", "Saudi Arabia"], ACCEDED, CSC, None, 'Poland and Saudi Arabia have publicly said they are "studying" accession', **NOT)
RL(d, ["Belgium", "Italy", "United Kingdom"], RATIFIED, P2004, None, "The last ratifications needed came from Belgium, Italy and the United Kingdom.")
R(d, "Switzerland", RATIFIED, P2004, None, "Switzerland, which ratified the 2004 Paris Protocol earlier")
# Switzerland's "unlimited liability law": domestic.
R(d, "China", NOTBOUND, VC63, None, "is party to neither the Vienna Convention nor the CSC, and has not joined the Paris system.", **NOT)
R(d, "China", NOTBOUND, CSC, None, "is party to neither the Vienna Convention nor the CSC, and has not joined the Paris system.", **NOT)
R(d, "China", NOTBOUND, ("Paris Convention", ["Paris system", PARIS[0]]), None, "has not joined the Paris system", negated=True, required=False)
# Republic of Korea: "any of the international liability conventions" names none; its Act is domestic. Nothing.
R(d, "Egypt", PARTY, VC63, None, "is a party to the 1963 Vienna Convention, but it has not ratified the 1997 Protocol.")
R(d, "Egypt", NOTRATIFIED, VCP97, None, "is a party to the 1963 Vienna Convention, but it has not ratified the 1997 Protocol.", **NOT)
R(d, "Russian Federation", PARTY, VC63, "2005", "a party to the Vienna Convention since 2005, is not a party to the 1997 Protocol")
R(d, "Russian Federation", NOTBOUND, VCP97, None, "a party to the Vienna Convention since 2005, is not a party to the 1997 Protocol", **NOT)
# Bangladesh "not party to any liability convention": none named; its announced accession is planned.
R(d, "Bangladesh", ACCEDED, VC63, None, "The government has said it will accede to the Vienna Convention", **NOT)
R(d, "Kazakhstan", ACCEDED, CSC, None, "has yet to deposit an instrument of accession to the CSC", **NOT)
R(d, "Rwanda", ACCEDED, CSC, None, "We expect Rwanda to follow its Protocol accession by joining the CSC within the year", **NOT)
# A Cabinet's approval without a deposit: the accession is not done.
KEN04 = "Kenya's Cabinet approved accession to the Vienna Convention and to the CSC in March; the instruments have not yet been deposited"
R(d, "Kenya", ACCEDED, VC63, None, KEN04, **NOT)
R(d, "Kenya", ACCEDED, CSC, None, KEN04, **NOT)
# INLEX's general call names no instrument; its recommendation of adherence to the CSC is a call by an expert group (optional).
R(d, ["International Expert Group on Nuclear Liability", "INLEX"], "called-for", CSC, "2024-05",
  "at its May 2024 meeting INLEX recommended adherence to the CSC as the basis for a global regime", required=False)

# ===================== 05 (Kenya's statement at the 69th IAEA General Conference, Vienna, Tuesday 16 September 2025) =====================
d = "05.txt"
D = "2025-09-16"
# Alignment with the G77 and the African Group, the Nuclear Regulatory Act of 2019 and the INIR mission: nothing.
K05 = ("Kenya has been a party to the Convention on Early Notification of a Nuclear Accident and the Convention on Assistance in the Case of a "
       "Nuclear Accident or Radiological Emergency since 2012")
R(d, "Kenya", PARTY, ENC, "2012", K05)
R(d, "Kenya", PARTY, ASSIST, "2012", K05)
R(d, "Kenya", PARTY, CNS, "2020", "and to the Convention on Nuclear Safety since 2020")
K05B = ("In June this year, we deposited our instruments of accession to the Vienna Convention on Civil Liability for Nuclear Damage and to the "
        "Convention on Supplementary Compensation for Nuclear Damage")
R(d, "Kenya", ACCEDED, VC63, "2025-06", K05B)
R(d, "Kenya", ACCEDED, CSC, "2025-06", K05B)
R(d, "Kenya", JOINED, ACPPNM, D,
  "This morning, I had the honour of depositing Kenya's instrument of accession to the Amendment to the Convention on the Physical Protection of Nuclear Material")
R(d, "Kenya", PARTY, CPPNM, "2002", "Kenya has been a party to the Convention itself since 2002.")
R(d, "Kenya", "signed", ICSANT, "2006", "which Kenya signed in 2006")
# "completed our domestic procedures": domestic; the deposit is still ahead.
R(d, "Kenya", NOTRATIFIED, ICSANT, None, "We will deposit the instrument of ratification before the end of this year.", **NOT)
R(d, "Kenya", NOTBOUND, JC, None,
  "remains the one core safety instrument to which Kenya is not yet a party", **NOT,
  alt=["we intend to deposit our instrument at next year's treaty event"])
# Kenya's congratulations give it nothing; the neighbours' accessions ("last year") are recorded.
RL(d, ["Ethiopia", "Uganda"], JOINED, JC, "2024", "We congratulate our neighbours Ethiopia and Uganda, who joined the Joint Convention last year")
R(d, "United Republic of Tanzania", ACCEDED, CNS, None,
  "the United Republic of Tanzania has announced that it will accede to the Convention on Nuclear Safety", **NOT)
COC = ("Code of Conduct on the Safety and Security of Radioactive Sources", ["Code of Conduct"])
IEG = ("Guidance on the Import and Export of Radioactive Sources", ["supplementary Guidance on the Import and Export of Radioactive Sources"])
K05C = "Kenya has written to the Director General to express its political commitment to the Code of Conduct on the Safety and Security of Radioactive Sources"
R(d, "Kenya", COMMITTED, COC, None, K05C)
R(d, "Kenya", COMMITTED, IEG, None, "its supplementary Guidance on the Import and Export of Radioactive Sources")
R(d, "Kenya", ["supported", "endorsed"], ICONS_MD, "2024-05",
  "We joined the consensus on the Ministerial Declaration of the International Conference on Nuclear Security (ICONS 2024) in May last year.")
K05D = ("I therefore call on all Member States that have not yet done so to adhere to the Amendment to the Convention on the Physical Protection of "
        "Nuclear Material and to the International Convention for the Suppression of Acts of Nuclear Terrorism.")
R(d, "Kenya", "called-for", ACPPNM, D, K05D)
R(d, "Kenya", "called-for", ICSANT, D, K05D)
R(d, "Kenya", ENDORSED, TRIPLE, "2024-11", "Last November, at COP29 in Baku, Kenya endorsed the Declaration to Triple Nuclear Energy.")
# "our commitment to renewable energy" and "a committed member of" IRENA (an organisation): nothing.
R(d, "Kenya", "co-sponsored", ("draft resolution on measures to strengthen international cooperation in nuclear, radiation, transport and waste safety",
                                ["resolution on nuclear, radiation, transport and waste safety", "nuclear and radiation safety resolution"]), None,
  "Kenya is proud to co-sponsor, once again, the draft resolution on measures to strengthen international cooperation in nuclear, radiation, transport and waste safety")
# Rays of Hope, the Technical Cooperation Programme and the Agency: support for programmes and an institution, nothing.
R(d, "Kenya", "supported", R78316, "2024",
  "As a country that voted in favour of General Assembly resolution 78/316 on the safety and security of nuclear facilities of Ukraine last year")

# ===================== 06 (UN Information Service Vienna UNIS/CP/1218, ICSANT at 20, Monday 14 April 2025) =====================
d = "06.txt"
D = "2025-04-14"
UNODC = ["UNODC", "United Nations Office on Drugs and Crime", "Ghada Waly", "UNODC Executive Director"]
R(d, GA, ADOPTED, ICSANT, "2005-04-13", "was adopted without a vote by the Assembly on 13 April 2005 in resolution 59/290")
# Opening for signature and entry into force: nothing.
R(d, UNODC, "called-for", ICSANT, D, "the United Nations Office on Drugs and Crime (UNODC) today called on the States that remain outside the treaty to join it",
  alt=["I call on all States that have not yet done so to ratify or accede to it"])
R(d, UNODC, "called-for", ACPPNM, D, "and to its sister instrument, the amended Convention on the Physical Protection of Nuclear Material")
THREE06 = "three States (Senegal, Bhutan and Tonga) have become parties"
R(d, "Senegal", JOINED, ICSANT, "2024-09-16", "Senegal deposited its instrument of accession on 16 September 2024", alt=[THREE06])
R(d, "Bhutan", JOINED, ICSANT, "2025-02-03", "Bhutan on 3 February 2025", alt=[THREE06])
R(d, "Tonga", JOINED, ICSANT, "2025-03", "Tonga last month", alt=[THREE06])
SIG06 = "Egypt, Iceland, Monaco and Mozambique signed the Convention in 2005 but have yet to ratify it."
RL(d, ["Egypt", "Iceland", "Monaco", "Mozambique"], "signed", ICSANT, "2005", SIG06)
RL(d, ["Egypt", "Iceland", "Monaco", "Mozambique"], NOTRATIFIED, ICSANT, None, SIG06, **NOT)
R(d, "Iran", "signed", ICSANT, None, "Iran is neither a signatory nor a party.", **NOT)
R(d, "Iran", NOTBOUND, ICSANT, None, "Iran is neither a signatory nor a party.", **NOT)
# Japan and Kazakhstan as co-organizers (hosts) and Kazakhstan's contribution to a programme: nothing.
R(d, "Japan", RATIFIED, ICSANT, "2007-08", "his country ratified the Convention in August 2007")
R(d, "Kazakhstan", RATIFIED, ICSANT, "2008", "Kazakhstan, which ratified in 2008")
R(d, "United States", RATIFIED, ICSANT, "2015", "The United States, which ratified ICSANT in 2015 together with the 2005 Amendment to the CPPNM")
R(d, "United States", RATIFIED, ACPPNM, "2015", "The United States, which ratified ICSANT in 2015 together with the 2005 Amendment to the CPPNM")
R(d, "Pakistan", ACCEDED, ICSANT, "2016", "Pakistan, which acceded to the Convention in 2016")
# Submission to the Senate: a domestic step; the ratification is hoped for.
R(d, "Philippines", NOTRATIFIED, ICSANT, None, "her Government had submitted the Convention to the Senate for concurrence in ratification", **NOT,
  alt=["hoped to complete the process"])
R(d, "Ghana", ACCEDED, ICSANT, None, "it plans to accede in the second half of 2025", **NOT)
R(d, GA, "called-for", ICSANT, "2024-12", "again called upon all States to consider becoming parties to the Convention")
# The annual resolution is named only by its subject (optional).
R(d, GA, ADOPTED, ("resolution on measures to eliminate international terrorism", ["measures to eliminate international terrorism"]), "2024-12",
  "in its annual resolution on measures to eliminate international terrorism adopted in December", required=False)
R2325 = ("resolution 2325 (2016)", ["resolution 2325", "Security Council resolution 2325"])
R(d, UNSC, ADOPTED, R2325, "2016-12", "resolution 2325 (2016), adopted unanimously in December 2016")
R(d, UNSC, "called-for", ICSANT, "2016-12", "which calls on States to adhere to the Convention and to the CPPNM Amendment")
R(d, UNSC, "called-for", ACPPNM, "2016-12", "which calls on States to adhere to the Convention and to the CPPNM Amendment")
# The IAEA and the Secretary-General as depositaries, "Forty-one States" and the Nuclear Security Summit: nothing.

# ===================== 07 (Uzatom news item, Uzbekistan to join the Joint Convention, 28 May 2025) =====================
d = "07.txt"
# The President's signature of the Law "On the accession ..." and the votes of the two chambers are domestic steps; the
# deposit is still to come.
R(d, "Uzbekistan", ACCEDED, JC, None,
  "the Ministry of Foreign Affairs will now prepare the instrument of accession and transmit it to the Director General of the International Atomic Energy Agency",
  **NOT, alt=["Uzbekistan to join the Joint Convention on spent fuel and radioactive waste safety"])
# "Its 92 Contracting Parties": unnamed.
R(d, "Uzbekistan", PARTY, ENC, "1995", "the Convention on Early Notification of a Nuclear Accident (since 1995)")
R(d, "Uzbekistan", PARTY, ASSIST, "1995", "the Convention on Assistance in the Case of a Nuclear Accident or Radiological Emergency (since 1995)")
R(d, "Uzbekistan", PARTY, CPPNM, "1998", "the Convention on the Physical Protection of Nuclear Material (since 1998)")
R(d, "Uzbekistan", PARTY, ACPPNM, "2016", "and its 2005 Amendment (since 2016)")
R(d, "Uzbekistan", PARTY, ICSANT, "2008", "the International Convention for the Suppression of Acts of Nuclear Terrorism (since 2008)")
UZ07 = "the Vienna Convention on Civil Liability for Nuclear Damage and the 1997 Protocol amending it (since 2023)"
R(d, "Uzbekistan", PARTY, VC63, "2023", UZ07)
R(d, "Uzbekistan", PARTY, VCP97, "2023", UZ07)
R(d, "Uzbekistan", PARTY, CNS, "2024", "the Convention on Nuclear Safety (since 2024)")
# The draft law submitted to the Cabinet: domestic.
R(d, "Uzbekistan", NOTBOUND, CSC, None, "Uzbekistan has not yet acceded to the Convention on Supplementary Compensation for Nuclear Damage.", **NOT)
NPPAG = ("Agreement on cooperation in the construction of a nuclear power plant on the territory of the Republic of Uzbekistan",
         ["Uzbekistan-Russia agreement on the construction of a nuclear power plant", "intergovernmental agreement on nuclear power plant construction"])
RL(d, ["Uzbekistan", "Russian Federation"], "signed", NPPAG, "2018-09",
   "In September 2018, the Governments of the Republic of Uzbekistan and the Russian Federation signed the Agreement on cooperation in the construction of a nuclear power plant on the territory of the Republic of Uzbekistan.")
NPPAM = ("amendment to the Agreement on cooperation in the construction of a nuclear power plant", ["amendment to this Agreement"])
RL(d, ["Uzbekistan", "Russian Federation"], "signed", NPPAM, "2024-05-27",
   "the two Governments signed an amendment to this Agreement providing for the construction of a low-power nuclear power plant")
# Agreements between organizations, which the text says create no obligations for the State (optional); the CNNC roadmap
# was "agreed" by organizations: nothing. The Country Programme Framework and the IRRS mission: cooperation, nothing.
RL(d, [["Uzatom", "Agency for the Development of Atomic Energy"], ["Korea Hydro & Nuclear Power", "KHNP"]], SIGNED_DECL,
   ("memorandum of understanding on personnel training", ["Uzatom-KHNP memorandum of understanding"]), "2025-03",
   "Uzatom and the Korea Hydro & Nuclear Power company signed a memorandum of understanding on personnel training", required=False)
R(d, "Uzbekistan", PARTY, ECT, None, "Uzbekistan is a Contracting Party to the Energy Charter Treaty",
  alt=["it has no plans to withdraw from the Treaty"])

# ===================== 08.html (Council of the EU press release, EU and Euratom withdrawal from the ECT, 30 May 2024) =====================
d = "08.html"
D = "2024-05-30"
R(d, "European Union", NOTBOUND, ECT, None,
  "The Council today adopted two decisions on the withdrawal of the European Union and the European Atomic Energy Community (Euratom) from the Energy Charter Treaty (ECT).",
  **NOT, alt=["The EU and Euratom will now notify the depositary, the Portuguese Republic, of their withdrawal."])
R(d, "Euratom", NOTBOUND, ECT, None,
  "The Council today adopted two decisions on the withdrawal of the European Union and the European Atomic Energy Community (Euratom) from the Energy Charter Treaty (ECT).",
  **NOT, alt=["The EU and Euratom will now notify the depositary, the Portuguese Republic, of their withdrawal."])
# The European Parliament's consent: an internal step. The Council's own decisions are EU legal acts (optional).
R(d, COUNCIL_EU, ADOPTED, ("Council decisions on the withdrawal of the EU and Euratom from the Energy Charter Treaty",
                           ["decisions on the withdrawal from the Energy Charter Treaty"]), D,
  "The Council today adopted two decisions on the withdrawal of the European Union", required=False)
R(d, COUNCIL_EU, ADOPTED, ("decision on the position to be taken on behalf of the EU at the Energy Charter Conference",
                           ["Council decision on the EU position at the Energy Charter Conference"]), D,
  "the Council today also adopted a decision on the position to be taken on behalf of the EU at the Energy Charter Conference", required=False)
RL(d, ["European Union", "Euratom"], PARTY, ECT, "1998", "The EU and Euratom have been contracting parties to the ECT since 1998")
# The signature in Lisbon in December 1994 names no signatory. The agreement in principle of June 2022: negotiation.
R(d, "European Union", "supported", MECT, None, "the Union will abstain in the vote on the modernisation", **NOT)
R(d, ECC, ADOPTED, MECT, None, "which is expected to be adopted by the Conference later this year", **NOT)
RL(d, ["Denmark", "France", "Germany", "Ireland", "Luxembourg", "Netherlands", "Poland", "Portugal", "Slovenia", "Spain"], NOTBOUND, ECT, None,
   "Several member states have already withdrawn from the ECT or announced their withdrawal: Denmark, France, Germany, Ireland, Luxembourg, the Netherlands, Poland, Portugal, Slovenia and Spain.",
   **NOT)
R(d, "Italy", NOTBOUND, ECT, None, "Italy left the treaty with effect from 2016.", **NOT)
RL(d, ["Bulgaria", "Croatia", "Czechia", "Finland", "Malta", "Slovakia"], PARTY, ECT, None,
   "Bulgaria, Croatia, Czechia, Finland, Malta and Slovakia, which have announced no withdrawal, remain contracting parties for the time being")
# "a number of other member states" and "member states wishing to remain": unnamed. The Commission's proposal: process.
R(d, "European Union", RATIFIED, PARIS_AGR, "2016-10", "The EU ratified the Paris Agreement in October 2016")
# The European Climate Law: legislation. Portugal as depositary: nothing.

# ===================== 09 (IAEA status list extract, Convention on Early Notification, as of 17 March 2025) =====================
d = "09.txt"
R(d, IAEA_GC, ADOPTED, ENC, "1986-09-26", "Date of adoption: 26 September 1986, by the General Conference of the IAEA at its special session")
# "Number of signatories: 69 Number of Parties: 136": unnamed. Entry into force (column and general): never a date.
TYPE = {"R": RATIFIED, "A": ACCEDED, "AC": ACCEPTED, "AP": ACCEPTED}
MON3 = {"Jan": "01", "Feb": "02", "Mar": "03", "Apr": "04", "May": "05", "Jun": "06", "Jul": "07", "Aug": "08", "Sep": "09",
        "Oct": "10", "Nov": "11", "Dec": "12"}
def iso(s):
    dd, mm, yy = s.split()
    return f"{yy}-{MON3[mm]}-{int(dd):02d}"
ORGS09 = "(1) International organization: the European Atomic Energy Community (Euratom), the Food and Agriculture Organization of the United Nations (FAO), the World Health Organization (WHO) and the World Meteorological Organization (WMO) deposited instruments of accession"
USSR09 = "The Union of Soviet Socialist Republics signed the Convention on 26 September 1986 and deposited its instrument of ratification on 23 December 1986."
for actor, row, sig, typ, dep, extra in [
        ("Albania", "Albania - A 30 Sep 2003 30 Oct 2003", None, "A", "30 Sep 2003", None),
        ("Argentina", "Argentina 26 Sep 1986 R 17 Jan 1990 16 Feb 1990", "26 Sep 1986", "R", "17 Jan 1990", None),
        ("Australia", "Australia 26 Sep 1986 R 22 Sep 1987 22 Oct 1987", "26 Sep 1986", "R", "22 Sep 1987", None),
        ("Bangladesh", "Bangladesh - A 7 Jan 1988 6 Feb 1988", None, "A", "7 Jan 1988", None),
        ("Belarus", "Belarus 26 Sep 1986 R 26 Jan 1987 25 Feb 1987", "26 Sep 1986", "R", "26 Jan 1987", None),
        ("Brazil", "Brazil 26 Sep 1986 R 4 Dec 1990 3 Jan 1991", "26 Sep 1986", "R", "4 Dec 1990", None),
        ("Canada", "Canada 26 Sep 1986 R 18 Jan 1990 17 Feb 1990", "26 Sep 1986", "R", "18 Jan 1990", None),
        ("China", "China 26 Sep 1986 R 10 Sep 1987 10 Oct 1987", "26 Sep 1986", "R", "10 Sep 1987", None),
        ("Denmark", "Denmark 26 Sep 1986 AP 26 Sep 1986 27 Oct 1986", "26 Sep 1986", "AP", "26 Sep 1986", None),
        ("Euratom", "Euratom (1) - A 14 Nov 2005 14 Dec 2005", None, "A", "14 Nov 2005", ORGS09),
        ("Food and Agriculture Organization of the United Nations", "FAO (1) - A 19 Oct 1990 18 Nov 1990", None, "A", "19 Oct 1990", ORGS09),
        ("India", "India 29 Sep 1986 R 28 Jan 1988 27 Feb 1988", "29 Sep 1986", "R", "28 Jan 1988", None),
        ("Iran", "Iran, Islamic Republic of 26 Sep 1986 R 9 Oct 2000 8 Nov 2000", "26 Sep 1986", "R", "9 Oct 2000", None),
        ("Japan", "Japan 6 Mar 1987 AC 9 Jun 1987 9 Jul 1987", "6 Mar 1987", "AC", "9 Jun 1987", None),
        ("Kenya", "Kenya - A 11 Sep 2012 11 Oct 2012", None, "A", "11 Sep 2012", None),
        ("Papua New Guinea", "Papua New Guinea - A 18 Sep 2024 18 Oct 2024", None, "A", "18 Sep 2024", None),
        (["Russian Federation", "Russia", "USSR", "Union of Soviet Socialist Republics"],
         "Russian Federation (2) 26 Sep 1986 R 23 Dec 1986 22 Jan 1987", "26 Sep 1986", "R", "23 Dec 1986", USSR09),
        ("United States", "United States of America 26 Sep 1986 R 19 Sep 1988 19 Oct 1988", "26 Sep 1986", "R", "19 Sep 1988", None),
        ("Uzbekistan", "Uzbekistan - A 10 Feb 1995 12 Mar 1995", None, "A", "10 Feb 1995", None),
        ("Viet Nam", "Viet Nam - A 29 Sep 1987 29 Oct 1987", None, "A", "29 Sep 1987", None),
        ("World Health Organization", "WHO (1) - A 10 Aug 1988 9 Sep 1988", None, "A", "10 Aug 1988", ORGS09),
        ("World Meteorological Organization", "WMO (1) - A 17 Apr 1990 17 May 1990", None, "A", "17 Apr 1990", ORGS09)]:
    R(d, actor, TYPE[typ], ENC, iso(dep), row, alt=[extra] if extra else None)
    if sig:
        R(d, actor, "signed", ENC, iso(sig), row, alt=[USSR09] if extra == USSR09 else None)
# Declarations under Article 11(2) ("41 Parties"): reservations, nothing. Mongolia's intended withdrawal of its reservation: nothing.
SIG09 = ("Signatories that have not yet deposited an instrument of ratification: Afghanistan, Côte d'Ivoire, the Democratic Republic of the Congo, "
         "the Holy See, Sierra Leone and Zimbabwe.")
SIGN09 = ["Afghanistan", "Côte d'Ivoire", "Democratic Republic of the Congo", "Holy See", "Sierra Leone", "Zimbabwe"]
RL(d, SIGN09, "signed", ENC, None, SIG09)
RL(d, SIGN09, NOTRATIFIED, ENC, None, SIG09, **NOT)
# Not yet on the list, but the deposit is stated with its date.
R(d, "Sudan", ACCEDED, ENC, "2024-10-29", "Sudan deposited its instrument of accession on 29 October 2024")
RL(d, ["Cambodia", "Myanmar", "Nepal"], NOTBOUND, ENC, None, "Member States that are not yet Parties - including Cambodia, Myanmar and Nepal", **NOT)

# ===================== 10.md (think-tank explainer, amended CPPNM and ICSANT in the Asia-Pacific, 6 October 2025) =====================
d = "10.md"
R(d, ["diplomatic conference", "Conference to Consider and Adopt Proposed Amendments to the Convention on the Physical Protection of Nuclear Material",
      "IAEA diplomatic conference"], ADOPTED, ACPPNM, "2005-07-08",
  "The Amendment to the CPPNM was adopted on 8 July 2005 by a diplomatic conference convened by the IAEA in Vienna")
# Entry into force on 8 May 2016: nothing. The final declaration is adopted "on its last day" (1 April 2022).
R(d, ["Conference of the Parties to the amended Convention", "Conference of the Parties to the Amendment to the CPPNM",
      "first Conference of the Parties", "Conference of the Parties"], ADOPTED,
  ("Final Declaration of the Conference of the Parties to the Amendment to the CPPNM", ["Final Declaration"]), "2022-04-01",
  "adopted a Final Declaration by consensus on its last day")
R(d, GA, ADOPTED, ICSANT, "2005", "ICSANT was adopted by the UN General Assembly in 2005")
# The depositaries (IAEA Director General, UN Secretary-General): nothing.
# Status table: "party (year)" is a party record dated by its year; "not party" a negated one. Bullets restating a row are alt quotes.
NEPAL_B = "acceded to the CPPNM and to its Amendment at the IAEA treaty event in September 2024"
PNG_N = ["Neither Papua New Guinea nor Timor-Leste is party to any of the three instruments.", "has taken no step on either security treaty"]
TL_N = ["Neither Papua New Guinea nor Timor-Leste is party to any of the three instruments.",
        "a draft accession package for the CPPNM and its Amendment has been prepared with IAEA assistance and is expected to go to the Council of Ministers in 2026"]
CL_N = ["Cambodia and Lao PDR have both told the IAEA that they intend to adhere to the Amendment before that conference."]
TABLE10 = {
    "Bhutan": ("| Bhutan | not party | not party | party (2025) |", None, None, "2025", None, None, ["joined ICSANT in the first quarter of 2025"]),
    "Cambodia": ("| Cambodia | party (2006) | not party | party (2006) |", "2006", None, "2006", None, CL_N, None),
    "Lao PDR": ("| Lao PDR | party (2010) | not party | party (2008) |", "2010", None, "2008", None, CL_N, None),
    "Myanmar": ("| Myanmar | party (2016) | party (2016) | party (2016) |", "2016", "2016", "2016", None, None, None),
    "Nepal": ("| Nepal | party (2024) | party (2024) | not party |", "2024-09", "2024-09", None, None, None, ["but it is still outside ICSANT"]),
    "Papua New Guinea": ("| Papua New Guinea | not party | not party | not party |", None, None, None, PNG_N, PNG_N, PNG_N),
    "Sri Lanka": ("| Sri Lanka | party (2016) | party (2016) | party (2007) |", "2016", "2016", "2007", None, None, None),
    "Timor-Leste": ("| Timor-Leste | not party | not party | not party |", None, None, None, TL_N, TL_N, PNG_N[:1]),
    "Tonga": ("| Tonga | party (2019) | party (2019) | party (2025) |", "2019", "2019", "2025", None, None, ["joined ICSANT in the first quarter of 2025"]),
}
for actor, (row, c1, c2, c3, a1, a2, a3) in TABLE10.items():
    for inst, year, alts in [(CPPNM, c1, a1), (ACPPNM, c2, a2), (ICSANT, c3, a3)]:
        if actor == "Nepal" and inst is not ICSANT:
            # The bullet gives the month and the act (accession); the row gives the year.
            R(d, actor, JOINED, inst, year, NEPAL_B, alt=[row])
        elif year:
            R(d, actor, PARTY, inst, year, row, alt=alts)
        else:
            R(d, actor, NOTBOUND, inst, None, row, negated=True, alt=alts)
R(d, "Zambia", RATIFIED, ACPPNM, "2024-09", "Zambia ratified the Amendment and Mongolia accepted it in September 2024")
R(d, "Mongolia", ACCEPTED, ACPPNM, "2024-09", "Zambia ratified the Amendment and Mongolia accepted it in September 2024")
R(d, "Kenya", JOINED, ACPPNM, "2025-09", "last month Kenya deposited its instrument of accession to the Amendment")
# "the two emergency conventions" are not named in this document (optional).
R(d, "Papua New Guinea", JOINED, ("two emergency conventions", [ENC[0], ASSIST[0], "emergency conventions"]), "2024",
  "joined the two emergency conventions in 2024", required=False)
IR10 = "neither Iran nor the Democratic People's Republic of Korea is party to the CPPNM or to its Amendment"
for a in ["Iran", "Democratic People's Republic of Korea"]:
    R(d, a, NOTBOUND, CPPNM, None, IR10, **NOT)
    R(d, a, NOTBOUND, ACPPNM, None, IR10, **NOT)
R(d, "India", RATIFIED, ACPPNM, "2007", "India ratified the Amendment in 2007")
R(d, "Pakistan", RATIFIED, ACPPNM, "2016", "Pakistan in 2016")
R(d, "China", RATIFIED, ACPPNM, "2009", "China in 2009")
RL(d, ["India", "Pakistan", "China"], PARTY, ICSANT, None, "all three are parties to ICSANT")
R(d, "Indonesia", RATIFIED, ICSANT, "2014", "Indonesia, which ratified ICSANT in 2014, accepted the Amendment in 2010.")
R(d, "Indonesia", ACCEPTED, ACPPNM, "2010", "Indonesia, which ratified ICSANT in 2014, accepted the Amendment in 2010.")
# The next Conference of the Parties (a meeting) and Sri Lanka's pledge to host a workshop: nothing.

# ===================== 11 (Netherlands MFA news item, INFCIRC/869 subscriptions at ICONS 2024, Wednesday 22 May 2024) =====================
d = "11.txt"
D = "2024-05-22"
RL(d, ["Côte d'Ivoire", "Ecuador", "Jordan", "Montenegro"], SIGNED_DECL, INF869, "2024-05-21",
   "Côte d'Ivoire, Ecuador, Jordan and Montenegro yesterday subscribed to the Joint Statement on Strengthening Nuclear Security Implementation")
# Launching the initiative is subscribing to it (the three are counted among the 35 of 2014).
RL(d, ["Netherlands", "Republic of Korea", "United States"], SIGNED_DECL, INF869, "2014-03",
   "the initiative that the Netherlands launched together with the Republic of Korea and the United States at the Nuclear Security Summit in The Hague in March 2014",
   alt=["in addition to the three initiators"])
# "49 countries" and "35 countries": unnamed; the named ones subscribed at The Hague summit (March 2014).
SUB11 = ["Australia", "Canada", "Czechia", "Denmark", "Finland", "France", "Georgia", "Israel", "Italy", "Japan", "Kazakhstan", "Lithuania",
         "Mexico", "Morocco", "New Zealand", "Norway", "Spain", "Sweden", "Türkiye", "Ukraine", "United Kingdom", "Viet Nam"]
RL(d, SUB11, SIGNED_DECL, INF869, "2014-03",
   "Among them were Australia, Canada, the Czech Republic, Denmark, Finland, France, Georgia, Israel, Italy, Japan, Kazakhstan, Lithuania, Mexico, Morocco, New Zealand, Norway, Spain, Sweden, Turkey, Ukraine, the United Kingdom and Vietnam")
R(d, "Jordan", SIGNED_DECL, INF869, None, "Jordan had been expected to join at the Washington summit in 2016 but did not subscribe at the time.", **NOT)
RL(d, ["China", "India", "Pakistan", "Russian Federation", "South Africa"], SIGNED_DECL, INF869, None,
   "China, India, Pakistan, Russia and South Africa among them - have not subscribed to the initiative", **NOT)
R(d, "Brazil", SIGNED_DECL, INF869, None,
  'Brazil\'s delegation said it was "analysing the joint statement with interest" but had not taken a decision', **NOT)
NL11 = ("I call on all IAEA Member States that have not yet done so to subscribe to INFCIRC/869, and to ratify the amended Convention on the "
        "Physical Protection of Nuclear Material.")
R(d, "Netherlands", "called-for", INF869, D, NL11)
R(d, "Netherlands", "called-for", ACPPNM, D, NL11)
ICONS = ["International Conference on Nuclear Security", "ICONS 2024", "ICONS"]
R(d, ICONS, ADOPTED, ICONS_MD, "2024-05-20", "On Monday, ministers and senior officials adopted by consensus the Ministerial Declaration of ICONS 2024")
# The Declaration's own call, dated by its adoption; "recognises the central role of the IAEA": an institution.
R(d, ICONS, "called-for", ACPPNM, "2024-05-20", "calls for the universalization of the amended CPPNM")
R(d, "Netherlands", ["supported", "endorsed"], ICONS_MD, "2024-05-20", "The Netherlands supported the declaration")
# "the other 47 Member States": unnamed. The EUR 1 million for the Nuclear Security Fund and the 2026 event: nothing.
NL11B = "The Netherlands has been a party to the Convention on the Physical Protection of Nuclear Material since 1991 and accepted its 2005 Amendment in 2008."
R(d, "Netherlands", PARTY, CPPNM, "1991", NL11B)
R(d, "Netherlands", ACCEPTED, ACPPNM, "2008", NL11B)
# The summits and the IAEA's coordinating role: process and institution, nothing.

# ===================== 12 (news briefing, tripling nuclear declaration at COP29, Baku, Wednesday 13 November 2024) =====================
d = "12.txt"
D = "2024-11-13"
RL(d, ["El Salvador", "Kazakhstan", "Kenya", "Kosovo", "Nigeria", "Türkiye"], SIGNED_DECL, TRIPLE, D,
   "Six countries - El Salvador, Kazakhstan, Kenya, Kosovo, Nigeria and Turkey - on Wednesday endorsed the Declaration to Triple Nuclear Energy")
# The U.S. delegation hosting the side event: nothing.
R(d, "Nigeria", ["endorsed", "signed", "committed"], GREEEP, None,
  "Nigeria's minister of power said his country also intends to sign the Global Renewables and Energy Efficiency Pledge", **NOT)
# "more than 130 countries backed": unnamed.
LAUNCH12 = ["Bulgaria", "Canada", "Czechia", "Finland", "France", "Ghana", "Hungary", "Japan", "Republic of Moldova", "Mongolia", "Morocco",
            "Netherlands", "Poland", "Romania", "Slovakia", "Slovenia", "Republic of Korea", "Sweden", "Ukraine", "United Arab Emirates",
            "United Kingdom", "United States"]
RL(d, LAUNCH12, SIGNED_DECL, TRIPLE, "2023-12-02",
   "The declaration was launched on 2 December 2023 by 22 countries: Bulgaria, Canada, the Czech Republic, Finland, France, Ghana, Hungary, Japan, Moldova, Mongolia, Morocco, the Netherlands, Poland, Romania, Slovakia, Slovenia, South Korea, Sweden, Ukraine, the United Arab Emirates, the United Kingdom and the United States.")
RL(d, ["Armenia", "Croatia", "Jamaica"], SIGNED_DECL, TRIPLE, None, "Armenia, Croatia and Jamaica joined later, before Wednesday's announcement.")
R(d, "China", SIGNED_DECL, TRIPLE, None, "China, which has more reactors under construction than any other country, has not endorsed the declaration", **NOT)
R(d, "Russian Federation", SIGNED_DECL, TRIPLE, None, "and neither has Russia", **NOT)
R(d, "India", SIGNED_DECL, TRIPLE, None, "India, which plans to triple its own capacity by 2032, has also stayed out.", **NOT)
R(d, "Germany", SIGNED_DECL, TRIPLE, None, "Germany, which shut down its last three reactors in April 2023, declined to sign", **NOT,
  alt=["officials in Berlin have said the country will not join"])
R(d, "Azerbaijan", SIGNED_DECL, TRIPLE, None, "Azerbaijan, the host of this year's talks, has not signed either.", **NOT)
# China's "supports the peaceful use of nuclear energy under the framework of the IAEA": no instrument. Banks, companies and
# the industry pledge: not States, and the "goal" is no instrument. The World Bank's review: nothing.
R(d, ["IAEA", "International Atomic Energy Agency"], SIGNED_DECL, TRIPLE, None, "The IAEA, which is not a party to the declaration", negated=True, required=False)
# La Camera's call for investment and the COP28 renewables goal: no instrument. The climate finance goal: still being negotiated.

# ===================== 13.html (IRENA press release, fifteenth Assembly, Abu Dhabi, Monday 13 January 2025) =====================
d = "13.html"
D = "2025-01-13"
R(d, "Suriname", RATIFIED, IRENA, "2024-12-18", "Suriname deposited its instrument of ratification of the IRENA Statute on 18 December 2024")
R(d, "Guinea-Bissau", ACCEDED, IRENA, "2025-01-06", "Guinea-Bissau deposited its instrument of accession on 6 January 2025")
# "170 Members, including the European Union": membership count, nothing. Germany as depositary: nothing.
RL(d, ["Bolivia", "Haiti", "Lebanon"], RATIFIED, IRENA, "2024",
   "Over the course of 2024, Bolivia, Haiti and Lebanon also became Members, each depositing an instrument of ratification")
R(d, ["IRENA Director-General", "Francesco La Camera", "IRENA"], "called-for", IRENA, D, "He urged the remaining signatories to ratify the Statute without delay")
# "Fourteen States ... States in accession": unnamed.
SIG13 = "Among the States that signed the Statute but have yet to ratify it are Cameroon, Liberia and Madagascar."
RL(d, ["Cameroon", "Liberia", "Madagascar"], "signed", IRENA, None, SIG13)
RL(d, ["Cameroon", "Liberia", "Madagascar"], NOTRATIFIED, IRENA, None, SIG13, **NOT)
R(d, "Venezuela", "signed", IRENA, "2009-01", "Venezuela, which signed the Statute at the Founding Conference in Bonn in January 2009")
R(d, "Venezuela", NOTRATIFIED, IRENA, None, "has not deposited an instrument of ratification", **NOT)
# Decisions on administration and finances and the Council's recommendation: no instrument named.
IRENA_A = ["IRENA Assembly", "Assembly of the International Renewable Energy Agency", "Assembly"]
R(d, IRENA_A, ADOPTED, ("Medium-term Strategy 2023-2027", ["IRENA Medium-term Strategy"]), "2023-01",
  "the Medium-term Strategy 2023-2027, which the Assembly adopted at its thirteenth session in January 2023")
# The COP28 goal is no instrument; the national target to be presented is domestic.
R(d, "Azerbaijan", SIGNED_DECL, GREEEP, None, "his country, which endorsed the Global Renewables and Energy Efficiency Pledge at COP28")
SPA = ("strategic partnership agreement on renewable energy deployment in the Caspian region", ["IRENA-Azerbaijan strategic partnership agreement"])
RL(d, [["IRENA", "International Renewable Energy Agency"], "Azerbaijan"], "signed", SPA, "2025-01-12",
   "On Sunday, on the margins of the Assembly, IRENA and the Government of Azerbaijan signed a strategic partnership agreement on renewable energy deployment in the Caspian region")
R(d, ["Founding Conference", "Founding Conference of IRENA", "Founding Conference of the International Renewable Energy Agency"], ADOPTED, IRENA,
  "2009-01-26", "The Statute of IRENA was adopted at the Founding Conference in Bonn on 26 January 2009")
# The headquarters agreement with the UAE is not stated as an act; Masdar City and Bonn: venues.

# ===================== 14 (UK Parliament written answers, 4 and 5 March 2025) =====================
d = "14.txt"
D1, D2 = "2025-03-04", "2025-03-05"
R(d, "United Kingdom", NOTBOUND, ECT, None, "The UK notified the depositary of its withdrawal from the Energy Charter Treaty on 26 April 2024", **NOT,
  alt=["The Government has no intention of rejoining the Treaty."])
# Still a party in December 2024, its withdrawal pending (optional).
R(d, "United Kingdom", PARTY, ECT, None, "As a Contracting Party whose withdrawal was pending", required=False)
R(d, "United Kingdom", "supported", MECT, "2024-12-03",
  "the UK did not take part in the vote at the Energy Charter Conference on 3 December 2024", **NOT)
R(d, ECC, ADOPTED, MECT, "2024-12-03", "at which the modernised Treaty was adopted")
UK14 = "The UK is a party to the Paris Convention on Third Party Liability in the Field of Nuclear Energy and to the Brussels Supplementary Convention."
R(d, "United Kingdom", PARTY, PARIS, None, UK14)
R(d, "United Kingdom", PARTY, BRUSSELS, None, UK14)
# The Nuclear Installations Order 2016: domestic.
R(d, "United Kingdom", RATIFIED, P2004, None, "The UK ratified the 2004 Protocols amending both Conventions")
UK14B = ("The UK is not a party to the Vienna Convention on Civil Liability for Nuclear Damage or to the Convention on Supplementary Compensation "
         "for Nuclear Damage")
R(d, "United Kingdom", NOTBOUND, VC63, None, UK14B, **NOT, alt=["has no current plans to accede to either"])
R(d, "United Kingdom", NOTBOUND, CSC, None, UK14B, **NOT, alt=["has no current plans to accede to either"])
R(d, "United Kingdom", "signed", ICSANT, "2005-09-14",
  "The UK signed the International Convention for the Suppression of Acts of Nuclear Terrorism on 14 September 2005")
R(d, "United Kingdom", RATIFIED, ICSANT, "2009", "and ratified it in 2009")
R(d, "United Kingdom", RATIFIED, ACPPNM, "2010", "We ratified the Amendment to the Convention on the Physical Protection of Nuclear Material in 2010.")
UK14C = ("The UK is also party to the Convention on Nuclear Safety and the Joint Convention on the Safety of Spent Fuel Management and on the "
         "Safety of Radioactive Waste Management.")
R(d, "United Kingdom", PARTY, CNS, None, UK14C)
R(d, "United Kingdom", PARTY, JC, None, UK14C)
UK14D = ("We continue to call on all States that have not yet done so to become party to the amended Convention on the Physical Protection of "
         "Nuclear Material and to the Nuclear Terrorism Convention")
R(d, "United Kingdom", "called-for", ACPPNM, D2, UK14D)
R(d, "United Kingdom", "called-for", ICSANT, D2, UK14D)
# The Nuclear Security Fund contributions: nothing.
R(d, "United Kingdom", SIGNED_DECL, TRIPLE, "2023-12", "The UK endorsed the Declaration to Triple Nuclear Energy at COP28 in December 2023")
R(d, "United Kingdom", SIGNED_DECL, INF869, "2014",
  "subscribed to the Joint Statement on Strengthening Nuclear Security Implementation (INFCIRC/869) in 2014")
R(d, "United Kingdom", "signed", IRENA, "2009-01",
  "The UK signed the Statute of the International Renewable Energy Agency at the Founding Conference in January 2009")
R(d, "United Kingdom", RATIFIED, IRENA, "2010", "deposited its instrument of ratification in 2010")
# Membership of the IRENA Council and support for the Agency's work: nothing.

# ===================== 15.md (newsletter chronology, Zaporizhzhia and the IAEA's organs, updated 20 June 2025) =====================
d = "15.md"
G17 = ("resolution GOV/2022/17", ["GOV/2022/17"])
G58 = ("resolution GOV/2022/58", ["GOV/2022/58"])
G71 = ("resolution GOV/2022/71", ["GOV/2022/71"])
# The "seven indispensable pillars" presented by the Director General: his own statement, no one's commitment.
R(d, BOARD, ADOPTED, G17, "2022-03-03", "The Board adopts resolution GOV/2022/17",
  alt=["| GOV/2022/17 | 3 March 2022 | 26 | 2 (China, Russian Federation) | 5 |"])
RL(d, ["China", "Russian Federation"], "supported", G17, "2022-03-03", "by 26 votes in favour to 2 against (China and Russia), with 5 abstentions", **NOT,
   alt=["| GOV/2022/17 | 3 March 2022 | 26 | 2 (China, Russian Federation) | 5 |"])
RL(d, ["India", "Pakistan", "Senegal", "South Africa", "Viet Nam"], "supported", G17, "2022-03-03",
   "According to diplomats, India, Pakistan, Senegal, South Africa and Viet Nam abstained.", **NOT)
RL(d, ["Canada", "Poland"], "co-sponsored", G17, None, "The draft was submitted by Canada and Poland on behalf of a cross-regional group.")
# ISAMZ: a mission, nothing.
R(d, BOARD, ADOPTED, G58, "2022-09-15", "The Board adopts resolution GOV/2022/58 by 26 votes to 2, with 7 abstentions.",
  alt=["| GOV/2022/58 | 15 September 2022 | 26 | 2 (China, Russian Federation) | 7 |"])
RL(d, ["China", "Russian Federation"], "supported", G58, "2022-09-15", "China and Russia again vote no.", **NOT,
   alt=["| GOV/2022/58 | 15 September 2022 | 26 | 2 (China, Russian Federation) | 7 |"])
RL(d, ["Canada", "Finland", "Poland"], "co-sponsored", G58, None, "Canada, Finland and Poland table the text.")
# The call on Russia to withdraw its personnel: no instrument.
R(d, BOARD, ADOPTED, G71, "2022-11-17", "The Board adopts resolution GOV/2022/71, calling on Russia to withdraw its personnel from the plant.")
RL(d, ["China", "Russian Federation"], "supported", G71, "2022-11-17", "| GOV/2022/71 | 17 November 2022 | 24 | 2 (China, Russian Federation) | 8 |", **NOT)
RL(d, ["Egypt", "South Africa"], "supported", G71, "2022-11-17", "Egypt and South Africa are among those abstaining", **NOT)
R(d, "Ukraine", ["endorsed", "supported", "committed"], FIVEP, "2023-05-30", 'Ukraine tells the Council it "fully supports" the principles')
# "already acting in accordance with them" with no formal undertaking: not a commitment (optional).
R(d, "Russian Federation", ["committed", "endorsed"], FIVEP, None, "makes no formal undertaking", negated=True, required=False)
GCUKR = ("resolution on nuclear safety, security and safeguards in Ukraine", ["General Conference resolution on Ukraine", "GC(67) resolution on Ukraine"])
R(d, IAEA_GC, ADOPTED, GCUKR, "2023-09-29",
  "The General Conference, at its 67th regular session, adopts a resolution on nuclear safety, security and safeguards in Ukraine by a recorded vote of 69 in favour to 6 against, with 33 abstentions.")
RL(d, ["Belarus", "Iran", "Nicaragua", "Russian Federation", "Syria", "Venezuela"], "supported", GCUKR, "2023-09-29",
   "Belarus, Iran, Nicaragua, the Russian Federation, Syria and Venezuela vote against.", **NOT)
R(d, IAEA_GC, ADOPTED, ("resolution on nuclear and radiation safety", ["nuclear and radiation safety resolution"]), "2023-09-29",
  "The Conference also adopts, without a vote, its annual resolutions on nuclear and radiation safety and on nuclear security.")
R(d, IAEA_GC, ADOPTED, ("resolution on nuclear security", ["nuclear security resolution"]), "2023-09-29",
  "The Conference also adopts, without a vote, its annual resolutions on nuclear and radiation safety and on nuclear security.")
# March 2024 (no resolution tabled) and September 2024 (no draft tabled): nothing.
R(d, GA, ADOPTED, R78316, "2024-07-11",
  "The UN General Assembly adopts resolution 78/316 on the safety and security of Ukraine's nuclear facilities by 99 votes to 9, with 60 abstentions.")
# Martial law and the Rada's procedure: domestic; the ratification is announced, not done.
R(d, "Ukraine", NOTRATIFIED, ACPPNM, None,
  "his country will ratify the Amendment to the Convention on the Physical Protection of Nuclear Material", **NOT)
R(d, "Ukraine", RATIFIED, CPPNM, "1993", "Ukraine ratified the original Convention in 1993.")
# A joint statement delivered on behalf of 41 unnamed States; Canada delivers it (optional).
R(d, "Canada", SIGNED_DECL, ("joint statement calling for the plant's return to Ukrainian control", ["joint statement on Zaporizhzhia"]), "2025-06-12",
  "A joint statement calling for the plant's return to Ukrainian control is delivered by Canada on behalf of 41 States", required=False)
UKR15 = "Ukraine is a party to the Convention on Nuclear Safety and to the Convention on Early Notification of a Nuclear Accident."
R(d, "Ukraine", PARTY, CNS, None, UKR15)
R(d, "Ukraine", PARTY, ENC, None, UKR15)
# Russia's claim of regulation and the operator (not a party to any instrument): nothing.

# ===================== 16 (Gulf Business Daily, Saudi Cabinet approves accession to the CSC and the Joint Convention, 9 July 2025) =====================
d = "16.txt"
# The Cabinet's approval "on Tuesday" and the royal decree to come are domestic steps: the deposits are still ahead.
SA16 = "the Ministry of Foreign Affairs will then deposit the instruments of accession with the Director General of the International Atomic Energy Agency"
SA16_ALT = ["The Council of Ministers on Tuesday approved the Kingdom's accession to the Convention on Supplementary Compensation for Nuclear Damage and to the Joint Convention on the Safety of Spent Fuel Management and on the Safety of Radioactive Waste Management",
            "The Kingdom will become a party to each convention ninety days after the deposit of its instrument."]
R(d, "Saudi Arabia", ACCEDED, CSC, None, SA16, **NOT, alt=SA16_ALT + ['the Kingdom was "studying" the CSC'])
R(d, "Saudi Arabia", ACCEDED, JC, None, SA16, **NOT, alt=SA16_ALT)
# The draft memorandum with the Korean side (still to be discussed) and the Commission's arrangements: nothing.
SA16B = ("having acceded to the Convention on Early Notification of a Nuclear Accident and the Convention on Assistance in the Case of a Nuclear "
         "Accident or Radiological Emergency in 1989")
R(d, "Saudi Arabia", ACCEDED, ENC, "1989", SA16B)
R(d, "Saudi Arabia", ACCEDED, ASSIST, "1989", SA16B)
SA16C = "It acceded to the Convention on the Physical Protection of Nuclear Material and accepted its 2005 Amendment in 2009"
R(d, "Saudi Arabia", ACCEDED, CPPNM, "2009", SA16C)
R(d, "Saudi Arabia", ACCEPTED, ACPPNM, "2009", SA16C)
R(d, "Saudi Arabia", JOINED, CNS, "2010", "it joined the Convention on Nuclear Safety in 2010")
SA16D = "The Kingdom has been a party to the Vienna Convention on Civil Liability for Nuclear Damage and its 1997 Protocol since 2011."
R(d, "Saudi Arabia", PARTY, VC63, "2011", SA16D)
R(d, "Saudi Arabia", PARTY, VCP97, "2011", SA16D)
# Rescinding the Small Quantities Protocol and implementing the Comprehensive Safeguards Agreement: safeguards arrangements, nothing.
R(d, "Saudi Arabia", ["signed", "party", "ratified", "acceded"], ("Additional Protocol", ["Additional Protocol to the Comprehensive Safeguards Agreement"]), None,
  "It has not concluded an Additional Protocol", **NOT)
# What the United States "would expect": nothing.
UAE16 = "acceded to the Joint Convention in 2009 and to the Vienna Convention and its 1997 Protocol in 2012"
R(d, "United Arab Emirates", ACCEDED, JC, "2009", UAE16)
R(d, "United Arab Emirates", ACCEDED, VC63, "2012", UAE16)
R(d, "United Arab Emirates", ACCEDED, VCP97, "2012", UAE16)
R(d, "Egypt", NOTBOUND, JC, None, "is not yet a party to the Joint Convention", **NOT)
R(d, "Egypt", PARTY, CNS, "2011", "it has been a party to the Convention on Nuclear Safety since 2011")
R(d, "Jordan", ACCEDED, CSC, None, "it would accede to the CSC", **NOT)
R(d, "Türkiye", RATIFIED, JP, "2023", "ratified the Joint Protocol in 2023 and is a party to the Paris Convention")
R(d, "Türkiye", PARTY, PARIS, None, "ratified the Joint Protocol in 2023 and is a party to the Paris Convention")
# Hosting the UNCCD COP16: a venue.
R(d, "Saudi Arabia", SIGNED_DECL, TRIPLE, None, "has not endorsed the Declaration to Triple Nuclear Energy", **NOT)
R(d, "Saudi Arabia", SIGNED_DECL, GREEEP, None, "Nor did it join the Global Renewables and Energy Efficiency Pledge launched at COP28.", **NOT)
# The 2030 renewables target is domestic; IRENA membership and hosting its events: nothing. The vendors and the lawyer: nothing.

gold.finish(MIN_CHARS, MAX_CHARS)
