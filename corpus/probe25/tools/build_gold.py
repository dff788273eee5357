#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe17/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Alternative actor names missing from its ALT_NAMES are added locally below.

This corpus has one .html document (11) and one .md document (16): the shared Gold.finish() checks .txt, .md and .html
documents alike."""
import collections
import json
import os
import sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import (GA, Gold, alt, body_of, fold, ACTIONS, DATE,  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
                  NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL)
MIN_CHARS, MAX_CHARS = 1800, 3200


# ---- instruments: (name as the text names it, aliases) ----
CITES = ("Convention on International Trade in Endangered Species of Wild Fauna and Flora", ["CITES", "Washington Convention"])
GAB = ("amendment to Article XXI adopted at Gaborone on 30 April 1983",
       ["Gaborone amendment", "Gaborone amendment to CITES", "amendment to Article XXI of CITES"])
BONN = ("amendment to Article XI adopted at Bonn on 22 June 1979", ["Bonn amendment", "Bonn amendment to CITES", "amendment to Article XI of CITES"])
P43 = ("proposal to transfer the oceanic whitetip shark to Appendix I (Prop. 43)",
       ["Prop. 43", "CoP20 Prop. 43", "oceanic whitetip shark proposal", "transfer of Carcharhinus longimanus from Appendix II to Appendix I"])
P44 = ("proposal to list guitarfishes in Appendix II (Prop. 44)", ["Prop. 44", "CoP20 Prop. 44", "guitarfish proposal", "guitarfish listing"])
P5 = ("proposal to permit a one-off sale of registered government ivory stocks (Prop. 5)",
      ["Prop. 5", "CoP20 Prop. 5", "Namibia's ivory proposal", "Namibia's proposal"])
LD = ("London Declaration", ["London Declaration on the Illegal Wildlife Trade", "London Declaration on Illegal Wildlife Trade"])
LUSAKA = ("Lusaka Agreement on Co-operative Enforcement Operations Directed at Illegal Trade in Wild Fauna and Flora", ["Lusaka Agreement"])
ATT = ("Arms Trade Treaty", ["ATT"])
ATTRES = ("First Committee's resolution on the Arms Trade Treaty", ["resolution on the Arms Trade Treaty", "ATT resolution"])
SADCFP = ("SADC Protocol on the Control of Firearms, Ammunition and Other Related Materials",
          ["SADC Firearms Protocol", "Protocol on the Control of Firearms, Ammunition and Other Related Materials in the Southern African Development Community"])
FP_FULL = "Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition"
FP_ALIASES = ["Firearms Protocol", "UN Firearms Protocol", "United Nations Firearms Protocol", FP_FULL,
              FP_FULL + ", supplementing the United Nations Convention against Transnational Organized Crime"]


def fp(name):
    """The UN Firearms Protocol under the name a document uses."""
    return (name, [a for a in FP_ALIASES if a != name])


KIN = ("Central African Convention for the Control of Small Arms and Light Weapons",
       ["Kinshasa Convention", "Central African Convention for the Control of Small Arms and Light Weapons, Their Ammunition and All Parts and "
        "Components That Can Be Used for Their Manufacture, Repair and Assembly"])
L41 = ("draft resolution \"The Arms Trade Treaty\" (A/C.1/80/L.41)", ["A/C.1/80/L.41", "L.41", "draft resolution on the Arms Trade Treaty"])
L55 = ("draft resolution \"The illicit trade in small arms and light weapons in all its aspects\" (A/C.1/80/L.55)",
       ["A/C.1/80/L.55", "L.55", "The illicit trade in small arms and light weapons in all its aspects"])
UNTOC = ("United Nations Convention against Transnational Organized Crime", ["UNTOC", "Palermo Convention", "Organized Crime Convention"])
R122 = ("resolution 12/2 on illicit trafficking in firearms", ["resolution 12/2", "UNTOC COP resolution 12/2"])
SADCSTRAT = ("Revised SADC Regional Strategy on Small Arms and Light Weapons 2025–2030",
             ["SADC Regional Strategy on Small Arms and Light Weapons", "Revised SADC Regional Strategy"])
AUMR = ("African Union Master Roadmap of Practical Steps to Silence the Guns in Africa by Year 2030",
        ["AU Master Roadmap", "Master Roadmap of Practical Steps to Silence the Guns in Africa by Year 2030", "Silencing the Guns Master Roadmap"])
HCA_FULL = "Convention on the Civil Aspects of International Child Abduction"
HCA_ALIASES = [HCA_FULL, "Convention of 25 October 1980 on the Civil Aspects of International Child Abduction", "Hague Child Abduction Convention",
               "Hague Convention on International Child Abduction", "1980 Child Abduction Convention", "Child Abduction Convention",
               "Hague Convention on the Civil Aspects of International Child Abduction", "HCCH 1980 Child Abduction Convention"]


def hca(name):
    """The 1980 Child Abduction Convention under the name a document uses."""
    return (name, [a for a in HCA_ALIASES if a != name])


APOST = ("Apostille Convention", ["Convention Abolishing the Requirement of Legalisation for Foreign Public Documents", "HCCH Apostille Convention"])
ADOPT_FULL = "Convention on Protection of Children and Co-operation in respect of Intercountry Adoption"
ADOPT09 = ("1993 Intercountry Adoption Convention", [ADOPT_FULL, "Hague Adoption Convention", "Intercountry Adoption Convention",
                                                       "HCCH 1993 Adoption Convention"])
ADOPT11 = (ADOPT_FULL, ["1993 Intercountry Adoption Convention", "Hague Adoption Convention", "Intercountry Adoption Convention",
                        "HCCH 1993 Adoption Convention", "Hague Convention on Intercountry Adoption"])
CP96_FULL = ("Convention on Jurisdiction, Applicable Law, Recognition, Enforcement and Co-operation in respect of Parental Responsibility and "
             "Measures for the Protection of Children")
CP96_ALIASES = [CP96_FULL, "1996 Child Protection Convention", "1996 Hague Child Protection Convention", "HCCH 1996 Child Protection Convention"]


def cp96(name):
    """The 1996 Child Protection Convention under the name a document uses."""
    return (name, [a for a in CP96_ALIASES if a != name])


LUX = ("European Convention on Recognition and Enforcement of Decisions concerning Custody of Children", ["Luxembourg Convention"])
UKPK = ("UK–Pakistan Judicial Protocol on Children Matters", ["UK-Pakistan Judicial Protocol on Children Matters", "UK-Pakistan Judicial Protocol",
                                                             "Judicial Protocol on Children Matters"])
CS07 = ("2007 Child Support Convention", ["Convention on the International Recovery of Child Support and Other Forms of Family Maintenance",
                                          "HCCH 2007 Child Support Convention"])
AT = ("Antarctic Treaty", [])
MADRID = ("Protocol on Environmental Protection to the Antarctic Treaty", ["Madrid Protocol", "Environmental Protocol", "Antarctic Environmental Protocol"])
ANNEXVI = ("Annex VI to the Protocol on Environmental Protection to the Antarctic Treaty",
           ["Annex VI", "Measure 1 (2005)", "Liability Annex", "Annex VI on liability arising from environmental emergencies"])
M425 = ("Measure 4 (2025)", ["ATCM Measure 4 (2025)"])
MILAN = ("Milan Declaration on Antarctic Scientific Cooperation", ["Milan Declaration"])
EMP = ("proposal to designate the emperor penguin as a Specially Protected Species",
       ["emperor penguin proposal", "designation of the emperor penguin as a Specially Protected Species under Annex II"])
ESPOO = ("Espoo Convention", ["Convention on Environmental Impact Assessment in a Transboundary Context",
                              "UNECE Convention on Environmental Impact Assessment in a Transboundary Context"])
SEA = ("Protocol on Strategic Environmental Assessment", ["SEA Protocol", "Kiev Protocol", "Kyiv Protocol",
                                                         "Protocol on Strategic Environmental Assessment to the Convention on Environmental Impact "
                                                         "Assessment in a Transboundary Context"])
AM1 = ("first amendment to the Espoo Convention (Sofia, 2001)", ["first amendment", "Sofia amendment", "decision II/14"])
AM2 = ("second amendment to the Espoo Convention (Cavtat, 2004)", ["second amendment", "Cavtat amendment", "decision III/7"])
GENEVA49 = ("1949 Geneva Convention on Road Traffic", ["Geneva Convention on Road Traffic", "Convention on Road Traffic (1949)"])
VIENNA68 = ("1968 Vienna Convention on Road Traffic", ["Vienna Convention on Road Traffic", "Convention on Road Traffic (1968)"])
AV18 = ("resolution on the deployment of highly and fully automated vehicles in road traffic",
        ["WP.1 resolution on automated vehicles", "Global Forum resolution on the deployment of highly and fully automated vehicles in road traffic"])
AOD22 = ("2022 resolution on safety considerations for activities other than driving", ["WP.1 resolution on activities other than driving"])
A58 = ("1958 Agreement", ["Agreement concerning the Adoption of Harmonized Technical United Nations Regulations for Wheeled Vehicles, Equipment and Parts",
                          "UNECE 1958 Agreement"])
A98 = ("1998 Global Agreement", ["1998 Agreement", "Agreement concerning the Establishing of Global Technical Regulations for Wheeled Vehicles, "
                                 "Equipment and Parts"])
ALKS = ("UN Regulation on automated lane keeping systems", ["UN Regulation No. 157", "ALKS Regulation", "UN Regulation on ALKS"])
STOCK = ("Stockholm Declaration", ["Stockholm Declaration on Road Safety"])
PDRS = ("Political Declaration on Improving Global Road Safety", ["2022 Political Declaration on road safety", "resolution 76/294"])
GRATK = ("WIPO Treaty on Intellectual Property, Genetic Resources and Associated Traditional Knowledge",
         ["GRATK", "GRATK Treaty", "Treaty on Intellectual Property, Genetic Resources and Associated Traditional Knowledge"])
NAGOYA = ("Nagoya Protocol on Access and Benefit-sharing", ["Nagoya Protocol"])
SWAK = ("Swakopmund Protocol on the Protection of Traditional Knowledge and Expressions of Folklore", ["Swakopmund Protocol"])
MVT = ("Marrakesh Treaty", ["Marrakesh Treaty to Facilitate Access to Published Works for Persons Who Are Blind, Visually Impaired or Otherwise "
                            "Print Disabled", "Marrakesh VIP Treaty"])
BTAP = ("Beijing Treaty on Audiovisual Performances", ["Beijing Treaty"])
DLT = ("Design Law Treaty", ["Riyadh Design Law Treaty", "DLT"])
BCAST = ("treaty on the protection of broadcasting organizations", ["WIPO Broadcasting Treaty", "broadcasting treaty"])
CHAIRTEXT = ("Chair's revised text of 13 August", ["Chair's text", "Chair's revised text"])
UNEA514 = ("UNEA resolution 5/14", ["End plastic pollution: towards an international legally binding instrument", "resolution 5/14"])
NICE = ("Nice wake up call for an ambitious plastics treaty", ["Nice wake up call", "Nice wake-up call"])
HAC = ("High Ambition Coalition to End Plastic Pollution", ["High Ambition Coalition"])
PWA = ("Plastic Waste Amendments", ["Basel Convention Plastic Waste Amendments", "Basel Convention's Plastic Waste Amendments"])
BASEL = ("Basel Convention", ["Basel Convention on the Control of Transboundary Movements of Hazardous Wastes and their Disposal"])

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "Russian Federation", "Democratic People's Republic of Korea", "Republic of Korea", "Iran",
          "Viet Nam", "European Union", "Lao PDR", "Côte d'Ivoire", "Philippines", "United Arab Emirates", "Democratic Republic of the Congo",
          "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Uzbekistan", "Venezuela", "Egypt", "China", "Chile", "Colombia", "Kenya", "Ghana", "Fiji",
          "Samoa", "Papua New Guinea", "Saudi Arabia", "Costa Rica", "Cambodia", "Thailand", "Rwanda", "Kiribati", "Timor-Leste"),
    "Comoros": ["Comoros", "Union of the Comoros"],
    "Angola": ["Angola", "Republic of Angola"],
    "Namibia": ["Namibia", "Republic of Namibia"],
    "Mozambique": ["Mozambique", "Republic of Mozambique"],
    "Indonesia": ["Indonesia", "Republic of Indonesia"],
    "Australia": ["Australia", "Commonwealth of Australia"],
    "Tonga": ["Tonga", "Kingdom of Tonga"],
    "Niger": ["Niger", "the Niger"],
}
CITESSEC = ["CITES Secretariat", "Secretariat of CITES", "CITES"]
COM1 = ["CITES CoP20 Committee I", "Committee I", "CITES Conference of the Parties", "CoP20", "Conference of the Parties to CITES"]
CITESCOP = ["CITES Conference of the Parties", "Conference of the Parties to CITES", "CoP20", "CITES CoP20"]
FC = ["UN General Assembly First Committee", "First Committee", "First Committee of the General Assembly",
      "First Committee (Disarmament and International Security)"]
CONTROLARMS = ["Control Arms", "Control Arms coalition"]
UNODCED = ["UNODC Executive Director", "Executive Director of UNODC", "UNODC", "United Nations Office on Drugs and Crime"]
UNTOCCOP = ["Conference of the Parties to the United Nations Convention against Transnational Organized Crime", "Conference of the Parties to UNTOC",
            "UNTOC COP", "Conference of the Parties"]
MCO = ["SADC Ministerial Committee of the Organ on Politics, Defence and Security Cooperation", "Ministerial Committee of the Organ on Politics, "
       "Defence and Security Cooperation", "Ministerial Committee of the Organ", "MCO", "SADC", "Southern African Development Community"]
INDO_CALL = ["Indonesia", "Republic of Indonesia", "Minister for Foreign Affairs of Indonesia", "Ministry of Foreign Affairs of the Republic of Indonesia"]
HCCH14 = ["Hague Conference on Private International Law", "HCCH", "Fourteenth Session of the Hague Conference on Private International Law"]
HCCH17 = ["Hague Conference on Private International Law", "HCCH", "Seventeenth Session of the Hague Conference on Private International Law"]
IRL_CALL = ["Ireland", "Department of Justice, Home Affairs and Migration", "Minister for Justice, Home Affairs and Migration"]
AUS_CALL = ["Australia", "Commonwealth of Australia", "Department of Social Services"]
ATCM = ["Antarctic Treaty Consultative Meeting", "ATCM", "ATCM XLVII", "Forty-seventh Antarctic Treaty Consultative Meeting", "Consultative Meeting"]
ATCMCHAIR = ["Chair of the Antarctic Treaty Consultative Meeting", "Chair of the Meeting", "Giulia Ferrante", "Antarctic Treaty Consultative Meeting",
             "ATCM"]
ESPOOMOP = ["Meeting of the Parties to the Espoo Convention", "Meeting of the Parties to the Convention", "Meeting of the Parties",
            "extraordinary session of the Meeting of the Parties"]
UNECEES = ["UNECE Executive Secretary", "Executive Secretary of UNECE", "UNECE", "United Nations Economic Commission for Europe"]
WP1 = ["Global Forum for Road Traffic Safety", "WP.1", "UN Global Forum for Road Traffic Safety", "Global Forum for Road Traffic Safety (WP.1)"]
GRATKDC = ["Diplomatic Conference to Conclude an International Legal Instrument Relating to Intellectual Property, Genetic Resources and Traditional "
           "Knowledge Associated with Genetic Resources", "Diplomatic Conference", "WIPO Diplomatic Conference", "WIPO"]
DLTDC = ["Diplomatic Conference to Conclude and Adopt a Design Law Treaty", "Riyadh Diplomatic Conference", "Diplomatic Conference",
         "WIPO Diplomatic Conference", "WIPO"]
INC = ["Intergovernmental Negotiating Committee on plastic pollution", "Intergovernmental Negotiating Committee", "INC", "INC-5.2"]
UNEA = ["United Nations Environment Assembly", "UN Environment Assembly", "UNEA"]
BASELCOP = ["Conference of the Parties to the Basel Convention", "Basel COP-14", "COP-14", "Basel COP"]
OPAN = ["Ocean Plastics Accountability Network"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for


# ===================== 01: CITES depositary notification (Bern, 18 July 2025) =====================
d = "01.txt"
R(d, "Turkmenistan", ACCEDED, CITES, "2025-07-02", "On 2 July 2025, Turkmenistan deposited with the Depositary its instrument of accession to the Convention")
R(d, "Turkmenistan", "party", CITES, None, "Turkmenistan thus becomes the 186th Party", required=False)
R(d, "Turkmenistan", ACCEPTED, GAB, "2025-07-02",
  "Its instrument further states that Turkmenistan accepts the amendment to Article XXI adopted at Gaborone on 30 April 1983")
R(d, "Tajikistan", ACCEPTED, GAB, "2025-06-09",
  "On 9 June 2025, the Republic of Tajikistan, a Party since 2016, deposited an instrument of acceptance of the Gaborone amendment")
R(d, "Tajikistan", PARTY, CITES, "2016", "the Republic of Tajikistan, a Party since 2016")
R(d, "Tajikistan", ACCEPTED, BONN, None, "the amendment to Article XI adopted at Bonn on 22 June 1979, which Tajikistan has therefore not accepted", negated=True)
R(d, "Iceland", PARTY, CITES, None, "Iceland remains a Party to the Convention")
QIRL = "In fact, Ireland signed the Convention on 1 November 1974 and deposited its instrument of ratification on 8 January 2002"
R(d, "Ireland", "signed", CITES, "1974-11-01", QIRL)
R(d, "Ireland", RATIFIED, CITES, "2002-01-08", QIRL)
R(d, "European Union", ACCEDED, CITES, "2015-04-09",
  "The European Union, the only regional economic integration organization to have acceded under the Gaborone amendment, deposited its instrument of "
  "accession on 9 April 2015")
RL(d, ["Timor-Leste", "Tuvalu", "Democratic People's Republic of Korea"], JOINED, CITES, None,
   "The Depositary has received no instrument of accession from Timor-Leste, Tuvalu or the Democratic People's Republic of Korea", negated=True)
R(d, "Kiribati", JOINED, CITES, None, "Kiribati informed the Depositary that it intends to accede to the Convention", negated=True)
QSEC = "the CITES Secretariat encouraged all Parties that have not yet done so to accept the Bonn and Gaborone amendments"
R(d, CITESSEC, "called-for", BONN, None, QSEC)
R(d, CITESSEC, "called-for", GAB, None, QSEC)

# ===================== 02: CITES CoP20 bulletin (Thursday 4 December 2025; "on Wednesday" = 3 December) =====================
d = "02.txt"
WED = "2025-12-03"
R(d, "Uzbekistan", PARTY, CITES, "1997", "Uzbekistan, a Party to CITES since 1997")
R(d, COM1, "adopted", P43, WED, "By secret ballot, 92 votes to 31 with 9 abstentions, the Committee adopted Prop. 43")
RL(d, ["Panama", "Brazil", "Senegal"], "co-sponsored", P43, None, "The proposal was submitted by Panama, Brazil and Senegal")
RL(d, ["Colombia", "Maldives", "European Union"], "co-sponsored", P43, None,
   "co-sponsored by Colombia, Maldives and the European Union on behalf of its Member States")
R(d, "Japan", "supported", P43, None, "Japan spoke against it", negated=True, required=False)
R(d, COM1, "adopted", P44, WED, "Prop. 44, proposed by Sri Lanka, was adopted by consensus")
R(d, "Sri Lanka", "co-sponsored", P44, None, "Prop. 44, proposed by Sri Lanka")
R(d, "Indonesia", "supported", P44, None, "after Indonesia withdrew its objection", required=False)
R(d, COM1, "adopted", P5, None,
  "Namibia's proposal (Prop. 5) to permit a one-off sale of registered government ivory stocks was rejected", negated=True, required=False)
R(d, "Namibia", "co-sponsored", P5, None, "Namibia's proposal (Prop. 5) to permit a one-off sale of registered government ivory stocks")
RL(d, ["Botswana", "Namibia", "Zimbabwe"], "supported", P5, WED, "In favour: Botswana, Namibia and Zimbabwe, among others")
RL(d, ["Kenya", "Niger", "United States"], "supported", P5, WED, "Against: Kenya, Niger and the United States, among others", negated=True)
RL(d, ["Angola", "South Africa"], "supported", P5, WED, "Abstaining: Angola and South Africa", negated=True)

# ===================== 03: UK written answer (answered 15 December 2025) =====================
d = "03.txt"
ANS = "2025-12-15"
R(d, "United Kingdom", PARTY, CITES, "1976",
  "The United Kingdom has been a Party to the Convention on International Trade in Endangered Species of Wild Fauna and Flora (CITES) since 1976")
QAM = "it has accepted both the Bonn and the Gaborone amendments to the Convention"
R(d, "United Kingdom", ACCEPTED, BONN, None, QAM)
R(d, "United Kingdom", ACCEPTED, GAB, None, QAM)
R(d, "United Kingdom", "co-sponsored", P43, None, "the UK co-sponsored the proposal to transfer the oceanic whitetip shark to Appendix I (Prop. 43)")
R(d, "United Kingdom", "supported", P43, WED, "on 3 December the UK delegation voted in favour of it in Committee I")
R(d, "United Kingdom", "supported", P44, None, "The UK also supported the proposal to list guitarfishes in Appendix II")
R(d, CITESCOP, "adopted", P44, None, "which the Conference adopted by consensus")
R(d, "United Kingdom", ENDORSED, LD, "2014", "at which we endorsed the London Declaration together with 40 other governments")
RL(d, ["Botswana", "Viet Nam"], ENDORSED, LD, None, "Botswana and Viet Nam, which also endorsed the Declaration")
RL(d, ["Kenya", "Uganda", "Zambia"], PARTY, LUSAKA, None, "its Parties include Kenya, Uganda and Zambia")
R(d, "United Kingdom", NOTBOUND, LUSAKA, None, "the UK cannot become a Party to it", negated=True, required=False)
R(d, "United Kingdom", "called-for", CITES, ANS,
  "The Government continues to urge the remaining non-Parties to CITES, among them Timor-Leste and Tuvalu, to accede to the Convention")
RL(d, ["Timor-Leste", "Tuvalu"], NOTBOUND, CITES, None, "the remaining non-Parties to CITES, among them Timor-Leste and Tuvalu", negated=True,
   required=False)

# ===================== 04: Angola at ATT CSP11 (Geneva, 26 August 2025) =====================
d = "04.txt"
DAY = "2025-08-26"
R(d, "Angola", RATIFIED, ATT, "2025-07-11",
  "On 11 July 2025, our Permanent Representative in New York deposited with the Secretary-General of the United Nations, the depositary, Angola's "
  "instrument of ratification of the Arms Trade Treaty")
R(d, "Angola", "party", ATT, None, "Angola thereby becomes its 117th State Party", required=False,
  alt=["It is an honour for Angola to address this Conference for the first time as a State Party"])
R(d, "Angola", "signed", ATT, "2013-09-24", "Angola signed the Treaty on 24 September 2013")
R(d, GA, "adopted", ATT, "2013-04-02", "the General Assembly adopted it on 2 April 2013")
RL(d, ["Botswana", "Mozambique", "Namibia", "South Africa"], PARTY, ATT, None,
   "In our region, Botswana, Mozambique, Namibia and South Africa are already States Parties")
R(d, "Tonga", ACCEDED, ATT, "2025-07", "we welcome the accession of Tonga last month")
RL(d, ["Zambia", "Zimbabwe"], JOINED, ATT, None, "Zambia and Zimbabwe have not yet joined the Treaty", negated=True)
R(d, "Angola", "called-for", ATT, DAY, "We call on them, and on every State that remains outside, to sign, ratify or accede without delay")
R(d, "Angola", RATIFIED, SADCFP, "2002", "We ratified the SADC Protocol on the Control of Firearms, Ammunition and Other Related Materials in 2002")
R(d, "Angola", ACCEDED, fp("United Nations Firearms Protocol"), "2014", "acceded to the United Nations Firearms Protocol in 2014")
R(d, "Angola", "signed", KIN, "2010",
  "Angola also signed the Central African Convention for the Control of Small Arms and Light Weapons, known as the Kinshasa Convention, in 2010")
R(d, "Angola", NOTRATIFIED, KIN, None, "but has not yet ratified it; a bill is before the National Assembly", negated=True)
R(d, "Angola", "supported", ATTRES, "2024", "my delegation voted in favour of the First Committee's resolution on the Arms Trade Treaty last year")
R(d, "Angola", "co-sponsored", ATTRES, None, "Angola will co-sponsor that resolution at the eightieth session", negated=True)
R(d, "Angola", COMMITTED, ATT, DAY, "Angola commits to submitting its initial report on implementation", required=False)

# ===================== 05: First Committee meetings coverage (4 November 2025, "this afternoon") =====================
d = "05.txt"
DAY = "2025-11-04"
R(d, FC, "adopted", L41, DAY,
  "The First Committee (Disarmament and International Security) this afternoon approved by a recorded vote of 151 in favour to none against, with "
  "27 abstentions, a draft resolution titled \"The Arms Trade Treaty\" (document A/C.1/80/L.41)")
R(d, "Argentina", "co-sponsored", L41, None, "Introducing the draft, the representative of Argentina, speaking also for the other co-authors")
RL(d, ["Australia", "Costa Rica", "Finland", "Japan", "Kenya", "United Kingdom"], "co-sponsored", L41, None,
   "the other co-authors, Australia, Costa Rica, Finland, Japan, Kenya and the United Kingdom")
QAB = "Abstaining were, among others, Algeria, Belarus, Cuba, Egypt, India, Iran and the Russian Federation"
for a in ["Algeria", "Belarus", "Cuba", "Egypt", "India", "Iran", "Russian Federation"]:
    R(d, a, "supported", L41, DAY, QAB, negated=True, alt=["Egypt's delegate said his country abstained"] if a == "Egypt" else None)
R(d, "Venezuela", "supported", L41, None, "Venezuela did not take part in the vote", negated=True)
R(d, "United States", "supported", L41, DAY, "the representative of the United States said his delegation had voted in favour")
R(d, "United States", "signed", ATT, "2013", "the United States, which signed the Treaty in 2013")
R(d, "United States", NOTBOUND, ATT, None, "informed the Secretary-General in 2019 that it does not intend to become a party to it", negated=True)
R(d, "China", PARTY, ATT, "2020-07", "The representative of China, a State Party since July 2020")
R(d, "China", "supported", L41, DAY, "said her country had supported the draft")
R(d, "Egypt", "signed", ATT, None, "Egypt has not signed the Treaty and has no intention of doing so", negated=True)
R(d, "India", "signed", ATT, None, "India's representative said that New Delhi would not sign the Treaty", negated=True)
R(d, FC, "adopted", L55, DAY,
  "The Committee then approved without a vote the draft \"The illicit trade in small arms and light weapons in all its aspects\" (document A/C.1/80/L.55)")
R(d, "South Africa", "co-sponsored", L55, None, "introduced by South Africa")

# ===================== 06: wire story (BANGKOK, Tuesday Sept 30, 2025; "on Monday" = 29 September) =====================
d = "06.txt"
R(d, "Thailand", RATIFIED, ATT, "2025-09-29",
  "Thailand on Monday deposited its instrument of ratification of the Arms Trade Treaty (ATT) at United Nations headquarters in New York",
  alt=["Thailand is the second member of the Association of Southeast Asian Nations to ratify the treaty"])
R(d, "Thailand", "party", ATT, None, "Thailand is now bound by the global standard for responsible arms transfers", required=False)
R(d, "Thailand", "signed", ATT, "2014", "The kingdom signed the treaty in 2014")
R(d, "Thailand", "supported", ATT, "2013", "a year after voting for its adoption in the UN General Assembly")
R(d, "Thailand", JOINED, fp("UN Firearms Protocol"), None, "Bangkok was also studying accession to the UN Firearms Protocol", negated=True)
R(d, "Philippines", RATIFIED, ATT, "2022", "after the Philippines, which did so in 2022")
QCMS = "Cambodia, Malaysia and Singapore signed it in 2013 and 2014 but have yet to ratify"
RL(d, ["Cambodia", "Malaysia", "Singapore"], "signed", ATT, None, QCMS)
RL(d, ["Cambodia", "Malaysia", "Singapore"], NOTRATIFIED, ATT, None, QCMS, negated=True)
RL(d, ["Indonesia", "Lao PDR", "Myanmar", "Viet Nam"], "signed", ATT, None, "Indonesia, Laos, Myanmar and Vietnam have not signed at all", negated=True)
R(d, "China", ACCEDED, ATT, "2020-07", "China acceded to the treaty in July 2020")
R(d, "United States", "signed", ATT, "2013", "The United States signed in 2013 under President Barack Obama")
R(d, "United States", NOTBOUND, ATT, None, "in 2019 the Trump administration told the United Nations it did not intend to become a party", negated=True)
RL(d, ["Russian Federation", "India"], NOTBOUND, ATT, None, "Russia and India remain outside the treaty", negated=True)
R(d, CONTROLARMS, "called-for", ATT, None, "The Geneva-based coalition Control Arms urged the remaining ASEAN members to follow Bangkok's lead")

# ===================== 07: UNODC press release (VIENNA, 3 July 2025) =====================
d = "07.txt"
DAY = "2025-07-03"
FP07 = fp(FP_FULL)
R(d, "Mongolia", ACCEDED, FP07, "2025-06-24", "Mongolia deposited its instrument of accession with the Secretary-General on 24 June")
R(d, "Côte d'Ivoire", RATIFIED, FP07, "2025-07-01", "Côte d'Ivoire deposited its instrument of ratification on 1 July")
R(d, "Côte d'Ivoire", "signed", FP07, "2002", "twenty-three years after signing the Firearms Protocol in New York in 2002")
R(d, GA, "adopted", FP07, "2001-05-31", "The Protocol, adopted by the General Assembly in resolution 55/255 of 31 May 2001")
QBOTH = "Both States were already parties to the Convention: Mongolia since 2008 and Côte d'Ivoire since 2012"
R(d, "Mongolia", PARTY, UNTOC, "2008", QBOTH)
R(d, "Côte d'Ivoire", PARTY, UNTOC, "2012", QBOTH)
R(d, "Canada", "signed", FP07, "2002", "Canada, which signed in 2002, ratified only in 2019")
R(d, "Canada", RATIFIED, FP07, "2019", "Canada, which signed in 2002, ratified only in 2019")
R(d, "Japan", "signed", FP07, "2002", "Japan, which also signed in 2002, has not yet ratified")
R(d, "Japan", NOTRATIFIED, FP07, None, "Japan, which also signed in 2002, has not yet ratified", negated=True)
R(d, "United States", PARTY, UNTOC, "2005", "The United States, a party to the Convention since 2005")
R(d, "United States", "signed", FP07, None, "has neither signed nor acceded to the Protocol", negated=True)
R(d, "United States", JOINED, FP07, None, "has neither signed nor acceded to the Protocol", negated=True)
R(d, UNODCED, "called-for", FP07, DAY, "urging \"all States that have not yet done so to ratify or accede to the Firearms Protocol")
R(d, UNTOCCOP, "adopted", R122, "2024-10",
  "In October 2024 the Conference of the Parties to UNTOC adopted resolution 12/2 on illicit trafficking in firearms")
RL(d, ["Ghana", "Peru"], "co-sponsored", R122, None, "which Ghana and Peru had presented")

# ===================== 08: SADC MCO communiqué (Windhoek, 13 June 2025) =====================
d = "08.txt"
DAY = "2025-06-13"
R(d, MCO, COMMITTED, SADCFP, DAY,
  "The MCO reaffirmed its commitment to the SADC Protocol on the Control of Firearms, Ammunition and Other Related Materials")
R(d, "Comoros", RATIFIED, SADCFP, "2025-05-02",
  "welcomed the deposit by the Union of the Comoros of its instrument of ratification of the Protocol on 2 May 2025")
QMD = ("The MCO noted that Madagascar and the Democratic Republic of the Congo signed the Protocol in 2001 and 2004 respectively but have not ratified "
       "it")
R(d, "Madagascar", "signed", SADCFP, "2001", QMD)
R(d, "Democratic Republic of the Congo", "signed", SADCFP, "2004", QMD)
RL(d, ["Madagascar", "Democratic Republic of the Congo"], NOTRATIFIED, SADCFP, None, QMD, negated=True)
R(d, MCO, "called-for", SADCFP, DAY, "urged both Member States to complete ratification before the SADC Summit in August 2025")
RL(d, ["Botswana", "Lesotho", "Malawi", "Mozambique", "South Africa"], PARTY, ATT, None,
   "Botswana, Lesotho, Malawi, Mozambique and South Africa are States Parties to the Arms Trade Treaty")
R(d, "Angola", NOTRATIFIED, ATT, None, "the statement by Angola that its instrument of ratification of the Treaty will be deposited in July 2025",
  negated=True)
R(d, MCO, "called-for", ATT, DAY, "The MCO urged Member States that have not yet done so to accede to the Arms Trade Treaty")
R(d, MCO, "called-for", fp(FP_FULL + ", supplementing the United Nations Convention against Transnational Organized Crime"), DAY,
  "to accede to the Arms Trade Treaty and to the Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components "
  "and Ammunition")
R(d, MCO, ADOPTED, SADCSTRAT, DAY, "The MCO approved the Revised SADC Regional Strategy on Small Arms and Light Weapons 2025–2030")
R(d, MCO, COMMITTED, AUMR, DAY,
  "The MCO reaffirmed its commitment to the African Union Master Roadmap of Practical Steps to Silence the Guns in Africa by Year 2030")

# ===================== 09: Indonesian foreign-ministry press release (Jakarta, 23 September 2025) =====================
d = "09.txt"
HCA09 = hca("Convention of 25 October 1980 on the Civil Aspects of International Child Abduction")
R(d, "Indonesia", ACCEDED, HCA09, "2025-09-22",
  "deposited Indonesia's instrument of accession to the Convention of 25 October 1980 on the Civil Aspects of International Child Abduction")
R(d, "Australia", PARTY, HCA09, "1987", "Australia, a Contracting State since 1987")
R(d, "Japan", JOINED, HCA09, "2014", "Japan, which joined in 2014")
R(d, INDO_CALL, "called-for", HCA09, "2025-09-23",
  "He expressed the hope that \"our friends in ASEAN that have not yet joined the Convention will follow suit.\"", required=False)
QASEAN = "Thailand, Singapore and the Philippines, which acceded in 2002, 2010 and 2016 respectively"
R(d, "Thailand", ACCEDED, HCA09, "2002", QASEAN)
R(d, "Singapore", ACCEDED, HCA09, "2010", QASEAN)
R(d, "Philippines", ACCEDED, HCA09, "2016", QASEAN)
RL(d, ["Malaysia", "Viet Nam"], JOINED, HCA09, None, "Malaysia and Viet Nam have not acceded", negated=True)
R(d, "Indonesia", JOINED, APOST, "2021", "Indonesia has been a Contracting Party to the Apostille Convention since its accession in 2021")
QSTUDY = ("The Government is also studying the 1993 Intercountry Adoption Convention and the 1996 Child Protection Convention, but has not set a "
          "timetable for either")
R(d, "Indonesia", JOINED, ADOPT09, None, QSTUDY, negated=True)
R(d, "Indonesia", JOINED, cp96("1996 Child Protection Convention"), None, QSTUDY, negated=True)
R(d, HCCH14, "adopted", HCA09, "1980", "The Convention was adopted at the Fourteenth Session of the Hague Conference on Private International Law in 1980",
  required=False)

# ===================== 10: Dáil written answer (Thursday 9 October 2025) =====================
d = "10.txt"
HCA10 = hca("Hague Convention on the Civil Aspects of International Child Abduction")
R(d, "Ireland", RATIFIED, HCA10, "1991",
  "Ireland has been a Contracting State to the Hague Convention on the Civil Aspects of International Child Abduction since 1991, when it ratified the "
  "Convention")
R(d, "Ireland", RATIFIED, LUX, "1991",
  "when it ratified the Convention together with the European Convention on Recognition and Enforcement of Decisions concerning Custody of Children "
  "(the Luxembourg Convention)")
R(d, "Japan", ACCEDED, HCA10, None, "Ireland accepted the accession of Japan in 2014")
R(d, "Tunisia", ACCEDED, HCA10, None, "and that of Tunisia in 2018")
R(d, "Pakistan", ACCEDED, HCA10, "2016", "Pakistan acceded in 2016")
R(d, "India", "signed", HCA10, None, "India has neither signed nor acceded to the Convention", negated=True)
R(d, "India", JOINED, HCA10, None, "India has neither signed nor acceded to the Convention", negated=True)
RL(d, ["United Arab Emirates", "Egypt"], JOINED, HCA10, None, "neither the United Arab Emirates nor Egypt has acceded to it", negated=True)
QIRL96 = "Ireland also signed the 1996 Hague Child Protection Convention in 2003 and ratified it in 2010"
R(d, "Ireland", "signed", cp96("1996 Hague Child Protection Convention"), "2003", QIRL96)
R(d, "Ireland", RATIFIED, cp96("1996 Hague Child Protection Convention"), "2010", QIRL96)
RL(d, ["United Kingdom", "Pakistan"], ["signed", "endorsed"], UKPK, "2003",
   "the UK–Pakistan Judicial Protocol on Children Matters, agreed by the senior judiciaries of both countries in 2003", required=False)
R(d, IRL_CALL, "called-for", HCA10, "2025-10-09", "My Department continues to encourage States that have not yet done so to accede to the Hague Convention")

# ===================== 11: Australian FAQ page (HTML, last updated 12 November 2025) =====================
d = "11.html"
R(d, HCCH17, "adopted", ADOPT11, "1993-05-29",
  "It was adopted on 29 May 1993 at the Seventeenth Session of the Hague Conference on Private International Law", required=False)
QAUS = "Australia signed and ratified the Convention on the same day, 25 August 1998"
R(d, "Australia", "signed", ADOPT11, "1998-08-25", QAUS)
R(d, "Australia", RATIFIED, ADOPT11, "1998-08-25", QAUS)
RL(d, ["Chile", "Colombia", "India", "Philippines", "South Africa", "Thailand"], PARTY, ADOPT11, None,
   "Australia currently runs intercountry adoption programs with Chile, Colombia, India, the Philippines, South Africa and Thailand. All six are "
   "Contracting States to the Hague Convention")
R(d, "Ethiopia", "signed", ADOPT11, None, "Ethiopia, which has neither signed nor acceded to the Convention", negated=True)
R(d, "Ethiopia", JOINED, ADOPT11, None, "Ethiopia, which has neither signed nor acceded to the Convention", negated=True)
QKOR = "The Republic of Korea signed the Hague Convention in 2013 and ratified it in 2025"
R(d, "Republic of Korea", "signed", ADOPT11, "2013", QKOR)
R(d, "Republic of Korea", RATIFIED, ADOPT11, "2025", QKOR)
QRUS = "The Russian Federation signed the Convention in 2000 but has not ratified it"
R(d, "Russian Federation", "signed", ADOPT11, "2000", QRUS)
R(d, "Russian Federation", NOTRATIFIED, ADOPT11, None, QRUS, negated=True)
R(d, "Australia", PARTY, hca("1980 Child Abduction Convention"), None, "Australia is a party to the 1980 Child Abduction Convention")
R(d, "Australia", RATIFIED, cp96("1996 Child Protection Convention"), "2002", "it ratified the 1996 Child Protection Convention in 2002")
R(d, "Australia", NOTBOUND, CS07, None, "Australia is not a party to the 2007 Child Support Convention", negated=True)
R(d, AUS_CALL, "called-for", ADOPT11, "2025-11-12",
  "Australia encourages countries in our region that are not yet Contracting States, such as Papua New Guinea and Samoa, to join the Hague Convention")
RL(d, ["Papua New Guinea", "Samoa"], NOTBOUND, ADOPT11, None,
   "countries in our region that are not yet Contracting States, such as Papua New Guinea and Samoa", negated=True, required=False)

# ===================== 12: Italian foreign-ministry press release on ATCM XLVII (Milan, 3 July 2025, "ended today") =====================
d = "12.txt"
DAY = "2025-07-03"
R(d, "Italy", JOINED, AT, "1981", "Italy, which acceded to the Antarctic Treaty in 1981")
R(d, ATCM, "adopted", M425, DAY, "The Meeting adopted eleven Measures, among them Measure 4 (2025)")
R(d, ATCM, ADOPTED, MILAN, DAY, "approved the Milan Declaration on Antarctic Scientific Cooperation")
R(d, "United Kingdom", "co-sponsored", EMP, None, "put forward by the United Kingdom and co-sponsored by Norway and Argentina")
RL(d, ["Norway", "Argentina"], "co-sponsored", EMP, None, "co-sponsored by Norway and Argentina")
R(d, ATCM, "adopted", EMP, None, "again failed to reach consensus", negated=True, required=False)
RL(d, ["China", "Russian Federation"], "supported", EMP, None,
   "China and the Russian Federation said the scientific evidence did not yet justify the designation", negated=True, required=False)
RL(d, ["Chile", "Uruguay"], ACCEPTED, ANNEXVI, None,
   "Chile and Uruguay informed the Meeting that they had approved Measure 1 (2005), which establishes Annex VI to the Protocol on liability arising "
   "from environmental emergencies")
RL(d, ["India", "United States"], ACCEPTED, ANNEXVI, None, "India and the United States have not yet done so", negated=True)
R(d, "Mongolia", PARTY, AT, "2015", "Mongolia, a Party to the Antarctic Treaty since 2015")
R(d, "Mongolia", ACCEDED, MADRID, "2025-03",
  "deposited its instrument of accession to the Protocol with the Government of the United States, the depositary, in March 2025")
R(d, "Saudi Arabia", ACCEDED, AT, "2024-05", "Saudi Arabia, which acceded to the Treaty in May 2024")
R(d, "Saudi Arabia", JOINED, MADRID, None, "has not yet acceded to the Protocol", negated=True)
R(d, ATCMCHAIR, "called-for", ANNEXVI, DAY, "urged the Consultative Parties that have not yet approved Annex VI to do so")

# ===================== 13: UNECE press release (GENEVA, 9 October 2025) =====================
d = "13.txt"
DAY = "2025-10-09"
QDEP = "having deposited its instruments of accession to both treaties with the Secretary-General of the United Nations on 6 October 2025"
R(d, "Uzbekistan", ACCEDED, ESPOO, "2025-10-06", QDEP)
R(d, "Uzbekistan", ACCEDED, SEA, "2025-10-06", QDEP)
R(d, "Uzbekistan", "party", ESPOO, None,
  "Uzbekistan has become the 46th Party to the UNECE Convention on Environmental Impact Assessment in a Transboundary Context (Espoo Convention)",
  required=False)
R(d, "Uzbekistan", "party", SEA, None, "the 34th Party to its Protocol on Strategic Environmental Assessment", required=False)
QAMS = "With its instrument of accession to the Convention, Uzbekistan also accepted the two amendments to it"
R(d, "Uzbekistan", ACCEPTED, AM1, "2025-10-06", QAMS)
R(d, "Uzbekistan", ACCEPTED, AM2, "2025-10-06", QAMS)
RL(d, ["Kyrgyzstan", "Kazakhstan"], ACCEDED, ESPOO, "2001", "after Kyrgyzstan and Kazakhstan, which both acceded in 2001")
R(d, "Kazakhstan", "signed", SEA, "2003", "Kazakhstan signed the Protocol in Kiev in 2003 but has not ratified it")
R(d, "Kazakhstan", NOTRATIFIED, SEA, None, "Kazakhstan signed the Protocol in Kiev in 2003 but has not ratified it", negated=True)
for inst in (ESPOO, SEA):
    RL(d, ["Tajikistan", "Turkmenistan"], NOTBOUND, inst, None, "Tajikistan and Turkmenistan are parties to neither instrument", negated=True)
R(d, ESPOOMOP, "adopted", SEA, "2003-05-21",
  "The Protocol was adopted at an extraordinary session of the Meeting of the Parties to the Convention, held in Kiev on 21 May 2003")
R(d, UNECEES, "called-for", ESPOO, DAY, "I invite the other countries of the region to join the Convention and its Protocol.")
R(d, UNECEES, "called-for", SEA, DAY, "I invite the other countries of the region to join the Convention and its Protocol.")
R(d, "European Union", PARTY, ESPOO, None, "The European Union, a Party to both the Convention and the Protocol")
R(d, "European Union", PARTY, SEA, None, "The European Union, a Party to both the Convention and the Protocol")
R(d, "Georgia", JOINED, ESPOO, None, "has announced its intention to accede to the Convention in 2026", negated=True)

# ===================== 14: Japanese minister's press conference (Tuesday, 14 October 2025) =====================
d = "14.txt"
R(d, "Japan", JOINED, GENEVA49, "1964", "Japan is a Contracting Party to the 1949 Geneva Convention on Road Traffic, to which we acceded in 1964")
R(d, "Japan", NOTBOUND, VIENNA68, None, "We are not a party to the 1968 Vienna Convention, and at present we have no plan to accede to it", negated=True)
R(d, "Japan", "co-sponsored", AV18, None, "Japan co-sponsored the resolution on the deployment of highly and fully automated vehicles in road traffic")
R(d, WP1, "adopted", AV18, "2018-09", "which WP.1 adopted in September 2018")
R(d, "Japan", "supported", AOD22, "2022", "we voted for the 2022 resolution on safety considerations for activities other than driving")
RL(d, ["France", "Germany", "Italy"], PARTY, VIENNA68, None, "France, Germany and Italy are Parties to the Vienna Convention")
R(d, "United Kingdom", RATIFIED, VIENNA68, "2018", "the United Kingdom ratified it in 2018")
QUS = "The United States, like Japan, is a Party to the Geneva Convention only"
R(d, "United States", PARTY, GENEVA49, None, QUS)
R(d, "United States", NOTBOUND, VIENNA68, None, QUS, negated=True)
QAGR = "Japan acceded to the 1958 Agreement in 1998 and to the 1998 Global Agreement in 1999"
R(d, "Japan", JOINED, A58, "1998", QAGR)
R(d, "Japan", JOINED, A98, "1999", QAGR)
R(d, "Japan", ACCEPTED, ALKS, None, "we were among the first to apply the UN Regulation on automated lane keeping systems", required=False)
R(d, "Japan", ENDORSED, STOCK, "2020-02",
  "Japan endorsed the Stockholm Declaration at the Third Global Ministerial Conference on Road Safety in February 2020")
QPD = "in 2022 we joined the consensus when the General Assembly adopted the Political Declaration on Improving Global Road Safety"
R(d, "Japan", "supported", PDRS, "2022", QPD, required=False)
R(d, GA, "adopted", PDRS, "2022", QPD)
RL(d, ["Viet Nam", "Philippines"], PARTY, VIENNA68, None, "Viet Nam and the Philippines, which are Parties to the Vienna Convention")

# ===================== 15: Kenya at the WIPO Assemblies (Geneva, 9 July 2025) =====================
d = "15.txt"
DAY = "2025-07-09"
R(d, "Kenya", RATIFIED, GRATK, DAY,
  "This morning I had the honour of depositing with the Director General Kenya's instrument of ratification of the WIPO Treaty on Intellectual "
  "Property, Genetic Resources and Associated Traditional Knowledge")
R(d, "Kenya", "signed", GRATK, "2024-05-24", "Kenya signed the Treaty here in Geneva on 24 May 2024")
R(d, GRATKDC, "adopted", GRATK, "2024-05-24", "the day the Diplomatic Conference adopted it")
R(d, "Kenya", "party", GRATK, None, "with today's deposit Kenya becomes a Contracting Party", required=False)
RL(d, ["Malawi", "Botswana"], RATIFIED, GRATK, "2025", "We warmly welcome the ratifications of Malawi and Botswana earlier this year")
R(d, "Kenya", "called-for", GRATK, DAY, "we urge every Member State, and in particular the signatories, to ratify it without delay")
R(d, "Kenya", PARTY, NAGOYA, "2014", "Kenya has been a Party to the Nagoya Protocol on Access and Benefit-sharing since 2014")
R(d, "Kenya", PARTY, SWAK, "2015", "to the Swakopmund Protocol on the Protection of Traditional Knowledge and Expressions of Folklore since 2015")
R(d, "Kenya", ACCEDED, MVT, "2017", "Kenya acceded to the Marrakesh Treaty in 2017")
R(d, "Kenya", ACCEDED, BTAP, "2023", "and to the Beijing Treaty on Audiovisual Performances in 2023")
R(d, "Kenya", "signed", DLT, "2024-11", "Last November in Riyadh, Kenya was among the first signatories of the Design Law Treaty")
R(d, DLTDC, "adopted", DLT, "2024-11-22", "the Design Law Treaty adopted by the Diplomatic Conference there on 22 November 2024")
R(d, "Kenya", NOTRATIFIED, DLT, None, "Ratification requires the approval of Parliament, which the Government expects to seek in 2026", negated=True)
R(d, "Kenya", "called-for", BCAST, DAY, "Kenya calls for the early conclusion of a treaty on the protection of broadcasting organizations", required=False)

# ===================== 16: NGO newsletter (Markdown, 20 August 2025) =====================
d = "16.md"
R(d, INC, "adopted", CHAIRTEXT, None, "The Chair's revised text of 13 August was not adopted", negated=True, required=False)
R(d, UNEA, "adopted", UNEA514, "2022-03-02", "which the United Nations Environment Assembly adopted in Nairobi on 2 March 2022")
R(d, "France", ENDORSED, NICE, "2025-06", "launched by France at the UN Ocean Conference in June", required=False)
R(d, "European Union", ENDORSED, NICE, "2025-06", "endorsed there by 95 countries, the European Union among them")
RL(d, ["Ghana", "Chile", "Republic of Korea"], ["endorsed", "signed", "committed"], NICE, "2025-08",
   "During INC-5.2 three more signed up: Ghana, Chile and the Republic of Korea")
RL(d, ["Saudi Arabia", "Russian Federation", "Iran", "Kuwait"], ENDORSED, NICE, None,
   "Did not endorse**: Saudi Arabia, the Russian Federation, Iran and Kuwait", negated=True)
R(d, "United States", ENDORSED, NICE, None, "The United States has not endorsed the call either", negated=True)
RL(d, ["Norway", "Rwanda"], ENDORSED, HAC, None, "co-chaired by Norway and Rwanda", required=False)
R(d, "Tuvalu", ENDORSED, HAC, "2025-08-12", "it gained one member when Tuvalu joined on 12 August")
R(d, "Fiji", ENDORSED, HAC, None, "Fiji told the plenary it \"intends to join before the next session\"", negated=True)
R(d, BASELCOP, "adopted", PWA, "2019-05", "the Basel Convention's Plastic Waste Amendments, adopted by the Basel COP-14 in May 2019")
R(d, "United States", NOTBOUND, BASEL, None, "The United States, which is not a party to the Basel Convention", negated=True)
R(d, OPAN, "called-for", NICE, "2025-08-20", "We call on every government that has not yet done so to endorse the Nice wake up call")

gold.finish(MIN_CHARS, MAX_CHARS)
