#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe17/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Four documents of this corpus are not .txt (03.html, 09.md, 12.html, 14.md); gold.py's
Gold.finish() checks .txt, .md and .html documents alike, against the file as written (the .html quotes never cross a tag).
Alternative actor names missing from gold.py's ALT_NAMES are added locally below."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, TC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 1800, 3000

# ---- instruments: (name as the text names it, aliases) ----
FCNM = ("Framework Convention for the Protection of National Minorities", ["FCNM", "CETS No. 157", "Framework Convention on National Minorities"])
ECRML = ("European Charter for Regional or Minority Languages", ["ECRML", "CETS No. 148", "Language Charter", "Minority Languages Charter"])
HRCMIN = ("Human Rights Council resolution on the rights of persons belonging to national or ethnic, religious and linguistic minorities",
          ["rights of persons belonging to national or ethnic, religious and linguistic minorities", "HRC minorities resolution"])
MVT = ("Marrakesh Treaty to Facilitate Access to Published Works for Persons Who Are Blind, Visually Impaired or Otherwise Print Disabled",
       ["Marrakesh Treaty", "Marrakesh VIP Treaty", "MVT"])
BTAP = ("Beijing Treaty on Audiovisual Performances", ["Beijing Treaty", "BTAP"])
CRC = ("Convention on the Rights of the Child", ["CRC", "UN Convention on the Rights of the Child", "United Nations Convention on the Rights of the Child"])
OPAC = ("Optional Protocol on the involvement of children in armed conflict",
        ["Optional Protocol to the Convention on the Rights of the Child on the involvement of children in armed conflict", "OPAC"])
OPSC = ("Optional Protocol on the sale of children, child prostitution and child pornography",
        ["Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography", "OPSC"])
OPIC = ("Optional Protocol to the Convention on the Rights of the Child on a communications procedure",
        ["OPIC", "OP3 CRC", "third Optional Protocol to the Convention on the Rights of the Child", "communications Protocol",
         "Optional Protocol on a communications procedure"])
TCROC = ("draft resolution on the rights of the child (A/C.3/80/L.27/Rev.1)",
         ["A/C.3/80/L.27/Rev.1", "rights of the child resolution", "rights-of-the-child resolution", "annual rights-of-the-child resolution"])
LANZ = ("Council of Europe Convention on the Protection of Children against Sexual Exploitation and Sexual Abuse",
        ["Lanzarote Convention", "CETS No. 201"])
HCIA = ("Hague Convention on Protection of Children and Co-operation in respect of Intercountry Adoption",
        ["1993 Adoption Convention", "Hague Intercountry Adoption Convention", "Hague Adoption Convention",
         "Hague Convention of 29 May 1993 on Protection of Children and Co-operation in respect of Intercountry Adoption"])
HRCROC = ("Human Rights Council resolution on the rights of the child (A/HRC/58/L.24)",
          ["A/HRC/58/L.24", "resolution on the rights of the child", "rights of the child and the digital environment",
           "Council's annual resolution on the rights of the child"])
HC96 = ("1996 Child Protection Convention", ["HCCH 1996 Child Protection Convention", "Hague Child Protection Convention",
        "Convention on Jurisdiction, Applicable Law, Recognition, Enforcement and Co-operation in respect of Parental Responsibility and Measures for the Protection of Children"])
ACRWC = ("African Charter on the Rights and Welfare of the Child", ["ACRWC"])
IAOP = ("Inter-American Convention on Protecting the Human Rights of Older Persons",
        ["Inter-American Convention on Older Persons", "Inter-American Older Persons Convention", "Inter-American Convention"])
HRCOP = ("Human Rights Council resolution on the human rights of older persons (A/HRC/58/L.11)",
         ["A/HRC/58/L.11", "Human rights of older persons", "resolution on the human rights of older persons",
          "Human Rights Council resolution that set up an intergovernmental working group to draft a global convention on the rights of older persons"])
AFOP = ("Protocol to the African Charter on Human and Peoples' Rights on the Rights of Older Persons",
        ["Older Persons Protocol", "African Older Persons Protocol", "AU Protocol on the Rights of Older Persons"])
AFDP = ("Protocol to the African Charter on Human and Peoples' Rights on the Rights of Persons with Disabilities in Africa",
        ["Disability Rights Protocol", "African Disability Protocol", "ADP", "African Disability Rights Protocol"])
AUPFA = ("Revised African Union Policy Framework and Plan of Action on Ageing (2025–2034)",
         ["Revised AU Policy Framework and Plan of Action on Ageing", "Policy Framework and Plan of Action on Ageing", "Plan of Action on Ageing"])
UNDRIP = ("United Nations Declaration on the Rights of Indigenous Peoples", ["UNDRIP", "Declaration on the Rights of Indigenous Peoples", "resolution 61/295"])
ADRIP = ("American Declaration on the Rights of Indigenous Peoples", ["ADRIP"])
TCAGE = ("draft resolution \"Follow-up to the Second World Assembly on Ageing\" (A/C.3/80/L.9)",
         ["A/C.3/80/L.9", "Follow-up to the Second World Assembly on Ageing"])
TCMIN = ("draft resolution \"Effective promotion of the Declaration on the Rights of Persons Belonging to National or Ethnic, Religious and Linguistic Minorities\" (A/C.3/80/L.33)",
         ["A/C.3/80/L.33", "Effective promotion of the Declaration on the Rights of Persons Belonging to National or Ethnic, Religious and Linguistic Minorities"])
TCAMD = ("amendment A/C.3/80/L.64 to the draft resolution on the rights of the child", ["A/C.3/80/L.64", "amendment proposed by the Russian Federation"])
R483 = ("Human Rights Council resolution 48/3 on the human rights of older persons", ["resolution 48/3", "HRC resolution 48/3"])
R5413 = ("Human Rights Council resolution 54/13", ["resolution 54/13", "HRC resolution 54/13"])
CRPD = ("Convention on the Rights of Persons with Disabilities", ["CRPD"])
OPCRPD = ("Optional Protocol to the Convention on the Rights of Persons with Disabilities", ["Optional Protocol to the CRPD", "OP-CRPD"])
MIPAA = ("Madrid International Plan of Action on Ageing", ["MIPAA"])
SANT = ("Santiago Declaration", ["Santiago Declaration on the rights of older persons"])
ASUN = ("Asunción Declaration", ["Asunción Declaration on ageing"])
OPCEDAW = ("Optional Protocol to the Convention on the Elimination of All Forms of Discrimination against Women", ["OP-CEDAW", "Optional Protocol to CEDAW"])
JAK = ("Jakarta Declaration on the Asian and Pacific Decade of Persons with Disabilities, 2023–2032", ["Jakarta Declaration"])
INCH = ("Incheon Strategy to \"Make the Right Real\" for Persons with Disabilities in Asia and the Pacific", ["Incheon Strategy"])

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "Russian Federation", "Türkiye", "European Union", "Netherlands", "Republic of Moldova", "Kenya",
          "Ghana", "Rwanda", "Uganda", "Colombia", "Chile", "Costa Rica", "Mexico", "Paraguay", "Samoa", "Bhutan", "Kiribati", "Papua New Guinea",
          "Fiji", "Bangladesh", "Burundi", "Egypt", "Germany", "Congo", "Kazakhstan"),
    "Luxembourg": ["Luxembourg", "Grand Duchy of Luxembourg"],
    "Lesotho": ["Lesotho", "Kingdom of Lesotho"],
    "Brazil": ["Brazil", "Federative Republic of Brazil"],
    "Ethiopia": ["Ethiopia", "Federal Democratic Republic of Ethiopia"],
    "Nepal": ["Nepal", "Federal Democratic Republic of Nepal"],
    "Indonesia": ["Indonesia", "Republic of Indonesia"],
    "Tonga": ["Tonga", "Kingdom of Tonga"],
    "Palau": ["Palau", "Republic of Palau"],
    "Maldives": ["Maldives", "Republic of Maldives"],
    "Holy See": ["Holy See", "Vatican"],
}
COM = ["Council of Europe Committee of Ministers", "Committee of Ministers", "Council of Europe"]
MOLDOVA = ["Republic of Moldova", "Moldova", "Minister of Foreign Affairs of the Republic of Moldova"]
WIPODC = ["WIPO Diplomatic Conference", "Diplomatic Conference of the World Intellectual Property Organization", "World Intellectual Property Organization", "WIPO"]
NZ = ["New Zealand", "Government of New Zealand", "Ministry of Business, Innovation and Employment"]
UNICEFC = ["UNICEF Canada", "UNICEF"]
UKG = ["United Kingdom", "United Kingdom of Great Britain and Northern Ireland", "UK", "Government of the United Kingdom"]
HCCHSG = ["Secretary General of the HCCH", "HCCH Secretary General", "HCCH", "Hague Conference on Private International Law"]
HCCH = ["Hague Conference on Private International Law", "HCCH", "Seventeenth Session of the Hague Conference"]
OASGA = ["OAS General Assembly", "General Assembly of the Organization of American States", "Organization of American States", "OAS"]
OASSG = ["OAS Secretary General", "Secretary General of the Organization of American States", "Organization of American States", "OAS"]
AUA = ["Assembly of the African Union", "AU Assembly", "Assembly of the Union", "African Union"]
STC = ["Specialized Technical Committee on Social Development, Labour and Employment", "STC-SDLE", "STC-SDLE-5", "African Union",
       "Ministers in charge of Social Development, Labour and Employment of the Member States of the African Union"]
IRM = ["Indigenous Rights Monitor"]
GRULAC = ["Group of Latin American and Caribbean States", "GRULAC", "Uruguay"]
EUD = ["European Union", "EU", "Denmark"]
EUP = ["European Union", "EU", "Poland"]
G77 = ["Group of 77 and China", "G77", "Group of 77", "Iraq"]
HRC = ["UN Human Rights Council", "Human Rights Council", "United Nations Human Rights Council", "Council"]
CONF5 = ["Fifth Regional Intergovernmental Conference on Ageing and the Rights of Older Persons in Latin America and the Caribbean",
         "Regional Intergovernmental Conference on Ageing", "Conference", "ECLAC"]
CONF4 = ["Fourth Regional Intergovernmental Conference on Ageing and the Rights of Older Persons in Latin America and the Caribbean",
         "Fourth Conference", "Regional Intergovernmental Conference on Ageing"]
ECLACES = ["Executive Secretary of ECLAC", "ECLAC Executive Secretary", "ECLAC", "Economic Commission for Latin America and the Caribbean"]
CRTW = ["Child Rights Treaty Watch", "Child Rights Treaty Watch – Asia-Pacific"]
ABAN = ["Accessible Books Africa Network", "ABAN"]
AUC = ["African Union Commission", "AU Commission", "African Union"]
ARAB = ["Group of Arab States", "Arab Group", "Egypt"]
HLIM = ["High-level Intergovernmental Meeting on the Final Review of the Asian and Pacific Decade of Persons with Disabilities, 2013–2022",
        "High-level Intergovernmental Meeting", "Meeting", "ESCAP", "Economic and Social Commission for Asia and the Pacific"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

# ===================== 01 (depositary notification, FCNM) =====================
d = "01.txt"
R(d, "Luxembourg", RATIFIED, FCNM, "2025-06-06",
  "the Grand Duchy of Luxembourg deposited its instrument of ratification of the Framework Convention for the Protection of National Minorities (FCNM) on 6 June 2025")
R(d, "Luxembourg", "signed", FCNM, "1995-07-20", "Luxembourg had signed the Convention on 20 July 1995")
R(d, "Luxembourg", "party", FCNM, None, "With this ratification, Luxembourg becomes the 40th Party to the FCNM", required=False)
R(d, COM, ADOPTED, FCNM, "1994-11-10", "The Framework Convention was adopted by the Committee of Ministers on 10 November 1994")
QBGI = "Belgium, Greece and Iceland have signed the FCNM but have not ratified it"
RL(d, ["Belgium", "Greece", "Iceland"], "signed", FCNM, None, QBGI)
for a in ["Belgium", "Greece", "Iceland"]:
    R(d, a, NOTRATIFIED, FCNM, None, QBGI, negated=True,
      alt=["Iceland has informed the Secretariat that it expects to ratify the Convention in 2026"] if a == "Iceland" else None)
QAFMT = "Andorra, France, Monaco and Türkiye have neither signed nor ratified it"
RL(d, ["Andorra", "France", "Monaco", "Türkiye"], "signed", FCNM, None, QAFMT, negated=True)
RL(d, ["Andorra", "France", "Monaco", "Türkiye"], NOTRATIFIED, FCNM, None, QAFMT, negated=True)
R(d, "Luxembourg", RATIFIED, ECRML, "2005-06-22", "Luxembourg ratified the European Charter for Regional or Minority Languages (CETS No. 148) on 22 June 2005")

# ===================== 02 (first-person ministry statement, ECRML) =====================
d = "02.txt"
D = "2025-03-04"
R(d, MOLDOVA, RATIFIED, ECRML, "2025-03-03",
  "yesterday, in Strasbourg, our Permanent Representative to the Council of Europe, Ambassador Ion Cebotari, deposited the Republic of Moldova's "
  "instrument of ratification of the European Charter for Regional or Minority Languages with the Secretary General of the Council of Europe")
R(d, MOLDOVA, "signed", ECRML, "2002-07-11", "We signed the Charter on 11 July 2002")
R(d, "Romania", RATIFIED, ECRML, "2008", "Romania ratified the Charter in 2008 and Ukraine in 2005")
R(d, "Ukraine", RATIFIED, ECRML, "2005", "Romania ratified the Charter in 2008 and Ukraine in 2005")
RL(d, ["Romania", "Ukraine"], PARTY, FCNM, None, "both are also Parties to the Framework Convention for the Protection of National Minorities")
R(d, MOLDOVA, RATIFIED, FCNM, "1996", "which we ratified ourselves in 1996")
QFI = "France and Italy signed it in 1999 and 2000 respectively, but neither has ratified it"
R(d, "France", "signed", ECRML, "1999", QFI)
R(d, "Italy", "signed", ECRML, "2000", QFI)
RL(d, ["France", "Italy"], NOTRATIFIED, ECRML, None, QFI, negated=True)
R(d, "Azerbaijan", "signed", ECRML, "2001", "Azerbaijan, which signed in 2001, has yet to ratify it as well")
R(d, "Azerbaijan", NOTRATIFIED, ECRML, None, "Azerbaijan, which signed in 2001, has yet to ratify it as well", negated=True)
R(d, MOLDOVA, "called-for", ECRML, D, "We hope they will follow suit", required=False)
R(d, MOLDOVA, "co-sponsored", HRCMIN, "2024-04",
  "Last April, the Republic of Moldova co-sponsored the Human Rights Council's resolution on the rights of persons belonging to national or ethnic, "
  "religious and linguistic minorities")

# ===================== 03 (FAQ web page, Marrakesh Treaty) =====================
d = "03.html"
R(d, WIPODC, "adopted", MVT, "2013-06-27",
  "was adopted by a Diplomatic Conference of the World Intellectual Property Organization (WIPO) in Marrakesh, Morocco, on 27 June 2013")
R(d, NZ, ACCEDED, MVT, "2019-10-04", "New Zealand deposited its instrument of accession with the Director General of WIPO on 4 October 2019",
  alt=["so it joined by accession rather than ratification"])
R(d, NZ, "signed", MVT, None, "New Zealand did not sign the Treaty while it was open for signature", negated=True)
RL(d, ["Australia", "Canada", "United Kingdom", "United States"], PARTY, MVT, None,
   "Our main exchange partners are all parties: Australia, Canada, the United Kingdom and the United States")
R(d, "European Union", ACCEPTED, MVT, "2018", "The European Union ratified the Treaty in 2018 on behalf of its member States")
R(d, "Kiribati", ACCEDED, MVT, "2019", "Kiribati acceded in 2019 and Samoa in 2023")
R(d, "Samoa", ACCEDED, MVT, "2023", "Kiribati acceded in 2019 and Samoa in 2023")
R(d, "Fiji", NOTBOUND, MVT, None, "Fiji is considering whether to join", negated=True)
RL(d, ["Papua New Guinea", "Tonga"], NOTBOUND, MVT, None, "Papua New Guinea and Tonga have not yet acceded", negated=True)
R(d, NZ, "called-for", MVT, "2025-08-12",
  "The Government encourages all Pacific Island countries that have not yet done so to accede to the Marrakesh Treaty")
R(d, NZ, NOTBOUND, BTAP, None, "New Zealand has not acceded to the Beijing Treaty on Audiovisual Performances and is not currently considering doing so",
  negated=True)

# ===================== 04 (interview transcript, OPIC) =====================
d = "04.txt"
D = "2025-11-20"
R(d, "Canada", RATIFIED, CRC, "1991-12-13", "Canada ratified the Convention on 13 December 1991")
R(d, "Canada", PARTY, OPAC, None, "we are a party to the two earlier Optional Protocols, on children in armed conflict and on the sale of children")
R(d, "Canada", PARTY, OPSC, None, "we are a party to the two earlier Optional Protocols, on children in armed conflict and on the sale of children")
R(d, "Canada", "signed", OPIC, None, "we have not signed it", negated=True)
R(d, "Canada", NOTBOUND, OPIC, None, "We are considering whether to accede", negated=True,
  alt=["If the provinces agree, we could accede in 2026", "why has Canada still not joined the third Optional Protocol"])
R(d, UNICEFC, "called-for", OPIC, D, "UNICEF Canada called on Ottawa this morning to accede \"without further delay\"")
R(d, "Germany", RATIFIED, OPIC, "2013", "Germany ratified it in 2013, Ireland in 2014")
R(d, "Ireland", RATIFIED, OPIC, "2014", "Germany ratified it in 2013, Ireland in 2014")
RL(d, ["Portugal", "Spain", "Belgium"], PARTY, OPIC, None, "Portugal, Spain and Belgium are all parties too")
R(d, "United States", "signed", CRC, "1995", "The United States signed the Convention itself in 1995 but has never ratified it")
R(d, "United States", NOTRATIFIED, CRC, None, "The United States signed the Convention itself in 1995 but has never ratified it", negated=True)
R(d, "Canada", "co-sponsored", TCROC, None, "We co-sponsored it, as we do every year")
R(d, "Canada", "supported", TCROC, None, "we will vote in favour if a vote is called", negated=True)

# ===================== 05 (parliamentary written answer, UK) =====================
d = "05.txt"
R(d, UKG, RATIFIED, LANZ, "2018-06-20",
  "The United Kingdom ratified the Council of Europe Convention on the Protection of Children against Sexual Exploitation and Sexual Abuse (the Lanzarote Convention) on 20 June 2018")
R(d, UKG, "signed", LANZ, "2008-05-05", "having signed it on 5 May 2008")
R(d, UKG, RATIFIED, CRC, "1991", "The UK ratified the UN Convention on the Rights of the Child in 1991")
QOPS = ("has since ratified its Optional Protocol on the involvement of children in armed conflict and its Optional Protocol on the sale of children, "
        "child prostitution and child pornography, in 2003 and 2009 respectively")
R(d, UKG, RATIFIED, OPAC, "2003", QOPS)
R(d, UKG, RATIFIED, OPSC, "2009", QOPS)
QNOP = "The Government has no plans to sign or ratify the Optional Protocol to the Convention on the Rights of the Child on a communications procedure"
R(d, UKG, "signed", OPIC, None, QNOP, negated=True)
R(d, UKG, NOTRATIFIED, OPIC, None, QNOP, negated=True)
R(d, UKG, PARTY, HCIA, "2003",
  "The UK has been a party to the Hague Convention on Protection of Children and Co-operation in respect of Intercountry Adoption since 2003")
R(d, UKG, "co-sponsored", HRCROC, "2025-04", "the UK co-sponsored the Council's annual resolution on the rights of the child")
R(d, HRC, "adopted", HRCROC, "2025-04", "which the Council adopted without a vote")

# ===================== 06 (HCCH press release, 1993 Adoption Convention) =====================
d = "06.txt"
D = "2025-09-02"
R(d, "Uganda", ACCEDED, HCIA, D,
  "Today the Republic of Uganda deposited its instrument of accession to the Hague Convention of 29 May 1993 on Protection of Children and "
  "Co-operation in respect of Intercountry Adoption (the 1993 Adoption Convention)")
R(d, "Uganda", "party", HCIA, None, "Uganda becomes the 107th Contracting Party to the Convention", required=False)
R(d, "Uganda", RATIFIED, CRC, "1990", "Uganda ratified the Convention on the Rights of the Child in 1990")
R(d, "Uganda", RATIFIED, ACRWC, "1994", "the African Charter on the Rights and Welfare of the Child in 1994")
R(d, "Uganda", NOTBOUND, HC96, None, "Uganda has not joined the 1996 Child Protection Convention", negated=True,
  alt=["the Government is considering doing so"])
R(d, HCCHSG, "called-for", HCIA, D,
  "encouraged other States of the region that are not yet Contracting Parties, including Ethiopia and Nigeria, to join the Convention")
R(d, "Kenya", PARTY, HCIA, "2007", "Kenya and Rwanda are already Contracting Parties, Kenya since 2007 and Rwanda since 2012")
R(d, "Rwanda", PARTY, HCIA, "2012", "Kenya and Rwanda are already Contracting Parties, Kenya since 2007 and Rwanda since 2012")
R(d, "Nepal", "signed", HCIA, "2009", "Nepal, which signed it in 2009, has yet to ratify it")
R(d, "Nepal", NOTRATIFIED, HCIA, None, "Nepal, which signed it in 2009, has yet to ratify it", negated=True)
R(d, "Russian Federation", "signed", HCIA, "2000", "the Russian Federation signed in 2000 but has not ratified")
R(d, "Russian Federation", NOTRATIFIED, HCIA, None, "the Russian Federation signed in 2000 but has not ratified", negated=True)
R(d, "Netherlands", PARTY, HCIA, None, "it nevertheless remains a Contracting State to the 1993 Adoption Convention")
R(d, HCCH, "adopted", HCIA, "1993-05-29", "The Convention was adopted at the Seventeenth Session of the Hague Conference on 29 May 1993", required=False)

# ===================== 07 (wire story, Inter-American Older Persons Convention) =====================
d = "07.txt"
TUE = "2025-10-14"
R(d, "Brazil", RATIFIED, IAOP, TUE,
  "Brazil on Tuesday deposited its instrument of ratification of the Inter-American Convention on Protecting the Human Rights of Older Persons")
R(d, "Brazil", "party", IAOP, None, "becoming the 12th State Party to the treaty", required=False)
R(d, "Brazil", "signed", IAOP, "2015-06-15", "Brazil was one of the five states that signed the Convention on the day it was opened for signature in June 2015")
R(d, OASGA, "adopted", IAOP, "2015-06-15", "the OAS General Assembly adopted it on 15 June 2015")
Q4 = "The other first-day signatories – Argentina, Chile, Costa Rica and Uruguay – have all since ratified"
RL(d, ["Argentina", "Chile", "Costa Rica", "Uruguay"], "signed", IAOP, "2015-06-15", Q4)
RL(d, ["Argentina", "Chile", "Costa Rica", "Uruguay"], RATIFIED, IAOP, None, Q4)
R(d, OASSG, "called-for", IAOP, TUE, "called on \"every member state that has not yet done so\" to ratify the Convention")
R(d, "Colombia", RATIFIED, IAOP, "2024", "Colombia ratified last year")
R(d, "Paraguay", NOTRATIFIED, IAOP, None, "Paraguay's government said on Tuesday that it expects to deposit its instrument early next year", negated=True)
RL(d, ["United States", "Canada"], "signed", IAOP, None, "Neither the United States nor Canada has signed the Convention", negated=True,
   alt=["officials in Ottawa said Canada had no plans to do so"])
R(d, "Brazil", "supported", HRCOP, "2025-04",
  "Brazil also voted in favour of a Human Rights Council resolution in April that set up an intergovernmental working group to draft a global convention "
  "on the rights of older persons")

# ===================== 08 (AU communiqué, Older Persons Protocol) =====================
d = "08.txt"
D = "2025-03-27"
QGM = ("WELCOME the deposit by Ghana and Malawi, on 11 February 2025 and 3 March 2025 respectively, of their instruments of ratification of the Protocol "
       "to the African Charter on Human and Peoples' Rights on the Rights of Older Persons")
R(d, "Ghana", RATIFIED, AFOP, "2025-02-11", QGM)
R(d, "Malawi", RATIFIED, AFOP, "2025-03-03", QGM)
R(d, AUA, ADOPTED, AFOP, "2016-01-31",
  "the Older Persons Protocol was adopted by the Assembly of the Union at its Twenty-Sixth Ordinary Session in Addis Ababa on 31 January 2016")
QCZ = "Cameroon and Zambia have signed the Protocol but have yet to deposit their instruments of ratification"
RL(d, ["Cameroon", "Zambia"], "signed", AFOP, None, QCZ)
RL(d, ["Cameroon", "Zambia"], NOTRATIFIED, AFOP, None, QCZ, negated=True)
R(d, "Kenya", NOTRATIFIED, AFOP, None, "the announcement by the Republic of Kenya that it will deposit its instrument of ratification before the next Ordinary Session",
  negated=True)
QDASH = "States Parties to the Older Persons Protocol – Benin, Lesotho, Mozambique and Rwanda –"
RL(d, ["Benin", "Mozambique", "Rwanda"], PARTY, AFOP, None, QDASH)
R(d, "Lesotho", PARTY, AFOP, "2018", "the Kingdom of Lesotho, a State Party since 2018", alt=[QDASH])
R(d, "Senegal", RATIFIED, AFDP, "2025-01",
  "the ratification by Senegal, in January 2025, of the Protocol to the African Charter on Human and Peoples' Rights on the Rights of Persons with Disabilities in Africa")
QURGE = "URGE all Member States that have not yet done so to sign and ratify the Older Persons Protocol and the Disability Rights Protocol"
R(d, STC, "called-for", AFOP, D, QURGE)
R(d, STC, "called-for", AFDP, D, QURGE)
R(d, STC, COMMITTED, AFOP, D, "COMMIT to accelerate the domestication of the Older Persons Protocol", required=False)
R(d, STC, ADOPTED, AUPFA, D, "ADOPT the Revised African Union Policy Framework and Plan of Action on Ageing (2025–2034)")

# ===================== 09 (NGO tracker, Markdown, UNDRIP) =====================
d = "09.md"
V = "2007-09-13"
R(d, GA, "adopted", UNDRIP, V,
  "The UN General Assembly adopted the United Nations Declaration on the Rights of Indigenous Peoples (UNDRIP) on 13 September 2007, in resolution 61/295")
for a in ["Australia", "Canada", "New Zealand", "United States"]:
    R(d, a, "supported", UNDRIP, V, "**Against:** Australia, Canada, New Zealand, United States", negated=True)
ABST = ["Azerbaijan", "Bangladesh", "Bhutan", "Burundi", "Colombia", "Georgia", "Kenya", "Nigeria", "Russian Federation", "Samoa", "Ukraine"]
RL(d, ABST, "supported", UNDRIP, V,
   "**Abstaining:** Azerbaijan, Bangladesh, Bhutan, Burundi, Colombia, Georgia, Kenya, Nigeria, Russian Federation, Samoa, Ukraine", negated=True)
R(d, "Australia", ENDORSED, UNDRIP, "2009-04-03", "Australia | Against | Endorsed | 3 April 2009")
R(d, "New Zealand", ENDORSED, UNDRIP, "2010-04-19", "New Zealand | Against | Endorsed | 19 April 2010")
R(d, "Canada", ENDORSED, UNDRIP, "2010-11-12", "Canada | Against | Endorsed (with qualifications) | 12 November 2010",
  alt=["Canada was now \"a full supporter of the Declaration, without qualification\""])
R(d, "United States", ENDORSED, UNDRIP, "2010-12-16", "United States | Against | Endorsed | 16 December 2010")
R(d, "Colombia", ENDORSED, UNDRIP, "2009-04-21", "Colombia | Abstained | Endorsed | 21 April 2009")
R(d, "Samoa", ENDORSED, UNDRIP, "2009", "Samoa | Abstained | Endorsed | 2009")
R(d, "Russian Federation", ENDORSED, UNDRIP, None, "The Russian Federation has never endorsed the Declaration", negated=True)
RL(d, ["Kenya", "Nigeria"], ENDORSED, UNDRIP, None, "Kenya and Nigeria have not formally changed their 2007 position either", negated=True)
R(d, IRM, "called-for", UNDRIP, "2025-08-09", "We call on the Russian Federation, Kenya and Nigeria to endorse the Declaration")
R(d, "New Zealand", COMMITTED, UNDRIP, "2025-07", "New Zealand \"remains committed to the Declaration\"")
R(d, OASGA, "adopted", ADRIP, "2016-06-15", "The OAS General Assembly adopted the American Declaration on the Rights of Indigenous Peoples on 15 June 2016")
R(d, "United States", "supported", ADRIP, None, "The United States did not join the consensus", negated=True)
R(d, "Canada", "supported", ADRIP, None, "Canada said it was \"not in a position\" to join it at the time", negated=True)

# ===================== 10 (meetings coverage, Third Committee recorded vote) =====================
d = "10.txt"
D = "2025-11-13"
R(d, TC, "adopted", TCROC, D,
  "The Third Committee (Social, Humanitarian and Cultural) today approved its annual draft resolution on the rights of the child (document A/C.3/80/L.27/Rev.1)")
R(d, "Argentina", "supported", TCROC, D, "2 against (Argentina, United States)", negated=True)
R(d, "United States", "supported", TCROC, D, "2 against (Argentina, United States)", negated=True,
  alt=["her delegation had voted against the draft"])
RL(d, ["Belarus", "Nicaragua", "Russian Federation"], "supported", TCROC, D, "3 abstentions (Belarus, Nicaragua, Russian Federation)", negated=True)
R(d, GRULAC, "co-sponsored", TCROC, None, "presented by Uruguay on behalf of the Group of Latin American and Caribbean States")
R(d, EUD, "co-sponsored", TCROC, None, "by Denmark on behalf of the European Union")
RL(d, ["Brazil", "Canada", "Japan"], "supported", TCROC, D, "Those voting in favour included Brazil, Canada and Japan")
R(d, "Russian Federation", "co-sponsored", TCAMD, None, "an amendment to the draft proposed by the Russian Federation (document A/C.3/80/L.64)")
R(d, TC, "adopted", TCAMD, None, "the Committee rejected, by a recorded vote of 12 in favour to 110 against, with 40 abstentions, an amendment to the draft",
  negated=True, required=False)
R(d, "United States", NOTBOUND, CRC, None, "the Convention on the Rights of the Child, to which the United States is not a party", negated=True)
R(d, "Argentina", PARTY, CRC, "1990", "his country, a party to the Convention since 1990")
R(d, TC, "adopted", TCAGE, D, "The Committee then approved without a vote the draft \"Follow-up to the Second World Assembly on Ageing\" (document A/C.3/80/L.9)")
R(d, G77, "co-sponsored", TCAGE, None, "presented by Iraq on behalf of the Group of 77 and China")
R(d, "Chile", PARTY, IAOP, None, "Chile, a party to the Inter-American Convention on Protecting the Human Rights of Older Persons")
R(d, TC, "adopted", TCMIN, D,
  "Also without a vote, the Committee approved the draft \"Effective promotion of the Declaration on the Rights of Persons Belonging to National or Ethnic, "
  "Religious and Linguistic Minorities\" (document A/C.3/80/L.33)")
R(d, "Austria", "co-sponsored", TCMIN, None, "(document A/C.3/80/L.33), presented by Austria")
R(d, "Holy See", "supported", TCMIN, D, "The Holy See, an observer, said it supported the text", required=False)

# ===================== 11 (explanation of vote, United Kingdom, HRC) =====================
d = "11.txt"
D = "2025-04-04"
R(d, UKG, "supported", HRCOP, D, "The United Kingdom abstained in the vote on draft resolution L.11", negated=True)
R(d, HRC, "adopted", HRCOP, D, "which the Council has just adopted by 31 votes to none, with 16 abstentions")
R(d, UKG, "co-sponsored", R483, "2021", "We co-sponsored the Council's resolution 48/3 on the human rights of older persons in 2021")
R(d, UKG, "supported", R5413, "2023", "we joined the consensus on resolution 54/13 in 2023", required=False)
RL(d, ["Brazil", "Chile", "Costa Rica", "Slovenia"], "co-sponsored", HRCOP, None, "the core group – Brazil, Chile, Costa Rica and Slovenia –", required=False)
R(d, UKG, RATIFIED, CRPD, "2009", "the Convention on the Rights of Persons with Disabilities, which the United Kingdom ratified in 2009")
RL(d, ["Netherlands", "Japan"], "supported", HRCOP, D, "the Netherlands and Japan, which share several of our concerns, also abstained", negated=True)
R(d, UKG, COMMITTED, MIPAA, D, "We remain committed to the Madrid International Plan of Action on Ageing")
QCALL = "We urge all States that have not yet done so to ratify the Convention on the Rights of Persons with Disabilities and its Optional Protocol"
R(d, UKG, "called-for", CRPD, D, QCALL)
R(d, UKG, "called-for", OPCRPD, D, QCALL)

# ===================== 12 (regional commission press release page, Santiago Declaration) =====================
d = "12.html"
D = "2022-12-15"
R(d, CONF5, ADOPTED, SANT, D,
  "The Fifth Regional Intergovernmental Conference on Ageing and the Rights of Older Persons in Latin America and the Caribbean today adopted the Santiago Declaration")
R(d, CONF5, "called-for", IAOP, D,
  "The Declaration calls on States that have not yet done so to consider signing and ratifying the Inter-American Convention on Protecting the Human Rights of Older Persons",
  required=False)
R(d, CONF4, ADOPTED, ASUN, "2017", "the Asunción Declaration, adopted at the Fourth Conference in 2017")
R(d, "Chile", RATIFIED, IAOP, "2017", "Chile ratified the Inter-American Convention in 2017")
RL(d, ["Uruguay", "Costa Rica"], RATIFIED, IAOP, "2016", "Uruguay and Costa Rica, the first two States to ratify it, did so in 2016")
R(d, "Mexico", ACCEDED, IAOP, "2022", "Mexico announced at the Conference that it had acceded to the Convention earlier this year")
QBP = "Brazil and Paraguay, which have signed the Convention, said they expect to ratify it"
RL(d, ["Brazil", "Paraguay"], "signed", IAOP, None, QBP)
RL(d, ["Brazil", "Paraguay"], NOTRATIFIED, IAOP, None, QBP, negated=True)
R(d, ECLACES, "called-for", IAOP, D, "the Executive Secretary of ECLAC urged the countries of the region to ratify the Inter-American Convention")

# ===================== 13 (tracker table, OPIC in Asia-Pacific) =====================
d = "13.txt"
D = "2025-10-01"
R(d, GA, "adopted", OPIC, "2011-12-19", "Adopted by the UN General Assembly on 19 December 2011 (resolution 66/138)")
R(d, "Thailand", "signed", OPIC, "2012-09-25", "Thailand 25 Sep 2012 25 Sep 2012 (R)", alt=["Thailand signed and ratified on the same day"])
R(d, "Thailand", RATIFIED, OPIC, "2012-09-25", "Thailand 25 Sep 2012 25 Sep 2012 (R)", alt=["Thailand signed and ratified on the same day"])
R(d, "Mongolia", "signed", OPIC, "2012-02-28", "Mongolia 28 Feb 2012 28 Sep 2015 (R)")
R(d, "Mongolia", RATIFIED, OPIC, "2015-09-28", "Mongolia 28 Feb 2012 28 Sep 2015 (R)")
R(d, "Maldives", "signed", OPIC, "2012-02-28", "Maldives 28 Feb 2012 28 Sep 2019 (R)")
R(d, "Maldives", RATIFIED, OPIC, "2019-09-28", "Maldives 28 Feb 2012 28 Sep 2019 (R)")
R(d, "Samoa", ACCEDED, OPIC, "2022-11-24", "Samoa – 24 Nov 2022 (A)")
R(d, "Palau", ACCEDED, OPIC, "2024-06-03", "Palau deposited its instrument of accession with the Secretary-General on 3 June 2024",
  alt=["Palau – 3 Jun 2024 (A) newest party"])
R(d, "Samoa", "signed", OPIC, None, "Samoa – 24 Nov 2022 (A)", negated=True, required=False)
R(d, "Palau", "signed", OPIC, None, "Palau – 3 Jun 2024 (A)", negated=True, required=False)
R(d, "Nepal", "signed", OPIC, "2012-02-28", "Nepal 28 Feb 2012 – signed only", alt=["Nepal signed OPIC on the day it opened for signature"])
R(d, "Nepal", NOTRATIFIED, OPIC, None, "Nepal 28 Feb 2012 – signed only", negated=True,
  alt=["Nepal signed OPIC on the day it opened for signature but has taken no further step"])
R(d, "Indonesia", NOTBOUND, OPIC, None, "Indonesia – – \"under study\" (2024 UPR)", negated=True)
R(d, "Australia", NOTBOUND, OPIC, None, "Australia – – no decision", negated=True, alt=["They are not parties to OPIC"])
R(d, "New Zealand", NOTBOUND, OPIC, None, "New Zealand – – considering accession", negated=True, alt=["They are not parties to OPIC"])
R(d, "Japan", NOTBOUND, OPIC, None, "Japan has ratified neither OPIC nor the Optional Protocol to the Convention on the Elimination of All Forms of Discrimination against Women",
  negated=True, alt=["Japan – –"])
for a, q in [("Indonesia", "Indonesia – –"), ("Australia", "Australia – –"), ("New Zealand", "New Zealand – –"), ("Japan", "Japan – –")]:
    R(d, a, "signed", OPIC, None, q, negated=True, required=False)
R(d, "Japan", NOTRATIFIED, OPCEDAW, None,
  "Japan has ratified neither OPIC nor the Optional Protocol to the Convention on the Elimination of All Forms of Discrimination against Women", negated=True)
QAN = "Australia and New Zealand are parties to the Convention on the Rights of the Child and to both of its earlier Optional Protocols"
RL(d, ["Australia", "New Zealand"], PARTY, CRC, None, QAN)
RL(d, ["Australia", "New Zealand"], PARTY, OPAC, None, QAN)
RL(d, ["Australia", "New Zealand"], PARTY, OPSC, None, QAN)
R(d, CRTW, "called-for", OPIC, D, "Child Rights Treaty Watch urges Australia, Indonesia, Japan and New Zealand to accede to OPIC")

# ===================== 14 (NGO blog, Markdown, Marrakesh Treaty in Africa) =====================
d = "14.md"
D = "2025-09-30"
R(d, "Ethiopia", ACCEDED, MVT, "2025-09",
  "This month, **Ethiopia** deposited its instrument of accession to the Marrakesh Treaty to Facilitate Access to Published Works for Persons Who Are Blind, "
  "Visually Impaired or Otherwise Print Disabled")
RL(d, ["Kenya", "Nigeria"], RATIFIED, MVT, "2017", "Kenya and Nigeria were among the first, both ratifying the Treaty in 2017")
RL(d, ["Botswana", "Liberia", "Malawi"], RATIFIED, MVT, None, "Botswana, Liberia and Malawi have also ratified it")
R(d, "Tunisia", ACCEDED, MVT, "2019", "Tunisia acceded in 2019")
QSIG = "Three African States signed the Treaty in 2013 or 2014 and have stopped there: - Congo - Ghana - Senegal"
RL(d, ["Congo", "Ghana", "Senegal"], "signed", MVT, None, QSIG)
for a in ["Congo", "Ghana", "Senegal"]:
    R(d, a, NOTRATIFIED, MVT, None, QSIG, negated=True,
      alt=["Ghana's Copyright Office says a ratification bill is \"with the Attorney-General\""] if a == "Ghana" else None)
R(d, ABAN, "called-for", MVT, D, "We hope Ghana and Senegal will follow Ethiopia's lead before the year is out", required=False)
R(d, "South Africa", NOTBOUND, MVT, None, "South Africa has yet to accede", negated=True)
R(d, "Egypt", NOTBOUND, MVT, None, "Egypt has not joined the Treaty either", negated=True)
R(d, AUC, "called-for", MVT, None, "The African Union Commission has urged Member States to accede to the Marrakesh Treaty")
R(d, "Malawi", RATIFIED, AFDP, "2024", "Malawi ratified the ADP in 2024")
R(d, "Kenya", "signed", AFDP, None, "Kenya has signed but not ratified it")
R(d, "Kenya", NOTRATIFIED, AFDP, None, "Kenya has signed but not ratified it", negated=True)

# ===================== 15 (UN News story, HRC rights of the child) =====================
d = "15.txt"
D = "2025-04-03"
R(d, HRC, "adopted", HRCROC, D, "The Human Rights Council in Geneva today adopted without a vote its annual resolution on the rights of the child")
R(d, EUP, "co-sponsored", HRCROC, None, "presented jointly by Poland, on behalf of the European Union")
R(d, GRULAC, "co-sponsored", HRCROC, None, "by Uruguay, on behalf of the Group of Latin American and Caribbean States (GRULAC)")
RL(d, ["Norway", "Switzerland", "United Kingdom", "Japan"], "co-sponsored", HRCROC, None,
   "It was co-sponsored by more than 60 States, among them Norway, Switzerland, the United Kingdom and Japan")
R(d, "United States", "co-sponsored", HRCROC, None, "the United States was not among the co-sponsors", negated=True)
R(d, HRC, "called-for", OPIC, D,
  "encourages States that have not yet done so to consider ratifying the Optional Protocol to the Convention on the Rights of the Child on a communications procedure",
  required=False)
R(d, ARAB, "supported", HRCROC, D, "the Group had joined the consensus", required=False)
R(d, "UNICEF", "called-for", OPIC, D, "UNICEF, which addressed the Council before the vote, urged all States to ratify the communications Protocol")
R(d, "Kazakhstan", RATIFIED, OPIC, "2024", "his country had ratified the communications Protocol last year")
R(d, "Kazakhstan", "called-for", OPIC, None, "urged its neighbours in Central Asia to do the same", required=False)

# ===================== 16 (chair's summary, Jakarta Declaration) =====================
d = "16.txt"
D = "2022-10-21"
R(d, HLIM, ADOPTED, JAK, D,
  "At its closing plenary on Friday, 21 October, the Meeting adopted the Jakarta Declaration on the Asian and Pacific Decade of Persons with Disabilities, 2023–2032")
QJC = "calls on members that have not yet done so to ratify the Marrakesh Treaty and the Convention on the Rights of Persons with Disabilities (CRPD)"
R(d, HLIM, "called-for", MVT, D, QJC, required=False)
R(d, HLIM, "called-for", CRPD, D, QJC, required=False)
R(d, "Indonesia", RATIFIED, CRPD, "2011", "Indonesia had ratified the CRPD in 2011")
R(d, "Indonesia", ACCEDED, MVT, "2020", "acceded to the Marrakesh Treaty in 2020")
R(d, "Bhutan", "signed", CRPD, "2010", "Bhutan, which signed the CRPD in 2010")
R(d, "Bhutan", NOTRATIFIED, CRPD, None, "Bhutan, which signed the CRPD in 2010, said it expected to ratify it", negated=True)
R(d, "Tonga", "signed", CRPD, "2007", "the CRPD, which it signed in 2007")
R(d, "Tonga", NOTRATIFIED, CRPD, None, "Tonga said it was considering whether to ratify the CRPD", negated=True)
R(d, "Australia", ENDORSED, JAK, "2022-10", "The representative of Australia said that her Government \"fully endorses\" the Jakarta Declaration")
R(d, "Japan", PARTY, CRPD, "2014", "Japan had been a party to the CRPD since 2014")
R(d, "Japan", COMMITTED, INCH, None, "would continue to support the Incheon Strategy", required=False)

gold.finish(MIN_CHARS, MAX_CHARS)
