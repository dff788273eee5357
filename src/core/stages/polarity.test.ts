import { type Commitment } from "../index";
import { extractBody, HEAD, rows } from "../../../test/support/extractBody";

function run(body: string): Commitment[] {
  const { records } = extractBody(body);
  for (const c of records) expect(c.source.start).toBe(HEAD.length);
  return records;
}

describe("polarity: negated", () => {
  it.each([
    ["has not ratified", "Kazakhstan has not ratified the Arms Trade Treaty.", "ratified"],
    ["has not yet signed", "Kazakhstan has not yet signed the Arms Trade Treaty.", "signed"],
    ["refused to sign", "Kazakhstan refused to sign the Arms Trade Treaty.", "signed"],
    ["did not sign", "Kazakhstan did not sign the Arms Trade Treaty.", "signed"],
    ["never signed", "Kazakhstan never signed the Arms Trade Treaty.", "signed"],
    ["declined to sign", "Kazakhstan declined to sign the Arms Trade Treaty.", "signed"],
    ["has yet to ratify", "Kazakhstan has yet to ratify the Arms Trade Treaty.", "ratified"],
    ["won't ratify", "Kazakhstan won't ratify the Arms Trade Treaty.", "ratified"],
  ])('"%s" is negated', (_label, body, action) => {
    expect(rows(run(body))).toEqual([`Kazakhstan|${action}|att|negated`]);
  });

  it.each([
    ["voted against", "Kazakhstan voted against Security Council resolution 2347 (2017)."],
    ["abstained", "Kazakhstan abstained on Security Council resolution 2347 (2017)."],
    ["did not take part in the vote", "Kazakhstan did not take part in the vote on Security Council resolution 2347 (2017)."],
  ])('"%s" is supported + negated', (_label, body) => {
    expect(rows(run(body))).toEqual(["Kazakhstan|supported|unsc-res-2347|negated"]);
  });

  it('"not only ... but" does not negate', () => {
    expect(rows(run("Kazakhstan has not only ratified the Arms Trade Treaty but also promoted it."))).toEqual(["Kazakhstan|ratified|att|affirmed"]);
  });

  it("a negation in another clause does not reach the act", () => {
    expect(rows(run("The debate was not easy; Kazakhstan ratified the Arms Trade Treaty."))).toEqual(["Kazakhstan|ratified|att|affirmed"]);
  });
});

describe("polarity: planned", () => {
  it.each([
    ["intends to accede", "Kazakhstan intends to accede to the Arms Trade Treaty.", "acceded"],
    ["is considering signing", "Kazakhstan is considering signing the Arms Trade Treaty.", "signed"],
    ["will ratify", "Kazakhstan will ratify the Arms Trade Treaty.", "ratified"],
    ["whether to join", "Kazakhstan is deciding whether to join the Arms Trade Treaty.", "acceded"],
    ["is expected to ratify", "Kazakhstan is expected to ratify the Arms Trade Treaty next year.", "ratified"],
    ["plans to ratify", "Kazakhstan plans to ratify the Arms Trade Treaty.", "ratified"],
    ["is ready to sign", "Kazakhstan is ready to sign the Arms Trade Treaty.", "signed"],
  ])('"%s" is planned', (_label, body, action) => {
    expect(rows(run(body))).toEqual([`Kazakhstan|${action}|att|planned`]);
  });

  it('"once X deposits its instrument of ratification" is planned', () => {
    expect(rows(run("Once Kazakhstan deposits its instrument of ratification, the Arms Trade Treaty will enter into force for it."))).toEqual([
      "Kazakhstan|ratified|att|planned",
    ]);
  });

  it('"signed X, subject to ratification" is a signature plus a planned ratification', () => {
    expect(rows(run("Kazakhstan signed the Arms Trade Treaty, subject to ratification."))).toEqual([
      "Kazakhstan|ratified|att|planned",
      "Kazakhstan|signed|att|affirmed",
    ]);
  });
});

describe("polarity: infinitives that report a done act", () => {
  it.each([
    ["became the 27th State to ratify", "Kazakhstan became the 27th State to ratify the Arms Trade Treaty.", "ratified"],
    ["became the 50th country to ratify", "Ghana became the 50th country to ratify the Arms Trade Treaty in 2014.", "ratified"],
    ["took the opportunity ... to ratify", "Kazakhstan took the opportunity of the ceremony to ratify the Arms Trade Treaty.", "ratified"],
    ["is pleased to have joined", "Kazakhstan is pleased to have joined the Arms Trade Treaty.", "acceded"],
  ])('"%s" is affirmed', (_label, body, action) => {
    const records = run(body);
    expect(records.map((c) => [c.action, c.instrumentId, c.polarity])).toEqual([[action, "att", "affirmed"]]);
  });

  // "States"/"countries" here rank the subject, they are not generic addressees of a call.
  it.each([
    ["was among the first States to sign", "Kazakhstan was among the first States to sign the Arms Trade Treaty.", "signed"],
    ["was one of the first countries to ratify", "Kazakhstan was one of the first countries to ratify the Arms Trade Treaty.", "ratified"],
  ])('"%s" is the subject\'s own affirmed act', (_label, body, action) => {
    expect(rows(run(body))).toEqual([`Kazakhstan|${action}|att|affirmed`]);
  });
});

describe("polarity: only the affirmed records count, the others are kept", () => {
  it("keeps a negated record next to an affirmed one for another treaty", () => {
    const body = "Kazakhstan ratified the Chemical Weapons Convention in 2000 but has not signed the Arms Trade Treaty.";
    expect(rows(run(body))).toEqual(["Kazakhstan|ratified|cwc|affirmed", "Kazakhstan|signed|att|negated"]);
  });
});

describe("polarity: a negated object", () => {
  it.each([
    ["neither … nor after the verb", "Chile has ratified neither the Arms Trade Treaty nor the Convention on Cluster Munitions.", ["att", "ccm"]],
    ["none of, after a joining preposition", "Peru acceded to none of the Optional Protocols to the Convention on the Rights of the Child.", [null]],
  ])("%s: every instrument of the object is negated", (_name, body, ids) => {
    const records = run(body);
    expect(records.map((c) => c.instrumentId)).toEqual(ids);
    expect(records.every((c) => c.polarity === "negated")).toBe(true);
  });

  it("'neither' elsewhere in the sentence does not negate the act", () => {
    const records = run("Chile ratified the Arms Trade Treaty, neither the first nor the last to do so.");
    expect(records.map((c) => `${c.actor}|${c.action}|${c.polarity}`)).toEqual(["Chile|ratified|affirmed"]);
  });
});

describe("polarity: a denied clause and an act stopped short", () => {
  it.each([
    ["not true that", "It is not true that Peru ratified the Arms Trade Treaty."],
    ["no record that", "There is no record that Peru ratified the Arms Trade Treaty."],
    ["denied that", "The Ministry denied that Peru had ratified the Arms Trade Treaty."],
    ["stopped short of", "Peru stopped short of ratifying the Arms Trade Treaty."],
    ["fell short of", "Peru fell short of ratifying the Arms Trade Treaty."],
  ])("%s: negated", (_name, body) => {
    expect(run(body).map((c) => `${c.actor}|${c.action}|${c.polarity}`)).toEqual(["Peru|ratified|negated"]);
  });

  it.each([
    ["a reported act", "The Minister noted that Peru ratified the Arms Trade Treaty."],
    ["'short' elsewhere", "A short ceremony was held at which Peru ratified the Arms Trade Treaty."],
  ])("near miss, %s: affirmed", (_name, body) => {
    expect(run(body).map((c) => `${c.actor}|${c.action}|${c.polarity}`)).toEqual(["Peru|ratified|affirmed"]);
  });
});

describe("polarity: a process about the act", () => {
  it.each([
    ["consultations on", "Chile has begun consultations on ratifying the Arms Trade Treaty.", "ratified"],
    ["progress towards", "Chile made progress towards signing the Arms Trade Treaty.", "signed"],
    ["a bill on", "Chile passed a bill on ratifying the Arms Trade Treaty.", "ratified"],
  ])("%s: planned", (_name, body, action) => {
    expect(run(body).map((c) => `${c.actor}|${c.action}|${c.polarity}`)).toEqual([`Chile|${action}|planned`]);
  });

  it.each([
    ["congratulated on", "The Minister congratulated Chile on ratifying the Arms Trade Treaty."],
    ["praised for", "Chile was praised for ratifying the Arms Trade Treaty."],
  ])("near miss, %s: affirmed", (_name, body) => {
    expect(run(body).map((c) => `${c.actor}|${c.action}|${c.polarity}`)).toEqual(["Chile|ratified|affirmed"]);
  });
});

describe("polarity: an act at the very start of a sentence", () => {
  // A passive participle opening the sentence: the rule's window starts before the first token (this threw, losing the whole document).
  it.each([
    [
      "Adopted by the General Assembly in 1989, the Arms Trade Treaty has been ratified by Kazakhstan.",
      ["Kazakhstan|ratified|att|affirmed", "UN General Assembly|adopted|att|affirmed"],
    ],
    ["Signed by Kazakhstan in 2013, the Arms Trade Treaty entered into force in 2014.", ["Kazakhstan|signed|att|affirmed"]],
    ["Ratified by Kazakhstan, the Arms Trade Treaty binds it.", ["Kazakhstan|ratified|att|affirmed"]],
  ])("%s", (body, expected) => {
    expect(rows(run(body))).toEqual(expected);
  });
});

describe("polarity: a rank before the infinitive reports a done act", () => {
  it.each([
    ["Kazakhstan was among the first to ratify the Arms Trade Treaty.", "Kazakhstan|ratified|att|affirmed"],
    ["Kazakhstan is the most recent to accede to the Arms Trade Treaty.", "Kazakhstan|acceded|att|affirmed"],
    ["Kazakhstan became the ninth member State, and the fourth in Asia, to ratify the Arms Trade Treaty.", "Kazakhstan|ratified|att|affirmed"],
    ["Kazakhstan became the fiftieth State to ratify the Arms Trade Treaty.", "Kazakhstan|ratified|att|affirmed"],
    ["Kazakhstan aims to be the first to ratify the Arms Trade Treaty.", "Kazakhstan|ratified|att|planned"],
    ["Kazakhstan, the first country in the region to do so, decided to ratify the Arms Trade Treaty.", "Kazakhstan|ratified|att|planned"],
  ])("%s", (body, expected) => {
    expect(rows(run(body))).toEqual([expected]);
  });
});

describe("polarity: a counterfactual condition", () => {
  it.each([
    ["inverted 'had'", "Had Peru ratified the Arms Trade Treaty, the vote would have passed."],
    ["'if … had'", "If Peru had ratified the Arms Trade Treaty, it would be bound by it."],
    ["inverted 'had' after an opening phrase", "In 2014, had Peru ratified the Arms Trade Treaty, it would have taken part."],
  ])("%s: negated", (_name, body) => {
    expect(run(body).map((c) => `${c.actor}|${c.action}|${c.polarity}`)).toEqual(["Peru|ratified|negated"]);
  });

  it("a negated counterfactual ('Had Peru not ratified …') implies the act without stating it: planned", () => {
    expect(run("Had Peru not ratified the Arms Trade Treaty, it would not have entered into force.").map((c) => c.polarity)).toEqual(["planned"]);
  });

  it.each([["a plain past perfect", "Peru had ratified the Arms Trade Treaty before the conference.", "affirmed"]])(
    "near miss, %s",
    (_name, body, polarity) => {
      expect(run(body).map((c) => `${c.actor}|${c.action}|${c.polarity}`)).toEqual([`Peru|ratified|${polarity}`]);
    },
  );

  it("near miss, an indirect question: it states nothing, as a question does not ('asked if Peru had ratified')", () => {
    expect(run("The Minister asked if Peru had ratified the Arms Trade Treaty.")).toEqual([]);
  });
});

describe("polarity: an announced act", () => {
  it.each([
    ["announced its ratification", "Peru announced its ratification of the Arms Trade Treaty.", "ratified", "affirmed"],
    ["has announced its accession", "Peru has announced its accession to the Arms Trade Treaty.", "acceded", "affirmed"],
    ["announced that it had ratified", "Peru announced that it had ratified the Arms Trade Treaty.", "ratified", "affirmed"],
    ["announced its intention to ratify", "Peru announced its intention to ratify the Arms Trade Treaty.", "ratified", "planned"],
    ["announced it will ratify", "Peru announced it will ratify the Arms Trade Treaty.", "ratified", "planned"],
    ["will announce its ratification", "Peru will announce its ratification of the Arms Trade Treaty next week.", "ratified", "planned"],
  ])("%s", (_name, body, action, polarity) => {
    expect(run(body).map((c) => `${c.actor}|${c.action}|${c.polarity}`)).toEqual([`Peru|${action}|${polarity}`]);
  });
});

describe("polarity: a fortiori and 'whether or not'", () => {
  it("'has not signed, let alone ratified, X': both negated", () => {
    expect(run("Peru has not signed, let alone ratified, the Arms Trade Treaty.").map((c) => `${c.actor}|${c.action}|${c.polarity}`)).toEqual([
      "Peru|signed|negated",
      "Peru|ratified|negated",
    ]);
  });

  it("'whether or not A ratifies': planned, not negated", () => {
    expect(run("Whether or not Peru ratifies the Arms Trade Treaty is unclear.").map((c) => `${c.actor}|${c.action}|${c.polarity}`)).toEqual([
      "Peru|ratified|planned",
    ]);
  });
});

describe("polarity: a rank of the act", () => {
  it.each([
    ["the first to", "Peru was the first to ratify the Arms Trade Treaty.", "affirmed"],
    ["not the first to", "Peru was not the first to ratify the Arms Trade Treaty.", "affirmed"],
    ["not the only country to", "Peru was not the only country to ratify the Arms Trade Treaty.", "affirmed"],
    ["will not be the first State to", "Peru will not be the first State to ratify the Arms Trade Treaty.", "planned"],
  ])("%s", (_name, body, polarity) => {
    expect(run(body).map((c) => `${c.actor}|${c.action}|${c.polarity}`)).toEqual([`Peru|ratified|${polarity}`]);
  });
});

describe("polarity: an act ruled out, put off, pending or blocked", () => {
  it.each([
    ["ruled out", "Peru ruled out ratifying the Arms Trade Treaty.", "negated"],
    ["delayed", "Peru delayed ratifying the Arms Trade Treaty.", "planned"],
    ["is still pending", "Peru's ratification of the Arms Trade Treaty is still pending.", "planned"],
    ["was blocked", "Peru's ratification of the Arms Trade Treaty was blocked by the Senate.", "negated"],
    ["has been welcomed (near miss)", "Peru's ratification of the Arms Trade Treaty has been welcomed.", "affirmed"],
  ])("%s", (_name, body, polarity) => {
    expect(run(body).map((c) => `${c.actor}|${c.action}|${c.polarity}`)).toEqual([`Peru|ratified|${polarity}`]);
  });
});
