"""Who says each figure: claimants and stances (issue 2)."""

from eventatlas.text import make_document


def _claims(pipeline, text, published="2026-02-01"):
    rep = pipeline.extract(text, published=published)
    return [c for e in rep.events for c in e.claims] + list(rep.campaign_claims)


def test_a_source_account_continues_in_its_paragraph(pipeline):
    text = (
        "According to the army, militants attacked a checkpoint in Bannu on January 31. "
        "Troops responded and six militants were killed in the exchange of fire."
    )
    (claim,) = [c for c in _claims(pipeline, text) if c.figure == 6]
    assert claim.stance == "official" and "army" in claim.claimant.lower()


def test_the_statement_said_is_its_issuer(pipeline):
    text = (
        "The ISPR said in a statement that terrorists attacked a police station in Mastung on January 31. "
        "Two policemen were martyred, the statement said."
    )
    (claim,) = [c for c in _claims(pipeline, text) if c.figure == 2]
    assert claim.claimant == "ISPR" and claim.stance == "official"


def test_perpetrator_claims_and_passive_reports(pipeline):
    text = (
        "On 31 January, the TTP claimed that its fighters killed 20 soldiers in an attack on a post in Bannu.\n\n"
        "Seven soldiers were reported killed in the attack."
    )
    claims = {c.figure: c for c in _claims(pipeline, text)}
    assert claims[20].stance == "perpetrator_claim"
    assert claims[7].stance == "media_report"


def test_a_denial(pipeline):
    from eventatlas.attribution import attribute

    doc = make_document("The military has not issued any official statement on the attacks so far.")
    (att,) = attribute(doc, [])
    assert att.stance == "denial"
