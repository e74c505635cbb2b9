"""What the articles share and where they differ in content (scikit-learn, imported only here).

* **Similarity**: cosine similarity of the TF-IDF vectors of the article bodies
  (English stop words removed, sublinear term frequency), 0 = no shared content words,
  1 = the same distribution of words.
* **Distinctive terms**: for each article, the terms whose TF-IDF weight in it most
  exceeds their highest weight in any other article.
* **Aligned sentences**: TF-IDF over all body sentences (content words, lightly stemmed
  so "pays" meets "pay" and "costs" meets "cost"), then for each pair of articles a
  greedy one-to-one matching of their sentences by cosine similarity, keeping pairs at
  or above :data:`ALIGN_THRESHOLD`. These are sentences that use the same words, so a
  class can compare how each article says it; TF-IDF sees shared words, not shared
  meaning, so paraphrases with no words in common are missed.
"""

from __future__ import annotations

from typing import Any, Sequence

from ..lexicons import compile_regex as _rx
from ..model import AlignedPair, Profile

ALIGN_THRESHOLD = 0.12
DISTINCTIVE_TERMS = 10
_WORD = _rx(r"[^\W\d_]{2,}")
_SUFFIXES = ("ations", "ation", "ings", "ing", "ies", "es", "ed", "s")


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def content_words(text: str) -> list[str]:
    """Lower-cased, lightly stemmed words that are not English stop words."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return [_stem(w) for w in _WORD.findall(text.lower()) if w not in ENGLISH_STOP_WORDS]


def _cosine(left: Any, right: Any) -> Any:
    """Cosine similarity of TF-IDF rows. TfidfVectorizer L2-normalises every row, so the dot
    product is the cosine (and importing sklearn.metrics for it would cost a quarter second)."""
    return (left @ right.T).toarray()


def body_text(profile: Profile) -> str:
    doc = profile.document
    return "\n".join(doc.text[s.span.start : s.span.end] for s in doc.body_sentences)


def content_overview(profiles: Sequence[Profile]) -> dict[str, Any]:
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = [body_text(p) for p in profiles]
    if not any(t.strip() for t in texts):
        return {"similarity": None, "distinctive_terms": [[] for _ in profiles],
                "reason": "no article has body text"}
    vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True, token_pattern=r"(?u)\b[^\W\d_]{2,}\b")
    try:
        matrix = vectorizer.fit_transform(texts)
    except ValueError:  # every word is a stop word
        return {"similarity": None, "distinctive_terms": [[] for _ in profiles],
                "reason": "no content words to compare"}
    similarity = _cosine(matrix, matrix)
    terms = vectorizer.get_feature_names_out()
    dense = matrix.toarray()
    distinctive = []
    for i in range(len(profiles)):
        others = dense[[j for j in range(len(profiles)) if j != i]].max(axis=0) if len(profiles) > 1 else 0
        margin = dense[i] - others
        order = sorted(range(len(terms)), key=lambda t: (-margin[t], terms[t]))
        distinctive.append([str(terms[t]) for t in order[:DISTINCTIVE_TERMS] if margin[t] > 0])
    return {"similarity": [[round(float(v), 3) for v in row] for row in similarity],
            "distinctive_terms": distinctive}


def align_sentences(profiles: Sequence[Profile], threshold: float = ALIGN_THRESHOLD) -> list[AlignedPair]:
    from sklearn.feature_extraction.text import TfidfVectorizer

    sentences = [[s for s in p.document.body_sentences if s.words >= 4] for p in profiles]
    corpus = [p.document.text[s.span.start : s.span.end] for p, ss in zip(profiles, sentences) for s in ss]
    if len(corpus) < 2:
        return []
    vectorizer = TfidfVectorizer(analyzer=content_words, sublinear_tf=True)
    try:
        matrix = vectorizer.fit_transform(corpus)
    except ValueError:
        return []
    starts = []
    pos = 0
    for ss in sentences:
        starts.append(pos)
        pos += len(ss)
    pairs: list[AlignedPair] = []
    for i in range(len(profiles)):
        for j in range(i + 1, len(profiles)):
            if not sentences[i] or not sentences[j]:
                continue
            left = matrix[starts[i] : starts[i] + len(sentences[i])]
            right = matrix[starts[j] : starts[j] + len(sentences[j])]
            sim = _cosine(left, right)
            candidates = sorted(((round(float(sim[a, b]), 3), a, b) for a in range(sim.shape[0])
                                 for b in range(sim.shape[1]) if sim[a, b] >= threshold),
                                key=lambda t: (-t[0], t[1], t[2]))
            used_left: set[int] = set()
            used_right: set[int] = set()
            for value, a, b in candidates:
                if a in used_left or b in used_right:
                    continue
                used_left.add(a)
                used_right.add(b)
                pairs.append(AlignedPair(i, j, sentences[i][a].index, sentences[j][b].index, value))
    return sorted(pairs, key=lambda p: (p.left, p.right, -p.similarity, p.left_sentence))
