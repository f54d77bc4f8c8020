namespace Shipshape.Reports.Html;

/// <summary>The page's stylesheet, inlined so the file makes no request (system fonts only, no web fonts).</summary>
internal static class HtmlStyles
{
    public const string Css = """
        :root { --bg: #f6f7f9; --card: #fff; --ink: #1d2330; --muted: #6b7385; --line: #e2e5ea; --track: #e8ebf0;
                --good: #1f9d55; --warn: #d98e04; --bad: #d64545; --critical: #8e1c1c; --high: #d64545; --medium: #d98e04;
                --low: #3b7dd8; --info: #6b7385; --code: #f3f4f7; }
        * { box-sizing: border-box; }
        body { margin: 0; background: var(--bg); color: var(--ink);
               font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        main { max-width: 1120px; margin: 0 auto; padding: 24px; }
        header.top { display: flex; gap: 28px; align-items: center; background: var(--card); border: 1px solid var(--line);
                     border-radius: 12px; padding: 20px 24px; }
        header.top h1 { margin: 0 0 4px; font-size: 22px; }
        .meta { color: var(--muted); font-size: 13px; }
        .verdict { display: inline-block; font-weight: 700; letter-spacing: .04em; padding: 4px 12px; border-radius: 999px; color: #fff; margin: 6px 0; }
        .verdict.not-ready { background: var(--bad); } .verdict.ready-with-warnings { background: var(--warn); } .verdict.ready { background: var(--good); }
        .counts { display: flex; gap: 8px; flex-wrap: wrap; margin-top: 8px; }
        .pill { display: inline-block; border-radius: 999px; padding: 1px 10px; font-size: 12px; font-weight: 600; color: #fff; }
        .pill.critical { background: var(--critical); } .pill.high { background: var(--high); } .pill.medium { background: var(--medium); }
        .pill.low { background: var(--low); } .pill.info { background: var(--info); } .pill.zero { opacity: .35; }
        .gauge-score { font-size: 30px; font-weight: 700; fill: var(--ink); } .gauge-scale { font-size: 12px; fill: var(--muted); }
        section { background: var(--card); border: 1px solid var(--line); border-radius: 12px; padding: 18px 24px; margin-top: 18px; }
        section h2 { margin: 0 0 12px; font-size: 18px; }
        .chart { width: 100%; height: auto; font-size: 13px; } .chart text { fill: var(--ink); } .chart .value { font-weight: 600; }
        .filters { display: flex; gap: 14px; flex-wrap: wrap; align-items: center; margin-bottom: 12px; font-size: 14px; }
        .filters label { cursor: pointer; } .filters select { font: inherit; padding: 2px 6px; }
        .finding { border: 1px solid var(--line); border-left: 5px solid var(--info); border-radius: 8px; padding: 12px 16px; margin: 10px 0; }
        .finding.critical { border-left-color: var(--critical); } .finding.high { border-left-color: var(--high); }
        .finding.medium { border-left-color: var(--medium); } .finding.low { border-left-color: var(--low); }
        .finding h3 { margin: 0 0 4px; font-size: 15px; } .finding .where { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 13px; color: var(--muted); }
        .finding p { margin: 6px 0; }
        pre { background: var(--code); border-radius: 6px; padding: 10px 12px; overflow-x: auto; margin: 8px 0;
              font: 13px/1.45 ui-monospace, Menlo, Consolas, "Liberation Mono", monospace; }
        .fix { border-top: 1px dashed var(--line); padding-top: 6px; }
        table { border-collapse: collapse; width: 100%; font-size: 14px; }
        th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
        th { color: var(--muted); font-weight: 600; }
        .status-pass, .verdict-verified { color: var(--good); font-weight: 600; } .status-fail, .verdict-contradicted { color: var(--bad); font-weight: 600; }
        .status-manual, .status-not-applicable, .verdict-unverifiable { color: var(--muted); font-weight: 600; }
        details summary { cursor: pointer; color: var(--muted); } .empty { color: var(--muted); }
        footer { color: var(--muted); font-size: 12px; margin: 18px 4px; }
        """;
}
