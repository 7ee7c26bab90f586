#!/usr/bin/env python3
"""Runs the `run:` steps of .github/workflows/conformance.yml here, job by job and matrix entry by
matrix entry, as GitHub would: `${{ ... }}` expressions substituted, GITHUB_STEP_SUMMARY set.
`uses:` steps are GitHub's own actions (checkout, cache, artifacts, JUnit publishing); here the
files they would move are already in place, so they are listed and skipped.
Exit 0 when every step ends as the workflow expects (a shard may fail; the merge decides)."""
import itertools, os, re, subprocess, sys, tempfile
import yaml

WORKFLOW = ".github/workflows/conformance.yml"


def expand(text, context):
    def value(match):
        expr = match.group(1).strip()
        if expr in context:
            return str(context[expr])
        raise SystemExit(f"unknown expression ${{{{ {expr} }}}} in {text!r}")
    return re.sub(r"\$\{\{(.*?)\}\}", value, text)


def condition_holds(step, context):
    cond = step.get("if")
    if cond is None or cond == "always()":
        return True
    m = re.fullmatch(r"matrix\.(\w+) == (\S+)", cond)
    if m:
        return str(context.get(f"matrix.{m.group(1)}")) == m.group(2)
    raise SystemExit(f"unsupported condition {cond!r}")


def matrix_entries(job):
    matrix = job.get("strategy", {}).get("matrix", {})
    keys = list(matrix)
    for values in itertools.product(*(matrix[k] for k in keys)):
        yield {f"matrix.{k}": v for k, v in zip(keys, values)}


def run_job(name, job, env, summary):
    ok = True
    for entry in matrix_entries(job):
        context = dict(entry, **{f"env.{k}": v for k, v in env.items()})
        label = f"{name} {entry}" if entry else name
        for step in job["steps"]:
            title = step.get("name") or step.get("uses") or step["run"]
            if not condition_holds(step, context):
                continue
            if "uses" in step:
                print(f"[{label}] skip action {step['uses']} ({title})")
                continue
            command = expand(step["run"], context)
            print(f"[{label}] $ {command}", flush=True)
            rc = subprocess.call(["bash", "-eo", "pipefail", "-c", command],
                                 env=dict(os.environ, **{k: str(v) for k, v in env.items()},
                                          GITHUB_STEP_SUMMARY=summary))
            print(f"[{label}] exit {rc}")
            if rc != 0:
                # A failing shard is the run's verdict to give, not the workflow's: keep going.
                ok = ok and name == "shard"
                break
    return ok


def main():
    with open(WORKFLOW) as f:
        workflow = yaml.safe_load(f)
    env = workflow.get("env", {})
    if len(sys.argv) > 1:
        env["SHARDS"] = int(sys.argv[1])
        for job in workflow["jobs"].values():
            matrix = job.get("strategy", {}).get("matrix")
            if matrix and "shard" in matrix:
                matrix["shard"] = list(range(1, env["SHARDS"] + 1))
    summary = tempfile.NamedTemporaryFile(prefix="step-summary-", suffix=".md", delete=False).name
    ok = all([run_job(name, job, env, summary) for name, job in workflow["jobs"].items()])
    size = os.path.getsize(summary)
    print(f"step summary: {summary} ({size} bytes, GitHub's limit is 1048576)")
    sys.exit(0 if ok and 0 < size <= 1048576 else 1)


if __name__ == "__main__":
    main()
