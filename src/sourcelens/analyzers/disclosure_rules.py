"""The disclosure detector's rules, compiled once from data (``lexicons/provenance.toml``
``[disclosure]``): the agents, verbs, nouns, labels and filters that the ``disclosure``
package puts together into its constructions (A-Y, G; see that package's docstring).

The word lists are long alternations. Python's ``re`` tries every branch at every
position, so the agents' alternation is reshaped for speed without changing a match:
branches that can only start a word go behind one word-start test, dispatched on their
first letter (:func:`_word_start_fronted`, proved branch by branch by parsing the
patterns: :func:`_starts_words`, :func:`_first_letters`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import lexicons
from ..lexicons import compile_regex as _rx
from .common import closing_paren, split_top

_I = re.IGNORECASE


class Rules:
    """The compiled rule set, built once from the lexicon's ``[disclosure]`` table."""

    def __init__(self) -> None:
        d = _table()
        self.agent = _rx(_word_start_fronted(d["agents"]), _I)
        self.agent_keywords = tuple(d["agent_keywords"])
        self.agent_keywords_cs = tuple(d["agent_keywords_cs"])
        self.agent_not_before = _rx(d["agent_not_before"], _I)
        self.agent_not_after = _rx(d["agent_not_after"], _I)
        vpp, vbase, vpast = d["verbs_pp"], d["verbs_base"], d["verbs_past"]
        proc, use, prep = d["process_nouns"], d["use_verbs"], d["prepositions"]
        noun, det, part = d["content_nouns"], d["self_determiners"], d["part_nouns"]
        tool = d["tool_nouns"]
        noun_self = rf"(?:{noun}|{d['content_nouns_self']})"
        self.negation = _rx(_group_fronted(d["negations"]), _I)
        self.reporting = _rx(_group_fronted(d["reporting"]), _I)
        self.third_party = _rx(d["third_party"], _I)
        self.human_authorship = _rx(d["human_authorship"], _I)
        # label such as "Disclosure:", "Editor's note -", "AI disclosure:" before the statement
        self.label = _rx(r"^\s*(?:[\w'\u2019.]+\s+){0,5}?[\w'\u2019.]+\s*(?::|\s[-\u2013\u2014]\s)\s*")
        conj = d["clause_conjunctions"]
        self.clause_split = _rx(rf";(?=\s)|,\s+{conj}\b|\s+but\s+", _I)
        self.vpp_last = _rx(rf"^.*\b({vpp})\b", _I | re.S)
        self.vpp_end = _rx(rf"\b({vpp})\s+$", _I)
        self.coordinated = _rx(
            rf"^(.*?)\s*\b(?:was|were|is|are|has been|have been|had been)\s+(?:\w+ly\s+)?{vpp}\b[^,;]*?\band\s+"
            rf"(?:then\s+)?$", _I)
        self.finite_verb = _rx(r"\b(?:is|are|was|were|may|can|will|should|must|might|could|do|does|"
                                      r"has|have|had|remain|remains|appear|appears)\b", _I)
        self.gap_prep = _rx(rf"\b{prep}\b", _I)
        self.gap_break = _rx(r",|\b(?:who|which|that|and|or|but|whose)\b", _I)
        self.be_tail = _rx(
            r"(?:\s*\b(?:was|were|is|are|has been|have been|had been|been|be|being|may|might|could|can|will|"
            r"would|has|have|had|also|then|later|either|partially|partly|fully|entirely|wholly|largely|"
            r"mostly|primarily|originally|initially|substantially|completely|in part|not|never|n't|"
            r"lightly|heavily|first|now|100\s*(?:%|percent)|\d+\s*(?:%|percent))(?:\b|(?<=%))|\s*n't)*\s*$", _I)
        self.strong_self = _rx(rf"\b{det}\b\s+(?:[\w'\u2019;-]+\s+){{0,3}}?{noun_self}\b|{d['self_phrases']}", _I)
        self.pronoun_subject = _rx(rf"^\s*{d['self_pronouns']}\s*$", _I)
        # a label-like subject without determiner: "Summary", "Report", "Cover art", "Key points"
        self.bare_subject = _rx(rf"^(?:[\w-]+\s+){{0,2}}?{noun}$", _I)
        # "By Jane Doe and ChatGPT": names joined by and/&/commas, the agent among them
        self.byline_pre = _rx(
            rf"^\s*{d['byline_lead']}\s+(?:(?-i:[A-Z])[\w.'\u2019-]*\s+){{0,3}}?(?:(?:and|&|with|,)\s*)?$", _I)
        # "By Newsbot, an automated reporting tool of the Daily Ledger": a named tool in apposition
        self.byline_appos = _rx(
            rf"^\s*{d['byline_lead']}\s+(?:(?-i:[A-Z])[\w.'\u2019-]*\s*){{1,3}},\s+(?:an?|the|our)\s+(?:[\w-]+\s+)?$", _I)
        self.byline_appos_post = _rx(rf"^[- ](?:[\w-]+\s+){{0,2}}?{tool}\b", _I)
        self.byline_post = _rx(
            rf"^(?:[\w.-]*)(?:\s+{tool})?\s*(?:$|[.;,)]|\s+(?:and|&)\s+(?-i:[A-Z]))", _I)
        # fronted adjunct: "With the help of AI, we summarised this story ..."
        self.fronted_pre = _rx(
            r"^\s*(?:with|using|via|through|thanks to|leveraging)\b(?:\s+(?:the\s+)?(?:help|aid|assistance|support)\s+"
            r"(?:of|from))?\s+(?:[\w'\u2019-]+\s+){0,3}?$", _I)
        self.fronted_post = _rx(
            rf"^(?:\s+{tool})?(?:\s+[\w'\u2019-]+){{0,3}}?\s*,\s*(?:we|i|the (?:author|editors?|newsroom|team)|"
            rf"our (?:[\w-]+\s+)?(?:editors?|journalists?|reporters?|writers?|team|staff|newsroom))\s+"
            rf"(?:(?:have|has|had|then|also)\s+)*(?:{vpast})\b", _I)
        self.fronted_self = _rx(
            rf"^\s*(?:in|during|for|while|when)\s+(?:the\s+)?(?:{proc}|preparing|writing)\s+(?:of\s+)?"
            rf"(?:{det}\s+(?:[\w'\u2019-]+\s+){{0,3}}?{noun_self}\b)\s*,?\s*$", _I)
        self.and_verb = _rx(rf"\b(?:and|or)\s+(?=\w+ing\b|{vbase}\b)", _I)
        self.leading_marks = _rx(r"^[\s\u2022\u25cf\u25aa\u2013\u2014*>#()\[\]-]+")
        # upper-case sentences are lowered (same length) so that case-sensitive agents and
        # name filters work; these stay upper case
        self.caps_keep = _rx(r"\b(?:AI|A\.I\.|GPT[\w.-]*|LLMs?|NLG|GENAI|GEN AI|CHATGPT|DALL-?E)\b")
        restore = d["lowercase_restore"]
        self.lower_names = {name.lower(): name for name in restore}
        self.lower_find = _rx(r"(?<![\w.])(?:" + "|".join(re.escape(n.lower()) for n in restore) + r")(?![\w])")
        self.caps_fix = {"GENAI": "GenAI", "GEN AI": "Gen AI", "CHATGPT": "ChatGPT", "DALL-E": "DALL-E", "DALLE": "DALLE"}
        self.part_start = _rx(rf"^(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){{0,3}}?{part}\b", _I)
        # "the summary", "the recipe card below": a text noun, or any short noun phrase pointing up or down the page
        # also "Parts of the methodology section", "The Q&A section below", "All articles in
        # the Local Briefs section" (a section of this site)
        self.weak_self = _rx(
            rf"^(?:(?:parts?|portions?|sections?|some|much|most)\s+of\s+)?the\s+(?:(?:[\w&-]+\s+){{0,2}}?{noun}"
            rf"(?:\s+(?:below|above|that follows))?|(?:[\w&-]+\s+){{1,5}}?(?:below|above))\s*$"
            rf"|^(?:all|every|each)\s+(?:[\w-]+\s+)?{noun}\s+(?:in|on)\s+(?:the|our)\s+(?:[\w&'\u2019-]+\s+){{1,3}}?"
            rf"(?:section|page|column|feed|newsletter|series)\s*$", _I)
        self.part_noun = _rx(_group_fronted(rf"\b{part}\b"), _I)
        self.topic_frame = _rx(
            r"\b(?:how|why|whether|if|unless|what|explain(?:s|ed|ing)?|explor(?:e|es|ed|ing)|examin(?:e|es|ed|ing)|"
            r"discuss(?:es|ed|ing)?|describ(?:e|es|ed|ing)|look\w* at|shows?|analy[sz](?:e|es|ed|ing)|"
            r"investigat(?:e|es|ed|ing)|covers|covered|covering|about|imagine|pretend)\b", _I)
        self.compound_after = _rx(rf"^[- ]({vpp})\b", _I)
        self.nominal_after = _rx(r"^[- ](?:translation|summary|transcript|translated version)s?\b", _I)
        self.compound_pre_self = _rx(
            rf"(?:^|\b{det}\s+(?:[\w-]+\s+){{0,2}}?|\b(?:this|it)\s+is\s+(?:an?\s+)?(?:[\w-]+\s+)?|"
            rf"\b(?:an?\s+)?)$", _I)
        self.contains_tail = _rx(
            r"\b(?:contains?|includes?|features?|uses?|used|incorporates?|has|have|is based on|relies on)\s+"
            r"(?:(?:no|some|any|partly|partially|only)\s+)?$", _I)
        self.label_post = _rx(
            rf"^(?:\s*$|\s*[\],:;(\u2013\u2014.!]|\s+(?:from|by|with|using|via|through|for|and|in|based|reviewed|checked|edited|"
            rf"verified|on)\b|\s+(?:[\w-]+\s+)?{noun}\b(?:\s*$|\s*[,:;(.!]|\s+(?:reviewed|checked|edited|verified|"
            rf"by|for|from|of this|below|above)\b))", _I)
        self.user_subject = _rx(
            rf"\b(?:(?:we|i)(?:['\u2019](?:ve|d))?|the (?:author|writer|editor|reporter|journalist)s?|our (?:[\w-]+\s+)?(?:editors?|"
            rf"journalists?|reporters?|writers?|team|staff|newsroom|authors?|organi[sz]ation|company|charity|lab|office|"
            rf"school|church|parish|council|agency|group|firm|studio|department|club|society)|"
            rf"the (?:[\w'\u2019-]+\s+){{0,2}}?(?:team|staff|desk|newsroom)|(?:this|our)\s+(?:website|site|page|"
            rf"publication|newsletter|blog|outlet|newsroom))\s+(?:(?:also|may|might|do|does|did|have|has|had|will|"
            rf"sometimes|often|not|never|n't|don't|didn't|doesn't)\s+)*{use}\s+(?:[\w-]+\s+){{0,3}}?$", _I)
        self.user_active = _rx(
            rf"\b(?:we|i|the (?:author|writer|editor|reporter|journalist)s?|our (?:[\w-]+\s+)?(?:editors?|"
            rf"journalists?|reporters?|writers?|team|staff|newsroom|authors?))\s+(?:(?:also|partly|partially|then)\s+)?"
            rf"(?:{vpast}|researched|wrote)\s+(?:{det}\s+(?:[\w'\u2019-]+\s+){{0,3}}?{noun_self}|this)\b"
            rf"(?P<tail>(?:\s+[\w'\u2019-]+){{0,8}}?)\s*$", _I)
        purpose = (rf"(?:(?:in\s+order\s+)?to\s+(?:(?:help|assist)\b(?:\s+(?:us|me|them))?(?:\s+(?:with|in|on)\b|\s+\w+)|"
                   rf"(?:{vbase})\b)|help(?:\s+(?:us|me|them))?\s+(?:{vbase})\b|"
                   rf"(?:in|for|with|during)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:{proc}|help|assistance|support)\b)")
        # after the agent: an "-powered" tail and up to three words ("AI-powered software to ...")
        after_agent = r"^(?:-\w+)?(?:\s+[\w-]+){0,3}?\s+"
        self.use_post = _rx(rf"{after_agent}{purpose}", _I)
        self.passive_use_post = _rx(
            rf"^(?:\s+{tool})?\s+(?:(?:was|were|is|are|"
            rf"has been|have been|had been)\s+)?(?:(?:not|never|also)\s+)?(?:used|consulted|employed|utili[sz]ed|leveraged|"
            rf"deployed|relied (?:up)?on|enlisted|tapped|asked|prompted)\s+{purpose}", _I)
        self.active_post = _rx(
            rf"^(?:\s+{tool})?(?:,\s+(?-i:[A-Z])[\w.-]*,)?\s+(?:(?:also|partly|partially)\s+)?"
            rf"(?:{vpast}|helped|assisted|supported|aided)\b", _I)
        self.self_obj = _rx(rf"\b{det}\s+(?:[\w'\u2019-]+\s+){{0,3}}?{noun_self}\b|\bthis\s*[.!]?\s*$", _I)
        # I: a person makes this text, AI is the instrument ("Our staff wrote this guide with help
        # from AI"; "The author acknowledges the use of ChatGPT for language editing of this article")
        human = d["human_agents"]
        self.human_start = _rx(rf"^\s*(?:[^,]{{0,60}},\s+)?(?:{human}|me)\b", _I)
        self.self_start = _rx(
            rf"^\s*(?:(?:[\w'\u2019-]+\s+){{0,4}}?(?:for|of|in|on|to)\s+)?(?:{det}\b\s+(?:[\w'\u2019;-]+\s+){{0,3}}?"
            rf"{noun_self}\b|{d['self_phrases']})", _I)
        self.instrument_pre = _rx(
            rf"\b{d['instrument_cues']}\s+(?:(?:an?|the|our|my|some|a little|a bit of|[\w.-]+['\u2019]s|[\w-]+)\s+){{0,3}}?$", _I)
        self.making = _rx(rf"\b(?:{vpp}|{vpast}|{vbase}|{proc}|{d['help_nouns']})\b", _I)
        self.made_this = _rx(rf"\b(?:{vpast}|made|built|wrote)\s+(?:this|these)\s+[\w-]+", _I)
        self.human_obj = _rx(rf"^\s+{d['human_objects']}(?:\s+(?:to|in|with|as they|as we))?(?=\s)", _I)
        self.appos_gap = _rx(d["appositive_gap"], _I)
        self.appos_tail = _rx(d["appositive_tail"], _I)
        self.user_objects = _rx(d["user_objects"], _I)
        self.disclosure_label = _rx(d["disclosure_label"], _I)
        # L: a label naming an AI-made part ("AI summary:", "Summary (AI):") or crediting the agent
        # ("Illustration: Midjourney.", "Translation: DeepL, edited by staff.")
        self.label_modified = _rx(
            rf"^(?P<pre>(?:[\w.'\u2019-]+[- ]){{0,2}}?)(?:{d['label_nouns_modified']})\s*(?P<par>\([^()]{{1,40}}\))?\s*(?::\s+\S|[.!]?\s*$)", _I)
        self.label_credit = _rx(
            rf"^(?:{d['label_nouns']})\s*:\s+(?:(?:generated|created|made|produced|written|drafted|voiced|narrated|translated)\s+"
            rf"(?:by|with|using|in|via)\s+|by\s+|via\s+|courtesy of\s+)?(?:(?:an?|the)\s+)?"
            rf"(?:(?:[\w.'\u2019-]+\s+){{1,3}}(?:and|&)\s+|[\w-]+\s+)?$", _I)
        self.label_credit_post = _rx(
            rf"^(?:\s+{tool}|\s+[\w.-]+(?=\s*[/,.;(]))?\s*(?:$|[/,.;()]|\s+(?:by|via|with|and|for|prompted|edited|reviewed|"
            rf"checked|from|on)\b)", _I)
        self.adjective_agent = _rx(r"^automat(?:ed|ic)$", _I)
        self.adjective_ok = _rx(
            rf"^[- ](?:[\w-]+\s+){{0,2}}?{tool}\b|^[- ](?:translations?|summar(?:y|ies)|transcripts?|transcription|captions?|"
            rf"subtitles?|voices?|narration|journalism|content|text|stor(?:y|ies)|reports?|updates?|recaps?|"
            rf"write-?ups?|articles?|posts?|{vpp})\b", _I)
        self.self_words = _rx(rf"\b{noun_self}\b|{d['self_phrases']}", _I)
        self.own_reporting = _rx(r"(?<=reported)\s+and\b|\s+by\b", _I)
        # "OP has disclosed that this post was written with AI": a disclosure verb whose content is this text
        self.self_report = _rx(
            rf"\s+(?:that\s+)?(?:this|these)\s+(?:[\w'\u2019-]+\s+){{0,3}}?{noun_self}\b", _I)
        self.paren = _rx(r"\([^()]{1,60}\)")
        self.human_review = _rx(
            r"\b(?:reviewed|checked|fact-checked|edited|verified|overseen|supervised|vetted|approved|curated)\b", _I)
        self.review_negated = _rx(
            r"\b(?:not|never|n't|without)\b[^.;]{0,20}\b(?:reviewed|checked|fact-checked|edited|verified|"
            r"overseen|supervised|vetted|review|human review)", _I)
        # G: the permissive pass (see _loose)
        self.loose_agent = _rx(_word_start_fronted([d["loose_agents"]]), _I)
        self.loose_keywords = tuple(d["loose_keywords"])
        self.loose_keywords_cs = tuple(d["loose_keywords_cs"])
        self.hashtag = _rx(d["hashtags"], _I)
        # help/assistance/support are cues, not the making itself ("AI to help moderate comments")
        making_nouns = d["help_nouns"].replace("help|assistance|aid|support|input|suggestions|", "")
        self.loose_making = _rx(
            rf"\b(?:{vpp}|{vpast}|{vbase}|{proc}|{making_nouns}|{d['loose_verbs']})\b|(?<=-)(?:{vpp})\b", _I)
        self.loose_cue = _rx(
            rf"\b{d['loose_cues']}\s*:?\s+(?:(?:an?|the|our|my|its|some|in-house|house|a little|a bit of|[\w.-]+['\u2019]s|[\w.-]+,?)\s+){{0,4}}?$", _I)
        self.compound_any = _rx(rf"^[- ]?(?:{vpp}|powered|based|assisted|aided|enabled|driven)\b", _I)
        self.subject_verb = _rx(
            rf"^(?:\s+{tool})?(?:\s*\([^()]*\))?\s+(?:(?:also|partly|partially|then|basically|mostly|just|actually)\s+)?"
            rf"(?:{vpast}|{d['loose_verbs']}|helped|assisted|supported|aided|was used|were used|is used|are used|did)\b", _I)
        self.first_person = _rx(d["first_person"], _I)
        self.loose_news = _rx(_group_fronted(d["loose_news"]), _I)
        self.loose_warning = _rx(d["loose_warning"], _I)
        self.loose_hypothetical = _rx(d["loose_hypothetical"], _I)
        self.loose_anecdote = _rx(d["loose_anecdote"], _I)
        self.loose_object = _rx(d["loose_agent_object"], _I)
        self.loose_regions = frozenset(d["loose_regions"])
        self.trailing_question = _rx(r"(?<=[.!])\s+[^.!?]{1,80}\?\s*$")
        self.loose_text_subject = _rx(d["loose_text_subject"], _I)
        self.this_self = _rx(rf"\b(?:this|these|the following|the above)\s+(?:[\w'\u2019-]+\s+){{0,3}}?{noun_self}\b|{d['self_phrases']}", _I)
        # an offer to the reader, not a statement: "Read this article in Spanish using our automatic translation tool"
        self.you = _rx(r"\byou(?:r|rs|rself)?\b", _I)
        self.deixis = _rx(r"\b(?:above|below|that follows|which follows)\b", _I)
        self.imperative = _rx(r"^\W*(?:read|listen|try|ask|use|click|switch|choose|select|tap|get|see|view|translate|chat)\b", _I)
        # "Maya Chen, AI editor", "Will Knight, our senior AI writer": a person's job after a name
        self.role_after = _rx(r"^[- ](?:editor|writer|reporter|correspondent|columnist|critic|lead|producer)s?\b", _I)
        self.appos_before = _rx(r"(?-i:[A-Z])[\w.'\u2019-]+,\s+(?:(?:our|the|a|an)\s+)?(?:[\w-]+\s+)?$")
        # what an "AI-made" compound may qualify: a text, a tool, or nothing (a label)
        self.compound_ok = _rx(
            rf"^[- ]?[\w-]+(?:\s+(?:[\w-]+\s+)?(?:{noun_self}|{tool}|{proc})\b|\s*(?:$|[,.;:)(|\u00b7\]]|\s+(?:by|and|with|using|via|from|for|in|on)\b))", _I)
        self.passive_use = _rx(r"^(?:\s+{tool})?\s+(?:was|were|is|are|has been|have been)\s+used\s+(?:for|to|in)\b".replace("{tool}", tool), _I)
        # a finite verb outside a label: "The university banned essays ...", "Newsrooms are experimenting ..."
        self.finite_heur = _rx(
            r"(?<!\bbe )(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bhas )(?<!\bhave )(?<!\band )(?<!, )"
            r"(?<!\bthen )(?<![-\w])(?!(?:need|feed|seed|speed|bed|red|shed|hundred|embed)\b)[a-z]{3,}ed\s+"
            r"(?!(?:by|with|using|via|in|from|on|for|automatically|entirely|partly|partially|fully|and|or|to|through|at)\b)[\w$]"
            r"|\b(?:is|are|was|were|am)\s+\w+ing\b", _I)
        # "this thread", "these slides": any noun after this/these except times and the agent's own nouns
        self.loose_self = _rx(
            r"\b(?:this|these)\s+(?!(?:week|year|month|morning|afternoon|evening|time|summer|spring|winter|autumn|"
            r"fall|season|is|was|are|were|means|technology|tool|tools|model|models|kind|type|trend|case|way|company|"
            r"firm|startup|start-up|feature|app|product|software|system|decade|century|approach|method|"
            # "pick this up", "this to the": a pronoun before a particle or preposition, not a determiner
            r"up|out|down|off|over|away|back|in|on|to|for|from|with|by|at|as|and|or|but|the|a|an)\b)[\w-]+", _I)
        self.idiom_negation = _rx(r"\b(?:not gonna lie|not going to lie|no joke|no kidding|no doubt|not only|no less)\b", _I)
        self.label_like = _rx(r"^\W*(?:[\w'\u2019&.-]+\s*){0,4}(?::|\||\u00b7|\s[-\u2013\u2014]\s)", _I)
        self.clause_cut = _rx(rf";|\s[|\u00b7\u2013\u2014-]\s|,\s+(?:{conj}|and)\b|\s+but\s+", _I)
        self.partial = _rx(r"\b(?:in part|partially|partly|portions?|parts? of|some|sections?|elements of|"
                                  r"contains?|includes?|may contain|uses ai|segments)\b", _I)
        self.assisted = _rx(r"\b(?:assist\w*|help\w*|aid(?:ed)?|support\w*|enhanc\w*|edited using|"
                                   r"edited with|polish\w*|proofread|researched|to help|with the use of)\b", _I)
        self.through_self = _rx(rf"\b(?:ran|run|put|passed|fed)\s+(?:{det}|it)\b(?:\s+[\w-]+){{0,2}}?\s+(?:through|(?:in)?to)\s+(?:[\w-]+\s+)?$", _I)
        self.coordinated_any = _rx(
            r"^(.*?)\s*\b(?:was|were|is|are|has been|have been|had been)\s+(?:\w+ly\s+)?\w+(?:ed|en|t)\b[^,;]*?\band\s+"
            r"(?:then\s+|later\s+)?$", _I)
        self.checked_subject = _rx(rf"^(?:the|our)\s+(?:[\w-]+\s+){{0,2}}?{noun_self}$", _I)
        # a method, not a topic: "Reporters analysed the budget data ...", "We examined the records"
        self.method_verb = _rx(rf"(?:^|\b)(?:{d['human_agents']})\s+(?:also\s+)?$", _I)
        self.self_identity = _rx(d["ai_self_identity"], _I)
        self.abbreviation = _rx(d["abbreviation_expansion"])
        self.human_check = _rx(d["human_check"], _I)
        self.other_object = _rx(d["loose_other_object"], _I)
        self.page_output = _rx(d["page_output"], _I)
        self.own_responsibility = _rx(d["own_responsibility"], _I)
        self.policy = _rx(d["policy"], _I)
        self.newsroom_subject = _rx(d["newsroom_subject"], _I)
        self.research_post = _rx(
            rf"{after_agent}(?:in\s+order\s+)?to\s+(?:help\s+(?:us\s+)?)?{d['research_verbs']}\b", _I)
        self.platform_label_core = _rx(d["platform_label"], _I)
        self.platform_label = _rx(
            rf"(?:^[^\w\s]*|(?<=[|\u00b7\[(\u2013\u2014:]))\s*(?:{d['platform_label']})\s*[.!]?\s*(?:$|(?=[|\u00b7\])\u2013\u2014]))", _I)
        self.translation = _rx(r"\btranslat\w*", _I)
        self.audio = _rx(r"\b(?:audio|narrat\w*|voice\w*|podcast|read aloud|text[- ]to[- ]speech)\b", _I)
        self.automation = _rx(r"^(?:automat\w*|auto|(?:ro)?bots?|algorithms?|Automated Insights|Wordsmith|"
                                     r"Heliograf|Narrativa|Arria|United Robots|Quakebot|Narrative Science|computer)$", _I)
        self.bot = _rx(r"^(?:ro)?bots?$", _I)
        self.bot_gadget = _rx(d["bot_products"], _I)
        self.part_map = (
            (_rx(r"summar|overview|recap|synopsis|abstract|key points|bullet|takeaway|highlight|tl;?dr|preview", _I), "summary"),
            (_rx(r"headline", _I), "headline"),
            (_rx(r"image|illustration|photo|picture|graphic|artwork|figure|fig\.|art\b", _I), "image"),
            (_rx(r"audio|narration|voiceover", _I), "audio"),
            (_rx(r"transcript|caption|subtitle", _I), "transcript"),
            (_rx(r"translation|version", _I), "translation"),
            (_rx(r"quiz", _I), "quiz"),
        )


#: a test that the position starts a word with a letter; case-sensitive, so that its meaning
#: does not depend on the flags of the pattern it fronts
_WORD_START = r"(?-i:\b(?=[^\W\d_]))"
_LETTERS = frozenset(map(ord, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"))


def _word_start_fronted(branches: list[str]) -> str:
    r"""The alternation ``(?:b1)|(?:b2)|...``, runs of branches that can only match where a
    word starts put behind one word-start test.

    Python's re tries every branch of an alternation at every position of the text; the
    agents are about a hundred. ``\b(?=[^\W\d_])`` turns most positions (inside a word,
    spaces, digits, punctuation) away with one test. A branch goes behind it only when
    :func:`_starts_words` shows that each of its matches starts at a word boundary with an
    ASCII letter (whose case variants are letters too), where the test always passes; the
    branches keep their order, so at every position the same branch wins and the matches are
    the same. The check parses the patterns, so its answer is kept in the start-up cache."""
    return lexicons.derived("word_start_fronted", "\x00".join(branches), _front_runs)


def _group_fronted(pattern: str) -> str:
    r"""``pattern`` with the branches of its leading group (``(?:...)`` or ``\b(?:...)``, the
    usual shape of a word list in the lexicon) put through :func:`_word_start_fronted`.

    A group's branches are tried in order at each position exactly as a top-level
    alternation's are, so the fronting and the first-letter dispatch keep its matches (and the
    order in which the engine backtracks into them) for the same reasons. A leading ``\b`` is
    moved into each branch (``\b(?:a|b)`` = ``(?:\ba|\bb)``), where it shows that the branch
    starts a word. The pattern is returned unchanged when it does not open with such a group."""
    head = 2 if pattern.startswith("\\b(?:") else 0
    if not pattern.startswith("(?:", head):
        return pattern
    end = head + closing_paren(pattern[head:])
    branches = [pattern[:head] + b for b in split_top(pattern[head + 3 : end])]
    return f"(?:{_word_start_fronted(branches)}){pattern[end + 1:]}"


def _front_runs(joined: str) -> str:
    from itertools import groupby
    from re import _parser

    out = []
    for fronted, run in groupby(joined.split("\x00"), key=lambda b: _starts_words(list(_parser.parse(b)))):
        run = list(run)
        group = "|".join(f"(?:{b})" for b in run)
        out.append(f"{_WORD_START}(?:{_by_first_letter(run) or group})" if fronted else group)
    return "|".join(out)


def _by_first_letter(run: list[str]) -> str | None:
    r"""The alternation of ``run`` dispatched on its first letter, or None when that cannot help.

    ``(?=[aA])(?:<branches that can start with a>)|(?=[bB])(?:...)|...``: at a word start
    the engine then tries one lookahead per letter and the branches of one letter only,
    instead of every branch (about three times faster on the agents). Same matches: a branch
    whose match cannot start with the letter at hand fails there anyway, and the branches of
    a letter keep their order, so the first branch that matches is the same one. The
    lookaheads take the pattern's flags: under IGNORECASE ``[sS]`` also passes every
    character a branch's ``s`` (case-sensitive or not) can match. None when the first letters
    of a branch are unknown (:func:`_first_letters`) or when no letter leaves a branch out."""
    from re import _parser

    letters = [_first_letters(list(_parser.parse(b))) for b in run]
    if any(s is None for s in letters):
        return None
    groups = [(x, [b for b, s in zip(run, letters) if x in s]) for x in sorted(set().union(*letters))]
    if all(len(branches) == len(run) for _, branches in groups):
        return None
    return "|".join(f"(?=[{x}{x.upper()}])(?:" + "|".join(f"(?:{b})" for b in branches) + ")"
                    for x, branches in groups)


def _first_letters(items: list) -> set[str] | None:
    """The lower-case ASCII letters the first character of a match of the parsed sequence
    ``items`` can be a case variant of; None for a construct it does not know, or when a
    match may start with anything else (conservative, like :func:`_starts_words`)."""
    from re import _constants as c

    if not items:
        return None
    (op, av), rest = items[0], items[1:]
    if op is c.AT or op in (c.ASSERT, c.ASSERT_NOT):  # consume nothing
        return _first_letters(rest)
    if op is c.SUBPATTERN:
        return _first_letters(list(av[3]) + rest)
    if op is c.BRANCH:
        sets = [_first_letters(list(alt) + rest) for alt in av[1]]
        return None if any(s is None for s in sets) else set().union(*sets)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        low, _, item = av
        once = _first_letters(list(item) + rest)
        if low > 0 or once is None:
            return once
        skipped = _first_letters(rest)
        return None if skipped is None else once | skipped
    if op is c.LITERAL:
        return {chr(av).lower()} if av in _LETTERS else None
    if op is c.IN:
        out: set[str] = set()
        for o, a in av:
            if o is c.LITERAL and a in _LETTERS:
                out.add(chr(a).lower())
            elif o is c.RANGE and set(range(a[0], a[1] + 1)) <= _LETTERS:
                out |= {chr(x).lower() for x in range(a[0], a[1] + 1)}
            else:
                return None
        return out
    return None


def _starts_words(items: list, boundary: bool = False) -> bool:
    r"""Can the parsed sequence ``items`` match only where a word starts, with an ASCII letter?

    Conservative: False for any construct it does not know. ``boundary`` says that a
    ``\b`` or a lookbehind ending in a non-word literal already holds at the start."""
    from re import _constants as c

    if not items:
        return False
    (op, av), rest = items[0], items[1:]
    if op is c.AT:
        return _starts_words(rest, boundary or av is c.AT_BOUNDARY)
    if op is c.ASSERT and av[0] < 0:  # a lookbehind: "(?<=by )" puts a space before the start
        last = list(av[1])[-1:]
        after_non_word = bool(last) and last[0][0] is c.LITERAL and not chr(last[0][1]).isalnum() \
            and chr(last[0][1]) != "_"
        return _starts_words(rest, boundary or after_non_word)
    if op in (c.ASSERT, c.ASSERT_NOT):  # only narrows the matches
        return _starts_words(rest, boundary)
    if op is c.SUBPATTERN:
        return _starts_words(list(av[3]) + rest, boundary)
    if op is c.BRANCH:
        return all(_starts_words(list(alt) + rest, boundary) for alt in av[1])
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        low, _, item = av
        once = _starts_words(list(item) + rest, boundary)
        return once and (low > 0 or _starts_words(rest, boundary))
    if op is c.LITERAL:
        return boundary and av in _LETTERS
    if op is c.IN:
        return boundary and all(o is c.LITERAL and a in _LETTERS
                                or o is c.RANGE and set(range(a[0], a[1] + 1)) <= _LETTERS for o, a in av)
    return False


@lru_cache(maxsize=1)
def _table() -> dict:
    """The lexicon's ``[disclosure]`` table (word lists as data)."""
    return lexicons.section("provenance", "disclosure")


@lru_cache(maxsize=1)
def rules() -> Rules:
    """The compiled rules: built on first need only, since most pages mention no AI at all."""
    return Rules()


def agent_keywords() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(lower-case, case-sensitive) literal keywords: every agent match contains one of them."""
    d = _table()  # read from the data, so the pre-filter never pays for compiling the rules
    return (tuple(d["agent_keywords"]) + tuple(d["loose_keywords"]) + ("#",),
            tuple(d["agent_keywords_cs"]) + tuple(d["loose_keywords_cs"]))
