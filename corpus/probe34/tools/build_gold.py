#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe17/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Two documents are Markdown (02.md, 14.md) and two are saved web pages (04.html,
11.html); gold.py's Gold.finish() checks .txt, .md and .html documents alike, against the file as written. On top of
finish()'s checks on the whole file (1,800-3,200 characters), this script checks that every document's body (header
block left out; for .html, tags removed and white space folded) has 1,800-3,000 characters. Alternative actor names
missing from gold.py's ALT_NAMES are added locally below."""
import os, re, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import (GA, UNSC, Gold, alt, body_of, fold, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED,  # noqa: E402,F401
                  PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL)
MIN_CHARS, MAX_CHARS = 1800, 3200          # whole file, as gold.finish() checks it
MIN_BODY, MAX_BODY = 1800, 3000            # body only (see the docstring)

# ---- instruments: (name as the text names it, aliases) ----
ATT = ("Arms Trade Treaty", ["ATT"])
ECOSALW = ("ECOWAS Convention on Small Arms and Light Weapons, their Ammunition and Other Related Materials",
           ["ECOWAS Convention on Small Arms and Light Weapons", "ECOWAS Small Arms Convention"])
ROME = ("Rome Statute of the International Criminal Court", ["Rome Statute", "ICC Statute"])
CEDAW = ("Convention on the Elimination of All Forms of Discrimination against Women", ["CEDAW"])
OPCEDAW = ("Optional Protocol to the Convention on the Elimination of All Forms of Discrimination against Women",
           ["Optional Protocol to CEDAW", "OP-CEDAW"])
CRC = ("Convention on the Rights of the Child", ["CRC"])
OPAC = ("Optional Protocol to the CRC on the involvement of children in armed conflict",
        ["Optional Protocol to the Convention on the Rights of the Child on the involvement of children in armed conflict", "OPAC"])
OPSC = ("Optional Protocol to the CRC on the sale of children, child prostitution and child pornography",
        ["Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography", "OPSC"])
CRPD = ("Convention on the Rights of Persons with Disabilities", ["CRPD"])
OPCRPD = ("Optional Protocol to the Convention on the Rights of Persons with Disabilities", ["Optional Protocol to the CRPD", "OP-CRPD"])
ICCPR = ("International Covenant on Civil and Political Rights", ["ICCPR"])
ICESCR = ("International Covenant on Economic, Social and Cultural Rights", ["ICESCR"])
ICCPROP1 = ("First Optional Protocol to the ICCPR", ["Optional Protocol to the International Covenant on Civil and Political Rights", "First Optional Protocol"])
OPICESCR = ("Optional Protocol to the International Covenant on Economic, Social and Cultural Rights", ["Optional Protocol to the ICESCR", "OP-ICESCR"])
OP2 = ("Second Optional Protocol to the International Covenant on Civil and Political Rights, aiming at the abolition of the death penalty",
       ["Second Optional Protocol to the ICCPR", "Second Optional Protocol", "ICCPR-OP2"])
CAT = ("Convention against Torture",
       ["Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment", "CAT", "UN Convention against Torture"])
OPCAT = ("Optional Protocol to the Convention against Torture",
         ["OPCAT", "Optional Protocol to the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment"])
ICPPED = ("International Convention for the Protection of All Persons from Enforced Disappearance",
          ["ICPPED", "Convention for the Protection of All Persons from Enforced Disappearance", "Enforced Disappearance Convention", "CED"])
ICERD = ("International Convention on the Elimination of All Forms of Racial Discrimination", ["ICERD", "CERD"])
BEIJING = ("Beijing Declaration and Platform for Action", ["Beijing Declaration", "Beijing Platform for Action"])
AGENDA = ("2030 Agenda for Sustainable Development", ["2030 Agenda"])
SSD = ("Safe Schools Declaration", [])
ECPT = ("European Convention for the Prevention of Torture and Inhuman or Degrading Treatment or Punishment",
        ["European Convention for the Prevention of Torture", "ECPT"])
CCM = ("Convention on Cluster Munitions", ["CCM"])
LAP = ("Lausanne Action Plan", [])
R79179 = ("resolution 79/179 on a moratorium on the use of the death penalty",
          ["resolution 79/179", "79/179", "A/RES/79/179", "General Assembly resolution on a moratorium on the use of the death penalty"])
R77222 = ("resolution 77/222", ["77/222", "A/RES/77/222"])
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW", "Nuclear Weapon Ban Treaty"])
CTBT = ("Comprehensive Nuclear-Test-Ban Treaty", ["CTBT", "Test-Ban Treaty"])
L19 = ("draft resolution A/C.1/80/L.19 \"Treaty on the Prohibition of Nuclear Weapons\"", ["A/C.1/80/L.19", "L.19"])
L37 = ("draft resolution A/C.1/80/L.37 \"Comprehensive Nuclear-Test-Ban Treaty\"", ["A/C.1/80/L.37", "L.37"])
HL22 = ("draft resolution A/HRC/60/L.22 \"The question of the death penalty\"",
        ["A/HRC/60/L.22", "L.22", "resolution on the question of the death penalty"])
HL41 = ("amendment A/HRC/60/L.41", ["A/HRC/60/L.41", "L.41"])
ORAL = ("oral amendment presented by Mexico to A/HRC/60/L.22", ["oral amendment"])
R5435 = ("resolution 54/35", ["Human Rights Council resolution 54/35", "A/HRC/RES/54/35"])
NPT = ("Treaty on the Non-Proliferation of Nuclear Weapons", ["NPT", "Non-Proliferation Treaty"])
AP2010 = ("2010 Action Plan", ["2010 NPT Action Plan", "Action Plan with 64 actions"])
ADDP = ("additional protocol", ["IAEA Additional Protocol", "Additional Protocol", "Model Additional Protocol"])
R2231 = ("Security Council resolution 2231 (2015)", ["resolution 2231", "2231 (2015)", "S/RES/2231 (2015)"])
JCPOA = ("Joint Comprehensive Plan of Action", ["JCPOA"])
GC = ("Geneva Conventions of 1949", ["four Geneva Conventions", "Geneva Conventions"])
API = ("Additional Protocol I to the Geneva Conventions",
       ["Protocol I", "Additional Protocol I", "AP I",
        "Protocol Additional to the Geneva Conventions of 12 August 1949, and relating to the Protection of Victims of International Armed Conflicts"])
APII = ("Additional Protocol II to the Geneva Conventions",
        ["Protocol II", "Additional Protocol II", "AP II",
         "Protocol Additional to the Geneva Conventions of 12 August 1949, and relating to the Protection of Victims of Non-International Armed Conflicts"])
APIII = ("Third Additional Protocol to the Geneva Conventions", ["Additional Protocol III", "Protocol III", "AP III"])
EWIPA = ("Political Declaration on Strengthening the Protection of Civilians from the Humanitarian Consequences Arising from the Use of "
         "Explosive Weapons in Populated Areas",
         ["Political Declaration on explosive weapons in populated areas", "EWIPA Declaration", "Dublin Declaration", "Political Declaration"])
C190 = ("ILO Violence and Harassment Convention, 2019 (No. 190)", ["Convention No. 190", "C190", "Violence and Harassment Convention"])
AM2010 = ("2010 amendment to article 8 of the Rome Statute",
          ["2010 amendment", "Kampala amendment to article 8", "amendment on poison, asphyxiating gases and expanding bullets"])
AM2017 = ("2017 amendments to article 8 of the Rome Statute",
          ["2017 amendments", "amendments on biological weapons, non-detectable fragments and blinding laser weapons"])
AM2019 = ("2019 starvation amendment to the Rome Statute",
          ["starvation amendment", "2019 amendment to article 8", "amendment on starvation as a method of warfare"])
VNAP = ("Additional Protocol", ["Additional Protocol with the IAEA", "IAEA Additional Protocol", "Viet Nam's Additional Protocol"])
PFRPD = ("Pacific Framework for the Rights of Persons with Disabilities 2016–2025", ["Pacific Framework for the Rights of Persons with Disabilities"])

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "Russian Federation", "Democratic People's Republic of Korea", "Republic of Korea", "Iran",
          "Viet Nam", "Syria", "Türkiye", "European Union", "Netherlands", "Philippines", "Republic of Moldova", "Uzbekistan", "China",
          "Egypt", "Somalia", "Fiji", "Samoa", "Costa Rica", "Mexico", "Germany", "Ghana", "South Sudan", "Bhutan", "Guinea"),
    "Mali": ["Mali", "Republic of Mali"],
    "Slovakia": ["Slovakia", "Slovak Republic"],
    "Tonga": ["Tonga", "Kingdom of Tonga"],
    "Solomon Islands": ["Solomon Islands"],
    "Maldives": ["Maldives", "Republic of Maldives"],
    "Mauritius": ["Mauritius", "Republic of Mauritius"],
    "Mauritania": ["Mauritania", "Islamic Republic of Mauritania"],
    "Ireland": ["Ireland"],
    "Indonesia": ["Indonesia", "Republic of Indonesia"],
    "Nepal": ["Nepal"],
    "Mongolia": ["Mongolia"],
}
ATTS = ["ATT Secretariat", "Arms Trade Treaty Secretariat", "Secretariat"]
HDH = ["Humanitarian Disarmament Hub"]
CCMRC = ["Second Review Conference of the Convention on Cluster Munitions", "Second Review Conference", "Review Conference"]
JCJ = ["Joint Committee on Justice", "Oireachtas Joint Committee on Justice", "Committee", "Houses of the Oireachtas"]
IHREC = ["Irish Human Rights and Equality Commission", "IHREC"]
FC = ["UN General Assembly First Committee", "First Committee", "First Committee of the General Assembly", "Committee"]
HRC = ["UN Human Rights Council", "Human Rights Council", "Council"]
NPTRC = ["2010 NPT Review Conference", "2010 Review Conference", "Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons",
         "NPT Review Conference", "Review Conference"]
TW = ["Treaty Watch"]
JWNE = ["Japan Women's Network for Equality", "JWNE"]
RSRC = ["Review Conference of the Rome Statute", "Kampala Review Conference", "Review Conference"]
ASP = ["Assembly of States Parties to the Rome Statute", "Assembly of States Parties", "Assembly", "ASP"]
CICC = ["Coalition for the International Criminal Court", "CICC"]
PIF = ["Pacific Islands Forum", "Pacific Islands Forum leaders", "Forum leaders"]
VNPD = ["Viet Nam", "Vietnam", "President-designate of the 2026 NPT Review Conference"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for


# ===================== 01 (wire story, ATT withdrawal) =====================
d = "01.txt"
THU = "2025-11-13"
R(d, "Mali", NOTBOUND, ATT, None, "Mali has notified the United Nations that it is withdrawing from the Arms Trade Treaty", negated=True, required=False)
R(d, "Mali", "signed", ATT, "2013-06-03", "Mali signed the Treaty on the day it opened for signature, 3 June 2013")
R(d, "Mali", RATIFIED, ATT, "2013-12", "ratified it in December of that year")
R(d, "Mali", PARTY, ECOSALW, None,
  "He said Mali remained bound by the ECOWAS Convention on Small Arms and Light Weapons, their Ammunition and Other Related Materials")
R(d, "Mali", NOTBOUND, ROME, None, "after it announced its withdrawal from the Rome Statute of the International Criminal Court in September",
  negated=True, required=False)
QBN = "Both ratified the Arms Trade Treaty, in 2014 and 2015 respectively"
R(d, "Burkina Faso", RATIFIED, ATT, "2014", QBN)
R(d, "Niger", RATIFIED, ATT, "2015", QBN)
R(d, ATTS, "called-for", ATT, THU, "urged \"all States that have not yet done so to join the Treaty and to remain within it\"")
R(d, "United States", "signed", ATT, "2013", "The United States signed the Treaty in 2013")
R(d, "United States", NOTRATIFIED, ATT, None, "informed the depositary in 2019 that it did not intend to become a party", negated=True)
R(d, "China", ACCEDED, ATT, "2020", "China acceded in 2020")
R(d, "Russian Federation", "signed", ATT, None, "Russia has never signed", negated=True)
QALG = "Algeria has neither signed nor ratified the Treaty"
R(d, "Algeria", "signed", ATT, None, QALG, negated=True)
R(d, "Algeria", NOTRATIFIED, ATT, None, QALG, negated=True)
RL(d, ["Mauritania", "Guinea"], PARTY, ATT, None, "Mauritania and Guinea are States Parties")

# ===================== 02 (UPR follow-up, Markdown) =====================
d = "02.md"
DOC, REV = "2024-06-27", "2024-05-08"
R(d, "Bhutan", RATIFIED, CEDAW, "1981",
  "Bhutan is a party to the Convention on the Elimination of All Forms of Discrimination against Women, ratified in 1981")
R(d, "Bhutan", RATIFIED, CRC, "1990", "and to the Convention on the Rights of the Child, ratified in 1990")
QOP = "It also ratified both Optional Protocols to the CRC"
R(d, "Bhutan", RATIFIED, OPAC, "2009", QOP)
R(d, "Bhutan", RATIFIED, OPSC, "2009", QOP)
R(d, "Bhutan", "signed", CRPD, "2010-09-21", "Bhutan signed the Convention on the Rights of Persons with Disabilities on 21 September 2010")
R(d, "Bhutan", NOTRATIFIED, CRPD, None, "and has yet to ratify it", negated=True,
  alt=["ratification is expected within the Thirteenth Five-Year Plan"])
RL(d, ["Thailand", "Maldives", "Nepal"], "called-for", CRPD, REV,
   "Thailand, Maldives and Nepal recommended that Bhutan ratify the Convention on the Rights of Persons with Disabilities")
R(d, "Portugal", "called-for", OPCEDAW, REV, "Portugal recommended accession to the Optional Protocol to CEDAW")
R(d, "Bhutan", JOINED, OPCEDAW, None, "Accession to the Optional Protocol is under consideration", negated=True)
QCOV = "Accede to the ICCPR and the ICESCR (Australia, Sierra Leone)"
for a in ["Australia", "Sierra Leone"]:
    R(d, a, "called-for", ICCPR, REV, QCOV, required=False)
    R(d, a, "called-for", ICESCR, REV, QCOV, required=False)
QNC = "Bhutan is not in a position to accede to the two Covenants at this stage"
R(d, "Bhutan", NOTBOUND, ICCPR, None, QNC, negated=True)
R(d, "Bhutan", NOTBOUND, ICESCR, None, QNC, negated=True)
RL(d, ["Denmark", "Ghana"], "called-for", CAT, REV, "Ratify the Convention against Torture (Denmark, Ghana)", required=False)
R(d, "Bhutan", JOINED, CAT, None, "Bhutan will consider accession to the Convention after a review of its Penal Code", negated=True)
R(d, "France", "called-for", ICPPED, REV, "Ratify the ICPPED (France)", required=False)
R(d, "Bhutan", "signed", ICPPED, None, "Bhutan has no plans to sign the Convention at present", negated=True)
R(d, "Bhutan", COMMITTED, BEIJING, DOC, "Bhutan reaffirmed its commitment to the Beijing Declaration and Platform for Action")
R(d, "Bhutan", COMMITTED, AGENDA, DOC, "and to the 2030 Agenda for Sustainable Development", required=False)
R(d, "Bhutan", ENDORSED, SSD, "2023", "Bhutan endorsed the Safe Schools Declaration in 2023")

# ===================== 03 (parliamentary committee report, OPCAT) =====================
d = "03.txt"
AGREED = "2025-07-09"
R(d, "Ireland", RATIFIED, CAT, "2002",
  "Ireland ratified the United Nations Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment in 2002")
R(d, "Ireland", "signed", OPCAT, "2007-10-02", "Ireland signed the Optional Protocol to the Convention (OPCAT) on 2 October 2007")
R(d, "Ireland", NOTRATIFIED, OPCAT, None, "but has not ratified it", negated=True,
  alt=["the Government intends to ratify OPCAT once the Inspection of Places of Detention Bill has been enacted"])
R(d, "Ireland", PARTY, ECPT, "1988",
  "Ireland has been a party to the Council of Europe's European Convention for the Prevention of Torture and Inhuman or Degrading Treatment or "
  "Punishment since 1988")
R(d, "United Kingdom", RATIFIED, OPCAT, "2003", "the United Kingdom's ratification of OPCAT in 2003")
QSK = "Slovakia, which has neither signed nor ratified the Protocol"
R(d, "Slovakia", "signed", OPCAT, None, QSK, negated=True)
R(d, "Slovakia", NOTRATIFIED, OPCAT, None, QSK, negated=True)
R(d, IHREC, "called-for", OPCAT, None, "The Irish Human Rights and Equality Commission urged ratification \"without further delay\"")
R(d, "Ireland", "signed", ICPPED, "2007-03-29", "which Ireland signed on 29 March 2007")
R(d, "Ireland", NOTRATIFIED, ICPPED, None, "has not been ratified either", negated=True)
R(d, JCJ, "called-for", OPCAT, AGREED, "the Government ratify the Optional Protocol to the Convention against Torture within six months", required=False)
R(d, JCJ, "called-for", ICPPED, AGREED,
  "the Government set out a timetable for ratifying the International Convention for the Protection of All Persons from Enforced Disappearance",
  required=False)

# ===================== 04 (FAQ web page, CCM) =====================
d = "04.html"
UPD = "2025-08-01"
R(d, "Nigeria", RATIFIED, CCM, "2023-02-28", "Nigeria deposited its instrument of ratification on 28 February 2023")
R(d, "South Sudan", ACCEDED, CCM, "2023-08-03", "South Sudan acceded on 3 August 2023")
QSIG = "Angola, Indonesia and Uganda are among the signatories that have yet to ratify"
for a in ["Angola", "Indonesia", "Uganda"]:
    R(d, a, "signed", CCM, None, QSIG)
    R(d, a, NOTRATIFIED, CCM, None, QSIG, negated=True,
      alt=["Indonesia's Foreign Ministry told us in March that ratification is \"being prepared\""] if a == "Indonesia" else None)
R(d, "Lithuania", NOTBOUND, CCM, None, "Lithuania is the only State to have withdrawn from the Convention", negated=True, required=False)
QNJ = "The United States, Russia, China, Israel, India and Pakistan have not joined the Convention"
for a in ["United States", "Russian Federation", "China", "Israel", "India", "Pakistan"]:
    R(d, a, NOTBOUND, CCM, None, QNJ, negated=True)
R(d, "Ukraine", NOTBOUND, CCM, None, "and neither has Ukraine", negated=True)
R(d, "European Union", NOTBOUND, CCM, None, "the European Union is not a party", negated=True, required=False)
R(d, CCMRC, "adopted", LAP, "2021-09", "The Second Review Conference adopted the Lausanne Action Plan in September 2021")
R(d, HDH, "called-for", CCM, UPD,
  "The Humanitarian Disarmament Hub calls on all States that have not yet done so to join the Convention on Cluster Munitions without delay")

# ===================== 05 (correction notice, Second Optional Protocol) =====================
d = "05.txt"
R(d, "Ghana", ACCEDED, OP2, "2025-05-14",
  "Ghana acceded to it: the instrument of accession was deposited with the Secretary-General of the United Nations in New York on 14th May, 2025")
R(d, "Ghana", "signed", OP2, None, "Ghana did not sign the Protocol", negated=True)
R(d, "Ghana", "party", OP2, None, "Ghana becomes the 92nd State Party to the Second Optional Protocol", required=False)
R(d, "Liberia", ACCEDED, OP2, "2005", "Liberia acceded to the Protocol in 2005")
R(d, "Sierra Leone", NOTBOUND, OP2, None, "has not yet become a party to the Protocol", negated=True)
R(d, "Ghana", RATIFIED, CAT, "2000", "Ghana ratified the Convention against Torture in 2000")
R(d, "Ghana", "signed", OPCAT, "2006", "signed its Optional Protocol in 2006")
R(d, "Ghana", NOTRATIFIED, OPCAT, None, "the Optional Protocol has not yet been ratified", negated=True,
  alt=["\"Ghana will now ratify the Optional Protocol to the Convention against Torture\""])
R(d, "Ghana", "supported", R79179, "2024-12", "Ghana voted in favour of resolution 79/179 in December 2024")
R(d, "Ghana", "supported", R77222, "2022-12", "as it had also voted in favour of resolution 77/222 in December 2022")
R(d, "Ghana", "co-sponsored", R79179, None, "Ghana co-sponsored resolution 79/179")

# ===================== 06 (live-blog, First Committee votes) =====================
d = "06.txt"
DAY = "2025-11-04"
R(d, FC, "adopted", L19, DAY, "has been approved by a recorded vote of 124 in favour to 44 against, with 13 abstentions")
QSP = "Sponsors of L.19, for the record: Austria, Brazil, Indonesia, Ireland, Mexico, New Zealand, Nigeria, South Africa and Thailand"
for a in ["Austria", "Brazil", "Indonesia", "Ireland", "Mexico", "New Zealand", "Nigeria", "South Africa", "Thailand"]:
    R(d, a, "co-sponsored", L19, None, QSP, alt=["introduced last week by Austria on behalf of its sponsors"] if a == "Austria" else None)
RL(d, ["France", "United Kingdom", "United States", "Russian Federation"], "supported", L19, DAY,
   "Among those voting against L.19: France, the United Kingdom, the United States and the Russian Federation", negated=True)
R(d, "Netherlands", "supported", L19, DAY, "The Netherlands abstained", negated=True)
R(d, "Japan", "supported", L19, DAY, "Japan abstained again", negated=True)
R(d, "Japan", "signed", TPNW, None, "has no plans to sign the TPNW", negated=True)
R(d, FC, "adopted", L37, DAY, "Result: approved by 176 votes to 1, with 3 abstentions")
R(d, "Democratic People's Republic of Korea", "supported", L37, DAY, "The DPRK voted no", negated=True)
RL(d, ["India", "Mauritius", "Syria"], "supported", L37, DAY, "India, Mauritius and Syria abstained", negated=True)
R(d, "United States", "supported", L37, DAY, "Washington voted yes on L.37")
R(d, "United States", NOTRATIFIED, CTBT, None,
  "the administration will not seek the Senate's advice and consent to ratification of the CTBT \"in the current environment\"", negated=True)
R(d, "United States", "signed", CTBT, "1996", "The United States signed the Treaty in 1996")
R(d, "Pakistan", "supported", L37, DAY, "Pakistan says it voted in favour of L.37")
R(d, "Pakistan", "signed", CTBT, None, "it is not in a position to sign the Treaty while India has not", negated=True)
R(d, "India", "signed", CTBT, None, "while India has not", negated=True)
R(d, "Papua New Guinea", RATIFIED, CTBT, "2024", "its ratification of the CTBT last year")

# ===================== 07 (explanation of vote, HRC death penalty) =====================
d = "07.txt"
DAY = "2025-10-08"
KOR = "Republic of Korea"
R(d, HRC, "adopted", HL22, DAY, "the resolution the Council has just adopted by 29 votes to 12, with 6 abstentions")
QMS = ("the main sponsors of the text – Belgium, Benin, Costa Rica, France, Mexico, Mongolia, the Republic of Moldova and Switzerland")
RL(d, ["Belgium", "Benin", "Costa Rica", "France", "Mexico", "Mongolia", "Republic of Moldova", "Switzerland"], "co-sponsored", HL22, None, QMS)
R(d, KOR, "supported", HL41, DAY, "My delegation voted against the amendment contained in document A/HRC/60/L.41", negated=True)
R(d, "Egypt", "co-sponsored", HL41, None, "proposed by Egypt")
R(d, KOR, "supported", ORAL, DAY, "We voted in favour of the oral amendment presented by Mexico", required=False)
R(d, "Mexico", "co-sponsored", ORAL, None, "the oral amendment presented by Mexico", required=False)
R(d, KOR, "supported", HL22, DAY, "On the draft resolution itself, the Republic of Korea abstained", negated=True,
  alt=["Our abstention today reflects a national debate that is still under way"])
R(d, KOR, "supported", R5435, "2023", "as we did on resolution 54/35 in 2023", negated=True)
R(d, KOR, ACCEDED, ICCPR, "1990", "We are a party to the International Covenant on Civil and Political Rights, to which we acceded in 1990")
R(d, KOR, JOINED, OP2, None, "we are not yet in a position to accede to its Second Optional Protocol", negated=True)
R(d, KOR, "supported", R79179, "2024-12",
  "in the General Assembly last December the Republic of Korea voted in favour of resolution 79/179 on a moratorium on the use of the death penalty")
R(d, KOR, "co-sponsored", R79179, None, "We did not co-sponsor that resolution", negated=True)
R(d, KOR, RATIFIED, CAT, "1995", "the Convention against Torture, which we ratified in 1995")
R(d, KOR, COMMITTED, ICCPR, DAY, "not any weakening of our commitment to the International Covenant on Civil and Political Rights", required=False)
R(d, KOR, COMMITTED, CAT, DAY, "or to the Convention against Torture", required=False)

# ===================== 08 (regional group statement, EU at the NPT RevCon) =====================
d = "08.txt"
DAY = "2026-05-05"
R(d, "European Union", COMMITTED, NPT, DAY,
  "The European Union and its Member States are firmly committed to the Treaty on the Non-Proliferation of Nuclear Weapons")
R(d, NPTRC, "adopted", AP2010, "2010", "the 2010 Action Plan, adopted by consensus at the 2010 Review Conference")
R(d, "European Union", "called-for", CTBT, DAY,
  "We call on all States that have not yet done so to sign and ratify the CTBT without preconditions or further delay",
  alt=["we call on Russia to reverse that decision"])
QA2 = ("the remaining Annex 2 States whose ratification is still required for its entry into force: China, Egypt, India, Iran, Israel, the "
       "Democratic People's Republic of Korea, Pakistan and the United States")
for a in ["China", "Egypt", "India", "Iran", "Israel", "Democratic People's Republic of Korea", "Pakistan", "United States"]:
    R(d, a, NOTRATIFIED, CTBT, None, QA2, negated=True, required=False)
R(d, "Russian Federation", NOTBOUND, CTBT, None, "the Russian Federation's revocation of its ratification of the CTBT in November 2023",
  negated=True, required=False)
R(d, "Democratic People's Republic of Korea", NOTBOUND, NPT, None, "which announced its withdrawal from the NPT in 2003", negated=True, required=False)
R(d, "European Union", "called-for", NPT, DAY, "We urge the DPRK to return at an early date to the NPT")
R(d, "European Union", "called-for", ADDP, DAY,
  "We call on all States that have not yet done so to conclude and bring into force an additional protocol without delay", required=False)
R(d, UNSC, "endorsed", JCPOA, "2015", "by which the Council endorsed the Joint Comprehensive Plan of Action")
R(d, UNSC, "adopted", R2231, "2015", "Security Council resolution 2231 (2015)", required=False)
RL(d, ["Austria", "Ireland", "Malta"], PARTY, TPNW, None, "Austria, Ireland and Malta are States Parties to it")

# ===================== 09 (op-ed, Additional Protocols) =====================
d = "09.txt"
DAY = "2025-08-12"
R(d, "Austria", RATIFIED, GC, "1953", "Austria ratified them in 1953")
QAP = "Austria ratified both Protocols in 1982"
R(d, "Austria", RATIFIED, API, "1982", QAP)
R(d, "Austria", RATIFIED, APII, "1982", QAP)
R(d, "Austria", RATIFIED, APIII, "2009", "In 2009 we also ratified the Third Additional Protocol")
QUIP = "The United States, Iran and Pakistan signed Protocol I in December 1977 but have never ratified it"
for a in ["United States", "Iran", "Pakistan"]:
    R(d, a, "signed", API, "1977-12", QUIP)
    R(d, a, NOTRATIFIED, API, None, QUIP, negated=True)
QIIT = "India, Israel and Türkiye have neither signed nor ratified it"
for a in ["India", "Israel", "Türkiye"]:
    R(d, a, "signed", API, None, QIIT, negated=True)
    R(d, a, NOTRATIFIED, API, None, QIIT, negated=True)
RL(d, ["Russian Federation", "Ukraine"], PARTY, API, None, "Russia and Ukraine are both parties to Protocol I")
R(d, "Austria", ENDORSED, EWIPA, "2022-11", "Austria endorsed the Declaration in Dublin in November 2022")
R(d, "Austria", "called-for", API, DAY, "I urge those States that have signed but not ratified Protocol I to complete the process")
R(d, "Austria", "called-for", EWIPA, DAY,
  "I call on every State that has not yet endorsed the Political Declaration on explosive weapons to do so before the next review meeting",
  alt=["Austria pushed, together with Ireland and others, for the Political Declaration"])

# ===================== 10 (depositary digest, human rights treaties) =====================
d = "10.txt"
R(d, "Viet Nam", RATIFIED, ICPPED, "2025-09-09", "VIET NAM: RATIFICATION", alt=["the above action was effected on 9 September 2025"])
R(d, "Viet Nam", "signed", ICPPED, "2013-03-22", "Viet Nam had signed the Convention on 22 March 2013")
R(d, "Uzbekistan", ACCEDED, OPCAT, "2025-09-12", "UZBEKISTAN: ACCESSION The above action was effected on 12 September 2025")
R(d, "Japan", ACCEDED, OPCRPD, "2025-09-18", "JAPAN: ACCESSION The above action was effected on 18 September 2025")
R(d, "Kenya", "signed", OP2, "2025-09-24", "KENYA: SIGNATURE The above action was effected on 24 September 2025")
R(d, "Somalia", RATIFIED, OPSC, "2025-09-26", "SOMALIA: RATIFICATION The above action was effected on 26 September 2025")
R(d, "Somalia", "signed", OPSC, "2005-09-16", "Somalia had signed the Optional Protocol on 16 September 2005")

# ===================== 11 (NGO newsletter web page, Treaty Event) =====================
d = "11.html"
PUB = "2025-10-03"
R(d, "Indonesia", "signed", ICPPED, "2010", "Indonesia, which signed the Convention for the Protection of All Persons from Enforced Disappearance in 2010")
R(d, "Indonesia", RATIFIED, ICPPED, "2025-09-25", "finally deposited its instrument of ratification on 25 September")
R(d, "Philippines", "signed", ICPPED, None, "The Philippines did not sign the Convention", negated=True)
R(d, "Thailand", "signed", ICPPED, "2012", "Thailand, which signed the Convention in 2012")
R(d, "Thailand", NOTRATIFIED, ICPPED, None, "did not deposit an instrument during the event", negated=True,
  alt=["announced in June that it would ratify it \"this year\""])
R(d, "Tonga", RATIFIED, CRPD, "2025-09-25",
  "Tonga deposited its instrument of ratification of the Convention on the Rights of Persons with Disabilities on the Thursday of the first week")
R(d, "Tonga", "signed", CRPD, "2007", "eighteen years after signing it", required=False)
R(d, "Nepal", ACCEDED, OPCAT, "2025-09-29", "Nepal acceded to the Optional Protocol to the Convention against Torture on 29 September")
R(d, "Palau", ACCEDED, ATT, "2025-09", "Palau acceded to the Arms Trade Treaty")
R(d, "Sri Lanka", "signed", CCM, "2025-09", "Sri Lanka signed the Convention on Cluster Munitions")
R(d, "Sri Lanka", NOTRATIFIED, CCM, None, "Sri Lanka's delegation said ratification would follow \"in due course\"", negated=True)
R(d, TW, "called-for", ICPPED, PUB,
  "Treaty Watch urges Thailand to deposit its instrument of ratification of the Convention for the Protection of All Persons from Enforced "
  "Disappearance before the end of the year", alt=["calls on the Philippines to sign it"])

# ===================== 12 (parliamentary written questions and answers) =====================
d = "12.txt"
ANS = "2025-06-10"
R(d, "United Kingdom", "signed", ICPPED, None,
  "The UK has not signed the International Convention for the Protection of All Persons from Enforced Disappearance and has no current plans "
  "to do so", negated=True)
R(d, "United Kingdom", RATIFIED, ICCPR, "1976", "the International Covenant on Civil and Political Rights, which the UK ratified in 1976")
R(d, "United Kingdom", RATIFIED, CAT, "1988", "the Convention against Torture, ratified in 1988")
R(d, "United Kingdom", RATIFIED, OPCAT, "2003", "together with its Optional Protocol, which the UK ratified in 2003")
QG7 = "France ratified the Convention in 2008, Germany in 2009 and Japan in 2009"
R(d, "France", RATIFIED, ICPPED, "2008", QG7)
R(d, "Germany", RATIFIED, ICPPED, "2009", QG7)
R(d, "Japan", RATIFIED, ICPPED, "2009", QG7)
R(d, "Italy", RATIFIED, ICPPED, None, "Italy has also ratified it")
RL(d, ["United States", "Canada"], "signed", ICPPED, None, "The United States and Canada have not signed it", negated=True)
R(d, "United Kingdom", "signed", OPICESCR, None,
  "The UK has not signed the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights and does not currently "
  "intend to do so", negated=True)
R(d, "United Kingdom", ENDORSED, EWIPA, "2022-11-18",
  "The UK endorsed the Political Declaration on Strengthening the Protection of Civilians from the Humanitarian Consequences Arising from the "
  "Use of Explosive Weapons in Populated Areas in Dublin on 18 November 2022")
R(d, "United Kingdom", "called-for", EWIPA, ANS, "We encourage all States that have not yet endorsed the Declaration to do so")
R(d, "United Kingdom", PARTY, CCM, "2010", "The UK has been a party to the Convention on Cluster Munitions since 2010")

# ===================== 13 (NGO shadow report, OP-CEDAW) =====================
d = "13.txt"
SEP = "2024-09"
R(d, "Japan", RATIFIED, CEDAW, "1985-06-25", "Japan ratified the Convention on 25 June 1985")
QJN = "Japan has neither signed nor acceded to the Optional Protocol to the Convention"
R(d, "Japan", "signed", OPCEDAW, None, QJN, negated=True)
R(d, "Japan", JOINED, OPCEDAW, None, QJN, negated=True,
  alt=["the Government states that it is \"seriously considering\" acceptance of the individual communications procedure",
       "Japan accepted recommendations to \"consider ratifying\" the Optional Protocol"])
R(d, GA, "adopted", OPCEDAW, "1999", "which the General Assembly adopted in 1999")
R(d, "Republic of Korea", ACCEDED, OPCEDAW, "2006", "The Republic of Korea acceded to the Optional Protocol in 2006")
R(d, "Philippines", RATIFIED, OPCEDAW, "2003", "the Philippines ratified it in 2003")
R(d, "Mongolia", PARTY, OPCEDAW, "2002", "Mongolia has been a party since 2002")
QJP = ("Japan is a party to the International Covenant on Civil and Political Rights and the International Covenant on Economic, Social and "
       "Cultural Rights (both since 1979)")
R(d, "Japan", PARTY, ICCPR, "1979", QJP)
R(d, "Japan", PARTY, ICESCR, "1979", QJP)
R(d, "Japan", PARTY, CRC, "1994", "the Convention on the Rights of the Child (1994)")
R(d, "Japan", PARTY, CAT, "1999", "the Convention against Torture (1999)")
R(d, "Japan", PARTY, ICPPED, "2009", "the International Convention for the Protection of All Persons from Enforced Disappearance (2009)")
R(d, "Japan", PARTY, CRPD, "2014", "the Convention on the Rights of Persons with Disabilities (2014)")
QOPT = "it has not ratified the First Optional Protocol to the ICCPR or the Optional Protocol to the ICESCR"
R(d, "Japan", NOTRATIFIED, ICCPROP1, None, QOPT, negated=True)
R(d, "Japan", NOTRATIFIED, OPICESCR, None, QOPT, negated=True)
R(d, "Japan", "supported", C190, "2019-06", "which Japan's Government delegates voted to adopt in June 2019")
R(d, "Japan", NOTRATIFIED, C190, None, "has not been ratified either", negated=True)
R(d, JWNE, "called-for", OPCEDAW, SEP,
  "We call on the Government of Japan to ratify the Optional Protocol to the Convention on the Elimination of All Forms of Discrimination "
  "against Women without delay")
R(d, JWNE, "called-for", C190, SEP, "We further call on the Government to ratify ILO Convention No. 190")

# ===================== 14 (blog post, Markdown: Rome Statute article 8 amendments) =====================
d = "14.md"
R(d, RSRC, "adopted", AM2010, "2010-06-10", "It was adopted by the Review Conference in Kampala on 10 June 2010")
R(d, ASP, "adopted", AM2017, "2017-12-14", "adopted by the Assembly of States Parties on 14 December 2017")
R(d, ASP, "adopted", AM2019, "2019-12-06", "adopted by the Assembly on 6 December 2019")
R(d, "Andorra", RATIFIED, AM2019, "2020", "Andorra was the first to ratify the starvation amendment, in 2020")
RL(d, ["Netherlands", "New Zealand"], RATIFIED, AM2019, "2021", "followed by the Netherlands and New Zealand in 2021")
R(d, "Switzerland", RATIFIED, AM2019, "2024", "Switzerland, which proposed the amendment, ratified it only in 2024")
R(d, "Switzerland", "co-sponsored", AM2019, None, "Switzerland, which proposed the amendment")
for a, row, yrs in [("Belgium", "Belgium | 2016 | 2020 | 2021", ("2016", "2020", "2021")),
                    ("Croatia", "Croatia | 2017 | 2022 | 2023", ("2017", "2022", "2023"))]:
    for inst, y in zip((AM2010, AM2017, AM2019), yrs):
        R(d, a, RATIFIED, inst, y, row)
QDE = "it has ratified the 2010 and 2017 amendments but not yet the 2019 one"
R(d, "Germany", RATIFIED, AM2010, "2013", "Germany | 2013 | 2022 | not yet", alt=[QDE])
R(d, "Germany", RATIFIED, AM2017, "2022", "Germany | 2013 | 2022 | not yet", alt=[QDE])
R(d, "Germany", NOTRATIFIED, AM2019, None, "but not yet the 2019 one", negated=True,
  alt=["Germany | 2013 | 2022 | not yet", "the ratification bill is before the Bundestag"])
for inst in (AM2010, AM2017, AM2019):
    R(d, "France", NOTRATIFIED, inst, None, "France, by contrast, has ratified none of the Article 8 amendments", negated=True,
      alt=["France | not ratified | not ratified | not ratified"])
    R(d, "United Kingdom", NOTRATIFIED, inst, None, "and neither has the United Kingdom", negated=True)
R(d, CICC, "called-for", AM2019, None,
  "The Coalition for the International Criminal Court has urged all States Parties to ratify the starvation amendment")

# ===================== 15 (radio interview transcript, NPT) =====================
d = "15.txt"
REC = "2026-03-30"
QNEV = "Four UN Member States have never joined: India, Israel, Pakistan and South Sudan"
for a in ["India", "Israel", "Pakistan", "South Sudan"]:
    R(d, a, NOTBOUND, NPT, None, QNEV, negated=True,
      alt=["Juba has told us that it intends to accede"] if a == "South Sudan" else None)
R(d, "Democratic People's Republic of Korea", NOTBOUND, NPT, None, "the DPRK announced its withdrawal in 2003", negated=True, required=False)
R(d, VNPD, "called-for", NPT, REC, "I hope it will do so before the Conference opens", required=False)
R(d, "Viet Nam", ACCEDED, NPT, "1982", "Viet Nam acceded to the NPT in 1982")
R(d, "Viet Nam", RATIFIED, CTBT, "2006", "We ratified the Comprehensive Nuclear-Test-Ban Treaty in 2006")
R(d, "Viet Nam", RATIFIED, TPNW, "2018", "in 2018, the Treaty on the Prohibition of Nuclear Weapons")
R(d, "Viet Nam", "supported", TPNW, "2017-07-07", "for which we voted when it was adopted on 7 July 2017")
R(d, "Viet Nam", "signed", VNAP, "2007", "We also signed an Additional Protocol with the IAEA in 2007")
RL(d, ["China", "France", "Russian Federation", "United Kingdom", "United States"], "signed", TPNW, None,
   "China, France, Russia, the United Kingdom and the United States have all said they will not sign the TPNW", negated=True)
R(d, NPTRC, "adopted", AP2010, "2010", "In 2010 the Review Conference adopted an Action Plan with 64 actions")
R(d, "Somalia", RATIFIED, CTBT, "2026-03", "Last month Somalia deposited its instrument of ratification of the CTBT")

# ===================== 16 (speech at the Treaty Event, CRPD) =====================
d = "16.txt"
DAY = "2025-09-25"
R(d, "Tonga", RATIFIED, CRPD, DAY,
  "This morning I had the honour of depositing with the Secretary-General Tonga's instrument of ratification of the Convention on the Rights of "
  "Persons with Disabilities")
R(d, "Tonga", "signed", CRPD, "2007-11-15", "Tonga signed the Convention on 15 November 2007")
R(d, "Tonga", "party", CRPD, None, "Tonga becomes a State Party to the Convention", required=False)
R(d, "Tonga", JOINED, OPCRPD, None, "Tonga has not yet joined the Optional Protocol to the Convention", negated=True,
  alt=["My Government will consider accession once the Disability Inclusion Act is fully in force"])
R(d, "Tonga", ACCEDED, ICERD, "1972",
  "We acceded to the International Convention on the Elimination of All Forms of Racial Discrimination in 1972")
R(d, "Tonga", ACCEDED, CRC, "1995", "and to the Convention on the Rights of the Child in 1995")
R(d, "Tonga", NOTBOUND, CEDAW, None, "Tonga is not a party to the Convention on the Elimination of All Forms of Discrimination against Women",
  negated=True, alt=["The matter remains before the Assembly"])
R(d, "Vanuatu", RATIFIED, CRPD, "2008", "Vanuatu ratified the Convention on the Rights of Persons with Disabilities in 2008")
R(d, "Samoa", RATIFIED, CRPD, "2016", "Samoa in 2016")
R(d, "Fiji", RATIFIED, CRPD, "2017", "Fiji in 2017")
R(d, "Solomon Islands", "signed", CRPD, "2008", "Solomon Islands, which signed it in 2008")
R(d, "Solomon Islands", NOTRATIFIED, CRPD, None, "has yet to ratify", negated=True)
R(d, "Tonga", "called-for", CRPD, DAY, "we hope our friends in Honiara will soon follow suit", required=False)
R(d, "Tonga", ENDORSED, PFRPD, "2016", "Tonga also endorsed the Pacific Framework for the Rights of Persons with Disabilities 2016–2025")
R(d, PIF, "adopted", PFRPD, "2016", "when Pacific Islands Forum leaders adopted it in 2016")


# ---- body length (header left out; for .html, tags removed and white space folded) ----
body_errors = []
for f in sorted(os.listdir(gold.docs_dir)):
    if not f.endswith((".txt", ".md", ".html")):
        continue
    b = body_of(open(os.path.join(gold.docs_dir, f), encoding="utf-8").read())
    if f.endswith(".html"):
        b = fold(re.sub(r"<[^>]+>", " ", b))
    n = len(b.strip())
    if not (MIN_BODY <= n <= MAX_BODY):
        body_errors.append(f"{f}: body length {n}")
for e in body_errors:
    print("ERROR", e)
if body_errors:
    print(f"body-length errors={len(body_errors)}")
    gold.records.append({"doc": "__body_length_errors__", "actor": "-", "action": ["adopted"], "instrument": "-", "aliases": [],
                         "date": None, "quote": "-", "required": True, "negated": False})   # makes finish() report and exit 1
gold.finish(MIN_CHARS, MAX_CHARS)
