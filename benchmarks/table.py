"""The report as a markdown table: the machine, then one row per figure with its target."""

from __future__ import annotations

from typing import Any


def markdown(report: dict[str, Any]) -> str:
    lines = [machine_line(report.get("machine", {})), "",
             "| figure | value | target | met |", "|---|---|---|---|"]
    for figure, value, target, met in rows(report):
        lines.append(f"| {figure} | {value} | {target} | {met} |")
    return "\n".join(lines)


def machine_line(machine: dict[str, Any]) -> str:
    if not machine:
        return "machine: unknown"
    v = machine.get("versions", {})
    return (f"Machine: {machine['cpu']}, {machine['cores']} cores, {machine['memory_gb']} GB, "
            f"load {machine['load_average']}; Python {machine['python']}, torch {v.get('torch')}, "
            f"sentence-transformers {v.get('sentence-transformers')}, faiss {v.get('faiss-cpu')}; "
            f"{machine['measured_at']}")


def _met(ok: bool | None) -> str:
    return "" if ok is None else ("yes" if ok else "no")


def _approximate(a: dict[str, Any]) -> str:
    """One approximate kind at one size: its tuned setting, speed, recall, build and size."""
    t = a["tuned"]
    return (f"{a['index'].split('(')[0]} {t['parameter']} {t['value']} (build-time recall {t['build_recall@10']:.3f}): "
            f"p50 {a['p50_ms']:.2f} ms, recall@10 {a['recall@10']:.3f}, built in {a['build_s']:.0f} s, "
            f"{a['size_mb']:.0f} MB")


def rows(report: dict[str, Any]):
    """(figure, value, target, met) for every measured figure, in the issue's order."""
    reply = report.get("reply")
    if reply:
        r, e, b = reply["reply"], reply["encode"], reply["beyond_encoder"]
        ratio = reply["ratio_reply_to_encode_p50"]
        yield (f"fresh-question reply p50 / p95 (ms): {reply['questions']} distinct questions × "
               f"{reply['rounds']}, none from a cache", f"{r['p50_ms']:.2f} / {r['p95_ms']:.2f}", "", "")
        yield (f"bare sentence-transformers encode p50 / p95 (ms), the faster of "
               f"{' and '.join(reply.get('encode_sides', {'encode': 0}))}: "
               f"{reply.get('encode_baseline', 'encode')}",
               f"{e['p50_ms']:.2f} / {e['p95_ms']:.2f}", "", "")
        ours = reply.get("our_encode")
        if ours:
            yield (f"the bot's own encoder ({reply.get('encoder')}), one question, p50 / p95 (ms)",
                   f"{ours['p50_ms']:.2f} / {ours['p95_ms']:.2f} "
                   f"({ours['p50_ms'] / e['p50_ms']:.2f}× bare)", "", "")
        yield ("fresh-question reply p50 / bare encode p50", f"{ratio:.2f}", "≤ 0.5", _met(ratio <= 0.5))
        int8, int8_encode = reply.get("reply_int8"), reply.get("int8_encode")
        if int8 and int8_encode:
            yield ("opt-in int8 questions (--encoder onnx-int8): reply p50 / p95 (ms); "
                   "its encoder alone, one question",
                   f"{int8['p50_ms']:.2f} / {int8['p95_ms']:.2f} "
                   f"({int8['p50_ms'] / e['p50_ms']:.2f}× bare); {int8_encode['p50_ms']:.2f}", "", "")
        yield ("beyond the query embedding p50 / p95 (ms), taking turns with bare encodes",
               f"{b['p50_ms']:.2f} / {b['p95_ms']:.2f}", "< 1 ms", _met(b["p50_ms"] < 1))
        alone = reply.get("beyond_encoder_back_to_back")
        if alone:
            yield ("beyond the query embedding p50 / p95 (ms), replies back to back",
                   f"{alone['p50_ms']:.2f} / {alone['p95_ms']:.2f}", "< 1 ms", _met(alone["p50_ms"] < 1))
        q = reply.get("repeated_question")
        if q:
            yield ("repeated-question reply (vectors from the query cache) p50 / p95 (ms)",
                   f"{q['p50_ms']:.2f} / {q['p95_ms']:.2f}", "", "")
        s = reply.get("search")
        if s:
            yield ("store.search alone p50 / p95 (ms)", f"{s['p50_ms']:.2f} / {s['p95_ms']:.2f}",
                   "", "")
        yield (f"peak RSS of the replying process, {reply.get('encoder', 'SentenceEncoder')} (MB)",
               f"{reply['peak_rss_mb']:.0f}", "report", "")
    cold = report.get("coldstart")
    if cold:
        base = cold["bare_sentence_transformers"]["p50_s"]
        for name, label in (("cli_ask", "CLI ask, index on disk"), ("cli_ask_rebuild", "CLI ask, fresh index")):
            if name in cold:
                ratio = cold[name]["p50_s"] / base
                yield (f"cold start: {label} (s)", f"{cold[name]['p50_s']:.2f} ({ratio:.2f}× bare)",
                       "≤ 0.2× bare" if name == "cli_ask" else "", _met(ratio <= 0.2) if name == "cli_ask" else "")
        yield ("cold start: import sentence-transformers + load + encode one (s)", f"{base:.2f}", "", "")
    build = report.get("build")
    if build:
        for name, b in build.items():
            if not isinstance(b, dict) or "passages" not in b:
                continue
            ratio = b["ratio_passages"]
            sample = b.get("encode_sample", b["passages"])
            bare = "encode" if sample >= b["passages"] else f"encode (a sample of {sample})"
            yield (f"build {name}: {b['passages']} passages, {b['texts_encoded']} texts",
                   f"{b['build_s']:.1f} s, {b['passages_per_s']:.0f} passages/s vs {bare} "
                   f"{b['encode_passages_per_s']:.0f}/s ({ratio:.2f}×), {b['peak_rss_mb']:.0f} MB peak with the bare model, "
                   f"{b['disk_mb']:.1f} MB on disk", "≥ 0.9× encode", _met(ratio >= 0.9))
    search = report.get("search")
    if search:
        sizes = sorted((k for k in search if k.isdigit()), key=int)
        for key in sizes + ["medquad"]:
            s = search.get(key)
            if not isinstance(s, dict) or "ivf" not in s:
                continue  # absent, or from before IVF was measured
            n = s["passages"]
            real = key == "medquad"
            target = "< 5 ms, recall ≥ 0.95" if n >= 1_000_000 else ("report" if real else "")
            met = _met(s["chosen_p50_ms"] < 5 and s["chosen_recall@10"] >= 0.95) if n >= 1_000_000 else ""
            where = (f"MedQuAD, {n:,} passages, {s['queries']} real questions" if real
                     else f"{n:,} passages")
            yield (f"search {where}: chosen {s['chosen']}",
                   f"p50 {s['chosen_p50_ms']:.2f} / p95 {s['chosen_p95_ms']:.2f} ms, recall@10 "
                   f"{s['chosen_recall@10']:.3f}; " + "; ".join(_approximate(s[kind]) for kind in ("ivf", "hnsw"))
                   + f"; exact p50 {s['flat']['p50_ms']:.1f} ms, {s['flat']['size_mb']:.0f} MB",
                   target, met)
    server = report.get("server")
    if server and "threads" in server:
        yield (f"server: {server['threads']} threads, {server['completed']} replies",
               f"{server['replies_per_s']:.1f} replies/s, p50 {server['latency']['p50_ms']:.0f} ms, "
               f"p95 {server['latency']['p95_ms']:.0f} ms; one at a time p50 "
               f"{server['sequential']['p50_ms']:.0f} ms; server peak RSS {server['server_peak_rss_mb']:.0f} MB",
               "report", "")
        if "server_start_to_first_answer_s" in server:
            yield ("cold start: `python app.py` to the page's first answer (s)",
                   f"{server['server_start_to_first_answer_s']:.2f} (listening after "
                   f"{server['server_start_to_listening_s']:.2f})", "report", "")
    load = report.get("load")
    if load and "targets" in load:
        from benchmarks.load import met

        ok, t, api = met(load), load["targets"], load["api"]
        rate = load["in_process"]["replies_per_s"]
        for n, r in enumerate(api["rounds"], 1):
            yield (f"load: /api/v1/ask, {api['clients']} clients, round {n} of {len(api['rounds'])} "
                   f"({r['seconds']:.0f} s)",
                   f"{r['replies_per_s']:.1f} replies/s ({r['replies_per_s'] / rate:.2f}× in-process "
                   f"{rate:.0f}/s), p50 {r['latency']['p50_ms']:.0f} ms, p95 "
                   f"{r['latency']['p95_ms']:.0f} ms; {r['busy_429']} × 429, errors {r['errors'] or 0}; "
                   f"server RSS {r['server_rss_mb']:.0f} MB",
                   "p95 < 500 ms, ≥ 0.3× in-process, 0 errors",
                   _met(ok["p95 < 0.5 s"] and ok["throughput >= 0.3x in-process"]
                        and ok["no errors but 429/503"]))
        yield ("load: /api/v1/ask, one client alone before / after the rounds",
               f"{api['alone_before']['replies_per_s']:.1f} / {api['alone_after']['replies_per_s']:.1f}"
               f" replies/s", "report", "")
        yield ("load: /api/v1/ask server memory, last round against the first",
               f"{api['memory_growth']:+.1%}", "within 10%", _met(abs(api["memory_growth"]) <= 0.10))
        page = load["page"]
        for n, r in enumerate(page["rounds"], 1):
            yield (f"load: the page's /ask (Gradio queue), {page['clients']} clients, round {n} "
                   f"({r['seconds']:.0f} s)",
                   f"{r['replies_per_s']:.1f} replies/s, p50 {r['latency']['p50_ms']:.0f} ms, p95 "
                   f"{r['latency']['p95_ms']:.0f} ms; {r['busy_503']} × queue full, errors "
                   f"{r['errors'] or 0}; server RSS {r['server_rss_mb']:.0f} MB", "report", "")
        yield ("load: the page's /ask, one client alone before / after the rounds",
               f"{page['alone_before']['replies_per_s']:.1f} / {page['alone_after']['replies_per_s']:.1f}"
               f" replies/s", "report", "")
        yield ("load: the page's server memory, last round against the first",
               f"{page['memory_growth']:+.1%}", "within 10%",
               _met(abs(page["memory_growth"]) <= 0.10))
