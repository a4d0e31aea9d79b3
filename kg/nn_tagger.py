"""Neural named-entity core: a character BiLSTM-CRF that finds PER / LOC / ORG spans, run in numpy.

The model (``models/ner_nn.npz``, trained with PyTorch by ``tools/train_ner_nn.py``; no torch is
needed here) reads, for every character of a chunk: the character, the two character bigrams it
belongs to, the jieba word that covers it, its position in that word (B/M/E/S), the word's part of
speech (jieba's dictionary, no HMM), its character type and the marks of the general lexicons
(``kg.ner.lexicon_marks``). Their embeddings feed one bidirectional LSTM layer; a linear layer
scores the B/I/E/S-<type>/O labels and Viterbi decoding with the learned transition matrix (ill-formed
transitions forbidden) picks the best sequence.

By default the CRF of ``kg.ner`` is mixed in: its log marginals, times ``CRF_WEIGHT``, are added
to the network's label scores before decoding (the two models alone are about equally good; mixed
they beat both). ``tag(text, crf_weight=0)`` runs the network alone. The marginals are computed
here, in numpy, from the CRF's weights (``ner.crf_weights``), batch by batch like the network; the
arithmetic follows crfsuite's step by step, so they equal ``Tagger.marginal``'s to the bit (a text
of fewer than ``FEW_CHUNKS`` chunks still asks crfsuite: there its calls are quicker).

Text is cut into chunks exactly like ``kg.ner.chunks``; all chunks of a text are tagged together,
so the recurrence is vectorised over the sentences of a document. Needs numpy and threadpoolctl
(BLAS kept to one thread: its threads only slow down these small matrix products).

>>> text = "国务院总理李强在北京会见了联合国秘书长。"
>>> ("PER", "李强") in {(t, text[s:e]) for s, e, t in tag(text)}
True
"""
from __future__ import annotations

from functools import cache
from itertools import chain, repeat
from pathlib import Path

import numpy as np

from kg import ner
from kg.errors import KgError

MODELS = (Path(__file__).parent / "models" / "ner_nn.npz",)  # an ensemble: scores averaged over the members
LABELS = ("O", *(f"{p}-{t}" for t in ner.TYPES for p in "BIES"))
LEX_MARKS = tuple(f"{name}={m}" for name in ner.LEXICONS for m in ("B", "I", "E", "S", "before", "after"))
TABLES = ("char", "bigram", "word", "seg", "pos", "kind")  # embedding tables, in input order
UNK = 1  # id of unknown values in every vocabulary (0 is padding)
CRF_WEIGHT = 0.25  # see crf_weight in tag(); chosen on held-out training sentences (0, 0.1, 0.25, 0.5, 1.0)
BATCH = 256  # chunks tagged together; a batch costs as many steps as its longest chunk
FEW_CHUNKS = 8  # below this, crfsuite's own CRF marginals are quicker than the batched numpy steps


def tag(text: str, crf_weight: float | None = None) -> list[tuple[int, int, str]]:
    """PER/LOC/ORG spans of ``text`` as sorted, non-overlapping ``(start, end, type)``, end exclusive.

    ``crf_weight`` (default ``CRF_WEIGHT``) mixes in the CRF of ``kg.ner``: its log marginals,
    times the weight, are added to the network's label scores (0: the network alone).

    >>> tag("")
    []
    >>> text = "张伟来到上海。"
    >>> [(text[s:e], t) for s, e, t in tag(text)]
    [('张伟', 'PER'), ('上海', 'LOC')]
    """
    if not isinstance(text, str):
        raise KgError(f"nn_tagger.tag expects a str, got {type(text).__name__}; pass the document text")
    pieces = [(start, chunk) for start, chunk in ner.chunks(text) if chunk.strip()]
    spans: list[tuple[int, int, str]] = []
    for (start, _), labels in zip(pieces, tag_chunks([chunk for _, chunk in pieces], crf_weight)):
        spans.extend((start + s, start + e, t) for s, e, t in ner.decode(labels))
    return sorted(spans)


def tag_many(texts: list[str], crf_weight: float | None = None) -> list[list[tuple[int, int, str]]]:
    """``tag`` of each text, all their chunks tagged together (the sentences of a document at once).

    >>> tag_many(["张伟来到上海。", ""])
    [[(0, 2, 'PER'), (4, 6, 'LOC')], []]
    """
    pieces = [(k, start, chunk) for k, text in enumerate(texts)
              for start, chunk in ner.chunks(text) if chunk.strip()]
    out: list[list[tuple[int, int, str]]] = [[] for _ in texts]
    for (k, start, _), labels in zip(pieces, tag_chunks([chunk for _, _, chunk in pieces], crf_weight)):
        out[k].extend((start + s, start + e, t) for s, e, t in ner.decode(labels))
    return [sorted(spans) for spans in out]


def tag_chunks(chunks: list[str], crf_weight: float | None = None) -> list[list[str]]:
    """Labels of each chunk; the chunks are tagged together in length-sorted batches.

    >>> tag_chunks(["王芳在杭州。"])
    [['B-PER', 'E-PER', 'O', 'B-LOC', 'E-LOC', 'O']]
    """
    weight = CRF_WEIGHT if crf_weight is None else crf_weight
    models = _models()
    order = sorted(range(len(chunks)), key=lambda i: -len(chunks[i]))
    out: list[list[str]] = [[] for _ in chunks]
    with _blas().limit(limits=1, user_api="blas"):  # small matrices: BLAS threads only cost here
        for k in range(0, len(order), BATCH):
            batch = order[k:k + BATCH]  # decreasing length, as Model.emissions wants
            texts = [chunks[i] for i in batch]
            emit = sum(m.emissions([encode(chunk, m.vocab) for chunk in texts])[0] for m in models) / len(models)
            lengths = np.array([len(chunk) for chunk in texts])
            if weight:
                for j, extra in enumerate(_crf_log_marginals(texts)):
                    emit[:lengths[j], j] += weight * extra
            trans, start, end = (sum(x) / len(models) for x in zip(*((m.trans, m.start, m.end) for m in models)))
            for i, path in zip(batch, _viterbi(emit, lengths, trans, start, end)):
                out[i] = [LABELS[j] for j in path]
    return out


def crf_log_marginals(chunk: str) -> np.ndarray:
    """Log marginal probability (n, len(LABELS)) of every label at every character under kg.ner's CRF.

    One chunk asks crfsuite's ``Tagger.marginal``; ``tag_chunks`` computes batches of
    ``FEW_CHUNKS`` or more in numpy instead, with the same values to the bit.

    >>> lm = crf_log_marginals("李明说")
    >>> lm.shape, bool(lm[0].argmax() == LABELS.index("B-PER"))
    ((3, 13), True)
    """
    return _crf_log_marginals([chunk])[0]


def _crf_log_marginals(chunks: list[str]) -> list[np.ndarray]:
    """``crf_log_marginals`` of chunks sorted by decreasing length, computed together."""
    crf = ner.crf_weights()
    lengths = [len(chunk) for chunk in chunks]
    few = len(chunks) < FEW_CHUNKS or not any(lengths)
    marginal = (_crfsuite_marginals if few else _crf_marginals)(chunks, crf)
    probs = np.zeros((len(marginal), len(LABELS)), dtype=np.float32)
    probs[:, [LABELS.index(label) for label in crf.labels]] = marginal
    return np.split(np.log(probs + 1e-6), np.cumsum(lengths)[:-1])


def _crf_marginals(chunks: list[str], crf: ner.CrfWeights) -> np.ndarray:
    """Marginals (N, L) of the characters of chunks sorted by decreasing length, packed, by numpy batch."""
    lengths = np.array([len(chunk) for chunk in chunks])
    starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    t = np.arange(int(lengths[0]))[:, None]
    live = t < lengths[None, :]  # (T, B)
    state = _crf_state_scores(chunks, crf)[np.where(live, starts[None, :] + t, 0)]  # (T, B, L)
    marginal = _forward_backward(np.exp(state), np.exp(crf.trans), lengths)
    return marginal[live.T.nonzero()[::-1]]  # packed back, sequence after sequence


def _crfsuite_marginals(chunks: list[str], crf: ner.CrfWeights) -> np.ndarray:
    """``_crf_marginals`` asked of crfsuite itself, label by label (the same values, quicker for a few chunks)."""
    tagger = ner.crf_tagger()
    rows = []
    for chunk in chunks:
        tagger.set(ner.features(chunk))
        rows += [[tagger.marginal(label, t) for label in crf.labels] for t in range(len(chunk))]
    return np.array(rows, dtype=np.float64).reshape(-1, len(crf.labels))


def _crf_state_scores(chunks: list[str], crf: ner.CrfWeights) -> np.ndarray:
    """Label scores (N, L) of every character, chunks packed: the weights of its features, summed in order."""
    rows = [row for chunk in chunks for row in ner.features(chunk)]
    counts = np.array([len(row) for row in rows])
    unknown = len(crf.attributes)  # the all-zero last row of crf.state, also used as padding
    ids = np.full((len(rows), int(counts.max())), unknown)
    ids[np.arange(ids.shape[1]) < counts[:, None]] = list(map(crf.attributes.get, chain.from_iterable(rows),
                                                              repeat(unknown)))
    score = crf.state[ids[:, 0]]
    for column in ids.T[1:]:  # one feature after the other, as crfsuite adds them (the sum is then bit-equal)
        score += crf.state[column]
    return score


def _forward_backward(state: np.ndarray, trans: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Marginals (T, B, L) from exponentiated scores, sequences sorted by decreasing length.

    crfsuite's scaled forward–backward (crf1d_context.c) step by step, vectorised over the batch.
    Its sums run term after term, which ``np.add.accumulate`` reproduces (``@`` or ``sum`` would
    reorder them), so every value equals crfsuite's exactly.
    """
    width, size, _ = state.shape
    active = (np.arange(width + 1)[:, None] < lengths[None, :]).sum(axis=1)  # active[width] = 0
    alpha, beta = np.zeros_like(state), np.zeros_like(state)
    scale = np.ones((width, size))
    accumulate, to_next, to_prev = np.add.accumulate, trans[None], trans.T[None]
    for t in range(width):
        k = active[t]
        cur = state[0].copy() if t == 0 else accumulate(alpha[t - 1, :k, :, None] * to_next, axis=1)[:, -1]
        if t:
            cur *= state[t, :k]
        total = accumulate(cur, axis=1)[:, -1]
        scale[t, :k] = 1.0 / total if total.all() else np.divide(1.0, total, out=np.ones_like(total), where=total != 0)
        np.multiply(cur, scale[t, :k, None], out=alpha[t, :k])
    for t in range(width - 1, -1, -1):
        k, going = active[t], active[t + 1]  # sequences [going:k] end at t
        beta[t, going:k] = scale[t, going:k, None]
        if going:
            row = beta[t + 1, :going] * state[t + 1, :going]
            cur = accumulate(row[:, :, None] * to_prev, axis=1)[:, -1]
            np.multiply(cur, scale[t, :going, None], out=beta[t, :going])
    return alpha * beta / scale[:, :, None]


def inputs(chunk: str) -> dict[str, list]:
    """Vocabulary-independent inputs of each character (same for training and tagging).

    >>> x = inputs("张伟来到上海。")
    >>> x["seg"], x["pos"][2], x["bigram"][:2], x["bigram"][-1]
    (['B', 'E', 'B', 'E', 'B', 'E', 'S'], 'v', ['^张', '张伟'], '。$')
    """
    tags = ner._pos_table()
    words, segs, poss = [], [], []
    for w in ner.words(chunk):
        n = len(w)
        pos = tags.get(w) or ("eng" if w.isascii() else "oov")
        words.extend([w] * n)
        poss.extend([pos] * n)
        segs.extend(["S"] if n == 1 else ["B", *["M"] * (n - 2), "E"])
    padded = "^" + chunk + "$"
    return {
        "char": list(chunk),
        "bigram": [padded[i:i + 2] for i in range(len(chunk) + 1)],  # bigram i = chars i-1, i
        "word": words, "seg": segs, "pos": poss,
        "kind": [ner._kind(c) for c in chunk],
        "lex": ner.lexicon_marks(chunk),
    }


def encode(chunk: str, vocab: dict[str, dict[str, int]]) -> dict[str, np.ndarray]:
    """Integer ids (and the lexicon multi-hot matrix) of ``chunk`` under ``vocab``."""
    x = inputs(chunk)
    ids = {name: np.array(list(map(vocab[name].get, x[name], repeat(UNK))), dtype=np.int32) for name in TABLES}
    lex = np.zeros((len(chunk), len(LEX_MARKS)), dtype=np.float32)
    lex_index = vocab["lex"]
    for i, marks in enumerate(x["lex"]):
        for m in marks:
            lex[i, lex_index[m]] = 1.0
    ids["lex"] = lex
    return ids


class Model:
    """Numpy BiLSTM-CRF: embeddings → BiLSTM → linear emissions → constrained Viterbi.

    A batch is handled packed: the input projection and the output layer run on the real characters
    only, and the recurrence of both directions runs on the sequences still active at each step.
    """

    def __init__(self, arrays: dict[str, np.ndarray]):
        self.vocab = {name: {v: i for i, v in enumerate(arrays["vocab_" + name].tolist())}
                      for name in TABLES}
        self.vocab["lex"] = {m: i for i, m in enumerate(LEX_MARKS)}
        w = {k: v.astype(np.float32) for k, v in arrays.items() if not k.startswith("vocab_")}
        self.emb = {name: w["emb_" + name] for name in TABLES}
        hd = self.hidden = w["fw_hh"].shape[1]
        # gates reordered from PyTorch's (i, f, g, o) to (i, f, o, g) and pre-scaled so that one
        # exp serves all four: sigmoid(x) = 1 / (1 + exp(-x)), tanh(x) = 2 / (1 + exp(-2x)) - 1
        order = np.r_[0:2 * hd, 3 * hd:4 * hd, 2 * hd:3 * hd]
        scale = np.r_[np.full(3 * hd, -1.0), np.full(hd, -2.0)].astype(np.float32)

        def gates(m):
            return m[order] * (scale[:, None] if m.ndim == 2 else scale)

        self.w_in = np.concatenate([gates(w["fw_ih"]), gates(w["bw_ih"])]).T.copy()  # (D, 8H)
        self.b_in = np.concatenate([gates(w["fw_b"]), gates(w["bw_b"])])
        self.w_hh = np.stack([gates(w["fw_hh"]).T, gates(w["bw_hh"]).T])  # (2, H, 4H)
        self.w_out, self.b_out = w["out_w"].T.copy(), w["out_b"]
        self.trans, self.start, self.end = _constrained(w["trans"], w["start"], w["end"])

    def emissions(self, batch: list[dict[str, np.ndarray]]) -> tuple[np.ndarray, np.ndarray]:
        """Label scores, time-major (T, B, L), of a batch sorted by decreasing length; and the lengths."""
        lengths = np.array([len(x["char"]) for x in batch])
        size, width, hd = len(batch), int(lengths[0]), self.hidden
        starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        proj = self._inputs(batch) @ self.w_in + self.b_in  # (N, 8H), characters packed
        fw_in, bw_in = proj[:, :4 * hd], proj[:, 4 * hd:]
        states = np.empty((len(proj), 2 * hd), dtype=np.float32)  # (N, 2H) forward | backward
        active = (np.arange(width)[:, None] < lengths[None, :]).sum(axis=1)
        h = np.zeros((2, size, hd), dtype=np.float32)
        c = np.zeros((2, size, hd), dtype=np.float32)
        with np.errstate(over="ignore"):  # exp(large) = inf gives the right limit, 0
            for step in range(width):
                k = active[step]
                fw = starts[:k] + step  # packed rows read at this step, forward and backward
                bw = starts[:k] + lengths[:k] - 1 - step
                z = np.matmul(h[:, :k], self.w_hh)
                z[0] += fw_in[fw]
                z[1] += bw_in[bw]
                np.exp(z, out=z)
                z += 1
                np.reciprocal(z, out=z)  # sigmoid of every gate
                g = z[:, :, 3 * hd:]
                g *= 2
                g -= 1  # tanh of the cell input
                ck = c[:, :k]
                ck *= z[:, :, hd:2 * hd]
                ck += z[:, :, :hd] * g
                th = np.exp(ck * -2)
                th += 1
                np.reciprocal(th, out=th)
                th *= 2
                th -= 1  # tanh(c)
                hk = h[:, :k]
                np.multiply(z[:, :, 2 * hd:3 * hd], th, out=hk)
                states[fw, :hd] = hk[0]
                states[bw, hd:] = hk[1]
        t = np.arange(width)[:, None]
        live = t < lengths[None, :]  # (T, B)
        emit = (states @ self.w_out + self.b_out)[np.where(live, starts[None, :] + t, 0)]
        return emit, lengths

    def _inputs(self, batch: list[dict[str, np.ndarray]]) -> np.ndarray:
        """Input vectors (N, D) of all characters of the batch, sequence after sequence."""
        parts = []
        for name, table in self.emb.items():
            if name == "bigram":  # left (chars i-1, i) and right (chars i, i+1) bigrams
                parts += [table[np.concatenate([x[name][:-1] for x in batch])],
                          table[np.concatenate([x[name][1:] for x in batch])]]
            else:
                parts.append(table[np.concatenate([x[name] for x in batch])])
        parts.append(np.concatenate([x["lex"] for x in batch]))
        return np.concatenate(parts, axis=1)


def _viterbi(emit, lengths, trans, start, end) -> list[list[int]]:
    """Best label paths of time-major emissions (T, B, L), sequences sorted by decreasing length."""
    width, size, n = emit.shape
    score = start + emit[0]
    back = np.zeros((width, size, n), dtype=np.int32)
    active = (np.arange(width)[:, None] < lengths[None, :]).sum(axis=1)
    for t in range(1, width):
        k = active[t]
        cand = score[:k, :, None] + trans
        back[t, :k] = cand.argmax(axis=1)
        score[:k] = cand.max(axis=1) + emit[t, :k]
    best = (score + end).argmax(axis=1)
    paths = np.zeros((size, width), dtype=np.int32)
    rows = np.arange(size)
    for t in range(width - 1, -1, -1):
        # a sequence ending at t takes its best final label; the others follow their back-pointers
        ending = lengths - 1 == t
        cur = np.where(ending, best, paths[:, t])
        paths[:, t] = cur
        if t:
            paths[:, t - 1] = back[t, rows, cur]
    return [paths[b, :lengths[b]].tolist() for b in range(size)]


def _constrained(trans: np.ndarray, start: np.ndarray, end: np.ndarray):
    """Learned transition scores with ill-formed BIES moves forbidden."""
    trans, start, end = trans.copy(), start.copy(), end.copy()
    forbid = -1e4
    for i, a in enumerate(LABELS):
        pa, _, ta = a.partition("-")
        if pa in "BI":
            end[i] = forbid
        for j, b in enumerate(LABELS):
            pb, _, tb = b.partition("-")
            inside = pa in "BI"
            if inside and not (pb in "IE" and tb == ta) or not inside and pb in "IE":
                trans[i, j] = forbid
    for j, b in enumerate(LABELS):
        if b[0] in "IE":
            start[j] = forbid
    return trans, start, end


@cache
def _blas():
    """Controller of the BLAS thread pool (``threadpoolctl``), created once."""
    from threadpoolctl import ThreadpoolController  # noqa: PLC0415

    return ThreadpoolController()


@cache
def _models() -> tuple[Model, ...]:
    """The ensemble's members, loaded once from ``MODELS``."""
    missing = [path for path in MODELS if not path.exists()]
    if missing:
        raise KgError(f"neural NER model missing: expected {missing[0]}; run tools/train_ner_nn.py to build it")
    members = []
    for path in MODELS:
        with np.load(path, allow_pickle=False) as arrays:
            members.append(Model(dict(arrays)))
    return tuple(members)
