"""The record helpers and checks the probe corpora's build_gold.py scripts share.

Each corpus keeps its annotations as code in corpus/<name>/tools/build_gold.py:

    gold = Gold(HERE, ALT)
    R, RL = gold.record, gold.records_for
    R(doc, actor, action, (name, aliases), date, quote, negated=..., required=...)
    ...
    gold.finish(MIN_CHARS, MAX_CHARS)

finish() checks every document's length, every quote and alt_quote against the document body
(white space folded, header block left out), every action against SPEC's vocabulary, every date's
form, that only votes against and abstentions carry a date when negated, that no (doc, actor,
action, instrument, negated) tuple repeats and that every document has records; then writes
gold.json, prints a summary per document and exits 1 on any error.
"""
import collections
import json
import os
import re
import sys

ACTIONS = {"ratified", "acceded", "signed", "party", "co-sponsored", "supported", "endorsed",
           "committed", "called-for", "adopted", "welcomed"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

# The action lists the probes' annotations share (a gold record accepts any action of its list; the first is the main one):
# not bound (negated party/accession/ratification), a done ratification or accession, acceptance, adoption, endorsement.
NOTBOUND = ["party", "acceded", "ratified"]
NOTRATIFIED = ["ratified", "acceded", "party"]
JOINED = ["acceded", "party", "ratified"]
ACCEPTED = ["ratified", "acceded", "party"]
RATIFIED = ["ratified", "party"]
ACCEDED = ["acceded", "party"]
PARTY = ["party", "ratified", "acceded"]
ADOPTED = ["adopted", "endorsed"]
# Political backing of a declaration or pledge: endorsing it (or committing to it); signing a declaration is endorsing it.
ENDORSED = ["endorsed", "committed"]
COMMITTED = ["committed", "endorsed"]
SIGNED_DECL = ["endorsed", "signed"]

# Actors' other acceptable names, shared by the probes' annotations (each picks its own with alt()).
ALT_NAMES = {
    "United States": ["United States", "United States of America", "US", "USA"],
    "United Kingdom": ["United Kingdom", "United Kingdom of Great Britain and Northern Ireland", "UK"],
    "Russian Federation": ["Russian Federation", "Russia"],
    "Democratic People's Republic of Korea": ["Democratic People's Republic of Korea", "North Korea", "DPRK"],
    "Republic of Korea": ["Republic of Korea", "South Korea"],
    "Iran": ["Iran", "Iran (Islamic Republic of)", "Islamic Republic of Iran"],
    "Viet Nam": ["Viet Nam", "Vietnam"],
    "Syria": ["Syria", "Syrian Arab Republic"],
    "Türkiye": ["Türkiye", "Turkey"],
    "State of Palestine": ["State of Palestine", "Palestine"],
    "European Union": ["European Union", "EU"],
    "Czechia": ["Czechia", "Czech Republic"],
    "Venezuela": ["Venezuela", "Venezuela (Bolivarian Republic of)", "Bolivarian Republic of Venezuela"],
    "Côte d'Ivoire": ["Côte d'Ivoire", "Cote d'Ivoire", "Ivory Coast"],
    "Marshall Islands": ["Marshall Islands", "Republic of the Marshall Islands", "the Marshall Islands"],
    "Netherlands": ["Netherlands", "The Netherlands", "Kingdom of the Netherlands"],
    "Republic of Moldova": ["Republic of Moldova", "Moldova"],
    "Philippines": ["Philippines", "The Philippines", "Republic of the Philippines"],
    "United Arab Emirates": ["United Arab Emirates", "UAE"],
    "Bahamas": ["Bahamas", "The Bahamas"],
    "Kyrgyzstan": ["Kyrgyzstan", "Kyrgyz Republic"],
    "Tajikistan": ["Tajikistan", "Republic of Tajikistan"],
    "Uzbekistan": ["Uzbekistan", "Republic of Uzbekistan"],
    "Kazakhstan": ["Kazakhstan", "Republic of Kazakhstan"],
    "Micronesia": ["Micronesia", "Micronesia (Federated States of)", "Federated States of Micronesia"],
    "Fiji": ["Fiji", "Republic of Fiji"],
    "Samoa": ["Samoa", "Independent State of Samoa"],
    "Ecuador": ["Ecuador", "Republic of Ecuador"],
    "Kenya": ["Kenya", "Republic of Kenya"],
    "Guatemala": ["Guatemala", "Republic of Guatemala"],
    "United Republic of Tanzania": ["United Republic of Tanzania", "Tanzania"],
    "Eswatini": ["Eswatini", "Swaziland"],
    "Bolivia": ["Bolivia", "Bolivia (Plurinational State of)", "Plurinational State of Bolivia"],
    "Lao PDR": ["Lao PDR", "Lao People's Democratic Republic", "Laos"],
    "Cabo Verde": ["Cabo Verde", "Cape Verde"],
    "Gambia": ["Gambia", "The Gambia"],
    "Democratic Republic of the Congo": ["Democratic Republic of the Congo", "DR Congo", "DRC"],
    "Congo": ["Congo", "Republic of the Congo"],
    "Sahrawi Arab Democratic Republic": ["Sahrawi Arab Democratic Republic", "SADR"],
    "São Tomé and Príncipe": ["São Tomé and Príncipe", "Sao Tome and Principe"],
    "Central African Republic": ["Central African Republic", "CAR"],
    "Brunei Darussalam": ["Brunei Darussalam", "Brunei"],
    "Cambodia": ["Cambodia", "Kingdom of Cambodia"],
    "Thailand": ["Thailand", "Kingdom of Thailand"],
    "Timor-Leste": ["Timor-Leste", "Democratic Republic of Timor-Leste", "East Timor"],
    "South Sudan": ["South Sudan", "Republic of South Sudan"],
    "Germany": ["Germany", "Federal Republic of Germany"],
    "Bhutan": ["Bhutan", "Kingdom of Bhutan"],
    "Ghana": ["Ghana", "Republic of Ghana"],
    "Costa Rica": ["Costa Rica", "Republic of Costa Rica"],
    "European Commission": ["European Commission"],
    "Equatorial Guinea": ["Equatorial Guinea", "Republic of Equatorial Guinea"],
    "Mexico": ["Mexico", "United Mexican States"],
    "Colombia": ["Colombia", "Republic of Colombia"],
    "Kiribati": ["Kiribati", "Republic of Kiribati"],
    "Cook Islands": ["Cook Islands", "the Cook Islands"],
    "Guinea": ["Guinea", "Republic of Guinea"],
    "Saudi Arabia": ["Saudi Arabia", "Kingdom of Saudi Arabia"],
    "Togo": ["Togo", "Togolese Republic"],
    "China": ["China", "People's Republic of China"],
    "Egypt": ["Egypt", "Arab Republic of Egypt"],
    "Sudan": ["Sudan", "the Sudan"],
    "Sao Tome and Principe": ["Sao Tome and Principe", "São Tomé and Príncipe"],
    "Paraguay": ["Paraguay", "Republic of Paraguay"],
    "Chile": ["Chile", "Republic of Chile"],
    "Somalia": ["Somalia", "Federal Republic of Somalia"],
    "Burundi": ["Burundi", "Republic of Burundi"],
    "Rwanda": ["Rwanda", "Republic of Rwanda"],
    "Uganda": ["Uganda", "Republic of Uganda"],
    "Bangladesh": ["Bangladesh", "People's Republic of Bangladesh"],
    "Papua New Guinea": ["Papua New Guinea", "PNG"],
}
def alt(*actors):
    """The other-names table for the actors a corpus names, from ALT_NAMES (a corpus adds its own entries where they differ)."""
    return {a: ALT_NAMES[a] for a in actors}


GA = ["UN General Assembly", "General Assembly", "United Nations General Assembly"]
UNSC = ["UN Security Council", "Security Council", "United Nations Security Council"]
TC = ["UN General Assembly Third Committee", "Third Committee", "Third Committee of the General Assembly"]


def body_of(text):
    """The document without its metadata header block (Title:/Date:/URL: lines up to a blank line)."""
    lines = text.split("\n")
    if lines and re.match(r"^(Title|Date|URL|Source):", lines[0]):
        i = 0
        while i < len(lines) and lines[i].strip():
            i += 1
        return "\n".join(lines[i:])
    return text


def fold(s):
    return re.sub(r"\s+", " ", s).strip()


# The document formats a probe may hold (the extractor reads each; quotes are checked against the file as written).
DOC_SUFFIXES = (".txt", ".md", ".html")

class Gold:
    def __init__(self, here, alt):
        self.here = here
        self.docs_dir = os.path.join(here, "docs")
        self.alt = alt
        self.records = []

    def record(self, doc, actor, action, inst, date, quote, negated=False, required=True, alt=None, repeatable=False):
        name, aliases = inst
        rec = {"doc": doc, "actor": self.alt.get(actor, actor) if isinstance(actor, str) else actor,
               "action": action if isinstance(action, list) else [action],
               "instrument": name, "aliases": aliases, "date": date, "quote": quote}
        if alt:
            rec["alt_quotes"] = alt
        rec["required"] = required
        if repeatable:
            rec["repeatable"] = True
        rec["negated"] = negated
        self.records.append(rec)

    def records_for(self, doc, actors, action, inst, date, quote, **kw):
        for a in actors:
            self.record(doc, a, action, inst, date, quote, **kw)

    def finish(self, min_chars, max_chars):
        records = self.records
        docs = sorted(f for f in os.listdir(self.docs_dir) if f.endswith(DOC_SUFFIXES))
        texts = {f: open(os.path.join(self.docs_dir, f), encoding="utf-8").read() for f in docs}
        errors = []
        for f, t in texts.items():
            if not (min_chars <= len(t) <= max_chars):
                errors.append(f"{f}: length {len(t)}")
        keys = collections.Counter()
        for i, r in enumerate(records):
            if r["doc"] not in texts:
                errors.append(f"#{i}: unknown doc {r['doc']}")
                continue
            body = fold(body_of(texts[r["doc"]]))
            for q in [r["quote"]] + r.get("alt_quotes", []):
                if fold(q) not in body:
                    errors.append(f"#{i} {r['doc']}: quote not in body: {q[:90]!r}")
            for a in r["action"]:
                if a not in ACTIONS:
                    errors.append(f"#{i}: bad action {a}")
            if r["date"] is not None and not DATE.match(r["date"]):
                errors.append(f"#{i}: bad date {r['date']}")
            if r["negated"] and r["date"] is not None and r["action"][0] != "supported":
                errors.append(f"#{i}: negated record with a date (only votes against/abstentions carry one)")
            actor = r["actor"] if isinstance(r["actor"], str) else r["actor"][0]
            keys[(r["doc"], actor, r["action"][0], r["instrument"], r["negated"])] += 1
        for k, n in keys.items():
            if n > 1:
                errors.append(f"duplicate {k} x{n}")
        for f in docs:
            if not any(r["doc"] == f for r in records):
                errors.append(f"{f}: no records")
        for e in errors:
            print("ERROR", e)
        json.dump(records, open(os.path.join(self.here, "gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
        print(f"{len(docs)} docs, {len(records)} records, negated={sum(r['negated'] for r in records)}, "
              f"required:false={sum(not r['required'] for r in records)}, errors={len(errors)}")
        per = collections.Counter(r["doc"] for r in records)
        for f in docs:
            print(f"  {f:55s} chars={len(texts[f]):5d} records={per[f]:3d} "
                  f"neg={sum(r['negated'] for r in records if r['doc'] == f):3d} "
                  f"opt={sum(not r['required'] for r in records if r['doc'] == f):2d}")
        sys.exit(1 if errors else 0)
